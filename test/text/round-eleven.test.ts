/**
 * Round eleven of issue 10 (after batch K): each general rule added this round, pinned by a short
 * sentence of our own (never a corpus item or probe-y text). Pre-match sentences run inside an
 * ordinary email to "Riverside Medical Center" (bench/eval/probes.ts).
 */
import { describe, expect, it } from 'vitest';
import { runProbe, type Probe } from '../../bench/eval/probes.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

type Row = [cat: string, want: boolean, text: string, extra?: Partial<Probe>];

const OPENER = { q: 'Tell me about yourself.' } as Partial<Probe>;

const ROWS: Record<string, Row[]> = {
  'gap outcomes: a measure with its end value, a standing, a showing, requirements finished': [
    [
      'gap/no-outcome',
      false,
      'I kept the cold-chain log for our district; spoiled doses went from forty a month to six.',
    ],
    ['gap/no-outcome', false, 'By June the share of charts with a coded diagnosis had climbed to 91%.'],
    [
      'gap/no-outcome',
      false,
      'After I set up text reminders our clinic finished with the lowest no-show rate in the district.',
    ],
    ['gap/no-outcome', false, 'I audited the sepsis bundle and presented it at the regional quality forum.'],
    ['gap/no-outcome', false, 'During those months I fulfilled all the licensing requirements for the state board.'],
    // A credential noun that names an office or a process is not a credential held.
    ['gap/no-outcome', true, 'The certification office lost my file twice, and I spent the year waiting.'],
    // Having a low figure is the problem, not a standing reached.
    ['gap/no-outcome', true, 'I worked at a clinic that had the lowest vaccine coverage in the province.'],
  ],
  'answers: lessons, general truths and changes under a modal are not results': [
    [
      'star/result',
      false,
      'On nights in Quito I rebuilt the handover sheet for our ward. The main point I took from it is that a form is only as good as the people who fill it in.',
    ],
    [
      'star/result',
      false,
      'I phoned the pharmacist and we went over the dose together. In situations like this it is always better to ask early.',
    ],
    ['star/result', false, 'I had to get the team to agree on which alerts could be removed from the order screen.'],
    // A measured change is still a result.
    ['star/result', true, 'I rebuilt the handover sheet, and missed overnight tasks dropped to two a month.'],
  ],
  "an opener's result: work put out under the member's name": [
    [
      'star/result',
      true,
      'I am a pediatrician from Lima. Since 2023 I have worked on vaccine reminders, and I am second author on a paper about them that came out last year.',
      OPENER,
    ],
    // An exam passed in a summary of oneself stays background.
    ['star/result', false, 'I am a pediatrician from Lima, and I passed Step 2 CK in 2024.', OPENER],
  ],
  'tasks: wanting to be someone, a title, being the one on duty': [
    [
      'star/task',
      false,
      'Since I was a boy in Accra I wanted to be a surgeon like my uncle, and I was selected as class president.',
      { q: 'Why clinical informatics?' },
    ],
    [
      'star/task',
      true,
      'In my second year in Pune, I was the one covering the stroke unit at night when the scanner went down.',
    ],
  ],
  'asks: a supposition about matching frames another question; being on the list at all': [
    [
      'asks-for-ranking',
      false,
      'Should I match at Riverside, could the program help me find childcare near the hospital?',
    ],
    ['asks-for-ranking', false, 'If I end up matching with you, is parking included for residents?'],
    ['asks-for-ranking', true, 'If I am not going to match at Riverside, I would be grateful to know soon.'],
    ['asks-for-ranking', true, 'Could you tell me whether my application made it onto the final list?'],
  ],
  'blame: a lapse suffered by others is the problem, not a complaint': [
    [
      'answers/blame',
      false,
      'On the renal ward our new porters kept losing urine samples because nobody showed the porters where the lab drop box was. I drew a map and taped it by the lifts.',
    ],
    [
      'answers/blame',
      true,
      'I failed the rotation because nobody explained anything to me and the consultant ignored my questions.',
    ],
  ],
  'gap actions: an -ing form after "I have been" is the verb': [
    ['gap/no-actions', false, 'Since May I have been building a bed-occupancy tracker for our district hospital.'],
  ],
  'overshare: a money word belongs to the subject of its clause': [
    ['overshare', false, 'If I match there, do most fellows rent near the hospital or commute?'],
    ['overshare', true, 'If I match there, I honestly do not know how I will pay the rent.'],
  ],
  'top choice: said of a name in its own clause, or of each name listed after a colon': [
    [
      'multiple-top-choice',
      true,
      'Your programs are each my first choice: Riverside for its alert review, and Elmfield for its portal work.',
    ],
    [
      'multiple-top-choice',
      false,
      'I grew up near Tallowmere and studied in Brackenford, and after that day Riverside is my first choice.',
    ],
  ],
};

describe('round eleven: general rules of meaning, each pinned', () => {
  for (const [name, rows] of Object.entries(ROWS)) {
    describe(name, () => {
      it.each(rows.map((r) => [r[0], r[1], r[2], r[3]] as const))('%s %s: %s', (cat, want, text, extra) => {
        expect(runProbe({ cat, want, text, ...(extra ?? {}) } as Probe)).toBe(want);
      });
    });
  }
});

describe("round eleven: the talk told as the other person's act makes an email specific", () => {
  it('does not call a thank-you generic when it names what the interviewer explained', () => {
    const email =
      'Dear Dr. Ngata,\n\nThank you for Monday. Your account of how the pharmacy built the renal dosing rule has stayed with me.\n\nBest,\nLi Wei';
    const ids = checkPrematchEmail(
      email,
      {
        kind: 'thank-you',
        program: 'Kowhai Clinical Informatics Fellowship',
        interviewDate: '2026-11-02',
        sendDate: '2026-11-03',
      },
      '2026-11-03',
      {},
    ).findings.map((f) => f.id);
    expect(ids).not.toContain('generic-message');
  });
});

describe('quotes shown to members keep no hard wraps', () => {
  it('joins a pre-match quote wrapped over two lines with one space', () => {
    const email = 'Dear Dr. Ruiz,\n\nCould you tell me where I\nstand on   your rank list?\n\nBest,\nAna Costa';
    const f = checkPrematchEmail(
      email,
      { kind: 'other', program: 'Ostara Clinical Informatics Fellowship' },
      '2026-12-01',
      {},
    ).findings.find((x) => x.id === 'asks-for-ranking');
    expect(f?.quote).toBe('Could you tell me where I stand on your rank list?');
  });

  it('joins a gap-draft blame quote wrapped over two lines', () => {
    const lints = lintGapExplanation(
      'The exam board was completely\nunfair to me and my results were withheld for a year. I studied for Step 2 and passed it in 2024.',
    );
    const blame = lints.find((l) => l.id === 'blame');
    expect(blame?.quote).toBeDefined();
    expect(blame!.quote).not.toMatch(/\s{2,}|\n/);
  });
});
