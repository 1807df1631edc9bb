/**
 * A writer who asked the member to draft their own letter (src/rules/letter-notes.ts reads it from
 * the member's notes). Busy writers ask this often; the answer an advisor gives is the same in every
 * case: the letter must be the writer's own words, uploaded by the writer, and the member helps with
 * material, not sentences. Facts behind it (knowledge/letters.md, sources checked 2026-12-03/07):
 * an ERAS letter belongs to its author, who (or whose chosen helper) uploads it through the AAMC
 * Letter Writer Portal; a member who waives the right to see it may neither read nor upload it, and
 * its writer may not share it with them; programs read a confidential letter as more candid; the
 * letters guide says never to draft the letter for the writer. Pure.
 */
import type { Letter, Profile } from '../core/profile/schema.js';
import { ref, type SourceRef } from '../knowledge/outline.js';
import { draftRequests, draftRequestBy } from '../rules/letter-notes.js';

export interface DraftRequestNote {
  /** The writer who asked; null when the member's words name none of the listed writers. */
  writer: string | null;
  /** The member's own words the reading rests on. */
  words: string;
  message: string;
  sources: SourceRef[];
}

const SOURCES: SourceRef[] = [
  ref('letters', 'guiding-not-scripting'),
  ref('letters', 'eras-letter-limits'),
  ref('letters', 'letter-writer-package'),
];

/** What to do when a writer asks for a draft: in the member's plan, once per writer who asked. */
export function draftRequestNotes(profile: Profile, today: string): DraftRequestNote[] {
  return draftRequests(profile, today).map((r) => {
    const who = r.writer?.writer ?? 'A writer';
    const their = r.writer ? `${r.writer.writer}'s` : 'their';
    return {
      writer: r.writer?.writer ?? null,
      words: r.words,
      message:
        `${who} asked you to draft the letter (your notes: "${r.words}"). Do not write it for them, even as a draft they would edit: ` +
        `an ERAS letter belongs to its author, who (or a helper they choose, never you) uploads it through the AAMC Letter Writer Portal, and programs expect it in the writer's own words. ` +
        `When you create the letter's entry in MyERAS, waive your right to see it: programs trust a confidential letter more, and once you waive, the writer may not show it to you nor let you upload it. ` +
        `What you can send instead, so ${their} letter is quick to write: your CV, a short list of specific examples of work they saw (the situation, your part, what changed), your personal statement draft and a short description of the programs you apply to and what they look for. ` +
        `If they still want text, offer those points as facts, not sentences to sign.`,
      sources: SOURCES,
    };
  });
}

/** The email paragraph that answers the request politely (only to the writer who made it). */
export function draftRequestParagraph(w: Letter | null, profile: Profile, today: string): string {
  if (!w || !draftRequestBy(w, profile, today)) return '';
  return 'About the draft you asked me for: I would much rather the letter be in your own words, since programs read it as yours, and I am waiving my right to see it so it stays confidential between you and the programs. To make it quick to write, I will send my CV, a short list of specific examples from our work together and a short description of the programs I am applying to.';
}

/** The package line for that writer, in place of the general "prompts, never sentences". */
export function draftRequestPackageLine(w: Letter | null, profile: Profile, today: string): string | undefined {
  if (!w || !draftRequestBy(w, profile, today)) return undefined;
  return `${w.writer} asked you for a draft: send the examples and facts above, never a draft of the letter; the letter stays theirs and confidential (waive your right to see it in MyERAS), uploaded by them.`;
}
