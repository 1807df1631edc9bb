/**
 * Session 36 (round text36): AZ's misses as general rules of meaning, each with paraphrases in
 * other voices and near-misses that must stay silent.
 * - asks-for-ranking: a hyphenated compound of ranking words is the phrase itself ("am I
 *   rank-to-match?"); the member above or below the program's line; the member among those the
 *   program matches. The program's own rank-to-match number is process, not the member.
 * - overshare: a relative's ultimatum on the member's match ("my father says if I do not match I
 *   must come back and stop this dream").
 * - multiple-top-choice: the program named as a track or residency at its host.
 * - quid-pro-quo: "would it help if I committed" asked indirectly ("whether it would be useful").
 * - gap no-actions: a view taken "from the patient side" is no clinic held.
 * - answers no-informatics-angle: the system named only as the event that set the scene ("when our
 *   EHR went down") is no angle; downtime work in plain words (paper orders, re-entering doses) is.
 * - answers no-result: "what has been your experience with telehealth?" answered with an episode.
 */
import { describe, expect, it } from 'vitest';
import type { PrematchKind } from '../../src/rules/prematch-context.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { hasInformaticsAngle } from '../../src/text/narrative.js';
import { answerFeedback } from '../../src/mock/feedback.js';

const ids = (text: string, kind: PrematchKind = 'thank-you', previousTop?: string) =>
  checkPrematchEmail(
    `Dear Dr. Lee,\n\nThank you for the interview at Lakeside and our talk about the sepsis alert project. ${text}\n\nBest regards,\nDr. Sample`,
    {
      kind,
      program: 'Lakeside',
      interviewDate: '2026-11-01',
      sendDate: '2026-11-03',
      previous: previousTop ? [{ kind: 'top-choice', program: previousTop, date: '2026-11-02' }] : [],
    },
    '2026-11-03',
    { target: 'ci-fellowship' },
  ).findings.map((f) => f.id);

describe('asks-for-ranking: standing asked in compounds and as a line', () => {
  it.each([
    'Am I rank-to-match? It would help me a lot to know.',
    'Could you tell me whether I am ranked-to-match with you?',
    'Honestly, am I a rank-to-match applicant in your eyes?',
    'Is my name above the line? I would love to know.',
    "I would love to know if I'm above the cut-off on your list.",
    'Will I fall within your matched range this year?',
    'Am I likely to be one of the fellows you match?',
  ])('fires: %s', (t) => expect(ids(t)).toContain('asks-for-ranking'));
  it.each([
    'Is the rank-to-match number set by the program each year?',
    'My rank-to-match approach is to list every program I would attend.',
    'I hope I am ranked to match.',
    'Will the line for the shuttle be long on the second-look day?',
    'The match-day ceremony is in March, I believe.',
  ])('stays silent: %s', (t) => expect(ids(t)).not.toContain('asks-for-ranking'));
});

describe('overshare: a relative lays down what follows if the member does not match', () => {
  it.each([
    'My father is a surgeon and he says that if I do not match this season I must come back to Karachi and stop this informatics dream.',
    'My parents have made it very clear that unless I match this year I will have to return to Lahore and join the family clinic.',
    "My mother told me that if I don't get a spot this cycle I must come home and get married.",
    'My husband says if I fail to match again we will have to move back and I should give up on medicine here.',
    'Back home my father insists that, should I not match, I must quit informatics and take over his pharmacy.',
    'Our family has decided that if I am not matched by March I will return to Accra for good.',
  ])('fires: %s', (t) => expect(ids(t)).toContain('overshare'));
  it.each([
    'My father, a surgeon, encouraged my interest in decision support.',
    'If I do not match this year, I plan to continue my research role at Aga Khan and reapply.',
    'My wife says that if I match at Lakeside, we would love to settle in Salt Lake City.',
    'My mentor says that if I do not match I should return to my QI job and reapply next year.',
  ])('stays silent: %s', (t) => expect(ids(t)).not.toContain('overshare'));
});

describe('multiple-top-choice: the program named as a track or residency at its host', () => {
  it.each([
    'I am writing to let you know that I will rank the Internal Medicine Informatics Track at Lakeside first.',
    'I will rank the Lakeside Informatics Track first.',
    'Please know that I plan to list the Lakeside internal medicine residency at the top.',
    'I intend to place the informatics pathway of Lakeside in first place on my list.',
  ])('fires after a top-choice note to another program: %s', (t) =>
    expect(ids(t, 'top-choice', 'Harbor Valley')).toContain('multiple-top-choice'),
  );
  it('stays silent for the season first top-choice note', () =>
    expect(ids('I will rank the Internal Medicine Informatics Track at Lakeside first.', 'top-choice')).not.toContain(
      'multiple-top-choice',
    ));
  it.each([
    'I will rank the clinical informatics track at Lakeside highly, among my top three.',
    'I will rank the data from the sepsis track first in my talk.',
  ])('stays silent: %s', (t) => expect(ids(t, 'top-choice', 'Harbor Valley')).not.toContain('multiple-top-choice'));
});

