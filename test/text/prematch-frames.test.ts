/**
 * The pre-match checks' frames pinned one sentence at a time: what is a ranking question, a
 * trade, a top-choice claim, an overshare, a generic line, an attachment, and what only looks
 * like one. Each row was found to tell a mutant of src/text/prematch.ts from the real code
 * (tools/mutant-probe.mjs), so together they keep the mutation score honest.
 *
 * CORPUS rows are sentences of labelled corpus items (test/corpus/prematch; `from` names the
 * item), each run alone (or two or three in a row, as written) with its item's context: the real code gives the value shown and that
 * value agrees with the item's label (tools/mutant-cases.mjs picked the fewest rows that tell
 * the most mutants apart). Where a finding's words matter, the row pins the member's words it
 * quotes, or the program it names.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';

interface Row {
  from: string;
  text: string;
  context: unknown;
  target?: 'ci-fellowship' | 'residency-informatics-track';
  id: string;
  /** The finding is raised (true) or not (false). */
  fires?: boolean;
  /** The finding quotes exactly these words of the member. */
  quote?: string;
  /** The finding's message says this. */
  says?: string;
}

function findings(row: Row) {
  const parsed = parsePrematchContext(row.context);
  if (!parsed.ok) throw new Error(`${row.from}: ${parsed.error.join('; ')}`);
  const today = parsed.value.sendDate ?? parsed.value.interviewDate ?? '2026-01-15';
  return checkPrematchEmail(row.text, parsed.value, today, { target: row.target }).findings;
}

/** A whole email in a test's name is cut to its first words. */
const short = (t: string) => (t.length > 100 ? `${t.slice(0, 97).replace(/\s+/g, ' ')}…` : t);
const name = (r: Row) =>
  r.fires !== undefined
    ? `${r.fires ? 'reads' : 'does not read'} "${short(r.text)}" as ${r.id} (${r.from})`
    : r.quote !== undefined
      ? `quotes "${r.quote}" for ${r.id} (${r.from})`
      : `says "${r.says}" for ${r.id} (${r.from})`;

