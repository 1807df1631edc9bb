/**
 * What each gap-lint finding tells the member (the fix, the quote, the sources), and the helpers
 * that keep the advisor's [placeholders] from being judged as the member's words.
 */
import { describe, expect, it } from 'vitest';
import {
  countPlaceholders,
  countWords,
  fillsSlot,
  GAP_LINT_CLEAN,
  lintGapExplanation,
  placeholderAsksFor,
  placeholdersOf,
  withoutPlaceholders,
} from '../../src/rules/gap-lint.js';

const P = { doc: 'explaining-red-flags', section: 'principles' };
const GAP = { doc: 'explaining-red-flags', section: 'explaining-a-gap' };
const ACT = { doc: 'explaining-red-flags', section: 'productive-gap-activities' };

describe('findings', () => {
  it('a bare reason: no action, no result, no link, each with its fix and sources', () => {
    expect(lintGapExplanation('I was waiting for my visa during that year.')).toEqual([
      {
        id: 'no-actions',
        message:
          'Your draft never says what you did during the gap. Add one or two concrete things with their object, for example "I completed an online course in SQL for healthcare data" or "I volunteered with a hospital quality team"; this should be most of the paragraph.',
        sources: [GAP, ACT],
      },
      {
        id: 'no-outcome',
        message:
          'Your draft has no result someone could check. Add one: a passing score, a certificate, a publication or poster, strong evaluations, or a number ("reduced missing discharge data by 30%").',
        sources: [P],
      },
      {
        id: 'no-informatics-link',
        message:
          'Your draft does not connect the gap to clinical informatics. Close with one sentence on what it taught you about data, the EHR, workflow or quality improvement, and where you use that now.',
        sources: [GAP, ACT],
      },
    ]);
  });

  it('blame: quotes up to three phrases and says there are more', () => {
    const text =
      'The exam was unfair. My supervisors were incompetent. The office was corrupt. Nobody helped me. I completed a course in SQL for EHR data and passed Step 2 CK with 245.';
    const [blame] = lintGapExplanation(text);
    expect(blame!.id).toBe('blame');
    expect(blame!.quote).toBe('The exam was unfair');
    expect(blame!.message).toMatch(
      /^You wrote "The exam was unfair", "[^"]+incompetent", "[^"]+corrupt" and more — that puts the cause on others or on circumstances\. Give the reason once in neutral words, then say what you did about it; ownership reads as maturity, blame reads as risk\.$/,
    );
    expect(blame!.sources).toEqual([P]);
  });

  it('too long: counts the words and quotes the longest sentence, cut after 16 words', () => {
    const long =
      'During those months I also completed an online course in SQL for healthcare data with weekly assignments on real hospital discharge records from a teaching hospital.';
    const filler = Array.from({ length: 14 }, () => 'I passed Step 2 CK with 245 in clinical informatics.').join(' ');
    const text = `${long} ${filler}`;
    const lint = lintGapExplanation(text).find((l) => l.id === 'too-long')!;
    const words = countWords(text);
    expect(words).toBeGreaterThan(150);
    const quote = 'During those months I also completed an online course in SQL for healthcare data with weekly …';
    expect(lint).toEqual({
      id: 'too-long',
      quote,
      message: `Your draft has ${words} words; keep it to one paragraph of at most 150. Cut the reason to one or two sentences and keep the part about what you did. Start by trimming your longest sentence: "${quote}".`,
      sources: [P, GAP],
    });
  });

  it('says what the clean result checked and what it cannot judge', () => {
    expect(GAP_LINT_CLEAN).toBe(
      "No problems found by these 5 checks: blame words, length (at most 150 words), something concrete you did, a result someone could check, and a link to clinical informatics. They do not judge tone (an apology or a plea for a chance), private details (a relative's illness), whether it is true, whether the reason is one a program will accept, or how it sounds read aloud.",
    );
  });
});

describe('placeholders', () => {
  it('counts, lists and blanks out [bracketed] instructions', () => {
    const text = 'I [name one course you completed] and [give the result]. [x\ny]';
    expect(countPlaceholders(text)).toBe(2);
    expect(placeholdersOf(text)).toEqual(['name one course you completed', 'give the result']);
    expect(withoutPlaceholders(text)).toBe('I   and  . [x\ny]');
    expect(countPlaceholders('no brackets')).toBe(0);
    expect(placeholdersOf('no brackets')).toEqual([]);
  });

  it('an instruction reserves only the slot it asks for', () => {
    expect(placeholderAsksFor('name one course you completed', 'action')).toBe(true);
    expect(placeholderAsksFor('name one course you completed', 'outcome')).toBe(false);
    expect(placeholderAsksFor('give the result, with a number', 'outcome')).toBe(true);
    expect(placeholderAsksFor('connect it to informatics', 'link')).toBe(true);
    expect(placeholderAsksFor('your informatics course', 'link')).toBe(false); // not an instruction
    expect(fillsSlot('I waited. [describe what you did]', 'action')).toBe(true);
    expect(fillsSlot('I waited. [describe what you did]', 'outcome')).toBe(false);
    expect(fillsSlot('I waited. [describe the outcome]', 'outcome')).toBe(true);
    expect(fillsSlot('I waited.', 'link')).toBe(false);
  });

  it('counts words as a person does', () => {
    expect(countWords("I don't know Step-1 24/7 e.g. well")).toBe(7);
    expect(countWords('  ')).toBe(0);
  });
});
