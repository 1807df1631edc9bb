/**
 * The narrative readers' frames pinned one sentence at a time: who did a thing (the member, a
 * team, nobody), whether it was done or only planned, what counts as a result, an informatics
 * angle, and when words are blame and when they are someone else's. Each row reads one short
 * sentence and says what the reader must make of it; each was found to tell a mutant of
 * src/text/narrative.ts from the real code (tools/mutant-probe.mjs), so together they keep the
 * mutation score honest.
 *
 * The rows in CORPUS come from labelled corpus items (test/corpus; the item is named): run alone
 * through the checker the item was written for, the sentence gives the value shown, and that value
 * agrees with the item's label.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/document.js';
import { actionsIn, blameIn, hasInformaticsAngle, isPastTense, outcomesIn } from '../../src/text/narrative.js';

const sentences = (t: string) => analyse(t).sentences;
const READ = {
  'something the member did': (t: string) => actionsIn(sentences(t)).length > 0,
  'something the member did, in a story': (t: string) => actionsIn(sentences(t), { story: true }).length > 0,
  'a result a reader could check': (t: string) => outcomesIn(sentences(t)).length > 0,
  blame: (t: string) => blameIn(sentences(t)).length > 0,
  'an informatics angle': (t: string) => hasInformaticsAngle(t),
} as const;
type Reading = keyof typeof READ;

const rows = (reading: Reading, yes: string[], no: string[] = []) => [
  ...yes.map((text) => ({ name: `reads "${text}" as ${reading}`, text, reading, want: true })),
  ...no.map((text) => ({ name: `does not read "${text}" as ${reading}`, text, reading, want: false })),
];

/** Hand-written: each one needs a branch or an alternative no corpus sentence reaches alone. */
const HAND = [
  ...rows(
    'something the member did',
    [
      // The member as the doer across auxiliaries and words the tagger may not call adverbs.
      'I have built a dashboard for the ward.',
      'I had built a tracker for the clinic before the audit.',
      'I first built a paper prototype of the referral form.',
      'I further developed the discharge template with the nurses.',
      'I have since completed a course in SQL.',
      // Note style: a verb after a verbless heading, or with no subject at all.
      'Volunteer data assistant at the clinic for five months; built the visit tracker.',
      '2024: completed a course in SQL.',
      'Completed a course in SQL.',
      // A purpose clause after going or staying says what the member did.
      'I stayed home to care for my father.',
      'I went to Nairobi to teach nursing students.',
      // An -ing form after "spent": the work itself.
      'I spent those months building a dashboard for the clinic.',
      'I spent the year studying for Step 2 CK.',
      // A course or rounds attended is done; a role held or its duties is work done.
      'I attended grand rounds every week.',
      'I was employed as a data coordinator at a clinic.',
      'My role as a research assistant involved cleaning survey data.',
      // After a comma, "and" or ";" the member named earlier is still the doer.
      'I was unemployed for a year, then built a registry for the clinic.',
      'I was unemployed for a year and built a registry for the clinic.',
      'I was unemployed for a year; built a registry for the clinic.',
      'I had two jobs that year: tutored medical students and scribed at a clinic.',
      'Recently completed a course in SQL.',
      'Then completed a course in SQL.',
      'I spent my evenings mapping referral pathways.',
      'I wrote a discharge summary template for the ward.',
      'I built a registry, and I will train the nurses next year.',
      'I am volunteering at the clinic every Saturday.',
      // Some verbs say a thing done without an object.
      'I volunteered.',
      'I passed.',
      'I started a registry for the clinic.',
      // A regular past the lemmatiser cuts too far is read from its stem.
      'I coded a registry for the clinic.',
      'I prototyped an app for the nurses.',
      // Progressives and perfects of things done, and a plan in another clause.
      'I was leading the audit last spring.',
      'I have been leading the audit since March.',
      'I was building a dashboard when the war started.',
      'I plan to help; I cleaned the survey data last year.',
      'Really truly honestly basically completed a course.',
    ],
    [
      'I remember the nights when I worked alone on the ward.',
      'I completed.',
      'I learned on the job.',
      'I care deeply about patients.',
      'I never completed the course.',
      'I remember the moment when I saw the chart fail.',
      'There was one instance in which I saw an order lost.',
      'I am also starting a course next month.',
      'I look forward to starting the fellowship.',
      'I am writing to explain the gap in my training.',
      'I am enrolling in a course this spring.',
      'The biggest problem I saw was the paper charts.',
    ],
  ),
  ...rows(
    'something the member did, in a story',
    ['I apologised that nobody had explained the new rota.', 'I apologised to the family that nobody had told them.'],
    [
      'I did not complete the course.',
      'I was told to wait for the visa.',
      'I am writing to explain the gap in my training.',
      'I would sit down with pharmacy and decide on the new order set.',
      'The registry team refused to share identifiable data, rightly.',
      'I do not think the exam was unfair.',
      'The process seemed designed to keep graduates like me outside.',
    ],
  ),
  ...rows(
    'a result a reader could check',
    [
      'We measured 100% completion of the discharge forms.',
      'Our manuscript on triage was accepted, and a second paper is in preparation.',
      // An intention governs only its own clause.
      'I plan to publish more, but the audit cut delays by 30%.',
      'My plan is to apply again; the audit cut delays by 30%.',
      'I intend to publish the audit: it cut delays by 30%.',
    ],
    [
      'My intention is to enrol in a health informatics certificate next spring.',
      'I never completed the course.',
      'I studied how the dashboard is used in clinics.',
    ],
  ),
  ...rows('an informatics angle', [
    'I mapped every step of the discharge process.',
    'We kept the drug charts on paper and rebuilt the form.',
  ]),
  ...rows(
    'blame',
    [
      // A quotation closed earlier in the sentence does not cover what follows it.
      'The nurse said "thank you", but the program was unfair to IMGs.',
      'He said "no", and then the program was unfair to me.',
      // An apostrophe is not a quotation mark.
      "The program's director was incompetent.",
      // Ownership followed by "but" turns back to blame.
      'I take responsibility, but the system was unfair.',
      // Another party's conduct toward the member, in any tense or voice.
      'My supervisor ignored my emails for months.',
      'I was belittled by my consultant.',
      'The office ignores my emails.',
      'The director had sidelined me, and my project stalled.',
      'Every door was closed before I reached it.',
    ],
    [
      // Someone else's words, quoted; a closing quote alone covers what came before it.
      "'The exam was unfair,' a classmate wrote to me.",
      "The exam was unfair,' she said.",
      'The registry team refused to share identifiable data, rightly.',
      'Taking out fields she thought were useless took a week.',
      'I apologised that nobody had explained the new rota.',
      'It was not because my supervisor ignored my emails.',
      'I am not saying my supervisor ignored my emails.',
      'She said "the director ignored my emails".',
    ],
  ),
];

