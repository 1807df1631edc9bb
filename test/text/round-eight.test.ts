/**
 * Round eight of issue 10 (after batches E and F): each concept added or widened in this round,
 * pinned by a short sentence of our own that needs it. The sentences are ours, never corpus items
 * or probe sentences; a failure names the meaning that broke. Runs through the same entry points
 * as the probes (a pre-match sentence inside an ordinary thank-you email, a gap draft alone, an
 * interview answer to a story question).
 */
import { describe, expect, it } from 'vitest';
import { runProbe, type Probe } from '../../bench/eval/probes.js';

type Row = [cat: string, want: boolean, text: string, extra?: Partial<Probe>];

const OTHER_TOP = {
  previous: [{ kind: 'top-choice', program: 'Lakeside Clinic', date: '2026-01-10' }],
} as Partial<Probe>;

const TRADES: Row[] = [
  // Giving up the alternatives against the program wanting the member or having a place for them.
  ['quid-pro-quo', true, 'The moment Riverside says it wants me, I will cancel all my other interviews.'],
  ['quid-pro-quo', true, "Happy to take my name off everyone else's list if you can tell me I'm in."],
  ['quid-pro-quo', true, 'If there is a place for me, every other program comes off my list.'],
  [
    'quid-pro-quo',
    true,
    'I am ready to burn my bridges with the other programs as soon as I hear there is room for me.',
  ],
  ['quid-pro-quo', true, 'If an offer outside the Match is possible, I would take my name out of the other programs.'],
  ['quid-pro-quo', true, 'If you can offer me a contract outside the Match, I would sign today.'],
  // Both sides named as mine and yours.
  ['quid-pro-quo', true, 'A first-place ranking could come from my side, were a similar signal to come from yours.'],
  // A question whether the member's move would better their standing.
  ['quid-pro-quo', true, 'Would the committee view my file more favourably if I pledged to rank Riverside first?'],
  ['quid-pro-quo', true, 'If I told you Riverside is my first choice, would that make any difference for me?'],
  ['quid-pro-quo', true, 'Would my committing to Riverside now make a difference?'],
  // First place paid for what the program said, and a sign asked for in return.
  [
    'quid-pro-quo',
    true,
    'Thank you for telling me I would be ranked highly. Because of that, I have decided to rank Riverside first.',
  ],
  [
    'quid-pro-quo',
    true,
    'I am ready to make Riverside my number one. I ask only for a small sign from your side that I am also near the top.',
  ],
  ['quid-pro-quo', true, 'If Riverside can consider me, I promise I will rank you first.'],
  ['quid-pro-quo', true, 'If you offer me a position outside the Match, I will accept.'],
  // Near-misses that stay silent.
  [
    'quid-pro-quo',
    false,
    'Someone at dinner mentioned that a friend was asked to promise a first-place ranking in exchange for a spot.',
  ],
  ['quid-pro-quo', false, 'I must decide soon whether to keep my research job, so any indication would help.'],
  ['quid-pro-quo', false, 'If you could tell me honestly whether I am competitive, I will accept any answer.'],
  ['quid-pro-quo', false, 'Would it be useful if I signed up for the informatics elective?'],
  ['quid-pro-quo', false, 'I have cancelled two other interviews because I already know where I want to train.'],
];

