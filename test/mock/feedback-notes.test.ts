/**
 * Which notes an answer gets from how the question is built (a story, problem-action-result, a
 * direct question, a typed question), and the exact words the member reads: one quoted phrase or
 * two, "and more" only past two, the filler note from two fillers on.
 */
import { describe, expect, it } from 'vitest';
import { BANK } from '../../src/mock/bank.js';
import { answerFeedback, blameQuotes, resolveQuestion } from '../../src/mock/feedback.js';

const plain = (n: number) => Array.from({ length: n }, () => 'patients').join(' ');
const ids = (q: string, a: string) => answerFeedback(q, a).notes.map((n) => n.id);
const note = (q: string, a: string, id: string) => answerFeedback(q, a).notes.find((n) => n.id === id)?.message;

const DID = 'I ran a small audit of discharge summaries on my ward and met the nurses every week. ';
const PAR = BANK.find((q) => q.framework === 'problem-action-result')!;

describe('a missing result, by how the question is built', () => {
  it('is noted for a problem-action-result question, with what to add when it is short', () => {
    expect(ids(PAR.id, DID + plain(60))).toContain('no-result');
    expect(note(PAR.id, plain(20), 'too-short')).toMatch(
      /Next time add the setting, what you personally did and what changed; aim for 1-2 minutes\.$/,
    );
  });

  it('is not noted for a direct question, even with a story in the answer', () => {
    expect(ids('why-this-program', DID + plain(60))).not.toContain('no-result');
  });

  it('is not noted for a three-part question, even one that reads like a story request', () => {
    expect(ids('how-did-you-get-here', DID + plain(60))).not.toContain('no-result');
  });

  it('is not noted when the answer is only a plan', () => {
    const plan =
      'If I could change something, I would organise a weekly huddle with the nurses and the pharmacists and agree on one list of alerts to retire. ';
    expect(ids('team-conflict', plan + plain(60))).not.toContain('no-result');
  });

  it('is noted for a typed question that asks for a story in other words', () => {
    expect(note('Describe a conflict on your team.', DID + plain(60), 'no-result')).toMatch(
      /^You said what you did \("I ran a small audit of discharge summaries…"\) but not what changed\./,
    );
  });

  it('asks a typed "tell me about a time" answer for the parts of a story when it is short', () => {
    expect(note('Tell me about a time you fixed a process.', plain(20), 'too-short')).toMatch(
      /Next time add the setting, what you personally did and what changed; aim for 1-2 minutes\.$/,
    );
  });
});

describe('blame', () => {
  it('quotes one phrase without "and more", two with "and"', () => {
    expect(note('mistake', `The exam was unfair. ${plain(70)}`, 'blame')).toMatch(
      /^You said "The exam was unfair", which puts the cause on others or on circumstances\./,
    );
    expect(note('mistake', `The exam was unfair. My attending was incompetent. ${plain(70)}`, 'blame')).toMatch(
      /^You said "The exam was unfair" and "My attending was incompetent", which puts the cause/,
    );
  });

  it('quotes the words leading to the blame, not the whole sentence, and keeps its commas', () => {
    expect(blameQuotes('After a long night on call with three admissions, my attending was incompetent.')).toEqual([
      'my attending was incompetent',
    ]);
    expect(blameQuotes('The nurses were lazy, and nobody cared.')).toEqual(['lazy, and nobody cared']);
  });
});

describe('fillers', () => {
  it('notes two fillers in a short answer, naming the only form used', () => {
    const answer = `Um, I ran a small audit on my ward, um, and met the nurses every week to review it. ${plain(30)}`;
    expect(note('team-conflict', answer, 'fillers')).toMatch(/^2 filler words in 49 \(4\.1 per 100\), mostly "um"\. /);
  });
});

describe('an informatics angle', () => {
  it('does not count a word the answer only repeats from a typed question', () => {
    expect(
      ids(
        'How would you design a dashboard for sepsis?',
        `I would design a dashboard that nurses like and that shows sepsis early. ${plain(70)}`,
      ),
    ).toContain('no-informatics-angle');
  });
});

describe('resolveQuestion', () => {
  it('finds a bank question typed with extra spaces or dashes', () => {
    const t = BANK.find((q) => q.id === 'tell-me-about-yourself')!.text;
    expect(resolveQuestion(t.replace(/ /g, '  '))?.id).toBe('tell-me-about-yourself');
    expect(resolveQuestion(t.replace(/ /g, ' - '))?.id).toBe('tell-me-about-yourself');
  });
});
