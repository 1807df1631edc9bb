/**
 * Session 25 (text40): readings added for batch AN's misses and AL's leftovers. Each reading is held
 * by a group of our own wordings (formal non-native, terse, texting, hard-wrapped, indirect) that an
 * advisor would label the same, with near-misses that must not move.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';
import { beyondTheChecks, lintGapExplanation } from '../../src/rules/gap-lint.js';
import { draftReviewView } from '../../src/app/views/explain-gap.js';
import { answerFeedback } from '../../src/mock/feedback.js';

type Ctx = Parameters<typeof parsePrematchContext>[0];
function pm(email: string, ctx: Ctx = { kind: 'thank-you', program: 'Redfern CI Fellowship' }): string[] {
  const parsed = parsePrematchContext(ctx);
  if (!parsed.ok) throw new Error('bad context');
  return checkPrematchEmail(email, parsed.value, '2027-01-12', {}).findings.map((f) => f.id);
}
const gap = (draft: string) => lintGapExplanation(draft).map((l) => l.id);
const answer = (question: string, text: string) => answerFeedback(question, text).notes.map((n) => n.id);

describe('gap blame: a research lead or paid agent wronging the member, a system punishing their kind', () => {
  it('reads every wording of the group as blame', () => {
    expect(
      gap(
        'From 2021 to 2022 I volunteered in a cardiology research group in Chicago. The principal investigator showed no interest in guiding foreign graduates and left my name off the abstract although I had cleaned every record, which says a lot about how IMGs are treated in these labs. I still finished a data management course and presented a poster in 2023.',
      ),
    ).toContain('blame');
    expect(
      gap(
        'My PI never cared about mentoring anyone from abroad and simply dropped me from the author list of the paper I built the dataset for. Meanwhile I completed the REDCap certificate and presented a poster on sepsis readmissions at a regional meeting in 2023.',
      ),
    ).toContain('blame');
    expect(
      gap(
        'gap 2022-23: research volunteer, boston. lab head had zero interest in teaching imgs + took my name off the manuscript even tho i cleaned 9k ehr records. got a redcap data cert mar 2023, poster at dept research day.',
      ),
    ).toContain('blame');
    expect(
      gap(
        'I must be honest that the investigator who supervised me displayed little regard for international doctors, and my contribution was erased from the paper, as typically happens to people like me in such settings. Nevertheless I obtained a certificate in clinical data management in 2023 and presented a poster on readmission risk.',
      ),
    ).toContain('blame');
    expect(
      gap(
        'My gap is due to an immigration attorney who badly mishandled my H-4 application, and a system that punishes whole families like ours for a single clerical error. During the wait I volunteered with a digital health NGO in Kampala, analysing 6,000 clinic records, and co-authored a poster in 2023.',
      ),
    ).toContain('blame');
    expect(
      gap(
        "The lawyer we hired botched my dependent visa filing, and the immigration system penalises people like me for someone else's mistake. While waiting I analysed 5,000 telehealth visit records for an NGO and co-authored a poster at a digital health meeting.",
      ),
    ).toContain('blame');
    expect(
      gap(
        "why the gap: visa agent i paid messed up my paperwork completely, and the system just punishes families like mine for one clerk's error. meanwhile: volunteered w/ an mhealth NGO, cleaned 7000 records, poster 2023.",
      ),
    ).toContain('blame');
    expect(
      gap(
        'Please understand that this gap was created by the consultant who handled my immigration file, who lost my documents twice, and by rules that punish families such as mine for errors made by officials. I used the time to analyse 8,000 mobile clinic records with an NGO and co-author a poster.',
      ),
    ).toContain('blame');
  });
  it('leaves the near-misses silent', () => {
    expect(
      gap(
        'My immigration lawyer advised me to wait for my H-4 approval before applying, which took eleven months. During that time I analysed 8,000 mobile clinic records for a digital health NGO and co-authored a poster in 2023.',
      ),
    ).not.toContain('blame');
    expect(
      gap(
        'I volunteered in a lab where the principal investigator taught me to clean 12,000 EHR records; I completed a REDCap data-management certificate in March 2023 and presented a poster on readmission predictors.',
      ),
    ).not.toContain('blame');
    expect(
      gap(
        'The visa processing took fourteen months because my case went to administrative processing. I did not blame anyone; I used the time to clean 4,000 registry records for an NGO and presented a poster in 2023.',
      ),
    ).not.toContain('blame');
  });
});

describe('answers blame: information nobody had, and a lapse inside an indirect question, are not accusations', () => {
  it('reads every wording of the group as blame', () => {
    expect(
      answer(
        'Describe a time you failed.',
        "Honestly the ward was a mess and nobody there knew what they were doing, so my patient's result sat for nine hours. I escalated it and the rule was fixed later.",
      ),
    ).toContain('blame');
    expect(
      answer(
        'Tell me about a conflict.',
        'My registrar never followed up on anything I flagged, so it was not really my fault that the potassium was missed. I spoke to the consultant and after that we had a shared list.',
      ),
    ).toContain('blame');
  });
  it('leaves the near-misses silent', () => {
    expect(
      answer(
        'Describe a system problem you noticed in your clinical work and how you handled it.',
        'Results for transferred patients kept going to the old ward, and nobody there knew who the patient was anymore. I pulled a month of transfers, showed the pattern at the quality meeting, and the routing rule was changed; misrouted results fell from one in five to under two percent.',
      ),
    ).not.toContain('blame');
    expect(
      answer(
        'Describe a system problem you noticed in your clinical work and how you handled it.',
        "The discharge letters were faxed to a clinic that had moved, so nobody there knew whose patients they were. I mapped every clinic's current number, updated the list in the EHR, and within a month no letter went astray.",
      ),
    ).not.toContain('blame');
    expect(
      answer(
        'Tell me about a system problem.',
        'So basically, um, the samples were labelled with the old bed number, and no one in that unit knew which ward they came from. I made a small change to the label template with our IT officer and after that the lab could trace every sample, we had zero unlabelled tubes in the next audit.',
      ),
    ).not.toContain('blame');
    expect(
      answer(
        'Tell me about an EHR or data project you worked on.',
        'Our oncology head wanted to find out how many abnormal mammograms were never followed up. I was responsible for the query, I wrote it in SQL, checked it against 150 charts by hand and gave the list to the nurse navigators, who then called back 41 women.',
      ),
    ).not.toContain('blame');
    expect(
      answer(
        'Tell me about an EHR or data project you worked on.',
        'The quality director asked me which sepsis alerts were never acknowledged by anyone. I pulled the alert logs for six months, built a dashboard, and the committee used it to retire three alerts.',
      ),
    ).not.toContain('blame');
    expect(
      answer(
        'Tell me about a data project.',
        'In Lagos the pharmacy chief needed to know how many prescriptions were never dispensed, so I built a report from the dispensing system; it showed twelve percent, and the chief changed the stock order.',
      ),
    ).not.toContain('blame');
  });
});

describe('quid-pro-quo: a first place offered knowing the program will do the same', () => {
  it('reads every wording of the group as quid-pro-quo', () => {
    expect(
      pm(
        'Dear Dr. Saunders,\n\nThank you for yesterday; the duplicate-imaging CDS work was the best thing I saw. I know your ranking is yours to decide, but I would gladly put Redfern at the top of my list knowing that Redfern would do the same for me.\n\nBest,\nDiego',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nI enjoyed meeting the Redfern team and hearing about the CDS work. Placing Redfern at number one would be an easy decision for me, knowing that you would do likewise.\n\nKind regards,\nAmal',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Hi Dr Saunders - thanks for the day at Redfern, loved the imaging CDS project. Id put Redfern top of my list, trusting Redfern does the same for me :)\nCheers, Tomas',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nIt is with great respect that I write after my interview at Redfern. I will gladly rank your\nprogram first in the knowledge that your program would rank me in the\nsame way.\n\nRespectfully,\nDr. Mehmet Kaya',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nThank you for the Redfern interview and the talk about imaging CDS. You would be my first choice, secure in the knowledge that I would be yours as well.\n\nBest,\nLina',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nI would gladly put Redfern at the top of my list knowing that Redfern would do the same for me.\n\nBest,\nDiego',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nI would gladly rank Redfern first knowing that Redfern would do the same for me.\n\nBest,\nDiego',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nI know your ranking is yours to decide, but I would gladly rank Redfern first knowing that Redfern would do the same for me.\n\nBest,\nDiego',
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nI would put Redfern top of my list, trusting Redfern will do the same for me.\n\nBest,\nDiego',
      ),
    ).toContain('quid-pro-quo');
  });
  it('leaves the near-misses silent', () => {
    expect(
      pm(
        'Dear Dr. Saunders,\n\nThank you for the Redfern interview and the talk about imaging CDS. I will rank Redfern first, knowing that the Match result is binding and that I would be glad to train there.\n\nBest,\nLina',
      ),
    ).not.toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Saunders,\n\nThank you for the Redfern interview and the imaging CDS work. I would gladly put Redfern at the top of my list, knowing that each program makes its own decisions and expects nothing in return.\n\nBest,\nDiego',
      ),
    ).not.toContain('quid-pro-quo');
  });
});

describe('overshare: relatives pressing about the Match and a strained marriage', () => {
  it('reads every wording of the group as overshare', () => {
    expect(
      pm(
        'Dear Dr. Lindberg,\n\nThank you for the interview yesterday at Evergreen Coast and the telestroke data-quality work. My uncles back home keep pressuring me about when I will finally match, and my marriage is under strain from all the waiting, but meeting your team gave me new energy.\n\nWarmly,\nAdaeze',
      ),
    ).toContain('overshare');
    expect(
      pm(
        'Dear Dr. Lindberg,\n\nThank you for the Evergreen Coast interview; the telestroke registry was impressive. My aunties at home keep asking when I will finally match, and my marriage is suffering from the long wait, yet your team gave me hope.\n\nBest,\nKemi',
      ),
    ).toContain('overshare');
    expect(
      pm(
        'Dear Dr. Lindberg,\n\nI write to thank you for the interview and the discussion of the telestroke network. Relatives in Accra telephone every week pressing me about the Match, and my husband and I are struggling because of all this waiting.\n\nRespectfully,\nDr. Ama Owusu',
      ),
    ).toContain('overshare');
    expect(
      pm(
        'Hi Dr Lindberg, thx for yesterday at Evergreen Coast, telestroke data stuff was great. family back home pressuring me daily re the match + marriage under a lot of strain rn. your team gave me energy tho.\nAdaeze',
      ),
    ).toContain('overshare');
    expect(
      pm(
        "Dear Dr. Lindberg,\n\nThank you for the interview at Evergreen Coast and the telestroke work. Honestly my in-laws keep pushing me about when I'll match, and things between my wife and me have become very tense.\n\nKind regards,\nChidi",
      ),
    ).toContain('overshare');
  });
  it('leaves the near-misses silent', () => {
    expect(
      pm(
        'Dear Dr. Lindberg,\n\nThank you for the interview at Evergreen Coast. I enjoyed hearing how the telestroke network reduced the strain on the night team and how families are kept informed.\n\nKind regards,\nChidi',
      ),
    ).not.toContain('overshare');
    expect(
      pm(
        'Dear Dr. Lindberg,\n\nThank you for the interview at Evergreen Coast. After my marriage last year I moved to Ohio, where I joined the stroke QI team; the telestroke data work you showed me fits that well.\n\nKind regards,\nChidi',
      ),
    ).not.toContain('overshare');
  });
});

describe('multiple-top-choice: a name of God is not a second program', () => {
  it('reads every wording of the group as multiple-top-choice', () => {
    expect(
      pm(
        'Dear Dr. Caldwell,\n\nSummit Valley is my first choice, and I have written the same to Lakemont. The CDS rotation with Dr. Imran stood out.\n\nRegards,\nGrace',
        { kind: 'top-choice', program: 'Summit Valley CI Fellowship', previous: [] },
      ),
    ).toContain('multiple-top-choice');
  });
  it('leaves the near-misses silent', () => {
    expect(
      pm(
        "Dear Dr. Caldwell,\n\nWith Allah's blessing I have decided Summit Valley will be my first choice. The CDS rotation with Dr. Imran was the highlight of my season.\n\nRegards,\nFaisal",
        { kind: 'top-choice', program: 'Summit Valley CI Fellowship', previous: [] },
      ),
    ).not.toContain('multiple-top-choice');
    expect(
      pm(
        "Dear Dr. Caldwell,\n\nBy God's grace I have chosen Summit Valley as my first choice; the CDS rotation with Dr. Imran stood out.\n\nRegards,\nJohn",
        { kind: 'top-choice', program: 'Summit Valley CI Fellowship', previous: [] },
      ),
    ).not.toContain('multiple-top-choice');
    expect(
      pm(
        'Dear Dr. Caldwell,\n\nWith the blessing of the Almighty, Summit Valley will be first on my rank list. The CDS rotation with Dr. Imran stood out.\n\nRegards,\nAisha',
        { kind: 'top-choice', program: 'Summit Valley CI Fellowship', previous: [] },
      ),
    ).not.toContain('multiple-top-choice');
    expect(
      pm(
        'Dear Dr Caldwell,\nthanks to Allah i decided Summit Valley is my top choice!! the CDS rotation w Dr Imran was the best.\nFaisal',
        { kind: 'top-choice', program: 'Summit Valley CI Fellowship', previous: [] },
      ),
    ).not.toContain('multiple-top-choice');
    expect(
      pm(
        'Dear Dr. Caldwell,\n\nPraise be to Jesus, Summit Valley is my number one. The CDS rotation with Dr. Imran stood out.\n\nRegards,\nGrace',
        { kind: 'top-choice', program: 'Summit Valley CI Fellowship', previous: [] },
      ),
    ).not.toContain('multiple-top-choice');
  });
});

describe('gap no-outcome: a post held after a move, a diploma after a return, a go-live only watched', () => {
  it('reads every wording of the group as no-outcome', () => {
    expect(
      gap(
        'I moved to Toronto with my husband and, while waiting for my licensing documents, I attended a weekly informatics journal club at a community hospital and shadowed their EHR trainers during an Epic go-live.',
      ),
    ).toContain('no-outcome');
    expect(
      gap(
        "While my papers were processed I sat in on the clinic's EHR training sessions and observed the nurses during their Cerner go-live week.",
      ),
    ).toContain('no-outcome');
    expect(
      gap(
        "During the wait I followed the hospital's informatics team around during the launch of their new order sets and went to their weekly data meetings.",
      ),
    ).toContain('no-outcome');
  });
  it('leaves the near-misses silent', () => {
    expect(
      gap(
        'Sep 2022–Dec 2023. Not my fault - the sanctions made it impossible to pay exam fees from Iran and the hospital I worked at was run by corrupt people who fired me for refusing to fake data. After moving to Toronto I worked as a junior health data analyst at a digital health startup and shipped their appointment no-show model (AUC 0.78).',
      ),
    ).not.toContain('no-outcome');
    expect(
      gap(
        'After moving to Toronto I worked as a junior health data analyst at a digital health startup and shipped their appointment no-show model (AUC 0.78).',
      ),
    ).not.toContain('no-outcome');
    expect(
      gap(
        'After moving to Toronto I worked as a junior health data analyst at a startup and shipped their no-show prediction model, which reached an AUC of 0.78.',
      ),
    ).not.toContain('no-outcome');
    expect(
      gap(
        'In 2023 I joined a digital health company in Dubai as a data analyst and released their readmission-risk model to production (AUC 0.81).',
      ),
    ).not.toContain('no-outcome');
    expect(
      gap('2023: health data analyst, small startup, Toronto. Built and deployed the no-show model (AUC 0.78).'),
    ).not.toContain('no-outcome');
    expect(gap('I worked as a junior health data analyst at a digital health startup.')).not.toContain('no-outcome');
    expect(
      gap('After moving to Toronto I worked as a junior health data analyst at a digital health startup.'),
    ).not.toContain('no-outcome');
    expect(
      gap('I worked as a junior health data analyst at a startup and shipped their appointment no-show model.'),
    ).not.toContain('no-outcome');
    expect(
      gap('I worked as a health data analyst at a startup and shipped their appointment no-show model (AUC 0.78).'),
    ).not.toContain('no-outcome');
    expect(
      gap(
        'Unfortunately my mother became ill in 2018 and I returned to Fès to care for her for eleven months. I coordinated her follow-up between three specialists who used incompatible record systems. When she recovered I returned to Paris and completed a university diploma in medical informatics at Sorbonne in 2019.',
      ),
    ).not.toContain('no-outcome');
    expect(
      gap(
        'I cared for my father in Rabat for a year while keeping his records in order across two hospitals. Afterwards I went back to Lyon and finished a certificate in health data in 2020.',
      ),
    ).not.toContain('no-outcome');
    expect(
      gap(
        "During the wait I was a super-user for the clinic's Epic go-live and trained 40 nurses on the new order sets.",
      ),
    ).not.toContain('no-outcome');
  });
});

describe('no-result: a charge handed over and the member arriving early are not what came of a story', () => {
  it('reads every wording of the group as no-result', () => {
    expect(
      answer(
        'Tell me about a time you led a team.',
        "I organised weekly meetings and I divided the team into data collection and analysis. This was for our hospital's readmission project in Shenzhen in 2022; I was the chief resident and the department head asked me to lead five residents to find why heart failure patients came back. I made a shared REDCap form, I assigned each resident a ward, and I reviewed the charts with them every Friday. I also presented our progress to the head every month. Each Friday I also wrote a short summary email so everybody knew what was left to review.",
      ),
    ).toContain('no-result');
    expect(
      answer(
        'Tell me about a time you led a team.',
        'I organised weekly meetings and I divided the team into data collection and analysis. I made a shared REDCap form, I assigned each resident a ward, and I reviewed the charts with them every Friday.',
      ),
    ).toContain('no-result');
    expect(
      answer(
        'Tell me about a time you led a team.',
        'I presented our progress to the head every month. Each Friday I also wrote a short summary email so everybody knew what was left to review.',
      ),
    ).toContain('no-result');
    expect(
      answer(
        'Tell me about a time you led a team.',
        'As chief resident in Pune I was asked to lead four juniors on an audit of why COPD patients were readmitted. I split them into two pairs, built a Google form for the chart review and met them each Monday, and I sent a weekly note so that everyone knew which charts were still pending.',
      ),
    ).toContain('no-result');
    expect(
      answer(
        'Tell me about a time you led a team.',
        'so um I was chief resident, 2021, the head wanted us to look at readmissions. I ran the meetings, gave each person a ward, checked charts with them on Fridays, and every week I emailed a summary so nobody lost track of what remained.',
      ),
    ).toContain('no-result');
    expect(
      answer(
        'Tell me about a time you improved a workflow.',
        'Yes, so in Santiago, at the emergency department where I worked, the triage was very slow on weekends. The head nurse asked me to help her because I was the resident with most weekend shifts. I talked to every nurse, I helped organise the triage room differently, and I also came in early on Saturdays to help with the first patients. Everyone worked very hard together. I also spoke to the families in the waiting room to calm them when it was crowded, and I asked the security staff to help with the queue.',
      ),
    ).toContain('no-result');
    expect(
      answer(
        'Tell me about a time you improved a workflow.',
        "In Lima our clinic's morning check-in was chaotic. The manager asked me to help since I opened the clinic most days. I rearranged where the nurses stood, came in half an hour early, and chatted with patients in the queue to keep them calm. The whole team pulled together.",
      ),
    ).toContain('no-result');
    expect(
      answer(
        'Tell me about a time you improved a workflow.',
        'Weekend triage at my hospital in Quito was slow. I was asked to help. I spoke with all the nurses, moved the triage desks, arrived early on Saturdays, and everybody put in a big effort together.',
      ),
    ).toContain('no-result');
  });
  it('keeps results told after the deed, and being asked to take the work further', () => {
    expect(
      answer(
        'Tell me about a time you improved a workflow.',
        'Weekend triage at my hospital in Quito was slow. I was asked to help. I spoke with all the nurses, moved the triage desks and arrived early on Saturdays; within a month the average wait to be triaged fell from forty minutes to fifteen.',
      ),
    ).not.toContain('no-result');
    expect(
      answer(
        'Tell me about a time you led a team.',
        'As chief resident I led four juniors on a readmission audit. I split the charts, built a REDCap form and met them weekly. We finished the review of 300 charts in six weeks, and the department changed the discharge checklist based on what we found.',
      ),
    ).not.toContain('no-result');
    expect(
      answer(
        'Tell me about a time you led a team.',
        'As the senior resident I was asked to lead a small group auditing sepsis bundles. I built the audit form in REDCap, split the wards between us and reviewed the cases every week. The next rotation the director asked me to run the same audit across the whole medical unit.',
      ),
    ).not.toContain('no-result');
    expect(
      answer(
        'Tell me about a time you improved a workflow.',
        'Our discharge letters were always late in Nairobi. I mapped the steps with the ward clerk, moved the letter template into the EHR and trained the interns. Afterwards the hospital asked me to help write the procedure the other wards now use.',
      ),
    ).not.toContain('no-result');
  });
});

describe('no-informatics-angle: a queue of people is not a system queue', () => {
  it('reads a crowded waiting-room queue as no angle', () => {
    expect(
      answer(
        'Tell me about a time you improved a workflow.',
        'In Santiago our weekend triage was slow. The head nurse asked me to help. I talked to every nurse, moved the triage chairs, came in early on Saturdays, calmed families in the waiting room and asked the security staff to help with the queue. Everyone worked hard together and it felt calmer.',
      ),
    ).toContain('no-informatics-angle');
  });
  it('still reads a queue of orders or a referral queue as the angle', () => {
    expect(
      answer(
        'Tell me about a time you improved a workflow.',
        'In Santiago the referral queue was never cleared on weekends. The head nurse asked me to help. I sorted the queue of pending referrals every Saturday morning and agreed a rule with the clinic for urgent ones, and within a month nothing waited longer than two days.',
      ),
    ).not.toContain('no-informatics-angle');
  });
});

describe('newcomer trial 12: a failure put on the stress of immigration, a change without its size', () => {
  it("reads blame on a circumstance with the member's part denied, and a size-less change as no outcome", () => {
    expect(
      gap(
        "In 2022 I failed Step 2 CK, and honestly that failure was because of the stress of immigration, not my preparation. My husband came to Houston on an H-1B and I am on an H-4, so I could not work for a year. During that time I volunteered with a clinic's quality team and helped redesign their chart abstraction form, which cut chart abstraction time a lot.",
      ),
    ).toEqual(expect.arrayContaining(['blame', 'no-outcome']));
    expect(
      gap(
        'My Step 2 CK failure was caused by the pressure of moving countries rather than by any lack of effort on my side. My wife holds an H-1B and I hold an H-4 visa, which did not allow me to work. I volunteered in a hospital data team and made the chart abstraction much faster.',
      ),
    ).toEqual(expect.arrayContaining(['blame', 'no-outcome']));
    expect(
      gap(
        'failed ck in 2022 - mostly the immigration stress tbh, not me. spouse on h1b, me on h4, couldnt work. volunteered w/ QI team, reworked abstraction form, cut abstraction time a lot.',
      ),
    ).toEqual(expect.arrayContaining(['blame', 'no-outcome']));
    expect(
      gap(
        "I must explain that I did not pass Step 2 CK in 2022 owing to the heavy stress of immigrating, which was outside my control and not a reflection of my knowledge. As an H-4 dependant of my husband's H-1B I could not be employed. I assisted a quality team with chart abstraction and we reduced the abstraction time significantly.",
      ),
    ).toEqual(expect.arrayContaining(['blame', 'no-outcome']));
  });
  it('leaves an owned failure and a measured change alone', () => {
    expect(
      gap(
        "I failed Step 2 CK in 2022. It was the year we immigrated and I did not protect my study time; the failure was mine. I reorganised my schedule, passed on the second attempt with a 243, and volunteered with a clinic's quality team, where our new abstraction form cut chart review from 20 to 12 minutes.",
      ),
    ).not.toContain('blame');
    expect(
      gap(
        'I failed Step 2 CK in 2022 during our move to the US. I passed it in 2023 with a 241 and volunteered with a quality team, where our new abstraction form cut chart review from 20 to 12 minutes per chart.',
      ),
    ).not.toContain('no-outcome');
    expect(
      gap('I failed Step 2 CK in 2022, the year we immigrated to Houston. I passed it in 2023 with a 239.'),
    ).not.toContain('blame');
  });
  it('quotes the size-less change back in the no-outcome message', () => {
    const lint = lintGapExplanation(
      'I volunteered with a clinic quality team in Houston and redesigned their chart abstraction form, which cut chart abstraction time a lot.',
    ).find((l) => l.id === 'no-outcome');
    expect(lint?.quote).toBe('cut chart abstraction time a lot');
    expect(lint?.message).toMatch(/without its size/);
  });
  it('names immigration details as beyond the checks, in the review and never as a finding', () => {
    const draft =
      'My husband came to Houston on an H-1B and I am on an H-4, so I could not work in 2022. I completed a REDCap course, volunteered with a quality team and presented a poster on abstraction errors.';
    expect(beyondTheChecks(draft)[0]).toMatch(/H-1B, H-4/);
    const view = draftReviewView(draft, { from: '2022-01', to: '2022-12' });
    const section = view.sections?.find((s) => s.title === 'What these checks cannot judge');
    expect(section?.body).toMatch(/None of the 5 checks reads them/);
    expect(gap(draft)).toEqual([]);
    expect(beyondTheChecks('I cared for my mother in Lagos and completed a data course in 2022.')).toEqual([]);
  });
});

describe('quid-pro-quo: moving the program up to first, offered on a condition', () => {
  it("reads the move as the member's offer", () => {
    expect(
      pm(
        'Dear Dr. Vance,\n\nRidgeview is where I want to be. If you can tell me you plan to rank\nme highly, I will move Ridgeview to number one instead and let\nLakemont know.\n\nSincerely,\nSofia',
        { kind: 'top-choice', program: 'Ridgeview' },
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Vance,\n\nShould you let me know that you intend to rank me highly, I will bump Ridgeview up to first place on my list.\n\nBest,\nSofia',
        { kind: 'top-choice', program: 'Ridgeview' },
      ),
    ).toContain('quid-pro-quo');
    expect(
      pm(
        'Dear Dr. Vance,\n\nProvided I hear that Ridgeview plans to rank me well, I would shift Ridgeview into the first position on my list.\n\nRespectfully,\nSofia',
        { kind: 'top-choice', program: 'Ridgeview' },
      ),
    ).toContain('quid-pro-quo');
  });
  it('leaves a move told with no condition alone', () => {
    expect(
      pm(
        'Dear Dr. Vance,\n\nAfter my second visit I have decided to move Ridgeview to number one on my list. The sepsis dashboard work was the reason.\n\nBest,\nSofia',
        { kind: 'top-choice', program: 'Ridgeview' },
      ),
    ).not.toContain('quid-pro-quo');
  });
});
