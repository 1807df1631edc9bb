/**
 * Which letter a CI-fellowship applicant should replace when too few of their letters speak to
 * informatics and one of them is a clinical letter in another language (round ux45, judge of p375).
 *
 * The slot plan sends every letter of a set of four or fewer ("a letter sent beats an empty slot"),
 * which is right when nothing better can be had. But a letter in another language needs an English
 * version from a qualified translator beside the original (knowledge/letters.md#writers-to-avoid lists
 * untranslated or badly translated letters among those to avoid), and a clinical letter adds little to
 * an informatics application, whose letters should be at least half informatics
 * (letters#how-many-informatics-letters). When the member has informatics work someone supervised, a
 * second informatics letter can be had: that letter is the one to swap, and the plan names it.
 *
 * Not for a member on the residency route (fellowship-eligibility high): there the letters serve a
 * residency, where a clinical letter from abroad is what programs read first. Never a program
 * director's letter (programs ask for it) nor one that vouches for a professionalism matter. Pure.
 */
import type { Letter, Profile } from '../core/profile/schema.js';
import { LETTER_RULES, isEnglish } from './letter-facts.js';
import { fellowshipEligibilityRule } from './redflag-rules/eligibility.js';
import { languageName } from './redflag-rules/wording.js';

/** Informatics work with a supervisor or team behind it: someone who could write the second letter. */
const SUPERVISED_KINDS: ReadonlySet<string> = new Set(['project', 'job', 'research', 'publication']);

export interface LetterSwap {
  /** The letter to replace. */
  letter: Letter;
  /** Informatics letters now, and how many letters in all. */
  informatics: number;
  total: number;
  /** Informatics work the member did with others, where the second writer may be found. */
  work?: string;
}

export function translationSwap(profile: Profile, today: string): LetterSwap | undefined {
  if (profile.target !== 'ci-fellowship') return undefined;
  const letters = profile.letters ?? [];
  // With more than four letters the plan already picks four; the swap is for a set it sends whole.
  if (!letters.length || letters.length > LETTER_RULES.maxLetters) return undefined;
  const informatics = letters.filter((l) => l.informatics).length;
  if (informatics / letters.length >= LETTER_RULES.minInformaticsShare) return undefined;
  const work =
    (profile.informatics ?? []).find((i) => SUPERVISED_KINDS.has(i.kind))?.title ??
    (profile.timeline ?? []).find((t) => t.activity === 'informatics')?.note;
  const hasInformaticsWork = work !== undefined || (profile.timeline ?? []).some((t) => t.activity === 'informatics');
  if (!hasInformaticsWork) return undefined;
  const letter = letters.find(
    (l) =>
      !isEnglish(l.language) && !l.informatics && l.role !== 'program-director' && l.mentionsProfessionalism !== true,
  );
  if (!letter) return undefined;
  const eligibility = fellowshipEligibilityRule(profile, today).flags.find((f) => f.id === 'fellowship-eligibility');
  if (eligibility?.severity === 'high') return undefined;
  return { letter, informatics, total: letters.length, ...(work ? { work } : {}) };
}

/** Who could write the second informatics letter, in words. */
function secondWriter(s: LetterSwap): string {
  const where = s.work
    ? ` (someone who supervised or worked with you on "${s.work}", another member of that team)`
    : '';
  return `a second informatics letter${where}, or informatics faculty or a QI lead who saw your work`;
}

/** The sentence the findings and the slot plan share: which letter to replace, and why. */
export function swapSentence(s: LetterSwap): string {
  const lang = languageName(s.letter.language ?? '');
  const after = s.informatics + 1;
  return `The letter to replace is ${s.letter.writer}'s: it is in ${lang}, so it needs an English translation by a qualified translator sent with the original, and as a letter about your clinical work it adds little to an informatics fellowship application. In its place, ask for ${secondWriter(s)}: that brings your informatics letters to ${after} of ${s.total}.`;
}

/** The slot plan's shorter line for the letter held only until the second informatics letter comes. */
export function swapSlotNote(s: LetterSwap): string {
  const lang = languageName(s.letter.language ?? '');
  return `this ${lang} letter needs a certified English translation and, about your clinical work, adds little to an informatics fellowship. ${secondWriter(s)[0]!.toUpperCase()}${secondWriter(s).slice(1)} in this slot would serve you better (${s.informatics + 1} of ${s.total} informatics letters); send this one only if no such writer agrees in time.`;
}
