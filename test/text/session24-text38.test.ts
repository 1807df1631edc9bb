/**
 * Session 24 (text38): readings added for batch AM, AL's misses and their variants, and newcomer
 * trials 11 and 12. Each reading is held by a group of our own wordings (formal, terse, texting,
 * hard-wrapped, indirect) that an advisor would label the same, with near-misses that must not move.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';
import { findBlame, lintGapExplanation } from '../../src/rules/gap-lint.js';

function ids(email: string, ctx: Partial<PrematchContext> = {}): string[] {
  const context = {
    kind: 'other',
    program: 'Tarnwell Internal Medicine',
    sendDate: '2026-12-10',
    ...ctx,
  } as PrematchContext;
  return checkPrematchEmail(email, context, '2026-12-10', {})
    .findings.map((f) => f.id)
    .sort();
}
function findings(email: string, ctx: Partial<PrematchContext> = {}) {
  const context = { kind: 'other', program: 'Tarnwell', sendDate: '2026-12-10', ...ctx } as PrematchContext;
  return checkPrematchEmail(email, context, '2026-12-10', {}).findings;
}
const thanks = { kind: 'thank-you', interviewDate: '2026-12-09' } as const;
const gap = (draft: string) => lintGapExplanation(draft).map((l) => l.id);

describe('asks-for-ranking: the member as a candidate for one of the program’s places', () => {
  it('reads the chance of a place in any voice', () => {
    const group = [
      'Dear Dr. Lowell,\n\nThank you again for the Tarnwell sepsis review. Would you say a person with my background has a fair chance at one of the three places you fill each year?\n\nBest,\nRuth',
      'hey dr lowell - loved the tarnwell alert audit talk. do u reckon im in with a shot for one of ur 2 fellowship spots? no worries if not\nruth',
      'Dear Dr. Lowell,\n\nI remain grateful for the discussion of the Tarnwell discharge\ndashboard. I would be grateful to learn whether I might be considered a\nserious contender for one of the positions at Tarnwell this cycle.\n\nRespectfully,\nRuth',
    ];
    for (const email of group) expect(ids(email, { kind: 'inquiry' })).toEqual(['asks-for-ranking']);
  });
  it('leaves a chance to meet people and a place on a tour', () => {
    expect(
      ids(
        'Dear Dr. Lowell,\n\nThank you for the Tarnwell sepsis review. Could I have a chance to meet one of your fellows at the social, and is there a spot for me on the tour?\n\nBest,\nRuth',
        { kind: 'inquiry' },
      ),
    ).toEqual([]);
  });
});

describe('a trade closed with a one-word question for the answer', () => {
  it('reads "deal?", "sound fair?", "do we have a deal?" after a trade as asking to be ranked', () => {
    const group = [
      'Dr Lowell,\n\nYou put me in your top two, I put Tarnwell first. Deal?\n\nRuth',
      "Dr Lowell - I'll list Tarnwell first if you rank me to match. Sound fair?\nRuth",
      'Dear Dr. Lowell,\n\nIf you can rank me to match, I will rank Tarnwell first. Do we have a deal?\n\nRuth',
    ];
    for (const email of group) expect(ids(email, { kind: 'top-choice' })).toEqual(['asks-for-ranking', 'quid-pro-quo']);
  });
});

describe('"I would not hesitate" is a yes, not a withdrawn ask', () => {
  it('reads the condition on the program’s word as an ask', () => {
    const group = [
      [
        'Dear Dr. Lowell,\n\nShould you be able to tell me that I am high on your list, I would not hesitate to rank Tarnwell first.\n\nRuth',
        'top-choice',
      ],
      [
        'Dear Dr. Lowell,\n\nif u can let me know im ranked to match i wont hesitate to put Tarnwell at #1.\n\nRuth',
        'top-choice',
      ],
      [
        'Dear Dr. Lowell,\n\nA short update: my abstract on the Tarnwell-style sepsis alert was accepted. I have to choose soon. If the committee could assure me that it views me favourably, I would not hesitate to place Tarnwell first.\n\nRuth',
        'update',
      ],
    ] as const;
    for (const [email, kind] of group) expect(ids(email, { kind })).toEqual(['asks-for-ranking', 'quid-pro-quo']);
  });
  it('still reads a refusal to put the program on the spot as no ask', () => {
    expect(
      ids(
        'Dear Dr. Lowell,\n\nThank you for the Tarnwell sepsis review. I do not want to put you on the spot about rankings; I only wanted to say thank you.\n\nRuth',
        { kind: 'inquiry' },
      ),
    ).toEqual([]);
  });
});

describe('newcomer trial 12: a worry about another year without a match', () => {
  const email =
    'Dear Dr. Kaplan,\n\nI interviewed with Tarnwell in November. I really cant go through another year without match, could you let me know honestly if I am in the range to be ranked to match with you? If I know I am high on your list I will not go to my other interviews in January and I will rank you first.\n\nThank you,\nNadia';
  it('is tone, not a mental-health disclosure, and no trade by itself', () => {
    const got = findings(email);
    expect(got.map((f) => f.id).sort()).toEqual(['asks-for-ranking', 'quid-pro-quo']);
    const trade = got.find((f) => f.id === 'quid-pro-quo')!;
    expect(trade.quote).not.toMatch(/another year/);
    expect(trade.quote).toMatch(/will not go to my other interviews/);
    expect(got.find((f) => f.id === 'asks-for-ranking')!.quote).toMatch(/ranked to match/);
  });
  it('reads the same worry in other words the same way', () => {
    const group = [
      "Dear Dr. Lowell,\n\nThank you for the Tarnwell sepsis review. Honestly I can't face another cycle without matching, so please be honest: do you see me as someone you would rank to match?\n\nRuth",
      'Dr Lowell,\ni really cannot go through another year unmatched. could u tell me if im in range to match at Tarnwell?\nRuth',
    ];
    for (const e of group) expect(ids(e, { kind: 'inquiry' })).toEqual(['asks-for-ranking']);
    expect(
      ids(
        'Dear Dr. Lowell,\n\nThe Tarnwell alert audit is the work I want to join. I could not bear another season without a position. If I knew I was high on your list, I would not go to my remaining interviews.\n\nRuth',
        { kind: 'top-choice' },
      ),
    ).toEqual(['asks-for-ranking', 'quid-pro-quo']);
  });
  it('still reads pleading as overshare', () => {
    expect(
      ids(
        'Dear Dr. Lowell,\n\nThank you for the Tarnwell sepsis review. Please, I beg you, I cannot go through another year like this.\n\nRuth',
        {
          kind: 'inquiry',
        },
      ),
    ).toEqual(['overshare']);
  });
});

describe('overshare: other senses of money and health words', () => {
  it('reads time running out in a talk as no money trouble', () => {
    const group = [
      'Dear Dr. Lowell,\n\nThank you for Tuesday. We ran out of time before I could ask about the Tarnwell sepsis dashboard, so I will bring it up at the second look.\n\nRuth',
      'Dr Lowell - thx for tues. the panel was running out of minutes so i never got to ask about the tarnwell alert audit.\nRuth',
      'Dear Dr. Lowell,\n\nAs the session ran out of time, may I add in writing how much the Tarnwell\nmedication-reconciliation audit impressed me?\n\nRuth',
    ];
    for (const e of group) expect(ids(e, thanks)).toEqual([]);
    expect(
      ids(
        "Dear Dr. Lowell,\n\nThank you for the Tarnwell sepsis review. I ran out of savings in October and have been sleeping on my cousin's couch since.\n\nRuth",
        thanks,
      ),
    ).toEqual(['overshare']);
  });
  it('reads a condition the member’s work tracked or counted as a thing of work', () => {
    const group = [
      'Dear Dr. Lowell,\n\nThank you for asking about my time in Pune, where we tracked dialysis no-shows in a spreadsheet that became a registry; the Tarnwell sepsis review reminded me of it.\n\nRuth',
      'Dear Dr. Lowell,\n\nThank you for the day at Tarnwell. Telling you how I logged chemo delays by hand on the oncology ward, and how that log later fed the Tarnwell-style dashboard I built, was a pleasure.\n\nRuth',
      'dr lowell, thx for the tarnwell visit. fun to compare notes on how we audited stroke door-to-needle times back home.\nruth',
    ];
    for (const e of group) expect(ids(e, thanks)).toEqual([]);
    expect(
      ids(
        'Dear Dr. Lowell,\n\nThank you for the Tarnwell sepsis review. I have monitored my own blood pressure daily since my stroke last spring.\n\nRuth',
        thanks,
      ),
    ).toEqual(['overshare']);
  });
});

describe('unprompted-attachments: saying that nothing is attached', () => {
  it('reads a file withheld or only offered as no attachment', () => {
    const group = [
      'Dear Dr. Lowell,\n\nI am interested in the Tarnwell sepsis review. Nothing is attached to this note; my CV is in ERAS should you need it.\n\nRuth',
      "Dear Dr. Lowell,\n\nI am interested in the Tarnwell sepsis review. I've deliberately not enclosed any papers, but I can forward them if that helps.\n\nRuth",
      'Dr Lowell - keen on the tarnwell sepsis review. i have not attached my cv but happy to send it.\nRuth',
    ];
    for (const e of group) expect(ids(e, { kind: 'inquiry' })).toEqual([]);
    expect(
      ids(
        'Dear Dr. Lowell,\n\nI am interested in the Tarnwell sepsis review. I have attached my CV and would be happy to send more.\n\nRuth',
        { kind: 'inquiry' },
      ),
    ).toEqual(['unprompted-attachments']);
  });
});

describe('gap blame: who suffers and who acts', () => {
  it('reads help denied or a path blocked by a person named by role, in any language (trial 11)', () => {
    for (const d of [
      'In 2021 I started residency in Munich, but my Oberarzt was not supportive at all and blocked my rotation.',
      'My Chefarzt blocked my rotation.',
      'The jefe de servicio blocked my transfer for a year.',
    ])
      expect(findBlame(d)).toHaveLength(1);
    expect(findBlame('The lockdown blocked my elective.')).toEqual([]);
    expect(findBlame('The new template was not supportive of free text.')).toEqual([]);
  });
  it('reads unfairness suffered by patients as the problem taken on, not blame', () => {
    for (const d of [
      'I saw how unfair it was for patients when lab results got lost between wards, so I set up a log.',
      'It struck me as unjust to families that scans went missing between wards, so I built a tracking sheet.',
    ])
      expect(findBlame(d)).toEqual([]);
    expect(findBlame('The exam was unfair to IMGs like me.')).toHaveLength(1);
  });
  it('reads an event that made something impossible as a neutral cause', () => {
    for (const d of [
      'The gap was due to the war and the closure of the embassy, which made it impossible to process my papers.',
      'Because of the civil war, which made travel impossible, I stayed in Amman.',
      'The earthquake and the suspension of consular services made my travel impossible until 2022.',
      'The 2020 lockdown made it impossible to sit the exam, so I studied at home.',
    ])
      expect(findBlame(d)).toEqual([]);
    expect(findBlame('The embassy staff made it impossible for me, losing my file twice.')).toHaveLength(1);
    expect(findBlame('My supervisor made my life hell.')).toHaveLength(1);
  });
});

describe('gap no-actions: note-style deeds without a subject', () => {
  it('reads a past-tense verb after a date label or at a line start as the member’s deed', () => {
    for (const d of [
      'Mar-Dec 2023: shadowed a family doctor in Recife twice a week and volunteered at a food bank on weekends.',
      '2022–2023 — volunteered weekends at a shelter clinic; helped with intake.',
      'Jan 2021 to Aug 2021. Shadowed an internist twice weekly. Attended grand rounds at the county hospital.',
      'Sept 2022 - June 2023:\nvolunteered at the Red Crescent clinic in Gaziantep, sorting donated medicines.',
    ])
      expect(gap(d)).not.toContain('no-actions');
  });
  it('leaves states and waiting as no deed', () => {
    expect(gap('2023: waited for my visa. Felt lost and hoped things would change.')).toContain('no-actions');
    expect(gap('Delayed by the embassy until 2023. Worried about my future.')).toContain('no-actions');
  });
});

describe('gap no-informatics-link: health information reported, run or watched', () => {
  it('reads surveillance reporting, a report of overdue care and remote monitoring as a link', () => {
    for (const d of [
      'While waiting for my visa I worked at a clinic in Kandy and entered every dengue case into the national surveillance system; the clinic’s reporting lag fell to one day.',
      'As a care coordinator I ran the weekly report of overdue mammograms from athenahealth and called every patient on it.',
      'I cared for my father after his valve surgery and kept his home weights in a remote monitoring form his cardiologist reviewed.',
      'I reported measles notifications to the district immunization registry each week.',
    ])
      expect(gap(d)).not.toContain('no-informatics-link');
  });
  it('leaves care and volunteering with no information work', () => {
    expect(gap('I cared for my father after his surgery and drove him to every appointment.')).toContain(
      'no-informatics-link',
    );
  });
});
