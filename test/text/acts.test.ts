/**
 * Speech acts: questions, requests in every register, a stated rule, a negated ask, conditions,
 * commitments, reported speech and clauses. Inputs are canon text (lower case, contractions out).
 */
import { describe, expect, it } from 'vitest';
import {
  clauseAt,
  clausesOf,
  CONDITION,
  FIRST_PERSON_COMMIT,
  isNegatedAsk,
  isQuestion,
  isRequest,
  isUnderstanding,
  NEGATION,
  SOMEONE_ELSE,
} from '../../src/text/acts.js';
import { analyse } from '../../src/text/document.js';

describe('isQuestion', () => {
  it.each([
    'where do i stand?',
    'do you rank applicants like me',
    'and will you let me know',
    'dr. lee, is there a chance',
    'could not you tell me',
    'please, can we talk',
    'have the interviews finished',
  ])('"%s" is a question', (t) => expect(isQuestion(t)).toBe(true));
  it.each(['i will rank you first', 'you can tell me later', 'should you rank me, i will come', 'the list is due'])(
    '"%s" is not',
    (t) => expect(isQuestion(t)).toBe(false),
  );
});

describe('isRequest', () => {
  it.each([
    'could you let me know where i stand',
    'would you be able to tell me',
    'please let me know',
    'kindly confirm my position',
    'do keep me posted',
    'keep me informed',
    'get back to me when you can',
    'i would be grateful to know my chances',
    'i would be so grateful if you could share',
    'i would appreciate any update',
    'i would love to know where i stand',
    'i was hoping to learn more',
    'i am curious to hear',
    'i was wondering whether you had decided',
    'any indication would help',
    'some feedback on my standing',
    'is it possible to know my ranking',
    'is it possible for me to know',
    'may i ask where i am',
    'may i humbly ask',
    'i ask that you consider me',
    'we humbly request you',
    'if the committee could let me know',
    'whether you can indicate',
    'i am writing to ask whether',
    'following up to confirm if',
    'it would be very helpful to hear',
    'it would mean a lot to me if',
    'reassure me',
    'i hope you can tell me',
    'i look forward to hearing whether',
    'i look forward to hearing your decision',
  ])('"%s" is a request', (t) => expect(isRequest(t)).toBe(true));
  it.each([
    'i enjoyed the interview',
    'thank you for your time',
    'i look forward to meeting the fellows',
    'i would like to thank you',
    'the fellows told me about the data warehouse',
  ])('"%s" is not', (t) => expect(isRequest(t)).toBe(false));
});

describe('isUnderstanding', () => {
  it.each([
    'i understand that programs can not discuss rankings',
    'but i fully respect that',
    'i am aware of the rules',
    'i was told the process is confidential',
    'nrmp rules do not allow programs to ask',
    'the match agreement prohibits this',
    'match policy may not permit it',
    'programs and applicants rank independently',
    'each side decides on their own',
    'both parties rank confidentially',
    'applicants are not supposed to ask',
    'decisions are independent of the rank list',
  ])('"%s" states the rule', (t) => expect(isUnderstanding(t)).toBe(true));
  it.each(['where am i on your rank list', 'i will rank you first', 'the program was great'])('"%s" does not', (t) =>
    expect(isUnderstanding(t)).toBe(false),
  );
});

describe('isNegatedAsk', () => {
  it.each([
    'i am not asking where i stand',
    'i would never ask you to',
    'i do not expect you to tell me',
    'i am not trying to find out',
    'i do not want you to feel pressured',
    'no need to reply',
    'there is no expectation of an answer',
    'no pressure to respond',
    'without asking for anything',
  ])('"%s" is negated', (t) => expect(isNegatedAsk(t)).toBe(true));
  it.each(['i am asking where i stand', 'could you tell me'])('"%s" is not', (t) =>
    expect(isNegatedAsk(t)).toBe(false),
  );
});

describe('conditions, commitments, negation, someone else', () => {
  it.each([
    'if you rank me',
    'provided that you',
    'as long as you',
    'on the condition that',
    'in exchange for',
    'in return',
    'should you rank me',
    'were you to',
    'had you ranked',
    'once you decide',
    'only if',
    'assuming you',
    'given that you',
    'unless you',
    'whenever you',
  ])('"%s" sets a condition', (t) => expect(CONDITION.test(t)).toBe(true));
  it('tells a condition from ordinary words', () => {
    expect(CONDITION.test('the ifs and buts of life')).toBe(false);
    expect(CONDITION.test('we were talking')).toBe(false);
  });

  it.each([
    'i will rank you first',
    'i would rank you highly',
    'i am going to withdraw',
    'i am willing to commit',
    'i would be happy to sign',
    'i promise to come',
    'i commit to your program',
    'i guarantee it',
    'i give you my word',
    'i am committed to lakeside',
  ])('"%s" commits', (t) => expect(FIRST_PERSON_COMMIT.test(t)).toBe(true));
  it('a commitment is the member’s own', () => expect(FIRST_PERSON_COMMIT.test('you will rank me')).toBe(false));

  it.each(['not', 'never', 'no', 'nor', 'neither', 'without', 'cannot', 'hardly', 'rather than', 'instead of'])(
    '"%s" negates',
    (w) => expect(NEGATION.test(`i ${w} rank`)).toBe(true),
  );
  it('"know" is not "no"', () => expect(NEGATION.test('i know')).toBe(false));

  it.each([
    'a friend asked where they stand',
    'other applicants said they were told',
    'someone promised them',
    'she wrote',
  ])('"%s" is someone else speaking', (t) => expect(SOMEONE_ELSE.test(t)).toBe(true));
  it('the member speaking is not', () => expect(SOMEONE_ELSE.test('i asked where i stand')).toBe(false));
});

describe('clauses', () => {
  it('splits at contrast words, semicolons and dashes, and finds the clause of an offset', () => {
    const s = analyse('I know you cannot say, but any hint would help; thanks - truly.').sentences[0]!;
    const cs = clausesOf(s);
    expect(cs.map((c) => c.text)).toEqual(['i know you cannot say', 'any hint would help', 'thanks', 'truly.']);
    expect(cs.map((c) => s.canon.slice(c.offset, c.offset + c.text.length))).toEqual(cs.map((c) => c.text));
    expect(clauseAt(s, s.canon.indexOf('hint')).text).toBe('any hint would help');
    expect(clauseAt(s, 0).text).toBe('i know you cannot say');
  });

  it.each([
    'however',
    'though',
    'although',
    'yet',
    'that said',
    'nevertheless',
    'nonetheless',
    'still',
    'even so',
    'so',
  ])('starts a new clause at "%s"', (w) => {
    const s = analyse(`I enjoyed the day, ${w} I have one question.`).sentences[0]!;
    expect(clausesOf(s)).toHaveLength(2);
  });
});
