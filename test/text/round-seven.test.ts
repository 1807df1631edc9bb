/**
 * Round seven of issue 10 (after batch D): each frame alternative added or changed in this round,
 * pinned by a short sentence of our own that needs it (it fails without the alternative). The
 * sentences are ours, never corpus items; a failure names the meaning that broke.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { detectStar, type StarParts } from '../../src/mock/star.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

const STORY = 'Tell me about a time you improved a process.';

/** [what is pinned, what the member did first, part, wanted]: the answer is the second then the first. */
const STAR_CASES: [string, string, keyof StarParts, boolean][] = [
  // Results: elapsed time with a hedge, before set beside after, a routine kept up, a habit changed.
  [
    'After about a month, the night nurses were finding the doses without phoning anyone.',
    'I redrew the insulin labels with the pharmacist.',
    'result',
    true,
  ],
  [
    'In the six months after, the tray of wasted vials was a memory.',
    'I split the fridge log into one column per shelf.',
    'result',
    true,
  ],
  [
    'Before that the porters carried every sample upstairs by hand; after it, the chute took them.',
    'I mapped the sample route with the lab manager.',
    'result',
    true,
  ],
  ['The night intern still keeps the list going.', 'I drew a priority list on the ward whiteboard.', 'result', true],
  [
    'I now read the administration record before every insulin order.',
    'I once gave a second insulin dose without checking the chart.',
    'result',
    true,
  ],
  // Not results: a lesson said with "now", a table of what was used, a week described, a time clause.
  [
    'I now understand why the allergy alerts matter so much.',
    'I once ignored an allergy alert on a busy night.',
    'result',
    false,
  ],
  [
    'I pulled six months of orders and made tables showing which drugs were being used against which bugs.',
    'Our antibiotic choices did not match the local resistance data.',
    'result',
    false,
  ],
  [
    'The date they gave me was in a week with many power cuts.',
    'I made a study plan and booked the exam for the spring.',
    'result',
    false,
  ],
  [
    'When I was doing my rural year, the ministry sent tablets and nobody had used one before.',
    'I practised on dummy records at night and taught the two nurses each morning.',
    'result',
    false,
  ],
  // Situations: a bare time heading, a disagreement; tasks: a charge held by a role.
  [
    'Night shift, first month of internship: a penicillin-allergic patient was written up for amoxicillin.',
    'I stopped the dose.',
    'situation',
    true,
  ],
  [
    'A pharmacist and I disagreed about stopping warfarin before the operation.',
    'I showed her the protocol.',
    'situation',
    true,
  ],
  [
    'My job as the night intern was to get the admission orders in before midnight.',
    'I grouped the diet orders.',
    'task',
    true,
  ],
  [
    'I was the resident representative on the records committee.',
    'I collected complaints about the order screens.',
    'task',
    true,
  ],
  // Added after probe set p's first reading: often then, seldom now; others asking for it; a
  // heading with its rotation; a disagreement as an idiom.
  [
    'The porters, who used to walk to the lab six times a night, went maybe twice.',
    'I set up a pneumatic-tube rota with the lab manager.',
    'result',
    true,
  ],
  // Added after probe set q's first reading: the old state in a relative clause, minutes, a check
  // that found nothing wrong.
  [
    'Letters that had been going out at six were going out before two.',
    'I moved the blood round to start with the patients going home.',
    'result',
    true,
  ],
  [
    'The next three urgent results reached a doctor within ten minutes.',
    'I asked the lab to phone urgent results to the on-call doctor.',
    'result',
    true,
  ],
  [
    'The auditor who checked us in spring found no mix-ups at all.',
    'I labelled every high-risk drawer with a red strip.',
    'result',
    true,
  ],
  // Added after probe set r's first reading: earlier than before, a sequence word beside a request.
  [
    'The pharmacy got the list two hours earlier than before.',
    'I set the ward printer to print the discharge list at seven.',
    'result',
    true,
  ],
  [
    'Afterwards fewer patients asked us to read the letter out to them.',
    'I rewrote the discharge letter in plain Urdu.',
    'result',
    true,
  ],
  [
    'The night registrar and I kept arguing about who should see the referrals.',
    'I proposed a rota.',
    'situation',
    true,
  ],
  // Added after probe set s's first reading: the old state as an aside or with "used to", a
  // rarity, the time the member was in, two views set against each other.
  [
    'The weekly reports, usually three pages of slips, came back with a handful of lines.',
    'I put a list of the commonest slips above the drug trolley.',
    'result',
    true,
  ],
  [
    'The calls we used to get every night were coming only from the new wards.',
    'I wrote the on-call numbers into the ward template.',
    'result',
    true,
  ],
  ['Missed doses became a rarity.', 'I moved the insulin to the first drug round.', 'result', true],
  ['It was my second night on call.', 'I checked the drug chart.', 'situation', true],
  [
    'My registrar wanted to wait for the scan, but I thought the patient needed antibiotics straight away.',
    'I called the consultant.',
    'situation',
    true,
  ],
  // Added after probe set t's first reading: a past perfect inside an aside, shrinking, a
  // disagreement said as "could not agree".
  [
    'Drips left running without a review, which the nurses had hated, were gone by the next audit.',
    'I put the review date on the chart header.',
    'result',
    true,
  ],
  [
    'The clinic told us their waiting list had shrunk to a handful.',
    'I asked the clerk to book the scans before discharge.',
    'result',
    true,
  ],
  [
    'The dietitian and I could not agree about feeding a frail patient.',
    'I asked for a family meeting.',
    'situation',
    true,
  ],
  // Ringing, phoning and agreeing are things done in a story.
  [
    'Orders that used to wait a day were being sent the same afternoon.',
    'I rang the pharmacy each morning and agreed a delivery slot.',
    'result',
    true,
  ],
  [
    'Within a month the other wards had started asking for it.',
    'I made a fluid chart with a running total.',
    'result',
    true,
  ],
  [
    'Second week of my medicine rotation, an old man came in after a fall.',
    'I checked his drug chart.',
    'situation',
    true,
  ],
  [
    'The charge nurse and I did not see eye to eye about the discharge.',
    'I asked her what worried her.',
    'situation',
    true,
  ],
];