const CORPUS: Row[] = [
  {
    from: 'seen-heldout-d/pm-h4-031',
    text: 'After my interviews at Kestrel Bay Health and Grayhaven University, I want each of you to know that your program is my first choice and I will rank it number one.',
    context: {
      kind: 'top-choice',
      program: 'Kestrel Bay Health',
    },
    target: 'ci-fellowship',
    id: 'multiple-top-choice',
    fires: true,
  },
  {
    from: 'seen-heldout-d/pm-h4-022',
    text: "A firm commitment to rank Grayhaven in first place could be made on my side, provided that some indication of my standing on the program's list is offered.",
    context: {
      kind: 'top-choice',
      program: 'Grayhaven University',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: true,
  },
  {
    from: 'seen-heldout-c/pm-h3-017',
    text: "I enjoyed our discussion about Ridgemont's approach to sign-out, and it reminded me of my observership last spring, when I was attached to the nephrology team at Calloway Memorial and watched the residents rebuild their dialysis handoff list in the EHR.",
    context: {
      kind: 'thank-you',
      program: 'Ridgemont University School of Medicine Internal Medicine Residency - Informatics Pathway',
      interviewDate: '2026-12-08',
      sendDate: '2026-12-09',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    fires: false,
  },
  {
    from: 'seen-heldout-a/pm-h-021',
    text: "I was very impressed by the program's strong curriculum, supportive faculty and commitment to innovation.",
    context: {
      kind: 'top-choice',
      program: 'Sutton Creek Medical Center',
      sendDate: '2026-02-12',
    },
    target: 'residency-informatics-track',
    id: 'generic-message',
    fires: true,
  },
  {
    from: 'seen-heldout-c/pm-h3-057',
    text: "I am writing to ask, quite plainly, whether it would be useful to the Wrenfield selection committee if I were to sign a formal letter of intent stating that I will rank Wrenfield's pediatrics residency first.",
    context: {
      kind: 'inquiry',
      program: "Wrenfield Children's Hospital Pediatrics Residency - Informatics Track",
      sendDate: '2027-01-21',
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    fires: true,
  },
  {
    from: 'blind-a/pm-a-086',
    text: 'I want to explain that I was not at my best - I have been treated for depression since my divorce last spring and some days are harder than others.',
    context: {
      kind: 'thank-you',
      program: 'Meridian Crossing Health Internal Medicine – Informatics Track',
      interviewDate: '2026-01-12',
      sendDate: '2026-01-13',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: '…I have been treated for depression since my divorce last spring and…',
  },
  {
    from: 'blind-a/pm-a-001',
    text: "Not to be dramatic but I'm sitting on about $240k in loans, I've burned through my savings doing unpaid observerships, and my credit card is maxed out, so the numbers really matter for me.",
    context: {
      kind: 'inquiry',
      program: 'Laurelton Health Internal Medicine – Informatics Track',
      interviewDate: '2025-12-15',
      sendDate: '2025-12-19',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: "…about $240k in loans, I've burned through my…",
  },
  {
    from: 'seen-heldout-c/pm-h3-037',
    text: "I was treated for major depression and panic attacks that year and was on medical leave for six weeks; I'm on medication now and doing much better, but it was a dark time and I didn't want you to think I was hiding it.",
    context: {
      kind: 'thank-you',
      program: 'Ridgemont University Clinical Informatics Fellowship',
      interviewDate: '2026-09-28',
      sendDate: '2026-09-29',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    quote: 'I was treated for major depression and panic attacks that year and…',
  },
  {
    from: 'seen-heldout-c/pm-h3-051',
    text: 'When you mentioned that the committee had been "very happy" with my interview and that I "should not worry", it meant a lot to me - and since I now feel confident that Tidewater will rank me well, I am returning the favour: Tidewater will be first on my list.',
    context: {
      kind: 'top-choice',
      program: 'Tidewater University Hospital Clinical Informatics Fellowship',
      sendDate: '2026-10-19',
      previous: [
        {
          kind: 'thank-you',
          program: 'Tidewater University Hospital Clinical Informatics Fellowship',
          date: '2026-10-08',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    // Round ten reads the program's name as "you", so the trade is found from its condition and the
    // member's half is quoted.
    quote: '…am returning the favour: Tidewater will be first on my list.',
  },
  {
    from: 'seen-heldout-a/pm-h-026',
    text: 'I would hate to waste my last chance to make a good impression on a typo!',
    context: {
      kind: 'other',
      program: 'Lakeshore Mercy Health',
      sendDate: '2025-10-09',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: false,
  },
  {
    from: 'blind-b/pm-b-084',
    text: "I'll be straight with you: I told another program they were my top choice too, but if you can guarantee that I match at Redfern, I'll email them and take it back.",
    context: {
      kind: 'top-choice',
      program: 'Redfern University Medical Center Clinical Informatics Fellowship',
      sendDate: '2025-12-03',
      previous: [
        {
          kind: 'top-choice',
          program: 'Calloway University Clinical Informatics Fellowship',
          date: '2025-11-19',
        },
      ],
    },
    id: 'multiple-top-choice',
    says: 'You already told another program earlier',
  },
  {
    from: 'seen-heldout-d/pm-h4-031',
    text: 'After my interviews at Kestrel Bay Health and Grayhaven University, I want each of you to know that your program is my first choice and I will rank it number one.',
    context: {
      kind: 'top-choice',
      program: 'Kestrel Bay Health',
    },
    target: 'ci-fellowship',
    id: 'multiple-top-choice',
    says: 'This email also calls Grayhaven your top choice',
  },
  {
    from: 'seen-heldout-a/pm-h-026',
    text: 'I beg your pardon for a second email in one day.',
    context: {
      kind: 'other',
      program: 'Lakeshore Mercy Health',
      sendDate: '2025-10-09',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: false,
  },
  {
    from: 'seen-heldout-c/pm-h3-044',
    text: 'We are now looking at whether the debt-related questions predict missed appointments.',
    context: {
      kind: 'update',
      program: 'Calloway Memorial Hospital Clinical Informatics Fellowship',
      sendDate: '2026-10-27',
      previous: [
        {
          kind: 'update',
          program: 'Calloway Memorial Hospital Clinical Informatics Fellowship',
          date: '2026-10-01',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-126',
    text: 'I am the only son of my family and my parents are both sick, my mother with kidney failure on dialysis. Everyone in our community is waiting for news of me.',
    context: {
      kind: 'other',
      program: 'Junction City Community Hospital Internal Medicine',
      sendDate: '2026-02-16',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: '…and my parents are both sick, my mother with kidney failure…',
  },
  {
    from: 'seen-heldout-d/pm-h4-023',
    text: "I have a competing offer outside the Match from a community program, but Quarry Hill is where I'd really like to train.\nIf you're able to offer me a position now, I would withdraw from the Match and sign with you immediately, no questions asked.",
    context: {
      kind: 'other',
      program: 'Quarry Hill University',
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    quote: '…me a position now, I would withdraw from the Match and sign with…',
  },
  {
    from: 'blind-a/pm-a-001',
    text: "Could you tell me the PGY-1 salary at Laurelton Health and whether there's any relocation stipend? Not to be dramatic but I'm sitting on about $240k in loans, I've burned through my savings doing unpaid observerships, and my credit card is maxed out, so the numbers really matter for me.",
    context: {
      kind: 'inquiry',
      program: 'Laurelton Health Internal Medicine – Informatics Track',
      interviewDate: '2025-12-15',
      sendDate: '2025-12-19',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: "…about $240k in loans, I've burned through my…",
  },
  {
    from: 'blind-a/pm-a-001',
    text: 'Thanks,',
    context: {
      kind: 'inquiry',
      program: 'Laurelton Health Internal Medicine – Informatics Track',
      interviewDate: '2025-12-15',
      sendDate: '2025-12-19',
    },
    target: 'residency-informatics-track',
    id: 'late-thank-you',
    fires: false,
  },
  {
    from: 'blind-b/pm-b-007',
    text: 'Dr. Greer - just wanted to say Hollister is my #1.',
    context: {
      kind: 'top-choice',
      program: "Hollister Children's Hospital Pediatrics Residency",
      sendDate: '2026-02-14',
      previous: [
        {
          kind: 'top-choice',
          program: "Westbrook Children's Hospital Pediatrics Residency",
          date: '2026-02-03',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'multiple-top-choice',
    says: "You already told Westbrook Children's Hospital Pediatrics Residency on 3 Feb 2026",
  },
  {
    from: 'blind-b/pm-b-091',
    text: 'hey! just wanted to say ur my #1, ranking u first.',
    context: {
      kind: 'top-choice',
      program: 'Fairmount University Internal Medicine Residency',
      sendDate: '2026-02-20',
      previous: [
        {
          kind: 'top-choice',
          program: 'Eastlake University Internal Medicine Residency',
          date: '2026-02-11',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'multiple-top-choice',
    fires: true,
  },
  {
    from: 'blind-c/pm-d3-039',
    text: 'Honestly I am running on fumes savings-wise after three cycles, so this update comes with a lot of hope attached.',
    context: {
      kind: 'update',
      program: 'Hawthorne Regional CI Fellowship',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: true,
  },
  {
    from: 'blind-b/pm-b-047',
    text: 'I would like to ask: would it make any difference to your list if I told you that I will rank Prairie State first?',
    context: {
      kind: 'top-choice',
      program: 'Prairie State University Health Clinical Informatics Fellowship',
      sendDate: '2025-11-24',
    },
    id: 'quid-pro-quo',
    quote:
      '…would like to ask: would it make any difference to your list if I told you that I will rank Prairie State first?',
  },
  {
    from: 'blind-b/pm-b-072',
    text: 'I wanted to let you know before the rank list deadline that Marlowe Health is my first choice, and I will be ranking your program first.',
    context: {
      kind: 'top-choice',
      program: 'Marlowe Health Psychiatry Residency',
      sendDate: '2027-02-20',
      previous: [
        {
          kind: 'top-choice',
          program: 'Brightwater Psychiatry Residency',
          date: '2027-02-06',
        },
        {
          kind: 'update',
          program: 'Brightwater Psychiatry Residency',
          date: '2026-12-29',
        },
      ],
    },
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'own-a/pm-own-022',
    text: 'I will be honest with you: I am ready to make Harbor View my first choice. In return, I would ask only for some sign that the feeling is mutual.',
    context: {
      kind: 'thank-you',
      program: 'Harbor View Clinical Informatics Fellowship',
      interviewDate: '2025-11-10',
      sendDate: '2025-11-11',
    },
    id: 'quid-pro-quo',
    quote: 'I will be honest with you: I am ready to make Harbor View my first choice.',
  },
  {
    from: 'blind-c/pm-d3-007',
    text: "I have placed this matter in God's hands, and I pray every night that He will lead your committee to see in me the fellow He has prepared for Hollins Park.",
    context: {
      kind: 'top-choice',
      program: 'Hollins Park Medical Center CI Fellowship',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    quote: "…have placed this matter in God's hands, and I pray…",
  },
  {
    from: 'blind-a/pm-a-015',
    text: "With everything I've sent since my interview at Pinecrest, could you let me know whether I'm ranked to match, or at least whether I'm in the top half of your list?",
    context: {
      kind: 'update',
      program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
      sendDate: '2025-10-27',
      previous: [
        {
          kind: 'update',
          program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
          date: '2025-09-29',
        },
        {
          kind: 'update',
          program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
          date: '2025-10-13',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'seen-heldout-b/pm-h2-070',
    text: 'My family is pressuring me to go back home if I do not match this year, and with $80,000 of debt from the exams and the observerships I do not know what I will do if this does not work.',
    context: {
      kind: 'other',
      program: 'Fox Hollow Medical Center Clinical Informatics Fellowship',
      sendDate: '2025-11-25',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    quote: '…and with $80,000 of debt from the exams and the observerships…',
  },
  {
    from: 'seen-heldout-c/pm-h3-057',
    text: "I am writing to ask, quite plainly, whether it would be useful to the Wrenfield selection committee if I were to sign a formal letter of intent stating that I will rank Wrenfield's pediatrics residency first.",
    context: {
      kind: 'inquiry',
      program: "Wrenfield Children's Hospital Pediatrics Residency - Informatics Track",
      sendDate: '2027-01-21',
    },
    target: 'residency-informatics-track',
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'seen-heldout-b/pm-h2-023',
    text: 'I have been thinking about the depression-screening dashboard your residents maintain for the primary care clinics, and especially the decision to show PHQ-9 trends instead of single scores, so a patient whose anxiety and low mood are slowly worsening is not missed between visits.',
    context: {
      kind: 'thank-you',
      program: 'Brightwater University Psychiatry Residency (Informatics Track)',
      interviewDate: '2025-11-18',
      sendDate: '2025-11-19',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    fires: false,
  },
  {
    from: 'blind-c/pm-d3-013',
    text: 'Dr. Greer,',
    context: {
      kind: 'thank-you',
      program: 'Oak Hollow VA CI Fellowship',
      interviewDate: '2026-11-14',
      sendDate: '2026-11-17',
    },
    target: 'ci-fellowship',
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'blind-b/pm-b-066',
    text: 'I wrote to you in January to say that Tidewater Regional Medical Center is my first choice.',
    context: {
      kind: 'top-choice',
      program: 'Tidewater Regional Medical Center Internal Medicine',
      sendDate: '2026-02-25',
      previous: [
        {
          kind: 'thank-you',
          program: 'Tidewater Regional Medical Center Internal Medicine',
          date: '2026-01-09',
        },
        {
          kind: 'top-choice',
          program: 'Tidewater Regional Medical Center Internal Medicine',
          date: '2026-01-27',
        },
      ],
    },
    id: 'multiple-top-choice',
    fires: false,
  },
  {
    from: 'blind-c/pm-d3-036',
    text: 'Everyone in my hometown knows I am applying, and I cannot go back to them empty-handed a second time.',
    context: {
      kind: 'thank-you',
      program: 'Canyon Ridge CI Fellowship',
      interviewDate: '2026-11-20',
      sendDate: '2026-11-21',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: true,
  },
  {
    from: 'seen-heldout-b/pm-h2-043',
    text: "If your team can rank me in a matching position, I'll make sure Saltmarsh is the only name on my list.",
    context: {
      kind: 'top-choice',
      program: 'Saltmarsh University Medical Center Clinical Informatics Fellowship',
      sendDate: '2025-11-10',
      previous: [
        {
          kind: 'top-choice',
          program: 'Halvorsen University Medical Center Clinical Informatics Fellowship',
          date: '2025-11-02',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    quote: "If your team can rank me in a matching position, I'll make sure Saltmarsh is the only name on…",
  },
  {
    from: 'blind-c/pm-d3-031',
    text: 'As they say, it takes two to tango - if Westbrook wants to dance, I am ready to put you at the very top.',
    context: {
      kind: 'thank-you',
      program: 'Westbrook Medical Center CI Fellowship',
      interviewDate: '2026-11-06',
      sendDate: '2026-11-07',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    quote: '…Westbrook wants to dance, I am ready to put you at the very top.',
  },
  {
    from: 'seen-heldout-c/pm-h3-055',
    text: 'I have thought about it a great deal, and I hope we can come to an understanding: you would be my number one if I could be yours.',
    context: {
      kind: 'top-choice',
      program: 'Orchard Hill University Hospital Clinical Informatics Fellowship',
      sendDate: '2026-11-03',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    quote: '…and I hope we can come to an understanding: you would be my number…',
  },
  {
    from: 'seen-heldout-b/pm-h2-069',
    text: 'My portfolio and code are on GitHub (https://github.com/o-kravets/ed-throughput) rather than as attachments, to keep your inbox light.',
    context: {
      kind: 'inquiry',
      program: 'Marrowfield Health Clinical Informatics Fellowship',
      sendDate: '2026-07-22',
    },
    target: 'ci-fellowship',
    id: 'unprompted-attachments',
    fires: false,
  },
  {
    from: 'seen-heldout-b/pm-h2-051',
    text: 'During the pre-interview dinner one resident mentioned that some applicants offer to rank a program first in exchange for being ranked to match.',
    context: {
      kind: 'thank-you',
      program: 'Harlow Bay Medical Center Internal Medicine (Informatics Track)',
      interviewDate: '2025-11-06',
      sendDate: '2025-11-07',
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-103',
    text: "Thank you for offering to put me in touch with one of your current residents. I'd love to hear more about daily life on the Tallis informatics track.",
    context: {
      kind: 'other',
      program: 'Tallis University Internal Medicine (Informatics Track)',
      sendDate: '2026-01-12',
    },
    target: 'residency-informatics-track',
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-039',
    text: 'I apologise for the delay in writing; it has been nearly three weeks since my interview at Junction City Community Hospital and I should have written sooner.',
    context: {
      kind: 'thank-you',
      program: 'Junction City Community Hospital Internal Medicine',
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-015',
    text: "With everything I've sent since my interview at Pinecrest, could you let me know whether I'm ranked to match, or at least whether I'm in the top half of your list?",
    context: {
      kind: 'update',
      program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
      sendDate: '2025-10-27',
      previous: [
        {
          kind: 'update',
          program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
          date: '2025-09-29',
        },
        {
          kind: 'update',
          program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
          date: '2025-10-13',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'asks-for-ranking',
    quote: "…Pinecrest, could you let me know whether I'm ranked to match, or at least…",
  },
  {
    from: 'seen-heldout-c/pm-h3-053',
    text: 'If such an offer were possible, I would be willing to withdraw from the Match entirely and sign with Granger-Moss immediately, as it is the programme I most wish to join.',
    context: {
      kind: 'other',
      program: 'Granger-Moss Medical Center Clinical Informatics Fellowship',
      sendDate: '2026-09-28',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    quote: '…I would be willing to withdraw from the Match entirely and sign with Granger-…',
  },
  {
    from: 'blind-c/pm-d3-030',
    text: "Our school's advisor reminded us that the match rules forbid asking programs how they will rank us or offering any deal in return, so please take this simply as a thank-you.",
    context: {
      kind: 'thank-you',
      program: 'Sunfield Health CI Fellowship',
      interviewDate: '2026-11-18',
      sendDate: '2026-11-19',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-041',
    text: "Between us, I'm going to put Thornbury #1 no matter what, so if you could put in a good word with the committee and make sure I land high on your list, that would be amazing.",
    context: {
      kind: 'other',
      program: 'Thornbury Medical Center Clinical Informatics Fellowship',
      sendDate: '2025-11-10',
    },
    target: 'ci-fellowship',
    id: 'asks-for-ranking',
    fires: true,
  },
  {
    from: 'blind-a/pm-a-027',
    text: "I was admitted to hospital on Saturday with a severe flare of my Crohn's disease, I am on IV steroids and the gastroenterologist says I may need surgery if it does not settle.",
    context: {
      kind: 'other',
      program: 'Tallis University Clinical Informatics Fellowship',
      sendDate: '2025-09-28',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    quote: 'I was admitted to hospital on Saturday with a severe flare…',
  },
  {
    from: 'seen-heldout-c/pm-h3-013',
    text: 'With that understanding, and without expecting anything in return, I simply want to let you know that I will be ranking the Brightwater University Clinical Informatics Fellowship first.',
    context: {
      kind: 'top-choice',
      program: 'Brightwater University Clinical Informatics Fellowship',
      sendDate: '2026-11-02',
      previous: [
        {
          kind: 'thank-you',
          program: 'Brightwater University Clinical Informatics Fellowship',
          date: '2026-10-03',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'seen-heldout-c/pm-h3-057',
    text: "I am writing to ask, quite plainly, whether it would be useful to the Wrenfield selection committee if I were to sign a formal letter of intent stating that I will rank Wrenfield's pediatrics residency first.",
    context: {
      kind: 'inquiry',
      program: "Wrenfield Children's Hospital Pediatrics Residency - Informatics Track",
      sendDate: '2027-01-21',
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    quote: '…I were to sign a formal letter of intent stating that I will…',
  },
  {
    from: 'seen-heldout-b/pm-h2-001',
    text: 'As I am preparing my rank order list in a methodical manner, I would be highly obliged if you may kindly apprise me whether my candidature has been viewed favourably by the selection committee and at approximately which position it is likely to be placed, so that I may plan accordingly.',
    context: {
      kind: 'thank-you',
      program: 'Lakemont University Medical Center Clinical Informatics Fellowship',
      interviewDate: '2025-10-14',
      sendDate: '2025-10-15',
    },
    target: 'ci-fellowship',
    id: 'asks-for-ranking',
    fires: true,
  },
  {
    from: 'blind-a/pm-a-030',
    text: 'Best,',
    context: {
      kind: 'update',
      program: 'Caldera Health Sciences University Clinical Informatics Fellowship',
      sendDate: '2025-11-01',
      previous: [
        {
          kind: 'update',
          program: 'Ashford University Health Clinical Informatics Fellowship',
          date: '2025-10-10',
        },
        {
          kind: 'update',
          program: 'Wexley University Clinical Informatics Fellowship',
          date: '2025-10-24',
        },
      ],
    },
    id: 'too-many-updates',
    fires: false,
  },
  {
    from: 'seen-heldout-b/pm-h2-059',
    text: 'Best,',
    context: {
      kind: 'thank-you',
      program: 'Lakemont University Medical Center Clinical Informatics Fellowship',
      interviewDate: '2026-10-05',
      sendDate: '2026-10-05',
      previous: [
        {
          kind: 'update',
          program: 'Lakemont University Medical Center Clinical Informatics Fellowship',
          date: '2026-09-01',
        },
        {
          kind: 'update',
          program: 'Lakemont University Medical Center Clinical Informatics Fellowship',
          date: '2026-09-15',
        },
        {
          kind: 'update',
          program: 'Lakemont University Medical Center Clinical Informatics Fellowship',
          date: '2026-09-28',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'too-many-updates',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-064',
    text: 'Cheers,',
    context: {
      kind: 'update',
      program: 'Meridian Crossing Health Internal Medicine – Informatics Track',
      sendDate: '2026-01-05',
      previous: [
        {
          kind: 'thank-you',
          program: 'Meridian Crossing Health Internal Medicine – Informatics Track',
          date: '2025-11-18',
        },
        {
          kind: 'update',
          program: 'Meridian Crossing Health Internal Medicine – Informatics Track',
          date: '2025-11-25',
        },
        {
          kind: 'update',
          program: 'Meridian Crossing Health Internal Medicine – Informatics Track',
          date: '2025-12-09',
        },
      ],
    },
    id: 'too-many-updates',
    says: 'You have already sent 2 updates to Meridian Crossing Health Internal Medicine – Informatics Track',
  },
  {
    from: 'blind-c/pm-d3-048',
    text: 'Northbridge is my number one choice.',
    context: {
      kind: 'top-choice',
      program: 'Northbridge Medical Center CI Fellowship',
      previous: [
        {
          kind: 'top-choice',
          program: 'Westbrook Medical Center CI Fellowship',
          date: '2026-11-20',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'multiple-top-choice',
    fires: true,
  },
  {
    from: 'blind-a/pm-a-084',
    text: "Okay it's official - Meridian Crossing is my #1!!!",
    context: {
      kind: 'top-choice',
      program: 'Meridian Crossing Health Internal Medicine – Informatics Track',
      sendDate: '2026-02-20',
      previous: [
        {
          kind: 'update',
          program: 'Meridian Crossing Health Internal Medicine – Informatics Track',
          date: '2026-01-05',
        },
        {
          kind: 'top-choice',
          program: 'Fenwick Regional Medical Center Internal Medicine',
          date: '2026-02-20',
        },
      ],
    },
    id: 'multiple-top-choice',
    says: 'You already told Fenwick Regional Medical Center Internal Medicine on 20 Feb 2026',
  },
  {
    from: 'blind-a/pm-a-125',
    text: 'My pastor and my whole church are praying for this too.',
    context: {
      kind: 'thank-you',
      program: 'Tallis University Internal Medicine (Informatics Track)',
      interviewDate: '2026-01-09',
      sendDate: '2026-01-11',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    fires: true,
  },
  {
    from: 'seen-heldout-b/pm-h2-063',
    text: "Doctor, I beg you to consider my application. My family's future depends on this.",
    context: {
      kind: 'thank-you',
      program: 'Ridgeway Regional Medical Center Clinical Informatics Fellowship',
      interviewDate: '2025-10-15',
      sendDate: '2025-10-16',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    quote: 'Doctor, I beg you to consider my application.',
  },
  {
    from: 'blind-a/pm-a-006',
    text: 'After my visit, Bluewater Regional remains my first choice, and I will rank it first.',
    context: {
      kind: 'update',
      program: 'Bluewater Regional Medical Center Internal Medicine',
      sendDate: '2026-02-08',
      previous: [
        {
          kind: 'top-choice',
          program: 'Tallis University Internal Medicine (Informatics Track)',
          date: '2026-01-25',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'multiple-top-choice',
    fires: true,
  },
  {
    from: 'blind-a/pm-a-006',
    text: 'After my visit, Bluewater Regional remains my first choice, and I will rank it first.',
    context: {
      kind: 'update',
      program: 'Bluewater Regional Medical Center Internal Medicine',
      sendDate: '2026-02-08',
      previous: [
        {
          kind: 'top-choice',
          program: 'Tallis University Internal Medicine (Informatics Track)',
          date: '2026-01-25',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'seen-heldout-b/pm-h2-020',
    text: 'I truly enjoyed learning about your curriculum and meeting the faculty and residents.',
    context: {
      kind: 'thank-you',
      program: 'Oakhurst Medical Center Internal Medicine (Clinical Informatics Track)',
      interviewDate: '2026-01-08',
      sendDate: '2026-01-19',
    },
    target: 'residency-informatics-track',
    id: 'generic-message',
    fires: true,
  },
  {
    from: 'blind-b/pm-b-112',
    text: 'If it is a separate code, may applicants rank both the pathway and the categorical program?',
    context: {
      kind: 'inquiry',
      program: 'Eastlake University Internal Medicine Residency',
      sendDate: '2025-10-09',
    },
    target: 'residency-informatics-track',
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'blind-c/pm-d3-051',
    text: 'I wonder, if it is not rude to ask, whether I am still in the running after the interview day.',
    context: {
      kind: 'thank-you',
      program: 'Silver Lake Hospital CI Fellowship',
      interviewDate: '2026-10-26',
      sendDate: '2026-10-27',
    },
    target: 'ci-fellowship',
    id: 'asks-for-ranking',
    fires: true,
  },
  {
    from: 'seen-heldout-a/pm-h-060',
    text: 'Allow me also to say plainly: no program will stand above Holloway County Hospital on my rank list.',
    context: {
      kind: 'update',
      program: 'Holloway County Hospital',
      sendDate: '2026-02-15',
      previous: [
        {
          kind: 'update',
          program: 'Holloway County Hospital',
          date: '2026-01-10',
        },
        {
          kind: 'top-choice',
          program: 'Larkspur Medical Center',
          date: '2026-02-01',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'multiple-top-choice',
    fires: true,
  },
  {
    from: 'blind-c/pm-d3-025',
    text: 'I like to think of the Match as a two-way street - my first place for your first place, and we both win.',
    context: {
      kind: 'top-choice',
      program: 'Ashford Bay Hospital CI Fellowship',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: true,
  },
  {
    from: 'seen-heldout-d/pm-h4-042',
    text: 'I would be most grateful to know whether I am ranked to match at Millbrook, so I can give them some answer.',
    context: {
      kind: 'inquiry',
      program: 'Millbrook University Hospital',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-107',
    text: 'Please find attached the final version of my manuscript on EHR-based fall-risk screening, now published online.',
    context: {
      kind: 'update',
      program: 'Kessler-Hart University Hospital Internal Medicine – Informatics Track',
      sendDate: '2026-02-14',
      previous: [
        {
          kind: 'update',
          program: 'Kessler-Hart University Hospital Internal Medicine – Informatics Track',
          date: '2026-01-12',
        },
        {
          kind: 'update',
          program: 'Kessler-Hart University Hospital Internal Medicine – Informatics Track',
          date: '2026-01-30',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'unprompted-attachments',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-067',
    text: 'Thank you very much for the interview on Wednesday for the Prescott-Vale University Clinical Informatics Fellowship.',
    context: {
      kind: 'thank-you',
      program: 'Prescott-Vale University Clinical Informatics Fellowship',
      interviewDate: '2025-10-15',
      sendDate: '2025-10-16',
    },
    target: 'ci-fellowship',
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-010',
    text: 'The night before, my father was admitted to the ICU in Karachi with a massive stroke and he is still on a ventilator.',
    context: {
      kind: 'thank-you',
      program: 'Granite Bay University Medical Center Internal Medicine – Informatics Track',
      interviewDate: '2026-01-08',
      sendDate: '2026-01-14',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    fires: true,
  },
  {
    from: 'blind-a/pm-a-010',
    text: 'The night before, my father was admitted to the ICU in Karachi with a massive stroke and he is still on a ventilator.',
    context: {
      kind: 'thank-you',
      program: 'Granite Bay University Medical Center Internal Medicine – Informatics Track',
      interviewDate: '2026-01-08',
      sendDate: '2026-01-14',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: '…in Karachi with a massive stroke and he is still on a…',
  },
  {
    from: 'seen-heldout-b/pm-h2-057',
    text: 'I would be most grateful for any assurance that a place will be kept for me in the fellowship, as it would give me great peace of mind.',
    context: {
      kind: 'thank-you',
      program: 'Yarrow Point Medical Center Clinical Informatics Fellowship',
      interviewDate: '2025-10-01',
      sendDate: '2025-10-02',
    },
    target: 'ci-fellowship',
    id: 'asks-for-ranking',
    fires: true,
  },
  {
    from: 'blind-b/pm-b-078',
    text: 'Sir, this is my third attempt in the Match and truly my last chance. My parents have spent all their savings on my exams and my father is not well.',
    context: {
      kind: 'inquiry',
      program: 'Summit County Hospital Internal Medicine',
      sendDate: '2026-01-05',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: 'Sir, this is my third attempt in the Match and truly my last chance.',
  },
  {
    from: 'seen-heldout-b/pm-h2-031',
    text: 'Should a position at Ashby be assured to me, I would be prepared to withdraw from the Match in its entirety and to confirm my commitment in writing without delay.',
    context: {
      kind: 'top-choice',
      program: 'Ashby Health Clinical Informatics Fellowship',
      sendDate: '2025-10-24',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: true,
  },
  {
    from: 'seen-heldout-c/pm-h3-042',
    text: 'In case the committee wondered about my address change: my divorce was finally finalised in December after a very long and painful year, so I am now completely free to relocate.',
    context: {
      kind: 'update',
      program: 'Farrowdale University Hospitals Internal Medicine Residency - Digital Health Track',
      sendDate: '2027-01-12',
      previous: [
        {
          kind: 'thank-you',
          program: 'Farrowdale University Hospitals Internal Medicine Residency - Digital Health Track',
          date: '2026-11-10',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: '…after a very long and painful year, so I am now completely…',
  },
  {
    from: 'blind-b/pm-b-104',
    text: 'The interview day was hard for me because I am still recovering from a depressive episode this summer, and I recently started a new medication that makes me very tired in the afternoons.',
    context: {
      kind: 'thank-you',
      program: 'Lakeshore University Clinical Informatics Fellowship',
      interviewDate: '2025-10-01',
      sendDate: '2025-10-08',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: true,
  },
  {
    from: 'seen-heldout-d/pm-h4-045',
    text: 'I am prepared to give you my word that St. Anselm will be first on my list. In exchange I only hope that the program will keep me in a high position on its own list, as I believe this is fair for both of us.',
    context: {
      kind: 'top-choice',
      program: 'St. Anselm Regional',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    quote: 'In exchange I only hope that the program…',
  },
  {
    from: 'seen-heldout-c/pm-h3-037',
    text: "I was treated for major depression and panic attacks that year and was on medical leave for six weeks; I'm on medication now and doing much better, but it was a dark time and I didn't want you to think I was hiding it.",
    context: {
      kind: 'thank-you',
      program: 'Ridgemont University Clinical Informatics Fellowship',
      interviewDate: '2026-09-28',
      sendDate: '2026-09-29',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: true,
  },
];

/**
 * Hand-written: each needs a branch or an alternative no corpus sentence reaches alone (an
 * acronym of the program's name, a person who shares a program's name, one program under two
 * names, a disclosure that is someone else's or work, a link instead of an attachment).
 */
const HAND: Row[] = [
  {
    from: 'hand',
    text: 'Thank you for the interview. I enjoyed the day at UCSFCIF and the chance to learn more.',
    context: {
      kind: 'thank-you',
      program: 'University of California San Francisco Clinical Informatics Fellowship',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Thank you for the interview. I enjoyed the day at MUSC and the chance to learn more.',
    context: {
      kind: 'thank-you',
      program: 'Medical University of South Carolina',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Thank you for the interview. I enjoyed the day at HUP and the chance to learn more.',
    context: {
      kind: 'thank-you',
      program: 'Hospital of the University of Pennsylvania',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Thank you for the interview. I enjoyed the day at MSQ and the chance to learn more.',
    context: {
      kind: 'thank-you',
      program: 'Mount Sinai at Queens',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Thank you for the interview. I enjoyed the day at BSH and the chance to learn more.',
    context: {
      kind: 'thank-you',
      program: 'Baylor and Scott Health',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Thank you for the interview. I enjoyed the day at OS and the chance to learn more.',
    context: {
      kind: 'thank-you',
      program: 'Ohio State',
    },
    id: 'generic-message',
    fires: true,
  },
  {
    from: 'hand',
    text: 'Thank you for speaking with me about the program.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'generic-message',
    fires: true,
  },
  {
    from: 'hand',
    text: 'As Dr. Greer asked, I have attached my CV.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'As Dr. Greer asked, I have attached my CV.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'unprompted-attachments',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Lakeside is my first choice. Riverside is my first choice too.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'multiple-top-choice',
    says: 'This email also calls Riverside your top choice',
  },
  {
    from: 'hand',
    text: 'Lakeside is my first choice.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
      previous: [
        {
          kind: 'top-choice',
          program: 'Lakeside University',
          date: '2026-01-10',
        },
      ],
    },
    id: 'multiple-top-choice',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Lakeside is my first choice.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside',
      previous: [
        {
          kind: 'top-choice',
          program: 'Lakeside University Clinical Informatics Fellowship',
          date: '2026-01-10',
        },
      ],
    },
    id: 'multiple-top-choice',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Lakeside is my first choice.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside',
      previous: [
        {
          kind: 'top-choice',
          program: 'Lakeside University Clinical Informatics Fellowship',
          date: '2026-01-10',
        },
      ],
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Our paper on alert fatigue was accepted at AMIA.',
    context: {
      kind: 'update',
      program: 'Lakeside University Clinical Informatics Fellowship',
      previous: [
        {
          kind: 'update',
          program: 'Lakeside University',
          date: '2026-01-10',
        },
        {
          kind: 'update',
          program: 'Lakeside',
          date: '2026-01-20',
        },
      ],
    },
    id: 'too-many-updates',
    says: 'You have already sent 2 updates',
  },
  {
    from: 'hand',
    text: 'Our paper on alert fatigue was accepted at AMIA.',
    context: {
      kind: 'update',
      program: 'Lakeside University Clinical Informatics Fellowship',
      previous: [
        {
          kind: 'thank-you',
          program: 'Lakeside University',
          date: '2026-01-10',
        },
        {
          kind: 'thank-you',
          program: 'Lakeside',
          date: '2026-01-20',
        },
      ],
    },
    id: 'too-many-updates',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I beg your pardon for a second email in one day.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I beg you to give me a chance.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I beg you to give me a chance.',
  },
  {
    from: 'hand',
    text: 'Please give me a chance to make a good first impression at the second look.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I am begging for one chance.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I am begging for one chance.',
  },
  {
    from: 'hand',
    text: 'My father was in the ICU in Karachi last month.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My father was in the ICU in Karachi last month.',
  },
  {
    from: 'hand',
    text: 'I rotated in the ICU during my internship and managed ventilated patients.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I spent two weeks in the ICU with my son.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I spent two weeks in the ICU with my son.',
  },
  {
    from: 'hand',
    text: 'I was ill for most of the winter.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I was ill for most of the winter.',
  },
  {
    from: 'hand',
    text: 'My son was sick for most of the winter.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My son was sick for most of the winter.',
  },
  {
    from: 'hand',
    text: 'I trust that God will guide your decision.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I trust that God will guide your decision.',
  },
  {
    from: 'hand',
    text: 'My salary as a scribe is low.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My salary as a scribe is low.',
  },
  {
    from: 'hand',
    text: 'My mother had an accident last year.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My mother had an accident last year.',
  },
  {
    from: 'hand',
    text: 'I had surgery in March.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I had surgery in March.',
  },
  {
    from: 'hand',
    text: 'I was devastated when I did not match.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I was devastated when I did not match.',
  },
  {
    from: 'hand',
    text: 'My CV is at https://example.org/cv.pdf for your reference.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'unprompted-attachments',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I have attached my CV, though I could send a shorter one.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'unprompted-attachments',
    quote: 'I have attached my CV, though I could send a shorter one.',
  },
  {
    from: 'hand',
    text: 'Could you tell me where I stand on your list?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'Could you tell me where I stand on your list?',
  },
  {
    from: 'hand',
    text: 'I understand programs cannot share how they rank applicants, but could you tell me whether I am ranked to match?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: '…, but could you tell me whether I am ranked to match?',
  },
  {
    from: 'hand',
    text: 'Would it help my chances if I ranked you first?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'Would it help my chances if I ranked you first?',
  },
  {
    from: 'hand',
    text: 'I will rank you first. In return, could you rank me highly?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I will rank you first.',
  },
  {
    from: 'hand',
    text: 'I will rank you first. In return, I hope you will rank me to match.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I will rank you first.',
  },
  {
    from: 'hand',
    text: 'I would not withdraw from the Match.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Does the program sponsor J-1 visas?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'hand',
    text: 'How does the program rank applicants?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Do applicants who rank you first get any advantage?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Please give me a chance to fix the typo in my last email.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I worked with Dr. Faith Mensah on the registry.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I worked with Dr. Faith Mensah on the registry.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I worked night shifts in the ICU.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I was overwhelmed after my father died.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I was overwhelmed after my father died.',
  },
  {
    from: 'hand',
    text: 'My mother was sick last winter.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My mother was sick last winter.',
  },
  {
    from: 'hand',
    text: 'I pray every night for a good result.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I pray every night for a good result.',
  },
  {
    from: 'hand',
    text: 'My faith kept me going this year.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My faith kept me going this year.',
  },
  {
    from: 'hand',
    text: "My father's surgery went well.",
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: "My father's surgery went well.",
  },
  {
    from: 'hand',
    text: 'My savings are gone after three cycles.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My savings are gone after three cycles.',
  },
  {
    from: 'hand',
    text: 'I spent my savings on the exams.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I spent my savings on the exams.',
  },
  {
    from: 'hand',
    text: 'I have been through a painful year.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I have been through a painful year.',
  },
  {
    from: 'hand',
    text: 'My divorce was finalised last month.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My divorce was finalised last month.',
  },
  {
    from: 'hand',
    text: 'My father passed away in March.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My father passed away in March.',
  },
  {
    from: 'hand',
    text: 'My wife is expecting our first baby in May.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My wife is expecting our first baby in May.',
  },
  {
    from: 'hand',
    text: 'I was in hospital for a week after my surgery.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'I was in hospital for a week after my surgery.',
  },
  {
    from: 'hand',
    text: 'I will not attach anything else.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'unprompted-attachments',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I could send my CV if you wish.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'unprompted-attachments',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Could you tell me how many applicants you rank?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Could you tell me if I am still being considered?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'Could you tell me if I am still being considered?',
  },
  {
    from: 'hand',
    text: 'Is there any chance for me?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'Is there any chance for me?',
  },
  {
    from: 'hand',
    text: 'Will I be ranked?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'Will I be ranked?',
  },
  {
    from: 'hand',
    text: 'I would be grateful to know whether my application is still under consideration.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'I would be grateful to know whether my application is still under consideration.',
  },
  {
    from: 'hand',
    text: 'Please let me know if my application is competitive.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'Please let me know if my application is competitive.',
  },
  {
    from: 'hand',
    text: 'I understand that programs cannot tell me how they rank me; please let me know how I can improve.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: '…not tell me how they rank me; please let me know how…',
  },
  {
    from: 'hand',
    text: 'Lakeside is my first choice. I told Riverside it was my first choice too.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'multiple-top-choice',
    quote: 'I told Riverside it was my first choice too.',
  },
  {
    from: 'hand',
    text: 'Lakeside is my first choice. I said the same to Riverside.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'multiple-top-choice',
    quote: 'I said the same to Riverside.',
  },
  {
    from: 'hand',
    text: 'I will rank Lakeside first if you can promise me a spot.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I will rank Lakeside first if you can promise me a spot.',
  },
  {
    from: 'hand',
    text: 'I will rank Lakeside first. In exchange, please rank me highly.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I will rank Lakeside first.',
  },
  {
    from: 'hand',
    text: 'I will rank Lakeside first. In return, would you rank me to match?',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I will rank Lakeside first.',
  },
  {
    from: 'hand',
    text: 'I will rank you first, and I do not expect anything in return.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I would withdraw from the Match to sign with Lakeside if you offered me a contract.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I would withdraw from the Match to sign with Lakeside if you offered me a contract.',
  },
  {
    from: 'hand',
    text: 'Would it help if I told you that Lakeside is my first choice?',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'Would it help if I told you that Lakeside is my first choice?',
  },
  {
    from: 'hand',
    text: 'My commitment to rank Lakeside first should help my application.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'My commitment to rank Lakeside first should help my application.',
  },
  {
    from: 'hand',
    text: 'If you offer me a position outside the Match, I will accept.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'If you offer me a position outside the Match, I will accept.',
  },
  {
    from: 'hand',
    text: 'I know you cannot tell me where I stand.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I have one question about my standing. Could you give me any indication?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'I have one question about my standing. Could you give me any indication?',
  },
  {
    from: 'hand',
    text: 'I am leaving the Match process behind, and a friend offered me a position outside the Match.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'hand',
    text: 'My colleague withdrew from the Match after an offer outside the Match.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Your program gave me a pre-Match offer. I will withdraw from the Match.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I will withdraw from the Match.',
  },
  {
    from: 'hand',
    text: 'You would be my number one if I could be yours.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'You would be my number one if I could be yours.',
  },
  {
    from: 'hand',
    text: 'Put me at the top of your list and you will be at the top of mine.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'Put me at the top of your list and you will be at the top of mine.',
  },
  {
    from: 'hand',
    text: 'I will rank you first; I hope you will rank me highly too.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: 'I will rank you first; I hope you will rank me highly too.',
  },
  {
    from: 'hand',
    text: 'I promise to rank you first.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I put it in writing that Lakeside is my first choice.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I give you my word that Lakeside is first on my list, so I hope to be ranked to match.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'quid-pro-quo',
    quote: '…my word that Lakeside is first on my list, so I hope to be…',
  },
  {
    from: 'hand',
    text: 'I understand you cannot share rankings. Could you tell me where I stand?',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'Could you tell me where I stand?',
  },
  {
    from: 'hand',
    text: 'I am trying to plan my year. Any indication of where I stand would help.',
    context: {
      kind: 'inquiry',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'asks-for-ranking',
    quote: 'Any indication of where I stand would help.',
  },
  {
    from: 'hand',
    text: 'Lakeside University is my first choice. I met Dr. Riverside there.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'multiple-top-choice',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Lakeside University is my first choice. I met Dr. Riverside there.',
    context: {
      kind: 'top-choice',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I was at work in the ICU that night.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I was rotating in the ICU that month.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I was on a round in the ICU.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I was on a night shift in the ICU.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I was on call in the ICU.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'I was reviewing an alert in the ICU.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'My father was in the ICU for a week.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    quote: 'My father was in the ICU for a week.',
  },
  {
    from: 'hand',
    text: 'Divine timing brought me to your program.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'It was fate that I met your team.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
  {
    from: 'hand',
    text: 'Half the village was sick that winter.',
    context: {
      kind: 'thank-you',
      program: 'Lakeside University Clinical Informatics Fellowship',
    },
    id: 'overshare',
    fires: false,
  },
];

/** Round five: corpus sentences that tell apart mutants of the later frames (batches E and F among them). */
CORPUS.push(
  {
    from: 'seen-heldout-e/pm-h5-001',
    text: 'Sir, should I receive some reassurance that I am being ranked to match at Lakeshore, I would be most happy to withdraw my other applications and confirm Lakeshore as my only choice.',
    context: {
      kind: 'other',
      program: 'Lakeshore University CI Fellowship',
      sendDate: '2026-10-22',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    fires: true,
  },
  {
    from: 'seen-heldout-c/pm-h3-043',
    text: 'I hope you did not notice that I was a bit slow at times during the group session - I am in the middle of my fourth cycle of chemotherapy for Hodgkin lymphoma and the fatigue is worse in the afternoons.',
    context: {
      kind: 'thank-you',
      program: 'Lakeshore Methodist Hospital Internal Medicine Residency - Informatics Track',
      interviewDate: '2027-01-12',
      sendDate: '2027-01-13',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: '…cycle of chemotherapy for Hodgkin lymphoma and the fatigue is worse in…',
    says: 'personal health details',
  },
  {
    from: 'seen-heldout-b/pm-h2-038',
    text: "Just wanted you to hear it from me directly: I'll be ranking Lindenwood #1, regardless of how your list turns out.",
    context: {
      kind: 'top-choice',
      program: 'Lindenwood Health Clinical Informatics Fellowship',
      sendDate: '2025-11-08',
      previous: [
        {
          kind: 'top-choice',
          program: 'Ferncastle University Clinical Informatics Fellowship',
          date: '2025-10-29',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'multiple-top-choice',
    fires: true,
  },
  {
    from: 'blind-e/pm-d5-014',
    text: 'Whatever favour the program chooses to do for me at ranking time, I will surely return it in the same way with my own list.',
    context: {
      kind: 'thank-you',
      program: 'Elmhurst Valley Medical Center',
      interviewDate: '2026-11-02',
      sendDate: '2026-11-04',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    quote: '…me at ranking time, I will surely return it in the same way with my…',
  },
  {
    from: 'blind-a/pm-a-016',
    text: 'I cannot disappoint them.',
    context: {
      kind: 'thank-you',
      program: 'Oak Prairie Health Internal Medicine – Informatics Track',
      interviewDate: '2026-01-07',
      sendDate: '2026-01-08',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: 'I cannot disappoint them.',
    says: 'personal family pressure details',
  },
  {
    from: 'seen-heldout-d/pm-h4-026',
    text: 'Matching at Bramblefield would mean I can finally repay them.',
    context: {
      kind: 'top-choice',
      program: 'Bramblefield Health System',
      previous: [
        {
          kind: 'thank-you',
          program: 'Bramblefield Health System',
          date: '2026-12-04',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-120',
    text: 'Thank you for interviewing me for the Coldspring informatics track on Friday.',
    context: {
      kind: 'thank-you',
      program: 'Coldspring Academic Medical Center Internal Medicine – Informatics Track',
      interviewDate: '2026-02-27',
      sendDate: '2026-03-02',
    },
    target: 'residency-informatics-track',
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'blind-e/pm-d5-012',
    text: "Not to be too forward, but I'm a \"you scratch my back, I'll scratch yours\" kind of person - if Oakmont shows me some love on the rank list, you'll be my #1 without a second thought.",
    context: {
      kind: 'thank-you',
      program: 'Oakmont Regional',
      interviewDate: '2026-10-27',
      sendDate: '2026-10-28',
    },
    target: 'ci-fellowship',
    id: 'quid-pro-quo',
    quote: '…but I\'m a "you scratch my back, I\'ll scratch yours"…',
  },
);

/**
 * Round five: whole corpus emails, where only the email as a whole tells a mutant apart (a disclosure
 * said across sentences, a trade whose parts sit in different clauses).
 */
CORPUS.push(
  {
    from: 'blind-b/pm-b-114',
    text: "Dear Dr. Lindqvist,\n\nI hope you're well! I'm writing with a question I couldn't quite fit into our interview slot, which ran long (entirely my fault - I get excited talking about oncology data).\n\nAs I mentioned, most of my research so far has been on financial toxicity in patients on oral chemotherapy - we built a screening question set into the pharmacy intake form at my current hospital and have been tracking how often it triggers a referral to the financial counselor. It's a small project but the data pipeline has been the most fun part, honestly.\n\nMy question is practical: do Kessler-Hart fellows ever continue a pre-existing research line during the fellowship, if it can be reframed around the informatics side (in my case, the intake-form integration and referral tracking)? Or is the expectation that fellows start fresh with a project from the operational informatics team?\n\nThere's no wrong answer, I'm just trying to picture the two years. Thanks so much, and thank you also for introducing me to Priya on the analytics team - she was lovely.\n\nAll the best,\nHannah Greenberg",
    context: {
      kind: 'inquiry',
      program: 'Kessler-Hart Medical Center Clinical Informatics Fellowship',
      sendDate: '2025-10-16',
    },
    target: 'ci-fellowship',
    id: 'overshare',
    fires: false,
  },
  {
    from: 'seen-heldout-a/pm-h-046',
    text: 'Dear Dr. Carraway,\n\nI would like to update you that our readmission-risk abstract,\nwhich I discussed with you at my Kingsford interview, was accepted\nat the SGIM regional meeting.\n\nI also must share that the past two years of observerships and\nexam fees were financed by loans from relatives and a bank in\nAddis Ababa, and I am now in debt of more than 40,000 dollars.\nMatching this year is the only way I can repay them, so your\ndecision means very much for me and my family.\n\nRespectfully yours,\nDr. Dawit Alemu',
    context: {
      kind: 'update',
      program: 'Kingsford University Hospital',
      sendDate: '2026-02-16',
      previous: [
        {
          kind: 'update',
          program: 'Kingsford University Hospital',
          date: '2025-12-20',
        },
        {
          kind: 'update',
          program: 'Kingsford University Hospital',
          date: '2026-01-26',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'seen-heldout-e/pm-h5-040',
    text: "Dear Dr. Ferreira,\n\nI wanted to let you know that I will be ranking Meadowbrook first. I am not asking for anything in return or for any indication of where I stand - this is my decision regardless of how the program ranks me. The residents' no-show prediction work and Dr. Lowell's clinic-redesign rotation are what settled it.\n\nWith thanks,\nNikhil Rao",
    context: {
      kind: 'top-choice',
      program: 'Meadowbrook IM Informatics Track',
      sendDate: '2027-02-08',
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-015',
    text: "Dear Dr. Achterberg,\n\nSorry to write again. I have one more update: our patient portal usability study has been accepted for publication. With everything I've sent since my interview at Pinecrest, could you let me know whether I'm ranked to match, or at least whether I'm in the top half of your list?\n\nMany thanks,\nSelin Aydın",
    context: {
      kind: 'update',
      program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
      sendDate: '2025-10-27',
      previous: [
        {
          kind: 'update',
          program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
          date: '2025-09-29',
        },
        {
          kind: 'update',
          program: 'Pinecrest Memorial Hospital Clinical Informatics Fellowship',
          date: '2025-10-13',
        },
      ],
    },
    target: 'ci-fellowship',
    id: 'generic-message',
    fires: false,
  },
  {
    from: 'blind-a/pm-a-001',
    text: "Hi Ms. Patel,\n\nCould you tell me the PGY-1 salary at Laurelton Health and whether there's any relocation stipend? Not to be dramatic but I'm sitting on about $240k in loans, I've burned through my savings doing unpaid observerships, and my credit card is maxed out, so the numbers really matter for me.\n\nThanks,\nNikhil Varma",
    context: {
      kind: 'inquiry',
      program: 'Laurelton Health Internal Medicine – Informatics Track',
      interviewDate: '2025-12-15',
      sendDate: '2025-12-19',
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: "…about $240k in loans, I've burned through my…",
  },
);

/** Round five: corpus sentences for mutants of the shared pieces under the checks (the ask and request readers, the finding's quote). */
CORPUS.push(
  {
    from: 'blind-e/pm-d5-035',
    text: 'my lease is up in march so honestly should i be planning on staying in chicago or nah?',
    context: {
      kind: 'thank-you',
      program: 'Lakemont',
      interviewDate: '2026-11-20',
      sendDate: '2026-11-20',
    },
    target: 'ci-fellowship',
    id: 'asks-for-ranking',
    quote: 'my lease is up in march so honestly should i be planning on staying in chicago or nah?',
  },
  {
    from: 'seen-heldout-b/pm-h2-027',
    text: 'However, if there is anything you might be able to share about how my application sits relative to your other candidates, it would help me very much in planning the coming months.',
    context: {
      kind: 'thank-you',
      program: 'Coldbrook University Clinical Informatics Fellowship',
      interviewDate: '2026-08-27',
      sendDate: '2026-09-03',
    },
    target: 'ci-fellowship',
    id: 'asks-for-ranking',
    fires: true,
  },
  {
    from: 'blind-a/pm-a-109',
    text: 'As a gesture of my good faith, and trusting that the committee will kindly reciprocate, I shall place Silverton at the top of my rank order list.',
    context: {
      kind: 'top-choice',
      program: 'Silverton University Internal Medicine (Informatics Track)',
      sendDate: '2026-02-01',
    },
    target: 'residency-informatics-track',
    id: 'quid-pro-quo',
    quote: '…that the committee will kindly reciprocate, I shall place Silverton at…',
  },
  {
    from: 'blind-a/pm-a-062',
    text: "Also, I am relieved to say my mother's open-heart surgery went well last week, so I am back to working full time and fully focused on the Halvorsen Clinic informatics track.",
    context: {
      kind: 'update',
      program: 'Halvorsen Clinic Internal Medicine – Informatics Track',
      sendDate: '2026-02-06',
      previous: [
        {
          kind: 'update',
          program: 'Halvorsen Clinic Internal Medicine – Informatics Track',
          date: '2026-01-08',
        },
        {
          kind: 'update',
          program: 'Halvorsen Clinic Internal Medicine – Informatics Track',
          date: '2026-01-24',
        },
      ],
    },
    target: 'residency-informatics-track',
    id: 'overshare',
    quote: "…my mother's open-heart surgery went well last week, so…",
  },
);

/** Round five: a whole email whose ask is quoted from the sentence that names the ranking, not the one that asks. */
CORPUS.push({
  from: 'seen-heldout-a/pm-h-052',
  text: 'Dear Dr. Prescott,\n\nThank you very much for your kindness during my interview at Coldwater Baptist Health. I apologize for my late message. I enjoyed very much to hear about the nurse-call analytics project and the telestroke workflow that Dr. Nair explained.\n\nIf there is anything you are able to share about how my interview was received by the committee, or how I compare with the other candidates, I would be so grateful. Even a small indication would help me very much to plan.\n\nWith respect,\nSiriporn Chaiyaporn, MD',
  context: {
    kind: 'thank-you',
    program: 'Coldwater Baptist Health',
    interviewDate: '2025-10-09',
    sendDate: '2025-10-17',
  },
  target: 'ci-fellowship',
  id: 'asks-for-ranking',
  quote: '…by the committee, or how I compare with the other candidates, I…',
});

/** A hand-written row for Lakeside, the program every hand-written email goes to. */
const r5 = (kind: string, text: string, id: string, want: Pick<Row, 'fires' | 'quote' | 'says'>): Row => ({
  from: 'hand',
  text,
  context: { kind, program: 'Lakeside University Clinical Informatics Fellowship' },
  id,
  ...want,
});

/**
 * Round five: sentences each needing a branch no row above reaches. Overshare: whose matter it is
 * (the member's or a relative's, or patients', colleagues' and a project's), the ICU as a place of
 * work or of care, a neutral leave that names the illness, and the kind the message names.
 * Quid pro quo: the favour returned on the member's list, and the program's reply expected.
 */
HAND.push(
  r5('update', 'My project looked at financial hardship among our dialysis patients.', 'overshare', { fires: false }),
  r5('update', 'I studied food insecurity and debt among families in our district.', 'overshare', { fires: false }),
  r5('update', 'I beg pardon for the delay in replying.', 'overshare', { fires: false }),
  r5('update', 'Cancer took my father in 2023, and I stayed home for a year.', 'overshare', {
    fires: true,
    says: 'personal health details',
  }),
  r5('update', 'Depression kept me out of training for a year.', 'overshare', {
    fires: true,
    says: 'personal mental health details',
  }),
  r5('update', 'Divorce was hard on me last year.', 'overshare', {
    fires: true,
    says: 'personal relationships details',
  }),
  r5('update', 'The sepsis alert I designed was piloted in the ICU.', 'overshare', { fires: false }),
  r5('update', 'I was working in the ICU when my visa expired.', 'overshare', { fires: false }),
  r5('update', 'My father was in the ICU for two weeks in March.', 'overshare', {
    fires: true,
    says: 'personal health details',
  }),
  r5(
    'update',
    'While I was finishing my rotations at the county hospital last winter, my father spent two weeks in the ICU.',
    'overshare',
    { fires: true, quote: '…my father spent two weeks in the ICU.', says: 'personal health details' },
  ),
  r5(
    'update',
    'During my rotations at the county hospital last winter, I was also in the ICU myself after a car accident.',
    'overshare',
    {
      fires: true,
      quote: '…winter, I was also in the ICU myself after a car accident.',
      says: 'personal health details',
    },
  ),
  r5('update', 'A colleague fell ill, so I covered her shifts.', 'overshare', { fires: false }),
  r5(
    'update',
    'I worked nights at the district hospital for a year, and during that time one of the nurses fell ill.',
    'overshare',
    { fires: false },
  ),
  r5('update', 'I fell ill in the spring.', 'overshare', { fires: true, says: 'personal health details' }),
  r5('update', 'Thank God, it was destiny that led me to your program.', 'overshare', {
    fires: true,
    says: 'personal religion details',
  }),
  r5('update', 'My project saved time and money for the hospital.', 'overshare', { fires: false }),
  r5('update', 'The tool I built saved money for the clinics in our network.', 'overshare', { fires: false }),
  r5('update', 'The savings to the hospital were large, and I presented them to the board.', 'overshare', {
    fires: false,
  }),
  r5('update', 'I covered her clinics after a colleague was injured.', 'overshare', { fires: false }),
  r5('update', 'I covered her clinics after a colleague was injured in a car accident.', 'overshare', { fires: false }),
  r5('update', 'I was on medical leave for burnout last year.', 'overshare', {
    fires: true,
    says: 'personal mental health details',
  }),
  r5('update', 'I took medical leave after I burned out.', 'overshare', {
    fires: true,
    says: 'personal mental health details',
  }),
  r5('update', "I took family leave during my mother's chemo.", 'overshare', {
    fires: true,
    says: 'personal health details',
  }),
  r5('update', "I took family leave during my mother's chemotherapy.", 'overshare', {
    fires: true,
    says: 'personal health details',
  }),
  r5('update', 'After a family emergency, I am begging you for a chance.', 'overshare', {
    fires: true,
    says: 'personal pleading details',
  }),
  r5(
    'update',
    'Whatever the program decides at ranking time, I will return the favour in the same way with my own list.',
    'quid-pro-quo',
    { fires: true, quote: '…decides at ranking time, I will return the favour in the same way with my…' },
  ),
  r5('update', 'I will return the favour with my rank list.', 'quid-pro-quo', {
    fires: true,
    quote: 'I will return the favour with my rank list.',
  }),
  r5('update', 'I will return the favour in kind on my list.', 'quid-pro-quo', {
    fires: true,
    quote: 'I will return the favour in kind on my list.',
  }),
  r5('update', 'I trust that your program will do the same for me.', 'quid-pro-quo', { fires: false }),
  r5('update', 'I will rank you first. I hope you will do the same.', 'quid-pro-quo', {
    fires: true,
    quote: 'I hope you will do the same.',
  }),
);

/** A person named with a title written without its full stop is a person, not another program. */
HAND.push(
  r5('top-choice', 'Meeting Dr Mensah confirmed that Lakeside is my first choice.', 'multiple-top-choice', {
    fires: false,
  }),
  r5('top-choice', 'Meeting Mr Okafor confirmed that Lakeside is my first choice.', 'multiple-top-choice', {
    fires: false,
  }),
  // A short name told before is the same program as its full name.
  {
    from: 'hand',
    text: 'Mayo Clinic is my first choice.',
    context: {
      kind: 'top-choice',
      program: 'Mayo Clinic',
      previous: [{ kind: 'top-choice', program: 'Mayo', date: '2026-01-02' }],
    },
    id: 'multiple-top-choice',
    fires: false,
  },
);

/** Program names as members write them, and a link that is not an attachment. */
const named = (program: string, text: string, fires: boolean): Row => ({
  from: 'hand',
  text,
  context: { kind: 'thank-you', program },
  id: 'generic-message',
  fires,
});
HAND.push(
  r5('inquiry', 'My poster is online at http://example.org/poster.pdf.', 'unprompted-attachments', { fires: false }),
  named('Internal Medicine', 'Thank you for the interview for Internal Medicine. I enjoyed the day.', false),
  named(
    'NYU Langone Clinical Informatics Fellowship',
    'Thank you for the interview day at NYU. I enjoyed the day.',
    false,
  ),
  named('Harbor View Clinical Informatics Fellowship', 'Thank you for the day at Harbor. I enjoyed it.', false),
  // "It's" is not the "'s" of "St. Luke's": the email names no program.
  named(
    "St. Luke's Clinical Informatics Fellowship",
    "Thank you for the interview. It's been a long season and I enjoyed the day.",
    true,
  ),
  // A greeting that runs on into a prayer for the match: the prayer is the member's own words.
  {
    from: 'hand',
    text: 'Dear Dr. Park, I pray every night that I match with you.\n\nMy paper was accepted.\n\nBest,\nDev',
    context: { kind: 'update', program: 'Lakeside University Clinical Informatics Fellowship' },
    id: 'overshare',
    says: 'personal religion details',
  },
);

describe('pre-match frames, one corpus sentence at a time', () => {
  it.each(CORPUS.map((r) => ({ ...r, name: name(r) })))('$name', (row) => {
    const found = findings(row);
    const f = found.find((x) => x.id === row.id);
    if (row.fires !== undefined) expect(Boolean(f)).toBe(row.fires);
    if (row.quote !== undefined) expect(f?.quote).toBe(row.quote);
    if (row.says !== undefined) expect(f?.message).toContain(row.says);
  });
});

describe('pre-match frames, hand-written sentences', () => {
  it.each(HAND.map((r) => ({ ...r, name: name(r).replace(/ \(hand\)$/, '') })))('$name', (row) => {
    const f = findings(row).find((x) => x.id === row.id);
    if (row.fires !== undefined) expect(Boolean(f)).toBe(row.fires);
    if (row.quote !== undefined) expect(f?.quote).toBe(row.quote);
    if (row.says !== undefined) expect(f?.message).toContain(row.says);
  });
});
