/**
 * The gap lint's quotes at their edges: "and more" only past three blame phrases, and the longest
 * sentence quoted whole up to 16 words, the first of equally long ones.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const DID = 'I completed a course in SQL for EHR data and passed Step 2 CK with 245.';
const lint = (text: string, id: string) => lintGapExplanation(text).find((l) => l.id === id);

describe('blame', () => {
  it('quotes one phrase alone and three without "and more"', () => {
    expect(lint(`The exam was unfair. ${DID}`, 'blame')?.message).toMatch(
      /^You wrote "The exam was unfair" — that puts the cause on others/,
    );
    expect(
      lint(`The exam was unfair. My supervisors were incompetent. The office was corrupt. ${DID}`, 'blame')?.message,
    ).toMatch(/^You wrote "The exam was unfair", "[^"]+incompetent", "[^"]+corrupt" — that puts the cause/);
  });
});

describe('too long', () => {
  // Ten words each: fifteen of them and the sentence under test pass the 150-word limit.
  const filler = Array.from({ length: 15 }, () => 'I passed Step 2 CK with 245 in clinical informatics.').join(' ');

  it('quotes the first of the longest sentences when several are as long', () => {
    const first = 'I completed a course in SQL for EHR data today.';
    expect(lint(`${first} ${filler}`, 'too-long')?.quote).toBe(first);
  });

  it('quotes the longest sentence wherever it stands, counting a double space as one gap', () => {
    const longest =
      'I completed an online course in SQL for healthcare data,  with weekly assignments on discharge records.';
    expect(lint(`${filler} ${longest}`, 'too-long')?.quote).toBe(longest);
  });

  it('quotes a sentence of 16 words whole, and cuts one of 17', () => {
    const sixteen =
      'I completed an online course in SQL for healthcare data with weekly assignments on discharge records.';
    expect(lint(`${sixteen} ${filler}`, 'too-long')?.quote).toBe(sixteen);
    const seventeen =
      'I completed an online course in SQL for healthcare data with weekly assignments on real discharge records.';
    expect(lint(`${seventeen} ${filler}`, 'too-long')?.quote).toBe(
      'I completed an online course in SQL for healthcare data with weekly assignments on real discharge …',
    );
  });
});