describe('round seven: STAR parts told in ordinary narrative', () => {
  it.each(STAR_CASES)('"%s" (after "%s") → %s %s', (sentence, before, part, want) => {
    // A result must come after something the member did; a time clause opens its story.
    const answer = /^When /.test(sentence) ? `${sentence} ${before}` : `${before} ${sentence}`;
    expect(detectStar(answer, STORY)[part]).toBe(want);
  });

  it('does not read an imagined disagreement as a scene', () => {
    const answer = 'I would ask what worried the attending. If we still disagreed, I would follow the escalation path.';
    expect(detectStar(answer, 'How would you handle a disagreement with an attending?').situation).toBe(false);
  });

  it('does not read a wish about one’s life as a task', () => {
    const answer = 'I grew up in Pune and I always knew I wanted to do medicine, like my father.';
    expect(detectStar(answer, 'Tell me about yourself.').task).toBe(false);
  });

  it('reads only past deeds as actions outside a story', () => {
    const q = 'What draws you to clinical informatics?';
    expect(detectStar('I enjoy bringing a team together and I learn quickly.', q).action).toBe(false);
    expect(detectStar('In my research job I used a FHIR sandbox to pull vital signs for a prototype.', q).action).toBe(
      true,
    );
  });
});

describe('round seven: no result is missing when no story is told', () => {
  it('says nothing about results to an answer with no scene and nothing done', () => {
    const fb = answerFeedback(
      'Tell us about your interest in health IT.',
      'I like new things and I like to help people.',
    );
    expect(fb.notes.map((n) => n.id)).not.toContain('no-result');
  });
});

const BLAME_CASES: [string, boolean][] = [
  ['She was the reason our discharges ran late, not us.', true],
  ['He made every single request slower than it needed to be.', true],
  ['It was not really my mistake, because the order was already on the chart.', true],
  ['My co-intern, who was, I am sorry to say, not very careful, skipped the handover.', true],
  ['Life has not been fair to me.', true],
  ['I was punished for reporting a wrong drug entry.', true],
  ['No one stood by me when the contract ended.', true],
  ['Nobody in the whole department ever stood up for me.', true],
  ['The mix-up was really down to the night registrar.', true],
  ['If the pharmacy had done its job, none of this would have reached the ward.', true],
  ['The delay was mostly due to the broken analyser.', false],
  ['The porter, as usual, had taken the sample to the wrong ward.', true],
  ['The porter took the sample to the wrong ward, and we sent it again.', false],
  ['My consultant set me up to fail.', true],
  ['If my registrar had answered his bleep, the patient would never have had the second dose.', true],
  ['If my registrar had not stepped in, I would have given the wrong dose.', false],
  ['Let’s just say the lab was not exactly interested in what clinicians needed.', true],
  ['The registrar should have spotted it; that is literally his job.', true],
  ['I should have spotted it; checking the chart is my job.', false],
  ['The surgeon decided everything without ever asking the nurses.', true],
  ['The mix-up was the night porter’s doing.', true],
  ['She had not bothered to read the notes.', true],
  ['My registrar left me alone with twenty patients and then acted surprised at the backlog.', true],
  ['My registrar was called away, so I was alone with twenty patients.', false],
  ['He never consulted anyone, and this is what led to my mistake.', true],
  ['The root of the problem was a registrar who rarely checked our work.', true],
  ['Our manager promised two more nurses and simply never delivered.', true],
  ['He refused me a reference out of sheer spite.', true],
  ['The lab, as it so often did, sent the wrong result to the ward.', true],
  ['The agency kept changing the rota, so mistakes were bound to happen.', true],
  ['The charge nurse was the reason the audit happened at all.', false],
  ['I was the intern who was not careful enough that night.', false],
];

