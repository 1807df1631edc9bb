/**
 * Round ten of issue 10 (after batches I and J): each general rule added this round, pinned by a
 * short sentence of our own (never a corpus item, probe or probe-z text). Pre-match sentences run
 * inside an ordinary email to "Riverside Medical Center" (bench/eval/probes.ts), so a sentence
 * that names Riverside names the program addressed.
 */
import { describe, expect, it } from 'vitest';
import { runProbe, type Probe } from '../../bench/eval/probes.js';

type Row = [cat: string, want: boolean, text: string, extra?: Partial<Probe>];

const OTHER_TOP = {
  previous: [{ kind: 'top-choice', program: 'Alder Valley Hospital', date: '2026-01-10' }],
} as Partial<Probe>;

const ROWS: Record<string, Row[]> = {
  'who: the program named is the program addressed': [
    ['quid-pro-quo', true, 'If the Riverside committee ranks me to match, Riverside gets my first place.'],
    // The member's own plan, with the name as subject, stays a plan.
    ['quid-pro-quo', false, "Riverside's program is where I want to train and I will rank it first."],
    ['quid-pro-quo', false, 'Riverside will be the first program on my rank list this year.'],
  ],
  "the program's side as good news": [
    ['quid-pro-quo', true, 'If good news comes from Riverside, Riverside will be my first choice.'],
    ['quid-pro-quo', true, 'A positive word from your side would make my choice easy: you would be first on my list.'],
    ['quid-pro-quo', false, 'If I get good news about my visa, I will send you an update.'],
  ],
  'a negated offer refuses the trade': [
    ['quid-pro-quo', false, 'I am not proposing to put you first in return for any assurance.'],
    ['quid-pro-quo', false, 'I would never offer my first place in exchange for a spot on your list.'],
  ],
  "a hope about the program's list beside the member's first place": [
    ['asks-for-ranking', true, 'Riverside is my first choice, and I hope I land high on your list too.'],
    ['asks-for-ranking', false, 'I hope to match with Riverside next spring.'],
  ],
  'first place said with an adverb or as "the program I will rank number one"': [
    ['multiple-top-choice', true, 'Riverside is honestly my #1 now.', OTHER_TOP],
    ['multiple-top-choice', true, 'Riverside is the one I will rank number one.', OTHER_TOP],
    // A town after the first-place phrase names no other program.
    ['multiple-top-choice', false, 'Riverside is my first choice since my elective near Ashgrove.'],
  ],
  'a relative as the patient of a clinical state': [
    ['overshare', true, 'My father was in intensive care for a month while I studied.'],
    ['overshare', true, "My sister's pregnancy was complicated by bleeding this autumn."],
    ['overshare', false, 'I worked on the intensive care discharge checklist with Dr. Osei.'],
  ],
  'a change told as already done is the situation': [
    [
      'star/result',
      true,
      'Most residents used a paper list. I built a shared sheet, and after a month every bed had an entry.',
    ],
  ],
  'gap outcomes: a status beside the course, a product shipped': [
    [
      'gap/no-outcome',
      false,
      'In 2023 I took the Coursera health informatics specialization (completed, six courses) while caring for my mother.',
    ],
    [
      'gap/no-outcome',
      true,
      'Since March I have been studying why lab samples pass from the ward to the lab with wrong labels; the analysis is still going on.',
    ],
  ],
};

describe('round ten: general rules of meaning, each pinned', () => {
  for (const [name, rows] of Object.entries(ROWS)) {
    describe(name, () => {
      it.each(rows.map((r) => [r[0], r[1], r[2], r[3]] as const))('%s %s: %s', (cat, want, text, extra) => {
        expect(runProbe({ cat, want, text, ...(extra ?? {}) } as Probe)).toBe(want);
      });
    });
  }
});
