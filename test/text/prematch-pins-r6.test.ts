/**
 * Pre-match readings a small change to the checks would break, pinned from the labelled corpus
 * (round six of issue 15, found with tools/mutant-probe.mjs): whole emails where the finding must
 * stay as labelled, and single sentences from labelled emails, each read with its email's context.
 * For a finding the label raises, the quote the member is shown is pinned as well (the words of
 * the trade, not the whole sentence or nothing). The comment on each row names the mutated lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';

type Quotes = Record<string, string | null>;
/** [prematch/file/id, {finding: raised}, {finding: quote}] */
const ITEMS: [string, Record<string, boolean>, Quotes][] = [
  [
    'prematch/blind-e/pm-d5-015',
    {},
    { 'quid-pro-quo': '…same page, and I trust that Ashford will do the same for me.' },
  ], // 709:37
  ['prematch/blind-a/pm-a-046', { 'quid-pro-quo': false }, {}], // 729:9
  ['prematch/blind-a/pm-a-079', { 'quid-pro-quo': false }, {}], // 729:9
  ['prematch/blind-b/pm-b-018', { 'quid-pro-quo': false }, {}], // 729:9
  ['prematch/blind-b/pm-b-100', { 'quid-pro-quo': false }, {}], // 729:9
  ['prematch/blind-e/pm-d5-033', { 'quid-pro-quo': false }, {}], // 729:9
  ['prematch/blind-e/pm-d5-057', { 'quid-pro-quo': false }, {}], // 729:9
  ['prematch/seen-heldout-d/pm-h4-008', { 'quid-pro-quo': false }, {}], // 729:9
  [
    'prematch/seen-heldout-e/pm-h5-008',
    {},
    { 'quid-pro-quo': "Because of that, I've decided to rank Cedar Hollow first - it felt…" },
  ], // 735:16 735:37
  ['prematch/blind-a/pm-a-013', { 'quid-pro-quo': false }, {}], // 740:9 741:10
  ['prematch/blind-c/pm-d3-024', { 'quid-pro-quo': false }, {}], // 740:9 741:10
  ['prematch/blind-g/pm-d7-030', { 'quid-pro-quo': false }, {}], // 740:9 741:10
  [
    'prematch/blind-g/pm-d7-013',
    {},
    { 'quid-pro-quo': '…request only a small sign from your side that I am also in your…' },
  ], // 747:16 747:37
  [
    'prematch/blind-g/pm-d7-019',
    { 'quid-pro-quo': true },
    { 'quid-pro-quo': 'If yes, I will put Greenfield first and I will not look other programs.' },
  ], // 751:9 757:16
];
/** [prematch/file/id, sentence of that email, {finding: raised}, {finding: quote}] */
const SENTENCES: [string, string, Record<string, boolean>, Quotes][] = [
  [
    'prematch/seen-heldout-h/pm-h8-052',
    'Please be assured that my loyalty to Lyle County would be returned in full measure, should the program see fit to place me in a favourable position.',
    { 'quid-pro-quo': true },
    {},
  ], // 453:37
  [
    'prematch/blind-g/pm-d7-020',
    'As I finalize my rank list, it would be enormously helpful to understand how Kingsbridge sees me; knowing that I am ranked to match would let me place Kingsbridge first without hesitation.',
    { 'asks-for-ranking': true },
    {},
  ], // 598:7
  [
    'prematch/blind-b/pm-b-063',
    'I want to tell you frankly that if you rank me highly, I will rank Bellhaven first.',
    { 'asks-for-ranking': false },
    {},
  ], // 626:8
  [
    'prematch/seen-heldout-g/pm-h7-011',
    'I will put my cards on the table: you scratch my back and I will scratch yours.',
    { 'quid-pro-quo': true },
    {},
  ], // 679:10
  [
    'prematch/blind-e/pm-d5-055',
    '. After it, I decided on my own to cancel my two remaining interviews, because Lakeview is where I want to train and I will rank it first',
    { 'quid-pro-quo': false },
    {},
  ], // 717:10
  [
    'prematch/seen-heldout-e/pm-h5-005',
    "P.S. Happy to take my name off everyone else's list if you can tell me I'm in.",
    {},
    { 'quid-pro-quo': "P.S. Happy to take my name off everyone else's list if you can tell me I'm in." },
  ], // 721:16
  [
    'prematch/seen-heldout-f/pm-h6-056',
    'I am ready to burn my bridges with every other program the moment I hear that Oakmere has a place for me.',
    {},
    { 'quid-pro-quo': 'I am ready to burn my bridges with every other program the moment…' },
  ], // 721:16 721:37
  [
    'prematch/blind-g/pm-d7-021',
    'If Oakmont can consider me, I promise I will rank you first and never go anywhere else.',
    {},
    { 'quid-pro-quo': 'If Oakmont can consider me, I promise I will rank you first and never go anywhere else.' },
  ], // 723:16
  [
    'prematch/seen-heldout-e/pm-h5-004',
    'It may be stated plainly that a commitment to rank Harborview Valley first could be made on my side, were a similar indication to be given on yours.',
    {},
    { 'quid-pro-quo': '…Valley first could be made on my side, were a similar indication to be given on yours.' },
  ], // 725:16 725:37
  [
    'prematch/blind-g/pm-d7-011',
    'Hypothetically speaking, if I were to let you know that Silverlake would be at the very top of my list, would that make any difference in how the program looks at me?',
    {},
    {
      'quid-pro-quo':
        'Hypothetically speaking, if I were to let you know that Silverlake would be at the very top of my list, would that make any difference in how the program looks at me?',
    },
  ], // 726:39
  [
    'prematch/seen-heldout-f/pm-h6-044',
    "Would it be helpful for the committee's decision if I committed to Fairmont now?",
    {},
    { 'quid-pro-quo': "Would it be helpful for the committee's decision if I committed to Fairmont now?" },
  ], // 726:39
  [
    'prematch/blind-a/pm-a-013',
    'Since I am also holding two other interviews in hand, I would be grateful to learn whether I might be considered favourably in your final list, so that I may plan my remaining commitments accordingly.',
    { 'quid-pro-quo': false },
    {},
  ], // 740:9
  [
    'prematch/blind-c/pm-d3-024',
    'As I order my rank list, any indication at all of how things look from your side would help me plan wisely.',
    { 'quid-pro-quo': false },
    {},
  ], // 740:9
  [
    'prematch/blind-g/pm-d7-030',
    'Would you be able to tell me if I am also high on your list?',
    { 'quid-pro-quo': false },
    {},
  ], // 740:9
  [
    'prematch/seen-heldout-g/pm-h7-031',
    'thanks so much for last week, the FHIR sprint demo w/ Dr Beaulieu was amazing.',
    { 'generic-message': false },
    {},
  ], // 1020:34
  [
    'prematch/seen-heldout-g/pm-h7-060',
    "Your session on proxy portal access for family caregivers at Westbrook, and the debate about adolescents' confidential notes, touched on exactly the questions I met in our Lagos clinic, where relatives often manage a patient's records and finances.",
    { overshare: false },
    {},
  ], // 1218:76
  [
    'prematch/seen-heldout-f/pm-h6-057',
    'Sorry this note is a bit late - my grandmother passed away last week and I flew home.',
    { overshare: false },
    {},
  ], // 1311:9 1313:9
];

