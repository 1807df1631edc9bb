/**
 * Pre-match readings of round twenty-five, held by sentences of our own (not corpus items):
 * - the member asking the program to judge whether applying is worth it for them — how
 *   competitive they would be, whether they should still apply, whether it is worth their applying,
 *   whether they are wasting their time, whether they stand a chance — is asks-for-ranking; the
 *   program's own competitiveness, intake or criteria, and whether to apply for a visa reason, are not;
 * - a hope or plan for something other than a place (a waiver job, a research block, a board exam)
 *   is not the member's standing, and a chance to do something else ("a chance to meet the
 *   residents") is not a chance of matching;
 * - a birth told as the relative's medical story (bleeding, a caesarean, weeks in the NICU, born at
 *   31 weeks) is overshare; a birth named without its course is not;
 * - a conditional exchange stated, not asked ("I will rank you first if you rank me highly"), is
 *   quid-pro-quo alone.
 * Near-misses beside each.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const inquiry: PrematchContext = { kind: 'inquiry', program: 'Okafor Valley Internal Medicine Residency' };
const update: PrematchContext = { kind: 'update', program: 'Okafor Valley Internal Medicine Residency' };
const fired = (body: string, context: PrematchContext = inquiry) =>
  checkPrematchEmail(
    `Dear Dr. Haddad,\n\nI am writing about the informatics track at Okafor Valley.\n\n${body}\n\nKind regards,\nChiamaka Obi`,
    context,
    '2026-09-02',
  ).findings.map((f) => f.id);

describe('asks-for-ranking: the member asking to be judged before applying', () => {
  it.each([
    'Honestly, how competitive would I be for your program? Should I still apply?',
    'Please sir, with my 5 years gap, how competitive will I be for the informatics track?',
    'How strong a candidate would I be for Okafor Valley?',
    'I want to know honestly, do I have any chance or not?',
    'Do I stand a chance?',
    'Is it worth my applying to your program?',
    'Kindly let me know if it is worth it for me to apply this cycle.',
    'I am wondering whether it is worth my while to apply.',
    'Is there any point in me applying this year?',
    'Be honest, am I wasting my time?',
    'Would it be a waste of your time if I applied?',
    'With Step 2 of 231, should I even apply to your track?',
    'Should I bother applying, given my gap of three years?',
    'Can I realistically get in?',
    'Please be frank: is my application even worth submitting?',
    'Could you encourage me to apply, or not?',
    'Tell me frankly if I should still apply to your track.',
  ])('fires on: %s', (body) => {
    expect(fired(body)).toContain('asks-for-ranking');
  });

  it.each([
    'How competitive is the program in general?',
    'How competitive is admission to the track these days?',
    'How many applicants do you usually get?',
    'What do you look for in applicants?',
    'How competitive do I need to be for the track, in terms of scores?',
    'Is it worth applying to the research track as well as the clinical one?',
    'Should I apply to both tracks or only one?',
    'Should I apply through ERAS or directly to the department?',
    'Should I still apply if I have an H-4 EAD and need sponsorship later?',
    'I do not want to waste your time, so I will keep this short.',
    'I stand a better chance of learning informatics in your track than elsewhere.',
    'Do I have a chance to meet the residents before the interview?',
    'Would you advise applicants to apply early?',
    'Is the program open to applicants who graduated before 2019?',
    'Can I get into the hospital parking with my interview badge?',
  ])('silent on: %s', (body) => {
    expect(fired(body)).not.toContain('asks-for-ranking');
  });
});

describe('asks-for-ranking: a hope for something other than a place', () => {
  it.each([
    'Is it realistic for me to hope for a J-1 waiver job after the track?',
    'Is it realistic for me to hope for a research block in the second year?',
    'Is it reasonable for me to plan for a research year in PGY-3?',
    'Would it be sensible for me to count on a visa transfer in July?',
    'Is it realistic for me to plan on taking the board exam in the final year?',
  ])('silent on: %s', (body) => {
    expect(fired(body)).not.toContain('asks-for-ranking');
  });

  it.each([
    'Is it reasonable for me to hope for a place in your program this year?',
    'Is it realistic for me to wait for your decision or should I look at other programs?',
    'Do I have a real chance to match at Okafor Valley?',
  ])('still fires on: %s', (body) => {
    expect(fired(body)).toContain('asks-for-ranking');
  });
});

describe('overshare: a birth told as a relative’s medical story', () => {
  it.each([
    'Our son spent six weeks in the NICU.',
    'Our son was born at 31 weeks and spent six weeks in the NICU on oxygen.',
    'My wife had a very difficult delivery in March with heavy bleeding and an emergency caesarean.',
    'my wife went through a really hard labour and lost a lot of blood.',
    'My wife was on bed rest for ten weeks with pre-eclampsia.',
    'Our daughter stayed in the neonatal unit for a month on breathing support.',
  ])('fires on: %s', (body) => {
    expect(fired(`${body} I also finished the Okafor Valley readmission dashboard.`, update)).toContain('overshare');
  });

  it.each([
    'We welcomed a baby in April.',
    'Our first child was born in May, and I returned to the project in June.',
    'My wife and I had a baby boy last month.',
    'I built an alert for postpartum hemorrhage in the labour ward at Okafor Valley.',
    'My team had 40 emergency caesarean cases in the audit, and bleeding was measured in each.',
    'I rotated in the NICU during my internship, where I saw how oxygen alarms are documented.',
    'Our NICU dashboard tracks babies born at 28 weeks or earlier.',
    'My project on pre-eclampsia risk scores is now published.',
  ])('silent on: %s', (body) => {
    expect(fired(`${body} I also finished the Okafor Valley readmission dashboard.`, update)).not.toContain(
      'overshare',
    );
  });
});

describe('a conditional exchange stated, not asked, is quid-pro-quo alone', () => {
  it.each([
    'I promise I will rank your program first if you rank me highly.',
    'If you rank me highly, I will rank you first.',
    'I will put Okafor Valley at the top of my list, provided that you rank me to match.',
  ])('%s', (body) => {
    const ids = fired(body, { ...update, kind: 'thank-you', interviewDate: '2026-09-01', sendDate: '2026-09-02' });
    expect(ids).toContain('quid-pro-quo');
    expect(ids).not.toContain('asks-for-ranking');
  });
});
