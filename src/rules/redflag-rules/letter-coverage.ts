/**
 * Which professionalism items a letter marked as addressing professionalism can be known to speak
 * to. The contract's `mentionsProfessionalism` is one yes/no per letter, not per item, so with two
 * items (a report abroad years ago, a remediated one in the current program) "your letter covers
 * it" claimed more than the profile shows (a newcomer trial). A writer can confirm what they saw:
 * an item from the setting they worked with the member in (`setting`), no later than the last year
 * they worked together (`year`). An item placed elsewhere, or after that year, is one the writer
 * must be told of before writing; an item the profile cannot place is not claimed either way. Pure.
 */
import { humanMonth } from '../../core/dates.js';
import type { Letter, Profile, ProfessionalismEntry } from '../../core/profile/schema.js';
import { isUsCountry } from '../../core/profile/training.js';
import { joinAnd } from './wording.js';

type Place = 'us' | 'abroad';

/** Where an item happened: the residency whose months hold its date, else unknown. */
function placeOf(e: ProfessionalismEntry, p: Profile): { place: Place; program: string } | undefined {
  const r = (p.residencies ?? []).find((x) => x.from <= e.date && (x.to === 'present' || e.date <= x.to));
  if (!r) return undefined;
  const place: Place = isUsCountry(r.country) ? 'us' : 'abroad';
  return { place, program: `your ${r.specialty} residency${place === 'abroad' ? ` in ${r.country}` : ''}` };
}

function canKnow(l: Letter, e: ProfessionalismEntry, p: Profile): boolean | undefined {
  const at = placeOf(e, p);
  if (!at) return undefined;
  return l.setting === at.place && l.year >= Number(e.date.slice(0, 4));
}

const itemName = (e: ProfessionalismEntry, p: Profile): string => {
  const at = placeOf(e, p);
  return `your ${e.kind} of ${humanMonth(e.date)}${at ? ` (${at.program})` : ''}`;
};

/**
 * The letter step when some item is not one the marked letters can be known to address; undefined
 * when every item is (the usual "keep it" step then stands).
 */
export function letterCoverageStep(
  entries: readonly ProfessionalismEntry[],
  letters: readonly Letter[],
  p: Profile,
): string | undefined {
  if (!letters.length || !entries.length) return undefined;
  const known = entries.filter((e) => letters.some((l) => canKnow(l, e, p) === true));
  const rest = entries.filter((e) => !known.includes(e));
  if (!rest.length) return undefined;
  // One item the profile cannot place, and nothing else: the flag's usual step is not a claim about which.
  if (entries.length === 1 && rest.every((e) => canKnow(letters[0]!, e, p) === undefined)) return undefined;
  const names = joinAnd(letters.map((l) => l.writer.split(',')[0]!.trim()));
  const are = letters.length > 1 ? 'letters are' : 'letter is';
  const covers = known.length
    ? ` From your profile it can speak to ${joinAnd(known.map((e) => itemName(e, p)))}, from the time you worked together;`
    : ' Your profile does not show which item it speaks to;';
  const unknown = rest.map((e) => itemName(e, p));
  return `${names}'s ${are} marked as addressing professionalism.${covers} nothing shows the writer knows of ${joinAnd(unknown)}. Tell ${letters.length > 1 ? 'them' : names} about ${rest.length > 1 ? 'each of those' : 'it'} before the letter is written: programs believe your account when a letter confirms it, and a letter cannot confirm what its writer does not know.`;
}
