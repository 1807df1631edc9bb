/**
 * /ask and an emergency told now: warning signs in the body get "urgent care now, your emergency
 * number (911 in the US)"; thoughts of ending one's life or of self-harm get the 988 Suicide &
 * Crisis Lifeline (call or text, in the US) and the local emergency number elsewhere. Nerves about
 * interviews, a patient's signs, informatics work about those signs and an illness told as past
 * history are not emergencies. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { emergencyIn } from '../../src/knowledge/emergency.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { normalizeText } from '../../src/knowledge/text.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const kinds = (q: string) => emergencyIn(normalizeText(q));

describe('warning signs in the body: urgent care now', () => {
  it.each([
    "I'm having chest pain spreading to my left arm, should I still log in for my interview tomorrow?",
    'my chest feels tight and the ache is going into my jaw, can i still do the 9am zoom?',
    "I can't catch my breath since this morning, do I email the coordinator to reschedule?",
    "I've been short of breath all night and my interview starts in two hours",
    'half my face is drooping and my words keep coming out wrong, can we still do the mock interview',
    'one side of my face went numb all of a sudden and my speech is slurred, is it the stress of match week?',
    'i just fainted in the kitchen, should i tell the program i might be late?',
    'my dad has chest pain for the last hour and he is sweating, and I have an interview at noon',
  ])('"%s"', (q) => {
    expect(kinds(q)).toContain('body');
    const a = ask(q);
    expect(a.covered).toBe(false);
    expect(a.declined).toBe('emergency');
    expect(a.answer).toMatch(/urgent care now/);
    expect(a.answer).toMatch(/emergency number \(911 in the US\)/);
    // Not the clinical decline, and no coaching or topic list.
    expect(a.answer).not.toMatch(/ask a clinician|Ask me about|interview tips|guides don't cover/i);
    expect(a.passages).toEqual([]);
  });
});

describe('thoughts of ending one’s life or of self-harm: a crisis line', () => {
  it.each([
    'i keep thinking about ending my life after going unmatched again',
    'honestly i dont want to be alive anymore, third cycle with no interviews',
    "I've been having suicidal thoughts since the results came out, what should I do about reapplying",
    'failed step 2 ck a second time and I want to kill myself',
    "I've started self-harming again since the rejections, should I still apply this year?",
    'everyone would be better off without me, I wasted my family’s money on this match',
  ])('"%s"', (q) => {
    expect(kinds(q)).toContain('crisis');
    const a = ask(q);
    expect(a.declined).toBe('emergency');
    expect(a.answer).toMatch(/call or text 988/);
    expect(a.answer).toMatch(/988 Suicide & Crisis Lifeline/);
    expect(a.answer).toMatch(/elsewhere, call your local emergency number/);
    expect(a.answer).not.toMatch(/ask a clinician|Ask me about/i);
  });

  it('signs in the body and thoughts of self-harm together get both', () => {
    const a = ask("I took too many pills on purpose because I don't want to live, and my chest feels heavy");
    expect(a.answer).toMatch(/911 in the US/);
    expect(a.answer).toMatch(/call or text 988/);
  });
});

describe('not an emergency', () => {
  it.each([
    "I'm so anxious about interviews, any tips?",
    'my heart races before every interview, how do I calm down?',
    'this wait for match day is killing me, when do results come out?',
    "I'm stressed and can't sleep before the rank list deadline, is that normal?",
    'I panic whenever they ask about my Step 1 failure, how should I answer?',
    "I'm dying to know whether programs read the personal statement",
    'feeling really low after not matching, is there any point in applying again?',
  ])('nerves and low mood about the application stay application questions: "%s"', (q) => {
    expect(kinds(q)).toEqual([]);
    expect(outOfScope(q)?.id).not.toBe('emergency');
  });

  it.each([
    'how would I design a CDS alert for chest pain that spreads to the arm?',
    'for my informatics project I built a chest pain order set in Cerner, how do I present it at interviews?',
    'I led a QI project on a suicide risk screening alert in the EHR, how do I talk about it?',
    'is my research on detecting self-harm in clinical notes with NLP worth putting in my statement?',
    'I have a question about stroke alert pathways for my interview presentation',
  ])('informatics work about those signs stays in scope: "%s"', (q) => {
    expect(kinds(q)).toEqual([]);
    expect(outOfScope(q)).toBeUndefined();
  });

  it.each([
    'I had a stroke in 2023 and took a year off to recover, how do I explain the gap?',
    'my gap was caring for my father after his stroke, will programs mind?',
    'after my suicide attempt two years ago I took time off; how do I explain this gap?',
  ])('an illness told as past history is a gap to explain: "%s"', (q) => {
    expect(kinds(q)).toEqual([]);
    expect(outOfScope(q)?.id).not.toBe('emergency');
  });

  it.each([
    'what is the workup for a 58 year old with chest pain radiating to the jaw?',
    'my patient has shortness of breath on exertion, which test first?',
  ])('a patient’s signs are a clinical question, declined as such: "%s"', (q) => {
    expect(kinds(q)).toEqual([]);
    expect(ask(q).declined).toBe('clinical');
  });

  it('an interview question about caring for a suicidal patient is interview preparation', () => {
    const q = 'how should I answer if they ask about a suicidal patient I looked after?';
    expect(kinds(q)).toEqual([]);
    expect(outOfScope(q)).toBeUndefined();
  });
});
