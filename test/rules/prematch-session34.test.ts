/**
 * Pre-match readings of session 34 (round text34), held by emails of our own (not corpus items):
 * - generic-message: an email that is one turn of an exchange with a person at this program belongs
 *   to it (the reader's request, reply or plain talk; the member's reference back to an earlier
 *   turn; a person's reply quoted below; a staff member greeted by name), as does a named place of
 *   the program or its short name ("UCSD", "CHOP" for the long name); a thanks for a reply still to
 *   come, a mailbox's confirmation quoted below, "Dear Dr. <name>" alone and capitalised field words
 *   ("EHR", "USMLE") are still interchangeable.
 * Near-misses beside each.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const thanks: PrematchContext = {
  kind: 'thank-you',
  program: 'Larchmont Regional Clinical Informatics Fellowship',
  interviewDate: '2026-11-03',
  sendDate: '2026-11-04',
};
const inquiry: PrematchContext = { kind: 'inquiry', program: 'Larchmont Regional Clinical Informatics Fellowship' };
const update: PrematchContext = { kind: 'update', program: 'Larchmont Regional Clinical Informatics Fellowship' };
const ids = (email: string, context: PrematchContext = thanks) =>
  checkPrematchEmail(email, context, '2026-11-04').findings.map((f) => f.id);

describe('generic-message: one turn of an exchange, a named place or a short name belongs to the program', () => {
  it.each<[string, PrematchContext]>([
    [
      'Dear Dr. Pereira,\n\nThank you for yesterday. Per your suggestion, I will look at the order-set literature before the spring.\n\nBest,\nNadia Rahman',
      thanks,
    ],
    [
      'Dear Dr. Pereira,\n\nThanks for getting back to me so fast. I will read the two articles you forwarded this weekend.\n\nRegards,\nNadia Rahman',
      thanks,
    ],
    [
      'Dear Dr. Pereira,\n\nThank you for the day. You were very honest with me about how little protected time the first months leave, and I valued that.\n\nBest,\nNadia Rahman',
      thanks,
    ],
    [
      'Dear Dr. Pereira,\n\nA short note: the readmission model I described in my previous email is now running on live data at our hospital.\n\nBest,\nNadia Rahman',
      update,
    ],
    [
      'Dear Dr. Pereira,\n\nThank you for your time. I appreciated your candour about the on-call load.\n\nBest,\nNadia Rahman',
      thanks,
    ],
    [
      'Good morning Teresa,\n\nCould you tell me whether parking is validated on the interview day, or should I take the shuttle?\n\nThank you,\nNadia',
      inquiry,
    ],
    [
      'Dear Mr. Haskins,\n\nCould you confirm the date by which the fellowship certifies its list this season?\n\nThank you,\nNadia Rahman',
      inquiry,
    ],
    [
      'Hello,\n\nWhich entrance should I use to reach the Whitford Pavilion auditorium for the morning session?\n\nThanks,\nNadia Rahman',
      inquiry,
    ],
    [
      'Dear Dr. Pereira,\n\nOf course, I will send the reference list today.\n\nBest,\nNadia Rahman\n\nOn Tue, Nov 3, 2026 at 5:10 PM, Elena Pereira wrote:\n> Nadia, could you send me the names of your referees?\n',
      thanks,
    ],
    [
      'Dear Dr. Ndlovu,\n\nThank you again for the interview. I left the day convinced that CHOP is where I can grow.\n\nBest,\nNadia Rahman',
      { ...thanks, program: "Children's Hospital of Philadelphia Clinical Informatics Fellowship" },
    ],
    [
      'Dear Dr. Ndlovu,\n\nThank you again. The day at Children’s Hospital of Philadelphia showed me the kind of fellow I want to be.\n\nBest,\nNadia Rahman',
      { ...thanks, program: 'CHOP' },
    ],
    [
      'Dear Dr. Quist,\n\nThank you for the interview. The UCSD fellows were generous with their time.\n\nBest,\nNadia Rahman',
      { ...thanks, program: 'UC San Diego Health Clinical Informatics Fellowship' },
    ],
  ])('%s → not generic', (email, context) => {
    expect(ids(email, context)).not.toContain('generic-message');
  });

  it.each<[string, PrematchContext]>([
    [
      'Dear Dr. Pereira,\n\nThank you for the interview. I enjoyed meeting the faculty and I believe the program is a great fit for me.\n\nBest,\nNadia Rahman',
      thanks,
    ],
    [
      'Dear Program Coordinator,\n\nI am an IMG interested in your fellowship. Do you sponsor J-1 visas? Thank you in advance for your reply.\n\nRegards,\nNadia Rahman',
      inquiry,
    ],
    [
      'Dear Sir/Madam,\n\nI would be grateful for your response about the requirements for international graduates.\n\nRegards,\nNadia Rahman',
      inquiry,
    ],
    [
      'Dear Program Director,\n\nThank you for the interview. I enjoyed learning about the program and look forward to the next steps.\n\nBest,\nNadia Rahman\n\nOn Mon, Nov 2, 2026 at 6:00 PM Larchmont GME Office <gme@larchmont.org> wrote:\n> Dear Applicant, thank you for interviewing with us today.\n',
      thanks,
    ],
    [
      'Dear Program Director,\n\nThank you again for the interview.\n\nBest,\nNadia Rahman\n\n-----Original Message-----\nFrom: Fellowship Coordinator\nSent: Monday\n> This confirms your interview.\n',
      thanks,
    ],
    [
      'Hello Selection Committee,\n\nI am very interested in your esteemed program and would like to know more about the application.\n\nRegards,\nNadia Rahman',
      inquiry,
    ],
    [
      'Dear Dr. Pereira,\n\nAs you know, informatics is the future of medicine. I remain very interested in your program.\n\nBest,\nNadia Rahman',
      update,
    ],
    [
      'Dear Dr. Pereira,\n\nAs I mentioned in my personal statement, I am passionate about EHR data. I passed USMLE Step 3 last week.\n\nBest,\nNadia Rahman',
      update,
    ],
    [
      'Hi there,\n\nIs your fellowship accepting IMG applicants this year? Does it sponsor an H-1B?\n\nThanks,\nNadia',
      inquiry,
    ],
    [
      'Dear Doctor,\n\nThank you for the interview at your institution. The faculty and the building were impressive and the fellows were friendly.\n\nRegards,\nNadia Rahman',
      thanks,
    ],
  ])('%s → still generic', (email, context) => {
    expect(ids(email, context)).toContain('generic-message');
  });
});

describe('overshare: a couple talking of divorce, lost sleep, a family future set on the outcome; a bereavement named once', () => {
  const body = (b: string) => ids(`Dear Dr. Pereira,\n\n${b}\n\nRegards,\nNadia Rahman`, update);
  it.each([
    'My husband and I have started talking about divorce since the second refusal.',
    'To be honest I have had trouble sleeping since the embassy letter came.',
    "My kids' whole future rides on this match, so please consider me.",
    'The livelihood of my entire family rests on this one decision.',
    'After a personal loss in March I could not stop crying for weeks, but I am back at work.',
  ])('%s → overshare', (b) => {
    expect(body(b)).toContain('overshare');
  });
  it.each([
    'After a family bereavement in the spring, I went back to my informatics post and finished the order-set audit.',
    'Following a personal loss last year, I resumed my role on the data team in May.',
    'I have not been sleeping much during night shifts on the cardiology ward, but the dashboard went live.',
    'Dr. Osei and I talked about divorce records as a data source for the social-needs registry.',
    'The future of my sepsis project depends on the data team releasing the feed.',
    "My daughter's school starts in August, so a July start suits us well.",
  ])('%s → no overshare', (b) => {
    expect(body(b)).not.toContain('overshare');
  });
});

describe('asks-for-ranking: the program asked to judge the member as a candidate; a hoped return inside a trade', () => {
  const send = (b: string, context: PrematchContext = inquiry) =>
    ids(`Dear Dr. Pereira,\n\n${b}\n\nBest,\nNadia Rahman`, context);
  it.each([
    'After the interview I keep wondering: would you regard me as a competitive applicant this cycle?',
    'Do you see me as a realistic candidate for your fellowship?',
    'Would my odds improve if I promised to put Larchmont first?',
    'If you can promise me the spot in writing, I will pull out of the Match everywhere else.',
  ])('%s → asks-for-ranking', (b) => {
    expect(send(b)).toContain('asks-for-ranking');
  });
  it.each([
    'Thank you for considering me for the position.',
    'Would you consider me for a summer observership on the data team?',
    'Do you consider applicants whose residency was outside the US?',
  ])('%s → no asks-for-ranking', (b) => {
    expect(send(b)).not.toContain('asks-for-ranking');
  });
  it('a hope that the program ranks the member first too, as the return of a trade, is quid-pro-quo alone', () => {
    const found = send(
      'Larchmont will be first on my list, and in return I hope you will put me first on yours as well.',
      { ...inquiry, kind: 'top-choice' },
    );
    expect(found).toContain('quid-pro-quo');
    expect(found).not.toContain('asks-for-ranking');
  });
});