/** Blame as another party's conduct toward the member: the words a member is shown. */
const BLAMED: [string, string][] = [
  ['Frankly, the vendor kept changing the specification.', 'the vendor kept changing'],
  ['Regrettably, the director never approved the plan.', 'the director never approved'],
  ['Frankly, the office was impossible.', 'the office was impossible'],
  ['The committee overrode every suggestion we made.', 'the committee overrode every suggestion'],
  ['The dean sat on my application for months.', 'the dean sat on my'],
  ['My supervisor treated us like cheap labour.', 'my supervisor treated us like cheap labour'],
  ['The director made my life miserable.', 'the director made my life miserable'],
  ['My mentor did nothing.', 'my mentor did nothing'],
  ['The faculty showed no interest in my project.', 'the faculty showed no interest'],
  ['The team kept ignoring my requests.', 'the team kept ignoring'],
  ['The director was not willing to listen.', 'the director was not willing to listen'],
  ['The analyst was not doing her part.', 'the analyst was not doing her part'],
  ['The registrar kept taking credit for my work.', 'the registrar kept taking credit'],
  ['The board blocked every proposal.', 'the board blocked every'],
  ['The consultant wasted months of my time.', 'the consultant wasted months of my time'],
  ['I was ignored by the office.', 'i was ignored by the'],
  ['My supervisor ignored my emails for months.', 'my supervisor ignored my'],
  ['The director had sidelined me, and my project stalled.', 'the director had sidelined me'],
];

describe('narrative frames, hand-written sentences', () => {
  it.each(HAND)('$name', ({ text, reading, want }) => {
    expect(READ[reading](text)).toBe(want);
  });
});

describe('narrative frames, the words shown as blame', () => {
  it.each(BLAMED)('quotes "%s" as "%s"', (text, words) => {
    const s = sentences(text);
    expect(blameIn(s).map((h) => h.sentence.canon.slice(h.index, h.index + h.length).trim())).toEqual([words]);
  });
});

describe('a verb in the past tense, as written', () => {
  it.each([
    ['built', 'VERB', true],
    ['walked', 'VERB', true],
    ['was', 'AUX', true],
    ['did', 'AUX', true],
    ['build', 'VERB', false],
    // An -ed word the tagger calls an adjective is not a verb here; nor are words that only start
    // or end like a past form of "be".
    ['interested', 'ADJ', false],
    ['wasting', 'VERB', false],
    ['edit', 'VERB', false],
  ] as const)('%s (%s): %s', (canon, pos, past) => {
    expect(isPastTense({ canon, pos })).toBe(past);
  });
});

describe('an informatics angle, given the question', () => {
  it("does not credit the question's own words said back, except data and workflow", () => {
    expect(hasInformaticsAngle('We changed the alert.', 'Tell me about an alert you changed.')).toBe(false);
    expect(hasInformaticsAngle('We cleaned the data for the audit.', 'How do you use data?')).toBe(true);
  });
  it('does not credit an angle refused', () => {
    expect(hasInformaticsAngle('I never needed the dashboard.')).toBe(false);
  });
});