describe('quid-pro-quo: whether a commitment would help, asked indirectly', () => {
  it.each([
    'I was wondering whether it would be useful to your committee if I committed early to Lakeside.',
    'I wonder if it would be helpful for your planning were I to commit to Lakeside right away.',
    'May I ask whether it might make a difference for my application if I told you Lakeside will be my first choice?',
  ])('fires: %s', (t) => expect(ids(t, 'update')).toContain('quid-pro-quo'));
  it.each([
    'Would it be useful to your committee if I sent an updated CV?',
    'I was wondering whether it would be useful if I shared my poster.',
    'It would be useful to me if I committed early to a research topic.',
    'I was wondering whether it would help if I asked my program director to write one more letter.',
  ])('stays silent: %s', (t) => expect(ids(t, 'update')).not.toContain('quid-pro-quo'));
});

describe('gap no-actions: a view taken from the patient side is no deed', () => {
  const lint = (t: string) => lintGapExplanation(t).map((l) => l.id);
  it.each([
    'This was the hardest time of my life. After my cancer diagnosis I had to stop everything and focus on getting better. I want to dedicate my career to clinical informatics because I saw from the patient side how broken the EHR can feel, and I plan to learn everything I can about it.',
    'During my chemotherapy I could not work. Being on the other side of the bed, I saw first-hand how fragmented the patient portal was, and it made me want to fix such systems. I plan to take an EHR course soon.',
    'After my surgery I needed a long recovery. I saw through a patient perspective how confusing discharge instructions in the portal were. I now feel strong and want to pursue clinical informatics.',
  ])('fires: %s', (t) => expect(lint(t)).toContain('no-actions'));
  it.each([
    "After my cancer treatment I saw patients twice a week at a free clinic in Karachi and entered their visits into the clinic's EHR.",
    'During my recovery I saw outpatients part-time at a diabetes clinic and logged their HbA1c data for a QI audit.',
  ])('stays silent: %s', (t) => expect(lint(t)).not.toContain('no-actions'));
});

describe('answers no-informatics-angle: the system as the scene is no angle', () => {
  const q = 'Tell me about an EHR go-live or downtime you were part of.';
  it.each([
    'When our EHR went down for six hours during a night shift in Amman, I was the senior resident on call. I stayed calm, gathered the nurses, and made sure everyone knew who was responsible for which patients.',
    'The day our Epic went live in Riyadh I was the chief resident. I brought coffee for the night team and told everyone that we would get through it together.',
    'Our hospital system crashed on a Sunday in Lima. I held a short huddle, encouraged everyone, and made sure nobody panicked.',
  ])('no angle: %s', (t) => expect(hasInformaticsAngle(t, q)).toBe(false));
  it.each([
    'When our EHR went down for six hours, I pulled out the downtime binder, switched us to paper orders, and afterwards re-entered the medication doses so the record was complete.',
    'When our EHR went down, I made sure every dose given on paper was entered back into the chart once it returned.',
    'When the system crashed, I made the nurses use the paper medication charts and we backfilled them into the EHR the next morning.',
    'I pushed for an alert to fire when potassium was high and the patient was on a potassium drip.',
  ])('angle: %s', (t) => expect(hasInformaticsAngle(t, q)).toBe(true));
  // probe-v35 an-v35-029: rules of the road or the house are not a system's rules.
  it.each([
    'I booked daily lessons with an instructor, practised the routes on weekends, and made small cards of the local road rules that I studied on the bus.',
    'I learned the house rules of the new hostel and followed the rules strictly.',
  ])('no angle in everyday rules: %s', (t) =>
    expect(hasInformaticsAngle(t, 'Tell me about a time you had to learn a new technology quickly.')).toBe(false),
  );
  it.each([
    'I rewrote the alert rules so that the potassium warning fired only for patients with low eGFR.',
    'I built two CDS rules in Epic for sepsis screening.',
  ])('a system rule is an angle: %s', (t) =>
    expect(hasInformaticsAngle(t, 'Tell me about a data project.')).toBe(true),
  );
});

describe('answers no-result: an experience question answered with an episode', () => {
  const story =
    'During the pandemic I was asked to help start video follow-up visits for our post-stroke patients in Santiago. I made a schedule, I called every patient the day before to test their phone camera, and I wrote a one-page guide for families about how to join. I did about ten visits every week for three months. The biggest lesson for me was that telehealth is not only technology, it is also about the family member who holds the phone, and I carry that lesson with me.';
  it.each(['What has been your experience with telehealth?', 'What experience do you have with telehealth?'])(
    'fires: %s',
    (q) => expect(answerFeedback(q, story).notes.map((n) => n.id)).toContain('no-result'),
  );
  it('stays silent when the episode says what came of it', () => {
    const withResult = story.replace(
      'I did about ten visits every week for three months.',
      'Within three months missed follow-ups fell from about a third to under one in ten, and the clinic kept the video slots.',
    );
    expect(
      answerFeedback('What has been your experience with telehealth?', withResult).notes.map((n) => n.id),
    ).not.toContain('no-result');
  });
});
