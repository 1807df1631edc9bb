// Readings /ask missed in round ask30 (a newcomer trial), each checked in wordings of our own
// (none is a curated phrasing or a corpus item).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { asksJ1Length } from '../../src/knowledge/j1-years.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string) => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);

describe('working in the US on a J-1 outside the approved training is a question about J-1 work rules', () => {
  it.each([
    'my residency finishes next june, if im not matched can I just keep working as a doctor on my J1 until next cycle?',
    'Is it allowed for a J-1 resident to do moonlighting shifts at another hospital for extra money?',
    'Can I take a hospitalist job on my J-1 while I wait for my fellowship to start?',
    'If I do not match this year, may I continue to work as family physician here in US with J1 visa while I apply again?',
  ])('answered from the J-1 rules, never Yes: "%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.lead).not.toBe('yes');
    // (Since session 32 the curated j1-no-work-after-training answer, led No, takes the questions about work between programs.)
    expect(a.answer).toMatch(/moonlighting included, (?:is|are) not allowed|no other paid work is\s+allowed/);
    expect(a.answer).toContain('[visas#j1-sponsorship]');
  });

  it('the member\'s own words, a condition first, get the plain No', () => {
    const a = ask('My family medicine residency ends June 2027. If I don\'t match, can I keep working as a family doctor in the US on my J-1 while I wait and reapply?');
    expect(['j1-work-outside-training', 'j1-no-work-after-training']).toContain(a.faqId);
    expect(a.lead).toBe('no');
  });
});

describe('changing a rank list already entered is the commit step, not how long the list should be', () => {
  it.each([
    'Can I still change my rank list now?',
    'is it too late to edit my rank order list? I want to move one program higher',
    'I already committed my list last week, can I still modify my rank list?',
  ])('answered with the commit deadline, with no Yes or No (the deadline may have passed): "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).not.toBe('how-many-to-rank');
    expect(a.answer).toMatch(/commit deadline/);
    expect(a.lead === 'yes' || a.lead === 'no').toBe(false);
  });
});

describe('how long a J-1 lasts is the seven-year limit', () => {
  it.each([
    "How many years can I stay on J-1 in total, I've done 3 years of FM?",
    'what is the maximum time I can be on a J1 visa for training?',
    'how long will ECFMG keep sponsoring my J-1 overall, residency plus fellowship?',
    'Is there a time limit for J1 doctors? I am in PGY-2 of internal medicine',
  ])('states the limit: "%s"', (q) => {
    expect(ask(q).answer).toMatch(/seven years/);
  });

  it.each([
    'how long do I have to stay in my home country after the J-1?',
    'how many years of service does a Conrad 30 waiver need for J1 doctors?',
    'how long can I stay on H-1B after my J-1 waiver?',
  ])('time after training is another question: "%s"', (q) => {
    expect(asksJ1Length(q)).toBe(false);
  });
});

describe('a second part with no subject of its own is answered from the first part\'s subject, or not at all', () => {
  it.each([
    'Should I do the fellowship year on H-1B instead of J-1? Which is better for me?',
    'Is the CI fellowship one year or two? Which one would you recommend?',
  ])('no sentence from the letters guide: "%s"', (q) => {
    expect(cites(q).some((c) => c?.startsWith('letters#'))).toBe(false);
  });

  it.each([
    'If I match, when do I find out and what do I have to do next?',
    'When do AMIA match results come out? And what should I do after that?',
  ])('no pre-match communication rules for what comes after matching: "%s"', (q) => {
    expect(cites(q)).not.toContain('prematch#nrmp-rules');
  });
});

describe('a "how" question gets no Yes or No, even from a guide passage that answers its own yes/no question', () => {
  it.each([
    'How do I explain my Step 3 failure to fellowship programs?',
    'how should i present a failed step 2 ck attempt in the interview',
    'What is the best way to address my USMLE failure with program directors?',
  ])('opens with no "Yes"/"No": "%s"', (q) => {
    const a = ask(q);
    expect(a.lead === 'yes' || a.lead === 'no').toBe(false);
    expect(a.answer).not.toMatch(/^(?:\*\*)?(?:Yes|No)\b/);
  });
});

describe('a second part that points back ("them", "it") still gets its own section of the same guide', () => {
  it.each([
    ['How many letters do I need? When should I ask for them?', 'letters#asking-and-timing'],
    ['how many LORs do fellowship programs want? and when should i request them?', 'letters#asking-and-timing'],
  ])('"%s" answers the second part from %s', (q, section) => {
    expect(cites(q)).toContain(section);
    expect(ask(q).answer).toMatch(/You also asked/);
  });
});