const items = new Map<string, Record<string, unknown>>();
function item(key: string): Record<string, unknown> {
  const [kind, file] = key.split('/');
  if (!items.has(key))
    for (const line of readFileSync(new URL(`../corpus/${kind}/${file}.jsonl`, import.meta.url), 'utf8').split('\n'))
      if (line.trim()) {
        const x = JSON.parse(line) as Record<string, unknown>;
        items.set(`${kind}/${file}/${String(x.id)}`, x);
      }
  return items.get(key)!;
}

function check(key: string, email: string, ids: Record<string, boolean>, quotes: Quotes) {
  const x = item(key);
  const parsed = parsePrematchContext(x.context);
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const c = parsed.value;
  const target = x.target as 'ci-fellowship' | 'residency-informatics-track' | undefined;
  const findings = checkPrematchEmail(email, c, c.sendDate ?? c.interviewDate ?? '2026-01-15', { target }).findings;
  for (const [id, raised] of Object.entries(ids)) expect([id, findings.some((f) => f.id === id)]).toEqual([id, raised]);
  for (const [id, quote] of Object.entries(quotes))
    expect([id, findings.find((f) => f.id === id)?.quote ?? null]).toEqual([id, quote]);
}

describe('labelled emails', () => {
  it.each(ITEMS.map(([key, ids, quotes]) => ({ key, ids, quotes })))('$key', ({ key, ids, quotes }) => {
    check(key, String(item(key).email), ids, quotes);
  });
});