const ASKS: Row[] = [
  ['asks-for-ranking', true, 'hey quick q, any chance u can tell me if im still in the running?'],
  ['asks-for-ranking', true, 'Could you share whether the committee is viewing my application favourably?'],
  ['asks-for-ranking', true, 'Should I keep hope for a place at Riverside this year?'],
  ['asks-for-ranking', true, 'Should I keep my hopes alive?'],
  ['asks-for-ranking', true, 'Any sense of how things look for me?'],
  ['asks-for-ranking', true, 'Am I still in the mix for Riverside?'],
  [
    'asks-for-ranking',
    true,
    'My first-place ranking could be given from my side, were some indication to be given on yours.',
  ],
  ['asks-for-ranking', true, 'like would that move me up on your list or not'],
  // Near-misses that stay silent.
  ['asks-for-ranking', false, 'Could you tell me whether an ACGME-I residency is accepted for eligibility?'],
  ['asks-for-ranking', false, "I would also be grateful to know when the fellowship's rank list is submitted."],
  [
    'asks-for-ranking',
    false,
    'I know I should not ask about my position, so I will only ask whether the tour is on Friday.',
  ],
  ['asks-for-ranking', false, 'Would it make any difference if I committed to Riverside in writing?'],
  ['asks-for-ranking', false, 'You have my commitment: if Riverside ranks me highly, I will not go anywhere else.'],
  ['unprompted-attachments', false, 'I have attached nothing and will keep this short.'],
  // Overshare: feelings told as the member's state or a relative's distress, pressure from a
  // family described first; a loss named once as the reason for a late note stays silent.
  ['overshare', true, 'I feel so much stress these days.'],
  ['overshare', true, 'My father cries every time we talk about the Match.'],
  ['overshare', true, 'My parents are getting old and they pressure me to settle this year.'],
  ['overshare', false, 'Sorry this note is late; my grandfather passed away on Monday and I travelled home.'],
  ['multiple-top-choice', true, 'Riverside is #1 on my list.', OTHER_TOP],
  ['multiple-top-choice', true, 'Riverside gets the number-one spot on my list.', OTHER_TOP],
];

const BLAME: Row[] = [
  // Where the fault lies, placed on others and away from the member.
  ['gap/blame', true, 'The delay sat with the licensing office and not with me.'],
  ['gap/blame', true, 'This gap is not really from my side.'],
  ['gap/blame', true, 'It was caused by the embassy and not by any choice of mine.'],
  ['gap/blame', true, 'I was the one who paid for their mistakes.'],
  ['gap/blame', true, 'No one in my place could have done better.'],
  // A process made to keep the member's group out.
  ['gap/blame', true, 'The licensing process is designed to be slow for graduates from my country.'],
  ['gap/blame', true, 'Programs filter out IMGs by graduation year.'],
  ['gap/blame', true, 'Graduates like me are always left behind.'],
  ['gap/blame', true, 'I was never given a fair chance.'],
  ['gap/blame', true, 'It is a system that does not respect junior doctors.'],
  ['gap/blame', true, 'The ministry has no respect for young graduates.'],
  // Favours and protection.
  ['gap/blame', true, 'The clerks were waiting for a gift before they moved my papers.'],
  ['gap/blame', true, 'Files moved only for those who paid.'],
  ['gap/blame', true, 'The board protected the chief surgeon.'],
  ['gap/blame', true, 'The posts were given to the relatives of senior staff.'],
  ['gap/blame', true, 'My supervisor wanted me gone.'],
  // Neglect told outright, and conduct marked as a complaint.
  ['gap/blame', true, 'My advisor did not answer any of my emails.'],
  ['gap/blame', true, 'No one was there to guide me.'],
  ['gap/blame', true, 'The director had his favourites.'],
  ['gap/blame', true, 'Others take the credit for our work.'],
  ['gap/blame', true, 'The leave I requested was refused twice.'],
  ['gap/blame', true, 'Nobody in the department gave any consideration to those of us studying.'],
  ['answers/blame', true, 'Unfortunately the attending did not follow it up.'],
  ['answers/blame', true, 'The pharmacy kept losing our requests, which is why the project slipped.'],
  // Near-misses that stay silent.
  ['answers/blame', false, 'The physicians felt we were targeting them unfairly, so I met each of them.'],
  ['gap/blame', false, 'I could call it bad luck, but it was not; I had not done enough questions.'],
];

const GAP_ACTIONS: Row[] = [
  // Any activity told in the past right after "I", with a concrete object, is a thing done.
  ['gap/no-actions', false, "I sorted out the appointment book of my uncle's pharmacy."],
  ['gap/no-actions', false, 'I repainted the rural clinic and rewired its generator.'],
  // Vague or not done: an abstract object, a reason, a described state, taking in, aiming.
  ['gap/no-actions', true, 'I see my future in clinical decision support.'],
  ['gap/no-actions', true, 'Children are the reason I studied medicine.'],
  ['gap/no-actions', true, 'This year made me a more prepared candidate.'],
  ['gap/no-actions', true, 'I have been designing my path into informatics.'],
  ['gap/no-actions', true, 'I aimed to strengthen my application.'],
  ['gap/no-actions', true, 'I read widely about health records.'],
  ['gap/no-actions', true, 'I have immersed myself in the field.'],
  // Outcomes: a thing made that others still use, told in a relative clause; a change told after
  // the member's changes, in words.
  ['gap/no-outcome', false, 'I built a discharge checklist that the ward sisters still use.'],
  [
    'gap/no-outcome',
    false,
    'I redesigned the triage questions; after my changes the nurses made fewer needless calls.',
  ],
];

