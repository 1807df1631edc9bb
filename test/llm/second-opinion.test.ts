import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LLM_NOTES } from '../../src/llm/features/common.js';
import { quoteInText, secondOpinion } from '../../src/llm/features/second-opinion.js';
import { checkPrematchEmail, PREMATCH_SECOND_OPINION_CHECKS } from '../../src/rules/prematch-check.js';
import { startFakeOpenAi, type FakeOpenAi } from '../fake-openai/server.js';
import { fenced, llmContext } from './helpers.js';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

const CONTEXT = { kind: 'thank-you' as const, program: 'Lakeside Clinical Informatics Fellowship' };
// Soft hyphen and a non-breaking space in the member's text: the model quotes the clean words.
const EMAIL = [
  'Dear Dr. Patel,',
  '',
  'Thank you for the interview at Lakeside. I enjoyed hearing about the sepsis dashboard.',
  'Since my divorce I have been sleep\u00ADing badly,\u00A0but I am ready to work hard.',
  'I would be grateful to know where I stand on your rank list.',
  '',
  'Best regards,',
  'Amina',
].join('\n');

function run(email = EMAIL, consent = true) {
  const report = checkPrematchEmail(email, CONTEXT, '2026-01-10');
  return {
    report,
    opinion: secondOpinion(llmContext(fake, { consent }), {
      kind: 'pre-match email',
      text: email,
      checks: PREMATCH_SECOND_OPINION_CHECKS,
      found: report.findings.map((f) => f.id),
    }),
  };
}

describe('second opinion on a pre-match email', () => {
  it('keeps a finding whose quote is in the normalised text, on an id the rules did not raise', async () => {
    fake.script({
      json: {
        findings: [
          { id: 'unprompted-attachments', quote: 'I enjoyed hearing about the sepsis dashboard', why: 'Just a test.' },
        ],
      },
    });
    const { opinion } = run();
    const o = await opinion;
    expect(o.llm.used).toBe(true);
    expect(o.findings).toEqual([
      { id: 'unprompted-attachments', quote: 'I enjoyed hearing about the sepsis dashboard', why: 'Just a test.' },
    ]);
    expect(o.dropped).toBe(0);
  });

  it('drops a finding whose quote the model invented or paraphrased, and keeps the true one', async () => {
    fake.script({
      json: {
        findings: [
          { id: 'generic-message', quote: 'I will rank you first if you rank me first', why: 'Invented.' },
          { id: 'unprompted-attachments', quote: 'Thank you for the interview at Lakeside', why: 'Real words.' },
        ],
      },
    });
    const o = await run().opinion;
    expect(o.findings.map((f) => f.quote)).toEqual(['Thank you for the interview at Lakeside']);
    expect(o.dropped).toBe(1);
  });

  it('drops ids the rules already raised and ids that are not checks, so rule findings never change', async () => {
    const { report, opinion } = run();
    const before = JSON.stringify(report);
    expect(report.findings.map((f) => f.id)).toEqual(['asks-for-ranking', 'overshare']);
    fake.script({
      json: {
        findings: [
          { id: 'overshare', quote: 'Since my divorce I have been sleeping badly', why: 'Already found.' },
          { id: 'tone', quote: 'I am ready to work hard', why: 'Not one of our checks.' },
        ],
      },
    });
    const o = await opinion;
    expect(o.findings).toEqual([]);
    expect(o.dropped).toBe(2);
    expect(JSON.stringify(report)).toBe(before);
    // The model was told which ids were found and was shown only the open ones.
    const sent = fake.requests[0]!.text;
    expect(fenced(sent, 'found')).toBe('asks-for-ranking, overshare');
    expect(fenced(sent, 'checks')).not.toMatch(/^overshare:/m);
    expect(fenced(sent, 'checks')).toMatch(/^quid-pro-quo:/m);
  });

  it('without consent makes no call and says why', async () => {
    const o = await run(EMAIL, false).opinion;
    expect(fake.requests).toHaveLength(0);
    expect(o.findings).toEqual([]);
    expect(o.llm.note).toBe(LLM_NOTES['no-consent']);
  });

  it('falls back quietly when the model fails', async () => {
    fake.script({ content: 'not json at all' });
    const o = await run().opinion;
    expect(o.findings).toEqual([]);
    expect(o.llm.used).toBe(false);
  });
});

describe('quoteInText', () => {
  it('matches across soft hyphens, odd spaces, look-alike letters and curly quotes', () => {
    expect(quoteInText('sleeping badly, but I am ready', EMAIL)).toBe(true);
    expect(quoteInText('where I stand on your rank list', 'Where I st\u00ADand on your r\u0430nk list?')).toBe(true);
    expect(quoteInText('it’s my first choice', "It's my first choice.")).toBe(true);
  });

  it('rejects words that are not there, and quotes too short to check', () => {
    expect(quoteInText('where I stand on your list', EMAIL)).toBe(false);
    expect(quoteInText('I', EMAIL)).toBe(false);
  });

  it('does not credit words that are only in a quoted earlier message', () => {
    const thread =
      'Thanks, I will be there.\n\nOn Mon, 3 Nov 2025 at 09:12, Jane <j@x.org> wrote:\n> We rank applicants independently.';
    expect(quoteInText('We rank applicants independently', thread)).toBe(false);
  });
});
