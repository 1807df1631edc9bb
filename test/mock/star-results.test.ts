/**
 * When STAR reads a result: a change told after the member acted (by them or their team), not the
 * problem as it stood before; a measured or passive change wherever it is told; not a deadline,
 * not background in the past perfect, not the member's own action. And what counts in a plan, an
 * opinion or a summary of oneself. Each answer is one a member could give.
 */
import { describe, expect, it } from 'vitest';
import { detectStar, firstAction, starEvidence } from '../../src/mock/star.js';

const STORY_Q = 'Tell me about a time you improved a process.';
const result = (answer: string, question = STORY_Q) => detectStar(answer, question).result;

describe('a change is a result once someone acted', () => {
  it('reads a change told before anything was done as the problem, not a result', () => {
    expect(result('The pages dropped every night shift. I built a filter for the pager.')).toBe(false);
  });

  it('reads no result in a change when nobody did anything', () => {
    expect(result('The pages dropped to a handful on nights.')).toBe(false);
  });

  it('reads a change told in the same sentence as what the team did as a result', () => {
    expect(result('Fewer pages came after we moved the alert into the order set.')).toBe(true);
  });

  it('starts the result from what the team did when the member acts only later', () => {
    expect(
      result(
        'We moved the alert into the order set. Pages dropped within a week. Later I wrote the guide for new residents.',
      ),
    ).toBe(true);
  });

  it('reads a passive or a measured change as a result wherever it is told', () => {
    expect(result('Duplicate orders were reduced on every ward. I built a filter for the pager.')).toBe(true);
    expect(result('On nights the pages dropped by half. I built a filter for the pager.')).toBe(true);
  });

  it('reads a change the member did not make, told in the passive before any action, as the problem', () => {
    expect(result('Many sepsis cases were caught late. I built an alert for the night team.')).toBe(false);
    expect(result('Duplicate orders were quickly reduced on every ward. I built a filter for the pager.')).toBe(true);
  });

  it('keeps a result in a sentence that also says what had to be done, or what had piled up', () => {
    expect(result('I built a filter. We had to move fast, and the pages dropped by half.')).toBe(true);
    expect(result('I built a filter. The pages that had piled up dropped by half.')).toBe(true);
  });

  it('reads praise of the member, said in the passive, as a result', () => {
    expect(result('I built a discharge checklist. I was praised by the ward manager.')).toBe(true);
  });

  it('reads a change told after the member’s action in the same sentence as a result', () => {
    expect(result('I built a filter and the pages dropped to a handful.')).toBe(true);
  });

  it('reads a change after the member acted as a result, even with "I" earlier in the sentence', () => {
    expect(result('I pulled the charts. After I left the ward, the errors dropped sharply.')).toBe(true);
  });
});

describe('what is not a result', () => {
  it('a deadline: a time in a sentence of obligation', () => {
    expect(
      result('My role was to finish the audit. I pulled the charts. I had to hand it in by the end of the month.'),
    ).toBe(false);
  });

  it('background in the past perfect, but not what the member has done since', () => {
    expect(result('I pulled the charts for her. She had lost fifteen kilograms since then.')).toBe(false);
    expect(result('I pulled the charts for her. Since then we have switched every ward to the new form.')).toBe(true);
    expect(result('I pulled the charts for her. Since then we had moved every ward to the new form.')).toBe(true);
  });

  it('a change the member made, and a participle that names a thing', () => {
    expect(result('I pulled the charts. I quickly reduced the backlog.')).toBe(false);
    expect(result('I pulled the charts. I built a shortened workflow for the night team.')).toBe(false);
  });
});

