/**
 * Session 21 (text32, after blind batch AG): each general reading added, pinned by sentences of our
 * own (never a corpus item). Pre-match sentences run inside an ordinary thank-you email to
 * "Riverside Medical Center" (bench/eval/probes.ts); answers use the probe's default story question
 * unless a row gives one.
 */
import { describe, expect, it } from 'vitest';
import { runProbe, type Probe } from '../../bench/eval/probes.js';

type Row = [cat: string, want: boolean, text: string, extra?: Partial<Probe>];

const WHY = { q: 'Why informatics?' } as Partial<Probe>;
const KNOW = { q: 'What do you know about our fellowship?' } as Partial<Probe>;

const ROWS: Record<string, Row[]> = {
  'blame: scorn for a place, body or system ("a joke", "garbage"), and a result disowned': [
    [
      'answers/blame',
      true,
      'I failed the first sitting. The exam hall in Karachi was a complete joke, with the air conditioning off all day. The second time I booked a centre in Doha and passed.',
    ],
    [
      'answers/blame',
      true,
      'My supervisor said my discharge letters were late, but the order system there was total garbage and nobody could have been quicker in it. I wrote my own shortcuts anyway.',
    ],
    [
      'answers/blame',
      true,
      'The invigilators were useless and chatted through the whole block, so I lost my focus and failed.',
    ],
    ['gap/blame', true, 'I did not pass in 2023. That first score does not reflect me, and I retook it in May.'],
    ['gap/blame', true, 'Honestly that mark says nothing about my knowledge; I studied for a full year before it.'],
    // Self-mockery and things in bad shape are not blame.
    [
      'answers/blame',
      false,
      'My first attempt was a joke: I had barely opened a question bank, and that is on me. For the retake I did a block every morning and passed.',
    ],
    [
      'answers/blame',
      false,
      'The paper referral forms were a mess, so I built a shared tracker with the clerks and we stopped losing referrals.',
    ],
  ],
  'gap: learning with no object, handing on, a course named by its title': [
    [
      'gap/no-actions',
      true,
      'That year was a pause for me. I reflected a lot and stayed busy, and I plan to use all I learned once I am back on the wards.',
    ],
    [
      'gap/no-outcome',
      true,
      'Since 2023 I have helped the records clerks at our district clinic two mornings a week and passed their questions on to the software supplier.',
    ],
    [
      'gap/no-outcome',
      false,
      'Last spring I finished Johns Hopkins\' "Data Science for Clinicians: Foundations" course online while I cared for my son.',
    ],
  ],
  'STAR: no setting in an opinion; the program asked about is not a story': [
    [
      'star/situation',
      false,
      'Because I like solving problems with data, and in informatics one good rule can reach every patient at once. That is what I want to spend my career on.',
      WHY,
    ],
    [
      'star/situation',
      false,
      'I know the fellowship takes three fellows a year, that they spend the first year in the analytics team at the main hospital, and that the second year is built around a project they present to the CDS committee.',
      KNOW,
    ],
    [
      'star/action',
      false,
      'I have always found that I enjoy teaching interns, running the ward round and organising the rota, and informatics seems to me the place where that grows.',
      WHY,
    ],
  ],
  'STAR results: a state some time after, reuse by others, a standing among peers': [
    [
      'star/result',
      true,
      'In Ibadan our ward kept running out of insulin. I rebuilt the reorder sheet and trained the two store clerks on it, and within two months the store had insulin at every weekly check.',
    ],
    [
      'star/result',
      true,
      'At my hospital in Tunis handovers on nights lost tasks. I wrote a one-page checklist with the charge nurses and taught it at each handover. The checklist we wrote was reused by the surgical wards for their own nights.',
    ],
    [
      'star/result',
      true,
      'In 2022 our unit joined a regional audit of missed antibiotic doses. I set up a daily list of overdue doses and went through it with the nurse in charge each morning. By the end of the audit our ward had the fewest missed doses of all nine wards.',
    ],
    // A charge that fell to the member is the task, not a change that came of anything.
    [
      'star/result',
      false,
      'Our clinic in Kumasi lost track of referrals. As the only registrar on the audit group, this became my job to fix. I mapped the steps with the nurses and wrote a new escalation card for the desk.',
    ],
  ],
  'STAR tasks that reached the member without a word of duty': [
    [
      'star/task',
      true,
      'On our renal ward in Nairobi lab results came back on paper and sat in trays for days. The backlog landed on my plate, so I set up a shared sheet and called the lab each morning.',
    ],
    [
      'star/task',
      true,
      'Our clinic in Quetta kept losing referrals. The head nurse took the problem straight to me, and I mapped every step with the clerks and wrote a tracking sheet.',
    ],
    [
      'star/task',
      true,
      'In Lima the chief resident asked me whether we could see which patients missed their follow-up. I pulled a year of clinic bookings and built a weekly list for the nurses.',
    ],
    [
      'star/task',
      true,
      'One night in Hanoi a pump alarmed on a child on a potassium drip. The rest of the shift was mine: I checked the child, swapped the pump and filed the incident report.',
    ],
    // The problem taken to someone else is not the member's charge.
    [
      'star/task',
      false,
      'Our clinic in Quetta kept losing referrals. The head nurse took the problem to the director, and I watched the clerks struggle with the paper book for months.',
    ],
  ],
  'overshare: a procedure naming a kind of work after a preposition': [
    [
      'overshare',
      false,
      'On my elective I watched how the potassium alert fired during dialysis runs, and it was great to hear your fellows are rebuilding it.',
    ],
    ['overshare', true, 'Every week I drove my father to his dialysis runs while we lost the house.'],
  ],
};

describe('session 21: general readings of meaning, each pinned', () => {
  for (const [name, rows] of Object.entries(ROWS)) {
    describe(name, () => {
      for (const [cat, want, text, extra] of rows)
        it(`${want ? 'finds' : 'stays quiet on'} ${cat}: ${text.slice(0, 60)}…`, () => {
          expect(runProbe({ cat, want, text, ...(extra ?? {}) } as Probe)).toBe(want);
        });
    });
  }
});
