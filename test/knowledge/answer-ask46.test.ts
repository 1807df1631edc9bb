/**
 * Newcomer trials 11 and 12 (an Egyptian graduate on an H-4 EAD whose husband has an approved
 * I-140, a former medical interpreter with one Step 2 CK failure; a Lebanese internist on an H-4
 * EAD): each question they asked is checked here in other voices than theirs.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, withObjectNamed } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a short gap for a move and a family illness is ordinary, not a professionalism issue', () => {
  it.each([
    'Short gap question: Aug-Nov 2021 I was relocating with my family and looking after my father after his surgery. Does that need an explanation in the application or at interviews?',
    "How should I word a few months' break for moving abroad and a family member's illness so it doesn't come across as making excuses?",
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/a few months is ordinary/i);
    expect(a.answer.split('\n\n')[0]).not.toMatch(/professionalism|structured changes/i);
  });
});

describe('a personal reason for a gap may be given, briefly and neutrally', () => {
  it.each([
    'Is it alright if I tell the program director my time off was maternity leave?',
    'should I mention that I was caring for my dying father, or is that too personal?',
    'can I just say the gap was because my son was born',
    'do I have to explain that the time off was because of my pregnancy?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/personal reason/i);
    expect(a.answer).toMatch(/neutrally/i);
    expect(a.answer).not.toMatch(/unrelated|visa delay that became/i);
  });
});

describe('an H-4 EAD holder weighing a J-1 hears what the switch costs and whom to ask', () => {
  it.each([
    "I'm on H4 with an EAD since my husband's I-140 got approved. Will residency programs accept the EAD, or will they make me go J-1? And if I take a J-1, does that mess up our green card?",
    "Program coordinator told me they only take J-1, not EAD. If I switch from H-4 to J-1 for residency, what happens to my H4 and to my spouse's pending green card?",
    'is it a bad idea to give up an H-4 EAD for a J-1 residency when the family green card is in process?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/programs and GME offices differ/i);
    expect(a.answer).toMatch(/leaving H-4/);
    expect(a.answer).toMatch(/two-year home-country requirement/);
    expect(a.answer).toMatch(/immigration attorney before you rank/);
    // Not how to obtain an EAD she already holds.
    expect(a.answer).not.toMatch(/can ask USCIS for an employment authorization/);
  });
});

describe('a year-of-graduation limit is each program’s own', () => {
  it.each([
    'my graduation year is 2018, am I too old for most programs or does it vary by program?',
    'friend told me every program has a 5 year graduation cutoff, is that true?',
    'is there a universal YOG limit for internal medicine residency? I am 6 years since graduation',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/(?:each program's own|publish their own limits)/i);
    expect(a.answer).not.toMatch(/^I can't give a plain yes or no to this from the guides; here is what they say\. Recent letters/);
  });
});

describe('no CI fellowship without a residency, and what the alternatives do not lead to', () => {
  it.each([
    "I'm an MBBS with three years as an Epic analyst. Can I apply to a clinical informatics fellowship now and skip residency? If not, is there some non-accredited informatics fellowship I could join?",
    'is residency really required for CI fellowship if I already have lots of informatics work experience?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/comes after a residency/);
    expect(a.answer).toMatch(/ABPM \(American Board of Preventive Medicine\)/);
    expect(a.answer).toMatch(/ACGME \(the body that accredits/);
    expect(a.answer).not.toMatch(/ACGME-I/);
  });
});

describe('interpreting or scribing beside patients is work experience, not USCE', () => {
  it.each([
    'I worked two years as a Spanish medical interpreter in a US hospital, in the exam room every day. Can I list that as USCE on ERAS?',
    'Does being a scribe in an emergency department count as US clinical experience? Where does it go on the application?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/^\*\*No\.\*\*/);
    expect(a.answer).toMatch(/work experience/);
    expect(a.answer).not.toMatch(/direct patient contact/);
  });

  it('a job interpreting for patients is never invited to count as USCE', () => {
    const a = ask('my job is interpreting for Arabic-speaking patients at a clinic, programs ask for USCE, does this qualify?');
    expect(a.answer).toMatch(/not read such a job as US clinical experience|not as US clinical experience/i);
  });
});

describe('Step 3 before residency: who may sit it and whether to sit it now', () => {
  it.each(['can IMGs take step 3 before matching', "is step 3 open to people who haven't started residency yet"])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/no residency year is among them/);
    expect(a.answer).toMatch(/FSMB/);
  });

  it.each([
    'I failed Step 2 CK once. Is taking Step 3 before the Match worth the risk of a second failure?',
    'should I take step 3 before rank order lists are due or wait until residency?',
  ])('%s', (q) => {
    expect(ask(q).answer).toMatch(/second exam failure/);
  });
});

describe('a message with three asks answers or names every part', () => {
  it('three asks about Step 3: timing, eligibility without residency, the risk of a second failure', () => {
    const a = ask(
      'Should I book Step 3 for February, before programs finalise their rank lists? Am I even allowed to take it with no residency, and if I fail it, would a second failure sink me?',
    );
    expect(a.answer).toMatch(/no residency year is among them/);
    expect(a.answer).toMatch(/second exam failure/);
    // Not the fellowship alternatives that "without residency" alone would find.
    expect(a.answer).not.toMatch(/AHIC/);
  });

  it('a part the guides do not answer is named, not dropped', () => {
    const a = ask(
      'Do I need US letters for residency? Which airline is cheapest for interview travel? How many letters does ERAS take per program?',
    );
    expect(a.answer).toMatch(/You also asked "Which airline is cheapest for interview travel\?"/);
  });

  it('"take it" in a later part stands for the exam an earlier part named', () => {
    expect(withObjectNamed('can I even take it without residency?', ['should I sit Step 3 in January?'])).toBe(
      'can I even take Step 3 without residency?',
    );
    expect(withObjectNamed('can I take OET again?', ['is Step 3 needed?'])).toBe('can I take OET again?');
    expect(withObjectNamed('is it worth it?', ['should I sit Step 3?'])).toBe('is it worth it?');
  });
});
