/**
 * A writer at the member's current employer when that employer holds the member's work visa (an
 * H-1B or O-1) or filed their green-card petition (an I-140). Asking such a writer for a letter tells
 * the employer the member plans to leave, so an advisor says: talk in person first, time the ask, and
 * know where the I-140 stands (since 2017 an I-140 approved for 180 days or more is not revoked by the
 * employer's withdrawal and still supports H-1B extensions past six years; knowledge/letters.md,
 * asking-your-employer, from law-firm summaries of the USCIS rule, hedged). Newcomer trial 22,
 * finding 11. A spouse's visa or petition ("my husband's I-140") is not the member's; a member whose
 * notes name no visa held through the job (a citizen, a permanent resident, an H-4 EAD) gets nothing. Pure.
 */
import type { Letter, Profile, TimelineEntry } from '../core/profile/schema.js';

/** The member's own work visa or employer petition, named in a note. */
const OWN_SPONSORSHIP =
  /\b(?:on|my|holds?|sponsor(?:s|ed|ing)?|filed|through)\s+(?:an?\s+|my\s+|the\s+)?(?:H-?1-?B|O-?1(?:A)?)\b|\b(?:my\s+|an?\s+|approved\s+|the\s+)?I-?140\b/i;
/** Someone else's status: a spouse's petition, a dependant's visa. */
const SOMEONE_ELSE =
  /\b(?:husband|wife|spouse|partner|father|mother|parent)['’]?s?\b|\bH-?4\b|\bdependent\b|\bdependant\b/i;
/** A training post, not an employer's job (a residency or fellowship sponsors through its GME office). */
const TRAINING = /\b(?:residen(?:cy|t)|fellow(?:ship)?|PGY-?\d|intern(?:ship)?)\b/i;
/** The I-140 told as approved ("I-140 approved", "approved I-140"). */
const I140_APPROVED = /\bapproved\s+I-?140\b|\bI-?140\b[^.;]{0,30}\bapproved\b/i;

/** The current job, when its note (or another current note) names a visa or petition the job holds for the member. */
function sponsoringJob(
  p: Profile,
  today: string,
): { entry: TimelineEntry; i140: 'approved' | 'filed' | 'none' } | undefined {
  const month = today.slice(0, 7);
  const current = (p.timeline ?? []).filter(
    (t) =>
      (t.to === 'present' || t.to >= month) &&
      t.activity !== 'exam-prep' &&
      t.activity !== 'personal' &&
      t.activity !== 'none' &&
      !TRAINING.test(t.note ?? ''),
  );
  for (const entry of current) {
    const clauses = (entry.note ?? '').split(/[.;]\s+/).filter((c) => OWN_SPONSORSHIP.test(c) && !SOMEONE_ELSE.test(c));
    if (!clauses.length) continue;
    const i140 = clauses.some((c) => I140_APPROVED.test(c))
      ? 'approved'
      : clauses.some((c) => /\bI-?140\b/i.test(c))
        ? 'filed'
        : 'none';
    return { entry, i140 };
  }
  return undefined;
}

/**
 * The advice for a writer who works with the member now at that sponsoring employer, not yet asked;
 * undefined otherwise. A writer "works with the member now" when their year is this year or last and
 * falls inside the current job, in the US.
 */
export function employerAskAdvice(l: Letter, p: Profile, today: string): string | undefined {
  if (l.setting !== 'us' || (l.asked !== undefined && l.asked <= today)) return undefined;
  const job = sponsoringJob(p, today);
  if (!job) return undefined;
  const year = Number(today.slice(0, 4));
  if (l.year < year - 1 || l.year < Number(job.entry.from.slice(0, 4))) return undefined;
  const i140 =
    job.i140 === 'approved'
      ? ' Your notes say your I-140 is approved: under the USCIS rule in force since 2017, once it has stayed approved for 180 days, a withdrawal by the employer does not revoke it, so you keep its priority date and its use for H-1B extensions past six years; before 180 days a withdrawal revokes it. Check the approval date, and confirm with an immigration attorney before you tell them.'
      : job.i140 === 'filed'
        ? ' Your notes mention an I-140: until it has been approved for 180 days, the employer can withdraw it and the withdrawal revokes it, so check its status with an immigration attorney before you tell them.'
        : ' If they have filed (or plan to file) your green-card petition, ask an immigration attorney how leaving would affect it before you tell them.';
  return `${l.writer} works with you at the employer that holds your visa, so asking tells them you plan to leave: talk in person first, before any email, choose the moment (not in a staffing crunch), and say when you would leave if you matched.${i140} If the timing is wrong, ask another current supervisor first.`;
}
