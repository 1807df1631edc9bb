/**
 * What the plan tells the member: why each question was picked (the rule of their match, the red
 * flag it rehearses, each exam failure named), which questions they ask the program, what was not
 * given, and the refusals for a bad count or focus.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan, PLAN_CONFIG } from '../../src/mock/plan.js';
import { cleanProfile, exampleProfile, TODAY } from './fixtures.js';

const whyOf = (p: Profile, id: string, options = {}) => {
  const plan = mockPlan(p, TODAY, { count: 20, ...options });
  const q = plan.questions.find((x) => x.id === id);
  if (!q) throw new Error(`${id} not planned`);
  return q.why;
};

describe('mockPlan: why each question', () => {
  it('gives the standing reasons for the opening, fit and behavioral questions', () => {
    const p = cleanProfile();
    expect(whyOf(p, 'tell-me-about-yourself')).toBe('Asked in almost every interview; rehearse your two-minute story.');
    expect(whyOf(p, 'why-clinical-informatics')).toBe('The question every informatics interview asks.');
    expect(whyOf(p, 'why-this-program')).toBe('Show you researched this program specifically.');
    expect(whyOf(p, 'team-conflict')).toBe('A behavioral question: tell it as a STAR story.');
    expect(whyOf(p, 'why-study-abroad')).toBe('US-citizen IMGs are almost always asked this.');
    expect(whyOf(p, 'unique-perspective-us-citizen-img')).toBe('A second angle on your international training.');
    expect(whyOf(p, 'elevator-pitch')).toBe('More practice in this category.');
  });

  it('explains the IMG question for a non-US member by the new system', () => {
    expect(whyOf(exampleProfile(), 'adapt-to-us-system')).toBe(
      'Programs want to hear how you will work in a new system.',
    );
  });

  it('weighs informatics by target, in words', () => {
    const ci = mockPlan(cleanProfile(), TODAY).questions.filter((q) => q.category === 'informatics');
    // The first informatics question is built on the member's own project, named with its result.
    // Eight questions: the third informatics question gives its place to the ranking decline.
    expect(ci.map((q) => q.why)).toEqual([
      'Fellowship interviews probe informatics depth; rehearse a scenario. Build it on your own work, "Sepsis order set redesign" (order set use doubled): your part and what changed.',
      'Fellowship interviews probe informatics depth; rehearse a scenario.',
    ]);
    const nine = mockPlan(cleanProfile(), TODAY, { count: 9 }).questions.filter((q) => q.category === 'informatics');
    expect(nine).toHaveLength(3);
    const track = mockPlan(cleanProfile({ target: 'residency-informatics-track' }), TODAY).questions.filter(
      (q) => q.category === 'informatics',
    );
    expect(track.map((q) => q.why)).toEqual([
      'Interviewers check that your informatics interest is concrete. Build it on your own work, "Sepsis order set redesign" (order set use doubled): your part and what changed.',
    ]);
    // A member who lists no hands-on work is not told of one.
    const noWork = mockPlan(
      cleanProfile({ informatics: [{ kind: 'course', title: 'Intro to health informatics' }] }),
      TODAY,
    );
    expect(noWork.questions.map((q) => q.why).join(' ')).not.toMatch(/your own work/);
    expect(PLAN_CONFIG.earlyInformatics.unknown).toBe(2);
    const none = { ...cleanProfile() };
    delete none.target;
    expect(mockPlan(none, TODAY).questions.filter((q) => q.category === 'informatics')).toHaveLength(2);
  });

  it('starts a member with no informatics listed on the data-comfort question', () => {
    const plan = mockPlan(cleanProfile({ informatics: [] }), TODAY);
    expect(plan.questions.filter((q) => q.category === 'informatics')[0]!.id).toBe('comfort-with-data');
    expect(mockPlan(cleanProfile(), TODAY).questions.filter((q) => q.category === 'informatics')[0]!.id).not.toBe(
      'comfort-with-data',
    );
  });

  it('names the red flag a question rehearses, with its severity and title', () => {
    const p = cleanProfile({ matchAttempts: 3, usce: [{ kind: 'elective', months: 1, ehr: 'Epic', handsOn: true }] });
    expect(whyOf(p, 'rf-multiple-match-attempts')).toBe(
      'Rehearses your high red flag: Multiple Match attempts: 3 previous cycles.',
    );
  });

  it('names every failed exam attempt, or the one failure', () => {
    const one = cleanProfile({
      exams: [
        { exam: 'step1', date: '2019-06', result: 'fail' },
        { exam: 'step1', date: '2019-11', result: 'pass' },
        { exam: 'step2ck', date: '2021-03', result: 'pass', score: 252 },
      ],
    });
    expect(whyOf(one, 'rf-exam-failure')).toBe(
      'Interviewers ask about every exam failure, whatever its weight: rehearse your Step 1 (Jun 2019) failure.',
    );
    const three = cleanProfile({
      exams: [
        { exam: 'step1', date: '2019-06', result: 'fail' },
        { exam: 'step1', date: '2019-11', result: 'pass' },
        { exam: 'step2ck', date: '2020-05', result: 'fail' },
        { exam: 'step2ck', date: '2020-09', result: 'fail' },
        { exam: 'step2ck', date: '2021-03', result: 'pass', score: 230 },
      ],
    });
    expect(whyOf(three, 'rf-exam-failure')).toBe(
      'Interviewers ask about every exam failure, whatever its weight: rehearse each of your failed attempts: Step 1 (Jun 2019), Step 2 CK (May 2020) and Step 2 CK (Sep 2020).',
    );
  });

  it('rehearses the polite decline with the rule of the member’s own match', () => {
    expect(whyOf(cleanProfile({ target: 'residency-informatics-track' }), 'how-will-you-rank-us')).toBe(
      'Under the NRMP Main Residency Match rules a program may not ask how you will rank it. If one does, rehearse a polite decline: warm, brief, no ranking and no promise.',
    );
    expect(whyOf(cleanProfile(), 'how-will-you-rank-us')).toBe(
      "The AMIA Clinical Informatics Fellowship Match publishes no rule on this, but programs follow the NRMP's etiquette and should not ask how you will rank them. If one does, rehearse a polite decline: warm, brief, no ranking and no promise.",
    );
    const none = cleanProfile();
    delete none.target;
    expect(whyOf(none, 'how-will-you-rank-us')).toBe(
      'Programs should not ask how you will rank them (the NRMP forbids it; AMIA follows the same etiquette). If one does, rehearse a polite decline: warm, brief, no ranking and no promise.',
    );
  });

  it('gives focus questions the focus as their reason, a flag’s own reason where one applies', () => {
    const plan = mockPlan(exampleProfile(), TODAY, { count: 12, focus: 'red-flag' });
    const rf = plan.questions.filter((q) => q.category === 'red-flag');
    expect(rf.find((q) => q.id === 'rf-challenges-in-training')?.why).toBe('You asked to focus on red-flag questions.');
    expect(rf.find((q) => q.id === 'rf-clinical-currency')?.why).toMatch(
      /^Rehearses your high red flag: Clinical currency/,
    );
    const motivation = mockPlan(cleanProfile(), TODAY, { count: 12, focus: 'motivation' }).questions;
    expect(motivation.find((q) => q.id === 'why-not-purely-clinical')?.why).toBe(
      'You asked to focus on motivation questions.',
    );
    expect(motivation.find((q) => q.id === 'how-will-you-rank-us')?.why).toMatch(
      /^The AMIA Clinical Informatics Fellowship Match/,
    );
  });

  it('focuses on the member’s own IMG and informatics orders', () => {
    const img = mockPlan(exampleProfile(), TODAY, { count: 6, focus: 'img' })
      .questions.slice(2)
      .map((q) => q.id);
    expect(img).toEqual(['adapt-to-us-system', 'home-vs-us-system', 'why-train-in-us', 'us-documentation-norms']);
    const info = mockPlan(cleanProfile({ informatics: [] }), TODAY, { count: 4, focus: 'informatics' });
    expect(info.questions.slice(2).map((q) => q.id)).toEqual(['comfort-with-data', 'ehr-data-project']);
  });
});

describe('mockPlan: questions to ask the program', () => {
  const toAsk = (p: Profile) => mockPlan(p, TODAY).toAsk.map((q) => q.id);

  it('chooses by target and by what the member needs', () => {
    expect(toAsk(cleanProfile())).toEqual(['ask-ehr-governance', 'ask-cds-projects', 'ask-data-access']);
    expect(toAsk(cleanProfile({ target: 'residency-informatics-track' }))).toEqual([
      'ask-ehr-governance',
      'ask-fellowship-preparation',
      'ask-data-access',
    ]);
    expect(toAsk(cleanProfile({ citizenship: 'non-us', visa: 'j1' }))).toEqual([
      'ask-ehr-governance',
      'ask-cds-projects',
      'ask-img-support',
    ]);
    expect(toAsk(cleanProfile({ citizenship: 'us-permanent-resident' }))[2]).toBe('ask-img-support');
    expect(toAsk(cleanProfile({ informatics: [], citizenship: 'non-us', visa: 'j1' }))[2]).toBe('ask-mentorship');
  });

  it('says why a question to ask is worth asking', () => {
    for (const q of mockPlan(cleanProfile(), TODAY).toAsk) {
      expect(q.why).toBe(
        'A question for you to ask at the end: it shows you know how informatics training really works.',
      );
    }
  });

  it('with a program focus: the three chosen first, then every other one the member may ask', () => {
    const citizen = mockPlan(cleanProfile(), TODAY, { focus: 'program' }).toAsk.map((q) => q.id);
    expect(citizen.slice(0, 3)).toEqual(['ask-ehr-governance', 'ask-cds-projects', 'ask-data-access']);
    expect(citizen).not.toContain('ask-visa-history');
    expect(new Set(citizen).size).toBe(citizen.length);
    const nonUs = mockPlan(exampleProfile(), TODAY, { focus: 'program' }).toAsk.map((q) => q.id);
    expect(nonUs).toContain('ask-visa-history');
    expect(nonUs).toHaveLength(10);
  });
});

describe('mockPlan: what was not given, and refusals', () => {
  it('says when citizenship and target were not given, after the red-flag engine’s own list', () => {
    const plan = mockPlan({ version: 1 }, TODAY);
    expect(plan.notGiven.slice(-2)).toEqual([
      'citizenship not given — IMG questions are the general ones',
      'target not given — informatics questions are not weighted for a fellowship',
    ]);
    expect(plan.notGiven[0]).toBe('exams not given — exam failures and low scores could not be checked');
    expect(mockPlan(cleanProfile({ target: 'residency-informatics-track', residencies: [] }), TODAY).notGiven).toEqual(
      [],
    );
  });

  it('gives a member of unknown citizenship the general IMG question', () => {
    const p = cleanProfile();
    delete p.citizenship;
    expect(mockPlan(p, TODAY).questions.map((q) => q.id)).toContain('international-training-as-strength');
  });

  it('names the count and the range when the count is wrong, and the categories when the focus is', () => {
    expect(() => mockPlan(cleanProfile(), TODAY, { count: 21 })).toThrow(
      'count: 21 is not a whole number from 1 to 20',
    );
    expect(() => mockPlan(cleanProfile(), TODAY, { count: 0 })).toThrow('count: 0 is not a whole number from 1 to 20');
    expect(() => mockPlan(cleanProfile(), TODAY, { focus: 'vibes' })).toThrow(
      'focus: "vibes" is not a question category (one of opener, motivation, img, red-flag, informatics, behavioral, program)',
    );
    expect(mockPlan(cleanProfile(), TODAY, { count: 20 }).questions).toHaveLength(20);
  });
});
