/**
 * Categories of meaning the text checks must read, each with our own sentences (never corpus
 * items): reciprocity without "if", standing asked as "how competitive", plans that govern their
 * clause, taking in versus doing, outcomes as states, situations without time words, tasks given
 * by others, results as new routines. A failure names the category's sentence, so a fix goes to
 * the category rather than to one corpus item. Written for round two of issue 10.
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

const MEANING_IDS = new Set(['quid-pro-quo', 'asks-for-ranking', 'overshare', 'multiple-top-choice']);

function emailFindings(sentence: string): string[] {
  const email = `Dear Dr. Lane,\n\nThank you for the interview and our talk about the Brookfield sepsis dashboard. ${sentence}\n\nBest regards,\nAmal`;
  return checkPrematchEmail(
    email,
    { kind: 'thank-you', program: 'Brookfield Medical Center', interviewDate: '2026-01-10', sendDate: '2026-01-11' },
    '2026-01-11',
    {},
  )
    .findings.map((f) => f.id)
    .filter((id) => MEANING_IDS.has(id))
    .sort();
}

const EMAIL_SENTENCES: [string, string[]][] = [
  ['How competitive would you say my application is for your program?', ['asks-for-ranking']],
  ['I am curious where I fall among the candidates you interviewed this year.', ['asks-for-ranking']],
  ['Could you share how my candidacy compares with the others?', ['asks-for-ranking']],
  ['I would love any sense of whether I am likely to be matched with Brookfield.', ['asks-for-ranking']],
  ['Do you think I have a realistic shot at one of your positions?', ['asks-for-ranking']],
  ['Is there anything you can share about how the committee viewed my interview?', ['asks-for-ranking']],
  ['It would ease my mind to hear that I am being seriously considered.', ['asks-for-ranking']],
  ['Would the committee be willing to let me know if I am someone you plan to rank?', ['asks-for-ranking']],
  ['When does your program certify its rank order list?', []],
  ['How many fellows do you take each year, and do you sponsor J-1 visas?', []],
  ['I hope to match with Brookfield and I will rank it highly.', []],
  ['I understand that programs and applicants rank independently and may not discuss rankings.', []],
  [
    'Brookfield will be my first choice provided I can be confident that the feeling is mutual.',
    ['asks-for-ranking', 'quid-pro-quo'],
  ],
  [
    'If you could reassure me that I will be ranked to match, I would withdraw my other applications.',
    ['asks-for-ranking', 'quid-pro-quo'],
  ],
  ['Knowing that I would be ranked highly by you would allow me to rank Brookfield first.', ['quid-pro-quo']],
  ['I am ready to commit to Brookfield, and I hope the program can commit to me in the same way.', ['quid-pro-quo']],
  [
    'A word from you that I am ranked to match is all I need to put Brookfield at the top of my list.',
    ['quid-pro-quo'],
  ],
  ['Should Brookfield rank me highly, it will be first on my list.', ['quid-pro-quo']],
  ['I will rank you first as long as I am on your list within the matching range.', ['quid-pro-quo']],
  ['I will rank Brookfield first regardless of what happens; I ask nothing in return.', []],
  ['Brookfield will be my first choice on my rank list.', []],
  ['I would not hesitate to recommend Brookfield to my colleagues.', []],
  ['If I match at Brookfield, I will work hard to contribute to the sepsis dashboard.', []],
  ['If you have any questions about my application, I would be happy to answer them.', []],
  [
    'My mother has been in and out of the hospital this winter, and it has been a very hard season for us.',
    ['overshare'],
  ],
  ['Since my divorce I have had to rebuild everything, including my savings.', ['overshare']],
  ['I am under a lot of pressure because my whole family is depending on me matching this year.', ['overshare']],
  ['Our project looked at depression screening rates in primary care.', []],
  ['After a family matter, now resolved, I returned to my research post.', []],
];

describe('pre-match emails: acts and topics in any wording', () => {
  it.each(EMAIL_SENTENCES)('%s → %j', (sentence, want) => {
    expect(emailFindings(sentence)).toEqual(want);
  });
});

const GAP_DRAFTS: [string, string[]][] = [
  [
    'Since 2024 I have been at home. I kept up with the literature and followed developments in digital health closely.',
    ['no-actions', 'no-outcome'],
  ],
  [
    'During this year I focused on my health and my family, and I did some reading about data.',
    ['no-actions', 'no-outcome'],
  ],
  [
    'I spent the time reflecting on my goals and preparing myself mentally for the next step in medicine.',
    ['no-actions', 'no-outcome'],
  ],
  [
    'I used this period to grow as a person and to learn a lot about health IT and the EHR.',
    ['no-actions', 'no-outcome'],
  ],
  [
    'I attended to personal matters and stayed connected to medicine through colleagues who use data.',
    ['no-actions', 'no-outcome'],
  ],
  ['I passed Step 2 CK and I now hold an ECFMG certificate; I also volunteered at a data registry.', []],
  ['I wrote up our sepsis data audit, and the manuscript is under review at JAMIA Open.', []],
  ['I took a part-time job as a data abstractor and I am now employed there as a quality analyst.', []],
  ['I studied for Step 1, which I passed in May, and built a spreadsheet of clinic data.', []],
  ["I studied for Step 1 and volunteered with the hospital's data team on their discharge dashboard.", ['no-outcome']],
  ['I am preparing for Step 2 and I volunteer with a quality team on EHR data.', ['no-outcome']],
  ['My abstract on EHR alert fatigue was accepted as a poster at AMIA 2025 after I analysed the data.', []],
  ['I completed the Coursera specialisation in health informatics and earned its certificate.', []],
  ['I worked as a research assistant analysing EHR data; our registry now includes 2,400 patients.', []],
  [
    'I have been learning SQL and working through a course on health data, which I will finish in March.',
    ['no-outcome'],
  ],
  [
    'I cared for my father after his stroke and, in the evenings, completed an online course in SQL for health data.',
    [],
  ],
  [
    'I joined several online communities and attended webinars on digital health whenever I could.',
    ['no-actions', 'no-outcome'],
  ],
  ['I started reading about informatics and watched lectures on YouTube about the EHR.', ['no-actions', 'no-outcome']],
  ['I reviewed my medical knowledge and looked into how data is used in hospitals.', ['no-actions', 'no-outcome']],
  [
    'I maintained my clinical knowledge and kept up to date with informatics through reading.',
    ['no-actions', 'no-outcome'],
  ],
  [
    'I explored the field of informatics, networked with physicians in health IT, and updated my CV.',
    ['no-actions', 'no-outcome'],
  ],
  [
    'I spent this time working on myself and preparing my application to informatics programs.',
    ['no-actions', 'no-outcome'],
  ],
  ['I shadowed a CMIO at a local hospital for two months, observing EHR governance meetings.', ['no-outcome']],
  ['I volunteered at a free clinic, entering patient data into their EHR.', ['no-outcome']],
];

describe('gap drafts: things done and things that came of them', () => {
  it.each(GAP_DRAFTS)('%s → %j', (draft, want) => {
    const got = lintGapExplanation(draft)
      .map((l) => l.id)
      .filter((id) => id === 'no-actions' || id === 'no-outcome')
      .sort();
    expect(got).toEqual(want);
  });
});

const STAR_PROBES: [string, 'situation' | 'task' | 'action' | 'result', boolean][] = [
  ['Our ICU was short of nurses and the handoffs between shifts were chaotic.', 'situation', true],
  ['The clinic I worked in had one computer for eight doctors.', 'situation', true],
  ['We were still using paper charts for every admission.', 'situation', true],
  ['Discharge summaries at my hospital routinely went out without the medication list.', 'situation', true],
  ['Lab results for the outpatient clinic often sat unread for days.', 'situation', true],
  ['I think informatics is the future of medicine.', 'situation', false],
  ['As the only resident who knew Excel, the audit fell to me.', 'task', true],
  ['I volunteered to fix the referral backlog.', 'task', true],
  ['The director wanted someone to clean up the order sets, and I said I would do it.', 'task', true],
  ['My supervisor gave me the job of redesigning the intake form.', 'task', true],
  ['The nurses were frustrated with the alerts.', 'task', false],
  ['So I sat with the night nurses for a week and wrote down every interruption.', 'action', true],
  ['I pulled the data from the EHR and showed it to the committee.', 'action', true],
  ['First I interviewed the clerks, then I rewrote the form.', 'action', true],
  ['I would probably start by talking to the nurses.', 'action', false],
  ['The team changed the template after the meeting.', 'action', false],
  ['After that, the backlog was gone within a month.', 'result', true],
  ['Within six weeks, only two referrals were still waiting.', 'result', true],
  ['The committee approved it and it went live in March.', 'result', true],
  ['I built a simple tracker in Excel. Missed follow-ups became rare.', 'result', true],
  ['I learned that listening matters more than anything.', 'result', false],
  ['I built a simple tracker in Excel and showed it to my consultant.', 'result', false],
];

describe('STAR parts in ordinary narrative', () => {
  it.each(STAR_PROBES)('%s → %s %s', (answer, part, want) => {
    expect(detectStar(answer, 'Tell me about a time you improved a process.')[part]).toBe(want);
  });
});

// Round six (after batch C): frames by who × act × topic, each pinned by sentences of our own.
const ROUND_SIX_EMAIL: [string, string[]][] = [
  // Leaving the Match for an offer, in either order, and asking for the offer.
  [
    'Were Brookfield able to make me an offer ahead of the Match, I would withdraw my registration and sign at once.',
    ['quid-pro-quo'],
  ],
  ['I would gladly step out of the Match in return for a written contract from Brookfield.', ['quid-pro-quo']],
  // First place for first place, the second half by ellipsis.
  ['Brookfield could be my first choice if I could be yours.', ['quid-pro-quo']],
  // First place given because of the program's signal about ranking the member.
  [
    'Because your coordinator told me I am ranked highly, I am repaying that by ranking Brookfield first.',
    ['quid-pro-quo'],
  ],
  // A conditional ask about not being ranked.
  [
    'If it is the case that I will not be ranked by Brookfield, I would appreciate hearing so early.',
    ['asks-for-ranking'],
  ],
  // Family and community pressure as expectation, announcement, daily asking.
  ['Our whole town has been told that I will train in America, and my mother phones me every night.', ['overshare']],
  // Precision: clinical and project topics of patients; a plan stated with nothing asked in return.
  ['Our suicide-risk reminder and the PHQ-9 follow-up list now reach the clinic nurse the same day.', []],
  [
    'The financial-hardship screen refers patients with medical debt to a counselor, and debt-related no-shows fell.',
    [],
  ],
  // (multiple-top-choice needs an earlier top-choice letter, which this harness never has.)
  ['Without expecting anything in return, I will rank Brookfield first.', []],
  ['Applicants and programs make independent ranking decisions, and I will not ask where I stand.', []],
];

describe('round six: trades, conditional asks and disclosures by who × act × topic', () => {
  it.each(ROUND_SIX_EMAIL)('%s → %j', (sentence, want) => {
    expect(emailFindings(sentence)).toEqual(want);
  });
});

const ROUND_SIX_BLAME: [string, boolean][] = [
  [
    'The department never gave me the supervision any new resident would expect, and opted to dismiss me instead of helping.',
    true,
  ],
  ['I leave it to the panel to decide where the fault lies.', true],
  ['I was made to pay for the mistakes of my referees.', true],
  ['The clinic closed when the funding ended, and I moved to my parents’ city.', false],
  ['Nobody on the ward blamed me for the error, and we fixed the order set together.', false],
];

describe('round six: blame as withheld norms, responsibility handed to the reader, others’ failings paid for', () => {
  it.each(ROUND_SIX_BLAME)('%s → %s', (sentence, want) => {
    const draft = `From 2023 to 2024 I was out of training. ${sentence} Since then I have built a discharge checklist in our EHR that the ward now uses every day.`;
    expect(lintGapExplanation(draft).some((l) => l.id === 'blame')).toBe(want);
  });
});
