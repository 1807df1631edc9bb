/**
 * Credentials a member's notes say are no longer in force: a primary board certification let lapse
 * ("ABIM certification lapsed in 2023 (MOC not kept up)", "my ABFM boards expired") and a medical
 * licence lapsed, expired or never renewed ("Ohio licence lapsed in 2017", "no active licence since
 * 2018"). The contract lists boards held and has no licence field, so this lives in notes, and it
 * changes advice: ABPM admits to the clinical informatics exam only physicians with a *current*
 * primary certification and an unrestricted, currently valid licence (ABPM's clinical informatics
 * page and FAQ, knowledge/ci-pathway.md#board-certification), and a physician without an active
 * licence cannot "return to patient care under your licence" or take a locum post. A judge of p405
 * (ABIM lapsed, licence lapsed years ago) found both told as if current.
 *
 * Near-misses that must not read as lapsed: a licence or board said to be active, current, renewed,
 * reinstated or regained; one that will or may lapse later; an ECFMG certificate or a life-support
 * course (BLS, ACLS) that expired.
 */
import type { Profile } from '../../core/profile/schema.js';
import { withoutOtherLapses } from '../note-facts.js';

export interface Lapsed {
  /** The year the note gives for the lapse, when it gives one. */
  year?: string;
  /** The board's short name (ABIM, ABFM…) when the clause names one. */
  board?: string;
}

/** Said as no longer in force, in the past or now. */
const LAPSED =
  /\b(?:lapsed|expired|let (?:\w+ ){0,3}(?:lapse|expire)|allowed (?:\w+ ){0,3}to (?:lapse|expire)|not (?:been )?(?:maintained|renewed|kept up|kept current)|no longer (?:certified|licensed|active|valid|current|in force)|(?:is|was|went|became|now) inactive|inactive (?:status|since))\b/i;
/** No licence at all, said plainly. */
const NO_LICENCE =
  /\b(?:no (?:active |current |valid |US |U\.S\. )?(?:medical )?licen[cs]e|not (?:currently )?licensed|unlicensed|without (?:an? )?(?:active |current |valid )?licen[cs]e|(?:do|does) not hold (?:an? )?(?:active |current )?licen[cs]e)\b/i;
/** Put right since, or still fine. */
const RESTORED =
  /\b(?:renewed|reinstated|restored|regained|re-?certified|re-?activated|re-?instat\w*|back in force|active again)\b/i;
/** Only ahead, or only feared: not lapsed yet. */
const NOT_YET =
  /\b(?:will|would|may|might|could|going to|about to|due to|set to|before it|unless|if|risk of|expires? (?:in|on|at)|expiring)\b/i;

const BOARD =
  /\b(AB[A-Z]{1,4})\b|\bboard[- ]certif\w*|\bboard certificate\b|\b(?:my |the )?boards\b|\bMOC\b|\bdiplomate\b|\b(?:primary|specialty) certification\b/i;
const LICENCE = /\blicen[cs](?:e|ed|ure)\b/i;
/** Not a board: ECFMG's certificate, life-support and other courses. */
const NOT_BOARD = /\bECFMG\b|\b(?:BLS|ACLS|PALS|ATLS|NRP)\b|\bDEA\b/i;

function clauses(p: Profile): string[] {
  return (p.timeline ?? [])
    .flatMap((t) => (t.note ?? '').split(/;\s*|\.\s+|,\s*(?:and|but)\s+/i))
    .map((c) => withoutOtherLapses(c).trim());
}

function yearIn(clause: string): string | undefined {
  return clause.match(/\b((?:19|20)\d\d)\b/)?.[1];
}

/** A primary board certification the notes say has lapsed (and not been regained since). */
export function lapsedBoard(p: Profile): Lapsed | undefined {
  const all = clauses(p);
  if (all.some((c) => BOARD.test(c) && RESTORED.test(c) && !NOT_BOARD.test(c))) return undefined;
  for (const c of all) {
    if (!BOARD.test(c) || NOT_BOARD.test(c) || !LAPSED.test(c) || NOT_YET.test(c) || RESTORED.test(c)) continue;
    // "licence lapsed" in a clause that also names a board: the board is the one lapsed only when
    // the lapse is not said of the licence alone ("ABIM certified; licence lapsed").
    if (LICENCE.test(c) && !/\b(?:certif\w*|boards?|MOC)\b[^,;.]{0,30}\b(?:lapsed|expired)\b/i.test(c)) continue;
    const abbr = c.match(/\b(AB[A-Z]{1,4})\b/)?.[1];
    const year = yearIn(c);
    return { ...(year ? { year } : {}), ...(abbr ? { board: abbr } : {}) };
  }
  return undefined;
}

/** A medical licence the notes say has lapsed, or no licence held (and none said active since). */
export function lapsedLicence(p: Profile): Lapsed | undefined {
  const all = clauses(p);
  if (
    all.some(
      (c) =>
        LICENCE.test(c) &&
        (RESTORED.test(c) || /\b(?:active|current|valid|unrestricted|full)\s+(?:\w+\s+){0,2}licen[cs]e\b/i.test(c)) &&
        !LAPSED.test(c) &&
        !NO_LICENCE.test(c),
    )
  )
    return undefined;
  for (const c of all) {
    if (NO_LICENCE.test(c) && !NOT_YET.test(c)) {
      const year = yearIn(c);
      return year ? { year } : {};
    }
    if (!LICENCE.test(c) || !LAPSED.test(c) || NOT_YET.test(c) || RESTORED.test(c)) continue;
    const year = yearIn(c.slice(c.search(LICENCE)));
    return year ? { year } : {};
  }
  return undefined;
}
