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
import { answerFeedback } from '../../src/mock/feedback.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
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
      // After ";" or "and", the doer is the member only if the member was named before.
      'The clinic was short of staff; built a visit tracker.',
      'The team cleaned the data, and built a dashboard that I liked.',
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
      // Someone else's judgement, reported.
      'He felt they were rude.',
      'He called it rude.',
      'The nurse said it was rude.',
      // Owned, or denied at a distance: the sentence is not blame.
      'The mistake was mine, and the exam was unfair.',
      'I do not think for a moment that the exam was unfair.',
      'I failed, and it was not because the questions on the exam were unfair.',
      // A quotation left open runs to the end of the sentence.
      'The registrar told me "the rota is unfair to IMGs',
      'The registry team refused to share identifiable data, rightly.',
      'Taking out fields she thought were useless took a week.',
      'I apologised that nobody had explained the new rota.',
      'It was not because my supervisor ignored my emails.',
      'I am not saying my supervisor ignored my emails.',
      'She said "the director ignored my emails".',
    ],
  ),
  // Round five: sentences each needing a branch no row above reaches.
  ...rows(
    'something the member did',
    [
      // "myself" beside "I", and four skippable words between "I" and the verb.
      'I myself built the first version of the registry.',
      'I have since also quietly built a registry for the ward.',
      'I wrote a long report to explain the findings.',
    ],
    ['I have not yet finished the registry.', 'I never actually published the audit.'],
  ),
  ...rows(
    'something the member did, in a story',
    [
      // Time spent on a thing is the thing done, whatever the tagger makes of the -ing form.
      'I spent the winter writing queries for the registry.',
      'My days were spent cleaning data for the trial.',
      'I devoted the spring to learning Python.',
      'I filled the time by volunteering at the clinic.',
      'I am preparing for Step 3.',
      'I am building a dashboard for the clinic.',
      // A role after "as" is the setting only when the -ing verb is the member's ongoing state.
      'I was leading the audit as the only resident.',
    ],
    [
      // The time the member was in, named by a role: the setting of a story.
      'I was working as a scribe at the time.',
      'I was teaching as a volunteer at the school.',
      'Every door was closed before I reached it.',
    ],
  ),
  ...rows('a result a reader could check', [
    // A plan said after the result does not reach back over it.
    'The registry cut wait times by 20%, and I plan to expand it.',
    'The dashboard reduced missed follow-ups by a third, and I hope to publish it.',
  ]),
  ...rows(
    'something the member did',
    [
      // Note style: a time phrase before a verb with no subject.
      'In the evenings tutored students at the school.',
      // Watching with no one doing anything after it is an observership; a line with no full stop ends the look-ahead.
      'I observed the night nurses',
      'I was often teaching the junior residents.',
      'There were times when I was alone, and I built a registry.',
      'When I was still working in Lviv, the war started.',
      // What follows the verb may name a place, a degree or a purpose without making it vague.
      'I learned the basics of SQL at a night course.',
      'I improved the handover form a lot.',
      'I developed the registry a lot further.',
      'I prepared the slides well in advance.',
      'I prepared the handover sheet to cut errors.',
      'I started a journal club to read trials with the residents.',
      'I attended a course to learn SQL.',
      'What I built was a small registry for the ward.',
    ],
    [
      'I saw the night nurses re-enter the same vitals.',
      'I was going to present the audit I had planned, but the war started.',
      // A clause that recalls a moment, whichever word names it.
      'There was a time when I led the night team alone.',
      'I remember the moment when I presented the audit to the board.',
      'On one occasion when I covered the ward, the system went down.',
      'There was one instance when I trained the new interns on the order set.',
      'I remember the times when I finally presented the audit.',
      'I am writing to briefly explain my gap.',
      'I cared about the quality of the discharge letters.',
      // Coping is not a thing done, with or without an article or an adjective.
      'I dealt with stress by running.',
      'I dealt with the constant stress of night shifts.',
      'I dealt with the emotion of leaving home.',
      'I dealt with the feeling of failure.',
      // Outside a story a pronoun object names nothing a reader can picture.
      'I reported it to the director.',
    ],
  ),
  ...rows(
    'something the member did, in a story',
    [
      'I spent two months auditing charts.',
      'I spent the year volunteering at the clinic.',
      'I moved forward with the audit.',
    ],
    [
      'There was one night when I rebuilt the whole rota.',
      'When I was still working in Lviv, the war started.',
      'I was still working as a scribe then.',
      'I was mostly working as a scribe at the time.',
    ],
  ),
  ...rows('an informatics angle', [], ['Honestly, it was not about the "data" at all; it was about trust.']),
  ...rows(
    'blame',
    [
      "Let's say the IT department never answered a single email.",
      'The IT team ignored my requests, and not because they were lazy.',
      'Every single door was slammed in my face.',
      'The doors were closed to me.',
      'The doors kept being slammed in my face.',
    ],
    [
      'The hospital refused to share the data, for good reason.',
      'I do not really think the exam was unfair.',
      'I do not honestly believe the system was rigged.',
      // A quotation that runs over two sentences: the second ends with the closing mark.
      'My friend wrote to me: "I passed. The program is rigged against us."',
      // ... and the first opens with it.
      '"The program is rigged against us. Nobody reads our files," a friend wrote to me.',
      'My supervisor refused to sign the form, as she should.',
    ],
  ),
  ...rows('blame', [
    // A quotation after the blame does not reach back over it.
    'The program was unfair to me, and I said "thank you" anyway.',
    'The program was unfair to me, and I wrote "noted" in my reply.',
    // An apology far from the blame does not own it.
    'I apologised to the family for the long wait, because the registrar was incompetent.',
    'I apologised to the family and explained that the office had lost the file through sheer negligence.',
  ]),
  ...rows('something the member did', ['I edited the discharge template with the nurses.']),
  ...rows('something the member did, in a story', ['In addition to teaching, I spent two months building a registry.']),
];

