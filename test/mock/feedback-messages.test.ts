/** What each answer note tells the member: the numbers it quotes and what to do next time. */
import { describe, expect, it } from 'vitest';
import { answerFeedback, FEEDBACK_CLEAN, resolveQuestion } from '../../src/mock/feedback.js';

const plain = (n: number) => Array.from({ length: n }, () => 'patients').join(' ');
const note = (q: string, a: string, id: string) => answerFeedback(q, a).notes.find((n) => n.id === id)?.message;

describe('notes', () => {
  it('too long: the time, the words and the pace, in minutes past 90 seconds', () => {
    expect(note('team-conflict', plain(300), 'too-long')).toBe(
      'At about 2 minutes (300 words at 140 words a minute) this runs past 2 minutes. Next time keep the setting to one or two sentences, give the most time to what you did, finish on the result, and stop.',
    );
    expect(note('team-conflict', plain(420), 'too-long')).toMatch(/^At about 3 minutes \(420 words/);
  });

  it('too short: what to add depends on how the answer is built', () => {
    expect(note('team-conflict', plain(20), 'too-short')).toBe(
      'At 9 seconds (20 words) the interviewer learns very little. Next time add the setting, what you personally did and what changed; aim for 1-2 minutes.',
    );
    expect(note('walk-me-through-your-cv', plain(20), 'too-short')).toMatch(
      /Next time add your background, two formative experiences and why this field; aim for 1-2 minutes\.$/,
    );
    expect(note('why-this-program', plain(20), 'too-short')).toMatch(
      /Next time add one concrete example or reason from your own experience; aim for 1-2 minutes\.$/,
    );
    // A question the member asks the program is short by nature.
    expect(note('ask-ehr-governance', plain(20), 'too-short')).toBeUndefined();
  });

  it('no result: quotes what the member did, or says the answer never says what changed', () => {
    const did = note(
      'team-conflict',
      `Handoffs often missed pending results. I reviewed two weeks of handoff sheets with the night team. ${plain(70)}`,
      'no-result',
    );
    expect(did).toMatch(
      /^You said what you did \(".+"\) but not what changed\. Next time end with the result - a number if you have one, such as "missed follow-ups fell by a third" - and one sentence on what you do differently now\.$/,
    );
    expect(note('team-conflict', plain(80), 'no-result')).toMatch(
      /^Your answer never says what changed\. Next time end with the result/,
    );
  });

  it('blame: quotes up to two phrases and says there are more', () => {
    const msg = note(
      'mistake',
      `My attending was incompetent. The system was corrupt. It was not my fault. ${plain(70)}`,
      'blame',
    );
    expect(msg).toMatch(
      /^You said "[^"]*incompetent" and "[^"]*corrupt" and more, which puts the cause on others or on circumstances\. Next time describe what happened in neutral words, then spend the answer on what you did and learned; interviewers hear ownership as maturity\.$/,
    );
  });

  it('fillers: the count, the rate and the commonest ones', () => {
    const answer = `um ${plain(40)} um ${plain(40)} like, you know, ${plain(10)}`;
    const fb = answerFeedback('team-conflict', answer);
    const msg = fb.notes.find((n) => n.id === 'fillers')?.message;
    expect(msg).toMatch(
      new RegExp(
        `^${fb.fillers.count} filler words in ${fb.words} \\(\\d+\\.\\d per 100\\), mostly "um"(, "[^"]+")* and "[^"]+"\\. Next time pause silently instead of filling the gap, and slow down slightly; record one answer and listen for them\\.$`,
      ),
    );
  });

  it('no informatics angle: what to add', () => {
    expect(note('why-clinical-informatics', plain(80), 'no-informatics-angle')).toBe(
      'This question invites an informatics angle and your answer gives no concrete one (saying informatics matters is not enough). Next time add a sentence that links it to workflow, data or a system fix: what you measured, which EHR tool was involved, or how a better design would prevent the problem.',
    );
    // The opener leaves the angle to the member.
    expect(note('tell-me-about-yourself', plain(80), 'no-informatics-angle')).toBeUndefined();
  });

  it('says what the clean result checked and what it cannot judge', () => {
    expect(FEEDBACK_CLEAN).toMatch(
      /^No notes from these 6 checks: too short or too long at speaking pace \(30 s to 2 min\), /,
    );
    expect(FEEDBACK_CLEAN).toMatch(
      /They cannot judge whether it is true, how you sound, or how an interviewer will take it/,
    );
  });
});

describe('typed questions', () => {
  it('finds bank questions by id or wording, ignoring case and punctuation', () => {
    expect(resolveQuestion(' team-conflict ')?.id).toBe('team-conflict');
    expect(resolveQuestion(resolveQuestion('mistake')!.text.toUpperCase().replace(/\?$/, '!!'))?.id).toBe('mistake');
    expect(resolveQuestion('What is your favourite colour?')).toBeUndefined();
  });

  it('reads a typed story question as wanting a result, a typed program question as short by nature', () => {
    expect(note('Tell me about a time you fixed a process.', plain(80), 'no-result')).toMatch(
      /^Your answer never says what changed\./,
    );
    expect(note('Why do you like Boston?', plain(80), 'no-result')).toBeUndefined();
    expect(note('Do you have any questions for us?', plain(10), 'too-short')).toBeUndefined();
    // A typed question has no framework: the member is asked for an example or a reason.
    expect(note('Why do you like Boston?', plain(10), 'too-short')).toMatch(
      /Next time add one concrete example or reason from your own experience; aim for 1-2 minutes\.$/,
    );
    expect(note('How would you measure documentation burden?', plain(80), 'no-informatics-angle')).toMatch(
      /^This question invites an informatics angle and your answer gives no concrete one \(saying informatics matters is not enough\)\./,
    );
    expect(note('Why do you like Boston?', plain(80), 'no-informatics-angle')).toBeUndefined();
  });
});