const STAR: Row[] = [
  // Not results: the member's own thanks, a test result, a charge given.
  [
    'star/result',
    false,
    'During my year in Lagos I mapped the order form with the IT team. I am very grateful to the IT team for their patience.',
  ],
  [
    'star/result',
    false,
    'During my first year in Bogota I ordered a CT scan without checking the creatinine. The result was in a different tab, so I phoned the lab and cancelled the scan.',
  ],
  [
    'star/result',
    false,
    'At my hospital in Cairo the trainer went on leave. The director asked me to replace her. I built a training session with real cases.',
  ],
  // Results: a share of what was done before, a written judgement of the work after.
  [
    'star/result',
    true,
    'In our ICU in Beirut every ventilated patient had a daily film. I changed the default order with the attendings, and we ended up ordering a third of the films we had been ordering.',
  ],
  [
    'star/result',
    true,
    'In my second year in Lagos my notes were too long. I rebuilt my note template with a consultant. My program director later wrote that my documentation was among the clearest.',
  ],
  // Tasks: the charge told as who the member was, as a duty named, as a question a superior wanted answered.
  [
    'star/task',
    true,
    'At the hospital in Guadalajara the lab and ED systems did not talk. I was the ED resident chosen to work with the IT people. I tested the connection with them.',
  ],
  [
    'star/task',
    true,
    'In residency at a hospital in Texas our heparin order set had three weight fields. I was the one who fixed the order sets. I rebuilt the heparin set with our pharmacist.',
  ],
  [
    'star/task',
    true,
    'During my research year in Ohio our line infection rate looked high. I owned the data pull. I wrote the queries and built a dashboard.',
  ],
  [
    'star/task',
    true,
    'In my intern year in Hanoi a patient got the wrong enoxaparin dose. Checking the weight was my responsibility. I added a weight line to the order form.',
  ],
  [
    'star/task',
    true,
    'During my research year in Ohio, the ICU director wanted to know why our infection rate looked high. I pulled the data and built a dashboard.',
  ],
  [
    'star/task',
    true,
    'On our ward in Leeds pressure injuries were rising. Keeping the numbers down was on me. I built a turning chart with the nurses.',
  ],
];

describe('round eight: concepts of meaning, each pinned', () => {
  for (const [name, rows] of [
    ['trades', TRADES],
    ['asks and top choices', ASKS],
    ['blame', BLAME],
    ['gap actions', GAP_ACTIONS],
    ['STAR', STAR],
  ] as const) {
    describe(name, () => {
      it.each(rows.map((r) => [r[0], r[1], r[2], r[3]] as const))('%s %s: %s', (cat, want, text, extra) => {
        expect(runProbe({ cat, want, text, ...(extra ?? {}) })).toBe(want);
      });
    });
  }
});

describe('round eight: a wrapped P.S. sentence that starts on a new line', () => {
  it('reads it as one sentence, so the trade in it is found', async () => {
    const { checkPrematchEmail } = await import('../../src/rules/prematch-check.js');
    const email =
      'Dear Dr. Ngata,\n\nThank you for the interview and the tour of the informatics huddle.\n\nAll the best,\nSam Haddad\n\n' +
      'P.S. Honestly, you are my number one now.\nWould it help at all if\nI committed to\nyou? Happy to do that.';
    const ctx = {
      kind: 'thank-you',
      program: 'Tidewater',
      interviewDate: '2026-01-20',
      sendDate: '2026-01-21',
    } as const;
    const ids = checkPrematchEmail(email, ctx, '2026-01-21', {}).findings.map((f) => f.id);
    expect(ids).toContain('quid-pro-quo');
  });
});