/** Blame as another party's conduct toward the member: the words a member is shown. */
const BLAMED: [string, string][] = [
  ['Frankly, the vendor kept changing the specification.', 'the vendor kept changing'],
  ['Regrettably, the director never approved the plan.', 'the director never approved'],
  ['Frankly, the office was impossible.', 'the office was impossible'],
  ['The committee overrode every suggestion we made.', 'the committee overrode every suggestion'],
  ['The dean sat on my application for months.', 'sat on my application'],
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
    ['credits', 'VERB', false],
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

interface CorpusRow {
  from: string;
  kind: 'gap' | 'answers';
  text: string;
  question?: string;
  /** A finding raised (true) or not (false); or the member's words it quotes. */
  id?: string;
  fires?: boolean;
  quote?: string;
  /** The finding's message says this (when it quotes nothing). */
  says?: string;
  /** A STAR part found (true) or not (false). */
  star?: 'situation' | 'task' | 'action' | 'result';
  value?: boolean;
}

/** Sentences from labelled gap drafts and interview answers, each run alone through its checker. */
const CORPUS: CorpusRow[] = [
  {
    from: 'blind-a/gp-a-047',
    kind: 'gap',
    text: 'After my daughter was born I studied at home and passed Step 2 CK with 230 in October 2023.',
    id: 'no-actions',
    fires: false,
  },
  {
    from: 'seen-heldout-a/gp-h-031',
    kind: 'gap',
    text: 'now ready to come back and give 100%',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'blind-a/an-a-087',
    kind: 'answers',
    text: 'I, uh, basically made, like, a cheat sheet for the, um, the order entry, and, uh, I kind of shared it with the interns, and, um, I also, like, stayed late a few days to, you know, learn the, uh, the shortcuts.',
    question: 'How did you adapt when your hospital switched EHRs?',
    id: 'no-result',
    quote: ', stayed late a few days to,…',
  },
  {
    from: 'blind-c/gp-d3-026',
    kind: 'gap',
    text: 'After the OET examiner, who clearly had something against candidates from my region, failed me on speaking, I lost most of 2023.',
    id: 'blame',
    quote: 'OET examiner, who clearly had something against candidates from',
  },
  {
    from: 'seen-heldout-b/gp-h2-039',
    kind: 'gap',
    text: "Unfortunately the verification process is simply not designed with doctors from smaller countries in mind; my medical school's registry took five months to answer, and there was nothing anyone could reasonably expect me to do about that.",
    id: 'blame',
    quote: 'process is simply not designed with doctors',
  },
  {
    from: 'blind-a/gp-a-122',
    kind: 'gap',
    text: 'Between January 2023 and June 2024 I was not working in clinical medicine because of personal reasons which are now resolved.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'seen-heldout-c/an-h3-022',
    kind: 'answers',
    text: 'In 2022 I was working as a cardiologist at a regional hospital near Kazan, and I was responsible for introducing an electronic registry for patients after myocardial infarction, so that we could follow their medications and control visits for one year.',
    question: 'Tell me about a project that did not go as planned.',
    star: 'task',
    value: true,
  },
  {
    from: 'seen-heldout-a/gp-h-005',
    kind: 'gap',
    text: 'After my contract ended in Tbilisi I took a step back to think carefully about my career, and I found myself more and more drawn to the digital side of medicine: electronic health records, interoperability between hospitals, and how decision support can prevent errors at the bedside.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'seen-heldout-b/gp-h2-024',
    kind: 'gap',
    text: 'I believe I return to training wiser and more determined than before.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'seen-heldout-b/gp-h2-009',
    kind: 'gap',
    text: 'Well, between 2025-02 and 2025-12 I was in Guadalajara, it was a complicated year with many changes in my family and also in my personal life, moving house two times and helping with things at home.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'seen-heldout-c/gp-h3-028',
    kind: 'gap',
    text: 'I spent a lot of time reflecting on my experiences on the wards, and especially on the many moments when I saw colleagues frustrated by the electronic record, entering the same information again and again, or missing an important result because it was hidden on a screen nobody looked at.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'blind-c/gp-d3-002',
    kind: 'gap',
    text: 'Every door was closed before I reached it.',
    id: 'blame',
    quote: 'Every door was closed',
  },
  {
    from: 'blind-c/an-d3-032',
    kind: 'answers',
    text: 'I started writing them down the night before and cutting them in half.',
    question: 'Tell me about a time you received difficult feedback.',
    star: 'action',
    value: true,
  },
  {
    from: 'blind-a/an-a-051',
    kind: 'answers',
    text: 'I spoke to him privately and told him it was affecting the night team.',
    question: 'Tell me about a conflict on a team.',
    id: 'no-result',
    quote: 'I spoke to him privately and told him…',
  },
  {
    from: 'blind-a/an-a-080',
    kind: 'answers',
    text: "I looked at our clinic's no-show data and saw Monday mornings were worst.",
    question: 'Tell me about a time you used data.',
    id: 'no-informatics-angle',
    fires: false,
  },
  {
    from: 'blind-c/an-d3-014',
    kind: 'answers',
    text: 'I wrote the criteria, I built the test cases, and I kept emailing them every week.',
    question: 'Tell me about a time a project did not go as planned.',
    id: 'no-result',
    quote: 'I wrote the criteria, I built the…',
  },
  {
    from: 'blind-c/gp-d3-003',
    kind: 'gap',
    text: 'No-show rates in the follow-up clinic fell from about 30% to 18% over those months.',
    id: 'no-outcome',
    fires: false,
  },
  {
    from: 'blind-a/an-a-111',
    kind: 'answers',
    text: '. In my research job I used a FHIR sandbox to pull synthetic vital signs for a prototype.',
    question: 'Can you explain what FHIR is and why it matters?',
    star: 'action',
    value: true,
  },
  {
    from: 'blind-c/gp-d3-028',
    kind: 'gap',
    text: 'I went with him to every chemotherapy session and managed his medications and appointments.',
    id: 'no-actions',
    fires: false,
  },
  {
    from: 'seen-heldout-b/an-h2-036',
    kind: 'answers',
    text: 'Patients feel that nobody listens to them, and doctors are exhausted and leave the profession.',
    question: 'What problem in healthcare delivery would you most like to solve through informatics?',
    id: 'blame',
    fires: false,
  },
  {
    // Round seven: in a story "I was working as a general doctor" is the setting, not the first
    // action, so the row (from seen-heldout-b/an-h2-039) names a deed done in that setting.
    from: 'seen-heldout-b/an-h2-039, its role said as the setting',
    kind: 'answers',
    text: 'In 2025, working as a general doctor in a health post in Arequipa, I rebuilt the vaccine register on the outskirts of the city.',
    question: 'Tell me about a time you improved a workflow in your clinic.',
    id: 'no-result',
    quote: 'I rebuilt the vaccine register on the outskirts…',
  },
  {
    from: 'seen-heldout-a/gp-h-006',
    kind: 'gap',
    text: 'Now those matters are behind me and I am more motivated than ever to restart my career and serve patients.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'blind-a/gp-a-101',
    kind: 'gap',
    text: 'From March 2023 to April 2024 my time was consumed by the paperwork for ECFMG certification and the pathways.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'blind-a/gp-a-020',
    kind: 'gap',
    text: 'This period taught me perseverance and gave me a new appreciation for the opportunity to train in the United States.',
    id: 'no-actions',
    fires: true,
  },
  {
    from: 'blind-a/gp-a-014',
    kind: 'gap',
    text: 'During the wait I worked as a medical officer on a telehealth triage line in Abuja, handling around forty calls a day.',
    id: 'no-outcome',
    fires: false,
  },
  {
    from: 'seen-heldout-c/gp-h3-012',
    kind: 'gap',
    text: 'In April 2023 the hospital where I was a house officer in Khartoum closed because of the war, and I moved to Aswan with my family.',
    id: 'no-outcome',
    fires: false,
  },
  {
    from: 'blind-a/an-a-025',
    kind: 'answers',
    text: 'I want to be a leader who brings new ideas to healthcare, and I think the United States is the best place in the world to learn this.',
    question: 'Why clinical informatics?',
    star: 'result',
    value: false,
  },
  {
    from: 'blind-c/gp-d3-005',
    kind: 'gap',
    text: 'My research mentor, unfortunately, left for an industry position midway through our project and showed little interest in finishing what we had started, so the work stalled for months.',
    id: 'blame',
    fires: true,
  },
  {
    from: 'blind-c/an-d3-021',
    kind: 'answers',
    text: 'Unfortunately, and I say this with respect, the IT team did not really understand clinical work and kept building what was easiest for them rather than what we asked for, which was frustrating.',
    question: 'Tell me about a time you worked with a technical team.',
    id: 'blame',
    fires: true,
  },
  {
    from: 'blind-a/gp-a-123',
    kind: 'gap',
    text: 'I believe that this period has strengthened important qualities in me, such as responsibility, patience, loyalty and the ability to balance competing demands, which I am confident will serve me well as a resident and as a member of a team.',
    id: 'no-actions',
    fires: true,
  },
];

/** Round five: corpus sentences for mutants of the story readings. */
CORPUS.push(
  {
    from: 'blind-a/an-a-080',
    kind: 'answers',
    text: "I looked at our clinic's no-show data and saw Monday mornings were worst.",
    question: 'Tell me about a time you used data.',
    star: 'action',
    value: true,
  },
  {
    from: 'blind-c/an-d3-014',
    kind: 'answers',
    text: 'In 2024 I was working on a sepsis alert with the IT department at my hospital in Delhi.',
    question: 'Tell me about a time a project did not go as planned.',
    id: 'no-result',
    quote: 'was working on a sepsis alert with the…',
  },
  {
    from: 'seen-heldout-d/an-h4-010',
    kind: 'answers',
    text: 'I was working as an intern in Lviv and the war situation was very hard.',
    question: 'Tell me about a time you faced a major obstacle.',
    id: 'no-result',
    says: 'Your answer never says what changed.',
  },
);

/** Round five: corpus sentences for mutants of the STAR reader and the gap checks built on these readings. */
CORPUS.push(
  {
    from: 'blind-a/gp-a-023',
    kind: 'gap',
    text: 'In this time I have given private courses of physiology to students of first year, and I followed many webinars about medicine.',
    id: 'no-actions',
    fires: false,
  },
  {
    from: 'blind-c/an-d3-017',
    kind: 'answers',
    text: 'We plan to measure the exam rate in six months, and we hope it will show a big improvement and fewer amputations in the long term.',
    question: 'Tell me about a quality improvement project you led.',
    star: 'result',
    value: false,
  },
  {
    from: 'seen-heldout-e/an-h5-030',
    kind: 'answers',
    text: "And, um, I'm a curious person, and I like learning new things, and, uh, I think it's a growing field.",
    question: 'Why informatics rather than staying in clinical medicine?',
    star: 'situation',
    value: false,
  },
  {
    from: 'blind-c/gp-d3-034',
    kind: 'gap',
    text: "Abstract on inpatient hypoglycemia alerts in our hospital's EHR accepted at the AMIA Clinical Informatics Conference.",
    id: 'no-actions',
    fires: false,
  },
  {
    from: 'blind-a/gp-a-027',
    kind: 'gap',
    text: 'My two brothers live in Dubai and refused to help, so the whole burden fell on me, and my hospital would not give me unpaid leave, which forced me to resign.',
    id: 'blame',
    quote: 'leave, which forced me to resign',
  },
);

/** Round five: whole corpus drafts and answers, where only the whole text tells the mutant apart. */
CORPUS.push(
  {
    from: 'blind-a/gp-a-023',
    kind: 'gap',
    text: 'Because of the delay of my visa (the appointment in Casablanca was available only after ten months), I was not able to begin the residency in 2023. It is the situation of many candidates and I accept it. In this time I have given private courses of physiology to students of first year, and I followed many webinars about medicine. I stay motivated to begin.',
    id: 'no-actions',
    fires: false,
  },
  {
    from: 'seen-heldout-c/an-h3-040',
    kind: 'answers',
    text: 'Um, okay, so, I think, like, the biggest one was during the, uh, the port explosion in Beirut in 2020. I was, like, an intern at, um, a hospital near the port, and basically the emergency department got, you know, hundreds of patients in, like, one hour. My job was, uh, to do triage at the door with one of the seniors, and, I mean, I was literally just tagging patients and sending them, like, to the different areas, and writing names on, um, on tape on their arms because the computers were down. I did that for, uh, I think eleven hours straight. And, um, yeah, it was, like, it was really, really hard, and I learned, you know, a lot about myself. So yeah.',
    question: 'Tell me about a time you had to handle a lot of pressure.',
    star: 'result',
    value: false,
  },
  {
    from: 'seen-heldout-a/an-h-035',
    kind: 'answers',
    text: 'In my hospital in Yaoundé the biggest problem I saw was the relationship between the doctors and the nurses. The doctors felt the nurses did not follow instructions, the nurses felt the doctors did not respect them, and the patients were caught in the middle. If I could change something, I would organise regular meetings where both groups can speak openly, and I would encourage the senior doctors to be role models of respect. I think when people respect each other, everything else follows, and the patients receive better care.',
    question: 'Tell me about a workflow problem you noticed in your clinical work and what you would do about it.',
    star: 'result',
    value: false,
  },
);

function said(row: CorpusRow): { id: string; message: string }[] {
  return row.kind === 'gap' ? lintGapExplanation(row.text) : answerFeedback(row.question ?? '', row.text).notes;
}

/** A whole draft or answer in a test's name is cut to its first words. */
const short = (t: string) => (t.length > 100 ? `${t.slice(0, 97).replace(/\s+/g, ' ')}…` : t);
const corpusName = (r: CorpusRow) =>
  r.star
    ? `${r.value ? 'finds' : 'does not find'} the STAR ${r.star} in "${short(r.text)}" (${r.from})`
    : r.quote !== undefined
      ? `quotes "${r.quote}" for ${r.id} (${r.from})`
      : r.says !== undefined
        ? `says "${r.says}" for ${r.id} on "${r.text}" (${r.from})`
        : `${r.fires ? 'raises' : 'does not raise'} ${r.id} on "${short(r.text)}" (${r.from})`;

describe('narrative frames, one corpus sentence at a time', () => {
  it.each(CORPUS.map((r) => ({ ...r, name: corpusName(r) })))('$name', (row) => {
    if (row.star) {
      expect(answerFeedback(row.question ?? '', row.text).star[row.star]).toBe(row.value);
      return;
    }
    const note = said(row).find((n) => n.id === row.id);
    if (row.fires !== undefined) expect(Boolean(note)).toBe(row.fires);
    if (row.quote !== undefined) expect(note?.message).toContain(`"${row.quote}"`);
    if (row.says !== undefined) expect(note?.message).toContain(row.says);
  });
});