describe('round seven: blame by contrast, denial, character and unfairness over time', () => {
  it.each(BLAME_CASES)('%s → %s', (sentence, want) => {
    const draft = `From 2023 to 2024 I was out of training. ${sentence} Since then I have built a discharge checklist in our EHR that the ward now uses every day.`;
    expect(lintGapExplanation(draft).some((l) => l.id === 'blame')).toBe(want);
  });
});

const has = (draft: string, id: string) => lintGapExplanation(draft).some((l) => l.id === id);

describe('round seven: everyday actions in a gap, and what others took up', () => {
  it.each([
    ['I dealt with the buyers and the suppliers for the family shop.', false],
    ['I handled the accounts for my brother’s pharmacy.', false],
    ['I worked on the family farm through the harvest.', false],
    ['I moved home after my father’s operation, and in the evenings helped my sister prepare for her exams.', false],
    ['I dealt with the stress of waiting for my visa.', true],
    ['My papers were delayed, and I am now preparing to apply again.', true],
    // A phrasal verb with its object is done ("set up a clinic"); looking things up is taking in.
    ['I set up a weekly foot clinic for diabetic patients.', false],
    ['I looked up the new guidelines every week.', true],
    ['In my residency I saw colleagues lose hours to slow records, and I hope to take a course next spring.', true],
  ] as const)('%s → no-actions %s', (draft, want) => {
    expect(has(draft, 'no-actions')).toBe(want);
  });

  it.each([
    ['I set up a digital sick-call log, and the commander asked the next doctor to keep using it.', false],
    ['I set up a digital sick-call log and asked the nurses to use it.', true],
    ['I built a stock sheet for the shop, and my uncle now orders supplies from it each week.', false],
    ['I kept a stock sheet for the pharmacy, and it has not run out of insulin since.', false],
    ['I wrote a dosing card for the ward, and the pharmacy now hands it to every new nurse.', false],
    ['My discharge checklist for the medical ward was picked up by the surgical wards.', false],
    [
      'I trained the receptionists on the booking sheet, and the manager asked me to train the staff at their second clinic too.',
      false,
    ],
  ] as const)('%s → no-outcome %s', (draft, want) => {
    expect(has(draft, 'no-outcome')).toBe(want);
  });
});

describe('round seven: how the member was received is their standing', () => {
  it('reads a question about the member’s position as an ask for ranking', () => {
    const email =
      'Dear Dr. Lane,\n\nThank you for the interview and our talk about the Brookfield sepsis dashboard. Do you think I am in a competitive position for Brookfield?\n\nBest regards,\nAmal';
    const r = checkPrematchEmail(
      email,
      { kind: 'thank-you', program: 'Brookfield Medical Center', interviewDate: '2026-01-10', sendDate: '2026-01-11' },
      '2026-01-11',
      {},
    );
    expect(r.findings.map((f) => f.id)).toContain('asks-for-ranking');
  });

  it('reads a hint about how the interview was received as an ask for ranking', () => {
    const email =
      'Dear Dr. Lane,\n\nThank you for the interview and our talk about the Brookfield sepsis dashboard. Any hint of how my interview was received would mean a great deal.\n\nBest regards,\nAmal';
    const r = checkPrematchEmail(
      email,
      { kind: 'thank-you', program: 'Brookfield Medical Center', interviewDate: '2026-01-10', sendDate: '2026-01-11' },
      '2026-01-11',
      {},
    );
    expect(r.findings.map((f) => f.id)).toContain('asks-for-ranking');
  });
});

describe('round seven: a questionnaire’s topics are not the member’s disclosure', () => {
  it('reads going without food for the exam as the member’s own hardship', () => {
    const email =
      'Dear Dr. Lane,\n\nThank you for the interview and our talk about the Brookfield sepsis dashboard. My family has been skipping meals so that I could sit the exam.\n\nBest regards,\nAmal';
    const r = checkPrematchEmail(
      email,
      { kind: 'thank-you', program: 'Brookfield Medical Center', interviewDate: '2026-01-10', sendDate: '2026-01-11' },
      '2026-01-11',
      {},
    );
    expect(r.findings.map((f) => f.id)).toContain('overshare');
  });

  it('stays silent on a form that asks patients about debt and missed rent', () => {
    const email =
      'Dear Dr. Lane,\n\nI read your paper on financial toxicity. I built an intake questionnaire that asks patients about medical debt and missed rent, and I would like to join that work.\n\nBest regards,\nAmal';
    const r = checkPrematchEmail(
      email,
      { kind: 'inquiry', program: 'Brookfield Medical Center' } as Parameters<typeof checkPrematchEmail>[1],
      '2026-01-11',
      {},
    );
    expect(r.findings.map((f) => f.id)).not.toContain('overshare');
  });
});
