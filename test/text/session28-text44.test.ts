/**
 * Session 28 (text44): readings by meaning group, each held by wordings of our own in several voices
 * (formal non-native, terse, rambling, hard-wrapped, "we" told), with near-misses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

type Ctx = Parameters<typeof parsePrematchContext>[0];
const THANKS: Ctx = { kind: 'thank-you', program: 'Beaumont Clinical Informatics Fellowship' };
function pm(email: string, ctx: Ctx = THANKS): string[] {
  const parsed = parsePrematchContext(ctx);
  if (!parsed.ok) throw new Error('bad context');
  return checkPrematchEmail(email, parsed.value, '2027-01-12', {}).findings.map((f) => f.id);
}
const wrap = (body: string) =>
  `Dear Dr. Girard,\n\nThank you for the conversation about the Beaumont sepsis dashboard. ${body}\n\nBest regards,\nSam Okafor`;

describe('quid-pro-quo: the member pledges on condition of the program granting something, however politely', () => {
  const TRADES = [
    // formal non-native: a place kept, then the member bound
    'Should the programme find it possible to keep one position for me, I shall consider myself bound to Beaumont and shall place no other programme above it.',
    // terse
    "If Beaumont can save me a spot, I'm all yours. Nobody else above you.",
    // rambling: certainty received "the very day", the trade in the middle of a long sentence
    'I have been thinking about where I want to be for a long time and honestly I would be ready to cancel every remaining interview the very day I have some small assurance from Beaumont, which I think would give both of us clarity.',
    // hard-wrapped: told that I will match, then an outside offer let go
    'I hold an offer from a hospitalist group that expires on\nJanuary 5. If you are able to tell me that I will\nmatch at Beaumont, I will let that offer go and commit\nmyself to Beaumont.',
    // we-told
    'My wife and I have talked it through. Were Beaumont to assure us that I will be matched there, we would turn the other offer down and bind ourselves to Beaumont.',
    // the pledge set against what it would do for the member, asked with hesitation
    'I have a question I ask with some hesitation: would it make any difference to the committee if I said I would come to Beaumont without reservation? I am ready to say so if it helps.',
    // a generic applicant standing in for the member, who then pledges
    'I was wondering, only in theory, whether a committee would value knowing that a candidate is prepared to commit completely, in case it changed how they see that candidate. I would gladly make such a commitment myself.',
    // the program's keeping a place as the condition, the pledge first
    'I will rank no other program higher than Beaumont, provided that Beaumont is in a position to hold one place for me.',
  ];
  it('reads every wording as a trade', () => {
    for (const body of TRADES) expect(pm(wrap(body)), body).toContain('quid-pro-quo');
  });
  it('does not read a place kept for the member, set as the condition of a pledge, as a request', () => {
    for (const body of [TRADES[0]!, TRADES[1]!, TRADES[7]!])
      expect(pm(wrap(body)), body).not.toContain('asks-for-ranking');
  });
  it('still reads the ask when the condition is being told that the member will match', () => {
    for (const body of [TRADES[3]!, TRADES[4]!]) expect(pm(wrap(body)), body).toContain('asks-for-ranking');
  });
  it('leaves pledges without a condition, conditions without a pledge and the rule stated alone', () => {
    for (const body of [
      'I want to be transparent: Beaumont is my first choice and I will rank it first, whatever happens.',
      'I understand programs rank independently, and I will rank Beaumont first regardless of how I am ranked.',
      'Should you need my updated CV or any other document, I am happy to send it.',
      'If I match at Beaumont, my family and I will move to Ohio in June, and I will keep working on the dashboard.',
      'If you hold a journal club in January, I would be glad to join it.',
    ])
      expect(pm(wrap(body)), body).not.toContain('quid-pro-quo');
  });
  it('does not take a closing formula for a pledge', () => {
    expect(
      pm(
        'Dear Dr. Girard,\n\nThank you for the tour of the Beaumont sepsis dashboard.\n\nI am yours sincerely,\nSam Okafor',
      ),
    ).not.toContain('quid-pro-quo');
  });
});

describe('asks-for-ranking: the member asks about their standing framed as relief, feedback or planning', () => {
  it('reads every wording as an ask', () => {
    for (const email of [
      wrap(
        'I know the rules of the Match, but it would settle my mind to learn, even roughly, whether applicants with my profile are usually taken seriously at Beaumont.',
      ),
      wrap(
        'I would be reassured to hear, even in general terms, whether candidates like me are considered seriously at Beaumont.',
      ),
      'Dr Girard - thx for the sepsis dashboard chat. any sense of whether Beaumont is likely to rank me well would help me plan. Sam',
      wrap(
        "I realise lists are confidential and I really don't want to make things awkward for you, but I have been going back and forth over my own list for days, and whatever you felt able to share about whether Beaumont is likely to rank me well would lift a real weight from me.",
      ),
      wrap(
        'For my planning, I would be grateful for any feedback on how my candidacy compares with the others you are considering.',
      ),
      wrap(
        'I know programs keep\ntheir lists private, but even a hint about\nwhether I might be ranked favourably would help me\nmake peace with my own decisions.',
      ),
    ])
      expect(pm(email), email).toContain('asks-for-ranking');
  });
  it('leaves questions framed by a hoped-for match, the rule stated and the process alone', () => {
    for (const email of [
      "Dr Girard - what makes a strong fellow at Beaumont in your view? Any projects I should read up on before July if I'm lucky enough to match? Sam",
      wrap(
        'Could you let me know which projects incoming fellows usually join, so I can plan my reading if I am fortunate enough to match?',
      ),
      wrap('I hope to match with you, and I would be glad of any reading suggestions before July.'),
      wrap('Once we match, could you tell me which clinic days the fellows usually keep?'),
      wrap('I understand programs rank independently, and I am not asking about my position on your list.'),
      wrap('When is your rank list due, and how many positions do you offer this year?'),
    ])
      expect(pm(email), email).not.toContain('asks-for-ranking');
  });
});

describe('quid-pro-quo: a pledge whose only condition is the member matching, given because the program asked, is a plan', () => {
  it('stays quiet', () => {
    for (const body of [
      'As you asked at the interview, I can confirm that I would come to Beaumont without reservation if I match; the sepsis dashboard is the work I want.',
      'You asked whether I would accept a place if I match: I can confirm that I would.',
      'If I match at Beaumont, I will sign the contract the same week.',
    ])
      expect(pm(wrap(body)), body).not.toContain('quid-pro-quo');
  });
});

describe('multiple-top-choice: one letter telling each program addressed that it is first', () => {
  const TOP: Ctx = { kind: 'top-choice', program: 'Beaumont Clinical Informatics Fellowship' };
  it('reads first place told "to each of you"', () => {
    for (const email of [
      'Respected Dr. Lee and Dr. Ortiz,\n\nSince you lead the informatics tracks at Beaumont and at Harlow, I take the liberty of writing to you together. To each of you I wish to say that your program stands in the first place of my list.\n\nWith respect,\nSam Okafor',
      'Dear Dr. Lee and Dr. Ortiz,\n\nI write to you together since you\nrun the two tracks; to each of you I say\nthat I will rank your program first. The Beaumont sepsis alerts and the Harlow portal work are what I want to do.\n\nBest,\nSam Okafor',
      'Dr Lee, Dr Ortiz - quick note to each of you: your program is my #1. Beaumont sepsis alerts + Harlow portal, love both. Sam',
    ])
      expect(pm(email, TOP), email).toContain('multiple-top-choice');
  });
  it('leaves thanks to two faculty of one program alone', () => {
    for (const email of [
      'Dear Dr. Lee and Dr. Ortiz,\n\nThank you both for the interview day and the tour of the Beaumont sepsis alert work. Beaumont is my first choice and I will rank it first.\n\nBest,\nSam Okafor',
      'Dear Dr. Lee and Dr. Ortiz,\n\nI am grateful to each of you for the time you gave me. Beaumont is my first choice, and the sepsis alert work is why.\n\nBest,\nSam Okafor',
    ])
      expect(pm(email, TOP), email).not.toContain('multiple-top-choice');
  });
});

const gap = (draft: string): string[] => lintGapExplanation(draft).map((l) => l.id);

describe('gap no-actions: time in a gap told with no act of the member', () => {
  it('reads waiting, taking in, talking, maturing and holding out as no deed', () => {
    for (const draft of [
      "Since my internship ended I am waiting for the verification of my medical diploma and for a date for Step 2 CK. I am following with great interest the progress of digital health, and I intend to enrol in a master's degree once my documents are ready.",
      "2023-24: waiting on ECFMG processing of my diploma. Following health IT news. Next: an informatics master's.",
      'Those months were mostly about growing up. I talked a lot with my cousins who work in software, I kept thinking about how our hospital could run better with data, and I feel I have matured more in that year than in all of medical school.',
      'It was a hard time for all of us. I held on to my hope, I persevered through the uncertainty and I coped as well as I could, and I never stopped believing that I would return to patients and to health data work.',
      'During 2022 I stayed at home with my\nparents. I chatted with friends from\nmedical school about electronic records and\nI matured as a person.',
    ])
      expect(gap(draft), draft).toContain('no-actions');
  });
  it('still reads a deed done while waiting, and a post held', () => {
    for (const draft of [
      'While waiting for the verification of my diploma I completed the Coursera course in SQL for health data and passed it with 94%.',
      'I held weekly teaching sessions for the ward nurses on the new electronic insulin chart, and by the end every nurse on the ward was using it.',
    ])
      expect(gap(draft), draft).not.toContain('no-actions');
  });
});

describe('gap no-outcome: an outcome is something finished or changed, not a meeting run or a paper planned', () => {
  it('reads a routine now kept by others, or the work asked for elsewhere, as an outcome', () => {
    for (const draft of [
      'From May 2023 to March 2024 I volunteered at a rural clinic and built a paper-to-Excel list of patients on insulin. By the end, the clinic nurses were phoning every patient who missed a dose the same day.',
      'I spent 2023 volunteering at a district clinic, where I set up a referral sheet in Google Sheets. Within two months the ward clerks had started checking each referral against the sheet, and the district asked me to set it up in three more clinics.',
      '2023: volunteer, maternity clinic. Built an SMS reminder list for antenatal visits; by March the midwives were texting every mother due for a scan.',
      'I held weekly teaching sessions for the ward nurses on the new electronic insulin chart, and by the end every nurse on the ward was using it.',
    ])
      expect(gap(draft), draft).not.toContain('no-outcome');
  });
  it('reads go-live meetings run, papers only planned and vague success as no outcome', () => {
    for (const draft of [
      'From 2022 to 2023 I worked on the team that brought electronic ordering to our hospital. I ran the daily go-live meetings on two wards and the staff were mostly happy with the new module.',
      'In 2023 I joined a research group on EHR data quality. I cleaned admission data, wrote SQL queries and helped prepare parts of a future publication.',
      'For a year I worked with a registry team, cleaning pharmacy data and gathering tables for a manuscript the group was planning.',
      'During 2022 I coordinated the weekly go-live\nhuddles for our e-prescribing rollout and\nthe project went well overall.',
      'Since March 2025 I am waiting for the processing of my ECFMG certificate, and I follow webinars on digital health.',
    ])
      expect(gap(draft), draft).toContain('no-outcome');
  });
});

describe('gap no-informatics-link: the field named only as a wish or as one item of general exposure', () => {
  it('reads no link', () => {
    for (const draft of [
      "From 2021 to 2023 I ran the accounts of my uncle's shop while he was ill, and I got some exposure to bookkeeping, computers and customer service. I passed Step 2 CK with 241 in 2023.",
      'In 2022 and 2023 I cared for my mother after her stroke and passed Step 3 with 228. Now I want to pursue clinical informatics.',
    ])
      expect(gap(draft), draft).toContain('no-informatics-link');
  });
  it('keeps a wish with its reason, and exposure to a named system', () => {
    for (const draft of [
      'In 2022 I cared for my mother after her stroke and passed Step 3 with 228. I want to pursue clinical informatics because I watched her results get lost between three clinics.',
      'In 2023 I volunteered in a county hospital, where I gained exposure to Epic order-set build work, and I passed Step 3 with 230.',
    ])
      expect(gap(draft), draft).not.toContain('no-informatics-link');
  });
});

describe('gap blame: bias by origin claimed by hint', () => {
  it('reads the group named by origin as the ones something always befalls, or a known view of "us"', () => {
    for (const draft of [
      'The consulate kept my file in administrative processing for ten months, which I understand is the usual treatment for Sudanese applicants. During that time I passed Step 3 with 231 and built a REDCap registry for our diabetes clinic, which the nurses still use.',
      '2022-23: visa stuck 11 months, what always happens to people with passports like mine. Passed Step 3 (229). Built an Excel sepsis registry for my old ward, still in use.',
      'I was supposed to start a research post in Boston in 2022, but my visa sat in security checks for almost a year, as is their habit with doctors from my part of the world. I passed Step 3 with 235 and finished a Coursera course in health data analytics.',
      'I left my preliminary year in 2021. Anyone who trained there as an IMG\ncan tell you how the program director saw us, and\nmy final evaluation reflected that more than my work. I then\nworked as a hospitalist and moved our discharge letters to an EHR template; same-day completion rose from 40% to 82%.',
      'My contract was not renewed in 2021. Those who know that hospital know how its chairman regarded foreign graduates. Since then I have worked as a data analyst and published one paper on readmission dashboards.',
    ])
      expect(gap(draft), draft).toContain('blame');
  });
  it('leaves a neutral delay, a justified choice and a program that cared alone', () => {
    for (const draft of [
      'The embassy placed my application in administrative processing for ten months; I understand this happens to many applicants, and I used the time to pass Step 3 with 230.',
      'My visa took eleven months because applicants from my country go through additional security checks. In that time I completed a Coursera course in SQL for health data and passed Step 3 with 228.',
      'I stayed at home in 2022 to care for my father after his stroke; I think any doctor would have done the same. I also passed Step 3 with 226 and completed an online certificate in health informatics.',
      'Our program director knew how much the IMGs in our class valued feedback, and he met each of us monthly. After the program I completed a certificate in clinical data analytics.',
    ])
      expect(gap(draft), draft).not.toContain('blame');
  });
});
