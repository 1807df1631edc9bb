// Readings /ask missed on the blind questions-z set (round ask32), each checked in wordings of our
// own (none is a curated phrasing or a corpus item), in several voices.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a physician assistant is another profession, however the title is written', () => {
  it.each([
    'I work as a physician assistant in orthopedics, could I apply for a clinical informatics fellowship?',
    'do PAs ever get accepted into informatics fellowships?',
    'as a PA in family medicine, what informatics certificate should I get?',
    'PA-C here, 3 years in urgent care. is a CI fellowship open to me?',
    'Im physician associate from UK working in US now. Informatics fellowship possible for me?',
  ])('declined as another profession: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('other-profession');
  });

  it.each([
    'I did an observership in PA, does that count as USCE?',
    'is it a faux pas to email the program director twice?',
    'My letter writer is a physician assistant I worked with, is that a weak letter?',
  ])('a physician, or Pennsylvania, stays in scope: "%s"', (q) => {
    expect(outOfScope(q)?.id).not.toBe('other-profession');
  });
});

describe('another career is another profession: its exams and its job interviews', () => {
  it.each([
    'my sister is a chartered accountant from Lagos, what does she need for the CPA exam in the US?',
    "I'm quitting medicine to go into consulting, how do I prepare for a consulting job interview?",
    'leaving clinical medicine for banking next year. what do bank interviewers ask?',
  ])('declined: "%s"', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });

  it('a past spell outside medicine told as a gap to explain stays in scope', () => {
    expect(outOfScope('I left medicine for finance for two years, how do I explain that gap to programs?')).toBeUndefined();
  });
});

describe('a device fault is help-desk work, even with the interview as the deadline', () => {
  it.each([
    'my mic is not detected in teams, interview starts in 30 minutes, how do i fix it??',
    'laptop camera shows black screen on zoom, tried everything, help',
    'zoom gives error 1132 when I join, how to solve? my interview is tomorrow morning',
    'headset not recognised by windows 11, driver problem?',
  ])('declined as IT support: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('it-support');
  });

  it.each([
    'my laptop camera stopped working, can I do the zoom interview from my phone instead?',
    'what if zoom crashes during my interview, should I email the coordinator?',
    'my internet keeps dropping, any tips for the virtual interview setup?',
  ])('what to do about the interview stays in scope: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('a bedside score and its criteria are clinical content', () => {
  it.each([
    'how do you calculate CURB-65 and when to admit?',
    'CHA2DS2-VASc score components please',
    'what GCS score means intubation?',
  ])('declined as clinical: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('clinical');
  });

  it('a score built into an alert is an informatics design question', () => {
    expect(outOfScope('in the interview they asked how I would build a qSOFA alert in the EHR without alert fatigue')).toBeUndefined();
    expect(ask('how would you design a sepsis alert using qSOFA without causing alert fatigue?').covered).toBe(true);
  });
});

describe('a place offered on condition of leaving a match is about the offer, not which match', () => {
  it.each([
    'The PD of a family medicine residency says I can sign a contract with them today if I take myself out of the NRMP. Is that ok?',
    'residency program in NRMP wants me to withdraw from the match and they will hire me directly. allowed??',
    'An internal medicine programme rang to say the position is mine provided I pull out of the Main Match. Is this permitted?',
  ])('a residency: No, from the early-offer rules: "%s"', (q) => {
    const a = ask(q);
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('prematch#early-offers');
    expect(a.lead).not.toBe('yes');
  });

  it.each([
    'informatics fellowship PD told me: drop out of the AMIA match and the spot is yours. what do I do now?',
    'One CI program offers me a position if I quit the AMIA match this week. Should I agree?',
  ])('a CI fellowship: the early-offer advice, never which match: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).not.toBe('which-match');
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('prematch#early-offers');
  });

  it('backing out after matching is still the binding-match answer', () => {
    expect(ask('I already matched through AMIA; another hospital now offers me a job outside the match. Can I back out?').faqId).toBe('amia-back-out');
  });
});

describe('whether any chance is left after repeated setbacks is asked about chances, however despair puts it', () => {
  const cited = (q: string) => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);

  it.each([
    'didnt match for the third year running. is it the end of the road for me in the US?',
    'Four cycles without a match now. Honestly, should I just give up on informatics?',
    'went unmatched 3 times, any hope left for CI?',
  ])('repeated match attempts, never a Yes to giving up: "%s"', (q) => {
    expect(cited(q)).toContain('red-flags#multiple-match-attempts');
    expect(ask(q).lead).not.toBe('yes');
  });

  it.each([
    'CK failed three times already. is my career dead now?',
    'After 4 failures on Step 2, am I doomed?',
  ])('several failures of one exam: the attempt limit among the sources, never a plain Yes: "%s"', (q) => {
    const a = ask(q);
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('ci-pathway#usmle-attempt-limit');
    expect(a.lead).not.toBe('yes');
  });

  it('one failure still gets the one-failure answer', () => {
    expect(ask('I failed Step 1 once, is my informatics dream dead?').faqId).toBe('step-failure-chances');
  });
});