describe('answers that are not stories', () => {
  const OPINION_Q = 'What do you think about AI in medicine?';

  it('reads a present-tense generality in an opinion as no result, unless it tells a past or a "now"', () => {
    expect(result('As a result, doctors spend less time with patients.', OPINION_Q)).toBe(false);
    expect(result('As a result, doctors spend less time with patients.')).toBe(true);
    expect(result('As a result, doctors spent less time with patients.', OPINION_Q)).toBe(true);
    expect(result('As a result, doctors now spend less time with patients.', OPINION_Q)).toBe(true);
  });

  it('finds no part in a plan, even one set in a hospital', () => {
    expect(
      detectStar(
        'At a busy hospital, I would meet the pharmacists and look at the override data.',
        'How would you handle alert fatigue?',
      ),
    ).toEqual({ situation: false, task: false, action: false, result: false });
  });

  it('finds no part in a plan that names a past failure of others', () => {
    expect(
      detectStar(
        'At a busy hospital, I would look at why the old alerts failed.',
        'How would you handle alert fatigue?',
      ),
    ).toEqual({ situation: false, task: false, action: false, result: false });
  });

  it('reads an episode told with "I was" or "I went" in a hypothetical answer', () => {
    expect(
      detectStar(
        'When I was a resident at our county hospital, I was on the alert committee.',
        'How would you handle alert fatigue?',
      ).situation,
    ).toBe(true);
    expect(
      detectStar('At our hospital I went to see the pharmacists.', 'How would you handle alert fatigue?'),
    ).toMatchObject({
      situation: true,
      action: true,
    });
  });

  it('reads a goal inside a plan as no task', () => {
    expect(detectStar('First I would want to understand why the pages come so often.', STORY_Q).task).toBe(false);
  });

  it('reads a sentence opening on a named place as the setting', () => {
    expect(detectStar('In Lagos, I built a sign-out sheet for the night team.', STORY_Q).situation).toBe(true);
    expect(detectStar('In addition, I built a sign-out sheet for the night team.', STORY_Q).situation).toBe(false);
  });

  it('reads a told episode in a hypothetical answer even when it ends on a plan', () => {
    const told =
      'When I was a resident at our county hospital, we had the same problem. I pulled a month of override data and met the pharmacists. I would start the same way.';
    expect(detectStar(told, 'How would you handle alert fatigue?')).toMatchObject({ situation: true, action: true });
  });

  it('does not count an achievement in a summary of oneself as the result of a story', () => {
    expect(
      result('I grew up in Lahore. I built a discharge checklist that the ward adopted.', 'Tell me about yourself.'),
    ).toBe(false);
  });

  it('keeps what came of a project in a summary of oneself', () => {
    expect(
      result(
        'I grew up in Lahore. I led a discharge project on my ward, and the nurses were much calmer afterwards.',
        'Tell me about yourself.',
      ),
    ).toBe(true);
  });
});

describe('starEvidence', () => {
  // The pattern numbers change as the patterns are tuned; the phrases quoted are what is pinned.
  const phrases = (hits: string[]) => hits.map((h) => h.replace(/^#\d+ /, ''));

  it('quotes the phrase that found each part, with the number of its pattern', () => {
    const ev = starEvidence(
      'During my rotation, handoffs often missed results. My role was to find out how often. I reviewed the sheets. As a result, missed results dropped from nine a week to two.',
    );
    for (const hits of [ev.situation, ev.task, ev.result]) for (const h of hits) expect(h).toMatch(/^#\d+ "[^"]+"$/);
    expect(phrases(ev.situation)).toContain('"during my"');
    expect(phrases(ev.task)).toContain('"my role was"');
    expect(phrases(ev.result)).toEqual(expect.arrayContaining(['"as a result"', '"dropped"']));
    expect(starEvidence('I grew up in Lahore.').situation).toEqual(['background']);
    expect(starEvidence('I learned that data convinces people.').result).toEqual([]);
    // A change with nothing done before it is the problem, in the evidence as in the parts.
    expect(starEvidence('The pages dropped every night shift.').result).toEqual([]);
  });
});

describe('firstAction', () => {
  it('quotes from the member, not from the start of the sentence, and keeps titles', () => {
    expect(firstAction('On nights I reviewed two weeks of handoff sheets.')).toBe(
      'I reviewed two weeks of handoff sheets',
    );
    expect(firstAction('I called Dr. Lee at once.')).toBe('I called Dr. Lee at once');
  });

  it('adds no ellipsis when only the full stop is left out', () => {
    expect(firstAction('I reviewed two weeks of handoff sheets.')).toBe('I reviewed two weeks of handoff sheets');
  });
});

describe('results in round five of the mutation work', () => {
  const QI_Q = 'Tell me about a quality improvement project you led.';

  it('keeps a change already measured when a hope follows it', () => {
    expect(result('Readmissions fell by 20% and we hope to keep them there.', QI_Q)).toBe(true);
  });

  it("starts the results from the earliest action, the member's or the team's", () => {
    expect(
      result(
        'I redesigned the sign-out sheet. Within a month, handover errors dropped. We later moved it into the EHR.',
        QI_Q,
      ),
    ).toBe(true);
  });

  it('reads training finished by a date as an action, not a result', () => {
    expect(result('By the next audit, I personally had trained all twelve nurses.', QI_Q)).toBe(false);
  });
});