describe('single sentences of labelled emails', () => {
  it.each(SENTENCES.map(([key, text, ids, quotes]) => ({ key, text, ids, quotes })))(
    '$key: $text',
    ({ key, text, ids, quotes }) => {
      check(key, text, ids, quotes);
    },
  );
});

describe('a sentence a member could write', () => {
  it('reads "Apologies for the delay" with a loss named once as a courtesy, not an overshare', () => {
    const findings = checkPrematchEmail(
      'Dear Dr. Lee,\nApologies for the delay in writing; my grandfather passed away last week.\nThank you for the interview and the time with your team.',
      { kind: 'thank-you', program: 'Lakeside University Clinical Informatics Fellowship' },
      '2026-01-15',
      {},
    ).findings;
    expect(findings.map((f) => f.id)).not.toContain('overshare');
  });

  it('reads "debt-related questions" in a survey as a thing of work, not an overshare', () => {
    const findings = checkPrematchEmail(
      'Dear Dr. Lee,\nThank you for the interview.\nI liked the debt-related questions in your patient intake survey.',
      { kind: 'thank-you', program: 'Lakeside University Clinical Informatics Fellowship' },
      '2026-01-15',
      {},
    ).findings;
    expect(findings.map((f) => f.id)).not.toContain('overshare');
  });

  it('reads a go-live that was traumatic for the night nurses as their matter, not an overshare', () => {
    const findings = checkPrematchEmail(
      'Dear Dr. Lee,\nI still remember our go-live: for the night nurses on the ward it was traumatic.\nThank you for the interview.',
      { kind: 'thank-you', program: 'Lakeside University Clinical Informatics Fellowship' },
      '2026-01-15',
      {},
    ).findings;
    expect(findings.map((f) => f.id)).not.toContain('overshare');
  });

  it.each([
    'Sorry this note is late; my father died last month and I have been struggling since.',
    'Sorry this note is late; my father died last month and I have felt depressed since.',
    // Pleading is pleading even before "to fix": only "my last chance to make a good impression" is an idiom.
    'I am desperate to fix my application before the rank list deadline.',
  ])('reads "%s" as an overshare', (line) => {
    const findings = checkPrematchEmail(
      `Dear Dr. Lee,\n${line}\nThank you for the interview.`,
      { kind: 'thank-you', program: 'Lakeside University Clinical Informatics Fellowship' },
      '2026-01-15',
      {},
    ).findings;
    expect(findings.map((f) => f.id)).toContain('overshare');
  });
});

describe('multiple-top-choice: is the earlier top-choice email to the same program?', () => {
  const TOP =
    'Dear Dr. Lee,\nI am writing to let you know that your program is my first choice and I will rank it first.\nBest,\nSam';
  it.each([
    // The same program under a longer or shorter name: the distinctive words of one are inside the other.
    ['NYU Langone Clinical Informatics Fellowship', 'NYU Clinical Informatics Fellowship', false],
    ['Riverside Medical Center', 'Riverside Clinical Informatics Fellowship', false],
    ['Clinical Informatics Fellowship', 'Clinical Informatics Fellowship', false],
    // A name with no distinctive word cannot be told to be the same program.
    ['Lakeside University Hospital', 'Clinical Informatics Fellowship', true],
  ])('earlier to "%s", now to "%s": flagged %s', (before, now, flagged) => {
    const findings = checkPrematchEmail(
      TOP,
      {
        kind: 'top-choice',
        program: now,
        sendDate: '2026-02-10',
        previous: [{ kind: 'top-choice', program: before, date: '2026-01-20' }],
      },
      '2026-02-10',
      { target: 'ci-fellowship' },
    ).findings;
    expect(findings.some((f) => f.id === 'multiple-top-choice')).toBe(flagged);
  });
});
