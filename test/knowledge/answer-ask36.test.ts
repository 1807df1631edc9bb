// The state the member tells (negated or not, before or after an event) decides which answer fits
// (round ask36, blind set seen-questions-ad). Each reading is checked in wordings of our own, none
// a curated phrasing or a corpus item, in several voices.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('no interview at all is a circumstance of its own, however the "no" is said', () => {
  it.each([
    'zero interview invites this cycle for informatics, what should i change',
    'not a single program called me for interview. what do I do now?',
    'I did not get any interview calls this year from CI fellowships, should I apply again?',
    'havent received one invite so far and its november. is it over?',
  ])('reads no interviews: "%s"', (q) => {
    expect(meaningOf(q).features.has('no-interview')).toBe(true);
  });

  it.each([
    'my interview is done, what now',
    'what should i NOT say in a fellowship interview',
    'no idea how to prepare for my first interview',
    'the interview invite email asks for 3 dates, which do I choose?',
  ])('an interview had, or one to come, is not that: "%s"', (q) => {
    expect(meaningOf(q).features.has('no-interview')).toBe(false);
  });
});

describe('an interview told as done asks what comes between it and the match deadline', () => {
  it.each([
    'my last fellowship interview was yesterday. what should I be doing till the match?',
    'Interviews over for me now. Please advise the next steps sir',
    'done interviewing at all 5 programs, now what do i do while waiting',
  ])('answers with the steps after an interview: "%s"', (q) => {
    const a = ask(q);
    expect(a.passages.slice(0, 3).map((p) => `${p.doc}#${p.section}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^prematch#(?:checklist|thank-you-notes|timeline|updates)$/)]),
    );
    expect(a.faqId).not.toBe('no-interviews');
  });
});

describe('a match told as news, not a match asked about or long past', () => {
  it.each([
    'I matched!!! what should i do first',
    'we just matched into pediatrics, what paperwork is next?',
    'Alhamdulillah finally matched in CI fellowship. what now?',
  ])('told as news: "%s"', (q) => {
    expect(meaningOf(q).features.has('matched-told')).toBe(true);
  });

  it.each([
    'the PD said they will rank me high, does that mean I matched?',
    'how do I know if I matched?',
    'did i matched or not, the portal shows nothing',
    'matched FM two years ago, now PGY2. what should I do during residency for informatics?',
    'I matched last year into IM and now want to build an informatics CV, where to start?',
  ])('not news of a match: "%s"', (q) => {
    expect(meaningOf(q).features.has('matched-told')).toBe(false);
  });

  it('a resident who matched long ago is answered about the route to the fellowship, not the paperwork after matching', () => {
    const a = ask('matched into pediatrics 2 years ago, now PGY2. what should I do in residency so I can get a CI fellowship?');
    expect(a.faqId).not.toBe('after-match-steps');
  });
});
