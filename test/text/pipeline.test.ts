import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/document.js';
import { normalizeChars, originalSpan } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/nlp.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

describe('normalizeChars', () => {
  it('removes invisible characters, plains spaces and quotes, folds look-alike letters', () => {
    const raw = 'Wh\u200Bere\u00A0do I st\u00ADand on y\u043Eur \u201Crank\u201D list\u202E?';
    expect(normalizeChars(raw).text).toBe('Where do I stand on your "rank" list?');
  });

  it('keeps ASCII letters as they are (the confusables table would turn "m" into "rn")', () => {
    expect(normalizeChars('my email, l and I').text).toBe('my email, l and I');
  });

  it('keeps a capital look-alike a capital: Greek capital iota reads as "I"', () => {
    expect(normalizeChars('\u0399 will rank you first').text).toBe('I will rank you first');
  });

  it('maps every clean character back to the original, so a quote is the member’s own text', () => {
    const raw = 'Please find\u00A0att\u00ADached my CV.';
    const n = normalizeChars(raw);
    const at = n.text.indexOf('attached');
    expect(originalSpan(n, at, at + 'attached'.length)).toBe('att\u00ADached');
  });
});

describe('analyse', () => {
  const email = [
    'Dear Dr. Lee,',
    '',
    'Thank you for the interview. I would be grateful to know',
    'where I stand on your rank list.',
    '',
    'Best regards,',
    'Sam Okafor',
    'MD, MPH',
    '',
    'On Mon, Nov 3, 2025 at 9:12 AM Jane Roe <jane@example.org> wrote:',
    '> Programs rank applicants independently.',
  ].join('\n');

  it('rejoins a hard-wrapped sentence and keeps the greeting, closing and signature apart', () => {
    const doc = analyse(email);
    const roles = doc.sentences.map((s) => [s.role, doc.quote(s)]);
    expect(roles).toContainEqual(['greeting', 'Dear Dr. Lee,']);
    expect(roles).toContainEqual(['body', 'I would be grateful to know\nwhere I stand on your rank list.']);
    expect(roles).toContainEqual(['closing', 'Best regards,']);
    expect(roles).toContainEqual(['signature', 'Sam Okafor']);
  });

  it('sets a quoted earlier message aside: its words are not the member’s', () => {
    const doc = analyse(email);
    expect(doc.hadQuoted).toBe(true);
    expect(doc.text).not.toMatch(/independently/);
  });

  it('spells out contractions in canon and gives lemmas', () => {
    const s = analyse("I'd love to know if you'll be ranking me.").sentences[0]!;
    expect(s.canon).toBe('i would love to know if you will be ranking me.');
    expect(analyse('They ranked me highly and studied my file.').sentences[0]!.lemmas).toMatch(
      /\brank me highly and study my file\b/,
    );
  });

  it('keeps "#1" and "CV.pdf" whole in canon', () => {
    expect(analyse('You are my #1. See CV.pdf please.').sentences.map((s) => s.canon)).toEqual([
      'you are my #1.',
      'see cv.pdf please.',
    ]);
  });
});

describe('tokenize', () => {
  it('splits a possessive the same way whatever it has read before', () => {
    const before = tokenize("Westbrook Children's is my first choice.").tokens.map((t) => t.value);
    for (let i = 0; i < 3; i++) tokenize("Westbrook Children's Hospital and the patient's chart.");
    const after = tokenize("Westbrook Children's is my first choice.").tokens.map((t) => t.value);
    expect(after).toEqual(before);
    expect(after).toContain("'s");
  });
});

describe('a hard-wrapped P.S. after the signature', () => {
  const email = `Dear Dr. Grant,\n\nThank you for the interview on the informatics track.\n\nBest regards,\nAmal Haddad, MD\n\nP.S. I know this is\nnot something we are\nsupposed to discuss,\nbut if I knew I was high on\nyour list, I would rank\nyou first.`;
  const high = () =>
    checkPrematchEmail(email, { kind: 'thank-you', program: 'Grant Medical Center' }, '2026-01-10', {
      target: 'ci-fellowship',
    })
      .findings.filter((f) => f.severity === 'high')
      .map((f) => f.id);

  it('stays the member’s words, even when a wrapped line ends in a comma like a closing', () => {
    expect(high()).toContain('quid-pro-quo');
  });
});
