/**
 * Round seven of issue 10, the pre-match email check (branch textpm): each frame alternative added
 * for blind batch E's categories (indirect ranking asks, polite reciprocal offers, top choice said
 * sideways, euphemistic disclosures) is pinned here by a short sentence of our own that needs it,
 * with near-misses that must stay silent beside it. Never corpus items.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const MEANING_IDS = new Set(['quid-pro-quo', 'asks-for-ranking', 'overshare', 'multiple-top-choice']);

function ids(body: string, ctx: Partial<PrematchContext> = {}): string[] {
  const email = `Dear Dr. Lane,\n\nThank you for the interview and our talk about the Brookfield sepsis dashboard. ${body}\n\nBest regards,\nAmal`;
  const context = {
    kind: 'thank-you',
    program: 'Brookfield Medical Center',
    interviewDate: '2026-01-10',
    sendDate: '2026-01-11',
    ...ctx,
  } as PrematchContext;
  return checkPrematchEmail(email, context, '2026-01-11', {})
    .findings.map((f) => f.id)
    .filter((id) => MEANING_IDS.has(id))
    .sort();
}

/** A top-choice letter after one already sent to another program. */
const AFTER_OTHER_TOP: Partial<PrematchContext> = {
  kind: 'top-choice',
  previous: [{ kind: 'top-choice', program: 'Lakeview Health', date: '2026-01-05' }],
};

const ASKS: [string, string[]][] = [
  // The member's plans hinging on the program's decision; a hotel night is logistics.
  ['Should I be planning on moving to Ohio in June?', ['asks-for-ranking']],
  ['Is it worth holding out for Brookfield?', ['asks-for-ranking']],
  ['Should I plan on staying at the hotel the night before the second look?', []],
  ['Is it worth waiting for the visa email before I book flights?', []],
  // Fit and position as the program judges them.
  ['Could you tell me if the panel found me a convincing candidate?', ['asks-for-ranking']],
  ['Please tell me whether I am in a strong position for a spot.', ['asks-for-ranking']],
  ['I wonder whether my interview left the panel with a good impression.', ['asks-for-ranking']],
  ['May I ask how my application was received by the committee?', ['asks-for-ranking']],
  ['Could you say whether a position at Brookfield looks likely for me?', ['asks-for-ranking']],
  ['Any word on my situation with Brookfield would help.', ['asks-for-ranking']],
  ['Would you say Brookfield is a realistic destination for someone like me?', ['asks-for-ranking']],
  // Any subject naming the program; the program's feeling about the member; ending up matched.
  ['Could you say whether Brookfield would welcome me?', ['asks-for-ranking']],
  ['Do you feel the same way about me?', ['asks-for-ranking']],
  ['Do applicants like me usually end up matching at Brookfield?', ['asks-for-ranking']],
  // The ask in its politeness forms.
  ['I would only need to know where I stand.', ['asks-for-ranking']],
  ['It would be of real help to understand where I stand.', ['asks-for-ranking']],
  ['Just checking, for my planning, if my standing has changed.', ['asks-for-ranking']],
  ['A quick line on whether I am still in the running would let me plan.', ['asks-for-ranking']],
  ['If there is anything you can give me on my standing, I would be grateful.', ['asks-for-ranking']],
  // Ruled out, still looked at, how the interview was felt, where the file is heading.
  ['I would be glad to hear that my application has not been screened out.', ['asks-for-ranking']],
  ['Am I a candidate the committee is still considering?', ['asks-for-ranking']],
  ['Is the committee still looking at me?', ['asks-for-ranking']],
  ['How did the panel feel about my presentation?', ['asks-for-ranking']],
  ['Could you say if my application is moving forward with the committee?', ['asks-for-ranking']],
  // Room for the member; whether to widen the search.
  ['Is Brookfield likely to find room for me?', ['asks-for-ranking']],
  ['Is there a seat for me on the shuttle to the second look?', []],
  ['Will there be a seat for me at the dinner?', []],
  ['Is a place on the second-look tour possible for me?', []],
  ['Could you tell me if the shuttle will take me to the hotel?', []],
  ['Is it worth waiting for the second look before I book?', []],
  ['Should I prepare to stay an extra night in case of snow?', []],
  ['Could you let me know if my abstract was well received at the conference?', []],
  ['Have I done enough reading before the second look?', []],
  ['Could you tell me whether my position at my current hospital affects my visa?', []],
  ['Do you think I should broaden my search?', ['asks-for-ranking']],
  // Viewed favourably, still in contention, a match within reach, holding one's breath.
  ['Please advise whether my candidature is warmly regarded.', ['asks-for-ranking']],
  ['Have I done enough to be taken seriously?', ['asks-for-ranking']],
  ['Will I be able to stay in the mix after my late interview?', ['asks-for-ranking']],
  ['Is a place at Brookfield within reach for me?', ['asks-for-ranking']],
  ['Should I hold my breath for Brookfield?', ['asks-for-ranking']],
  // A chance to do something on the visit is not a chance of selection.
  ['Is there a chance to shadow the CMIO during the second look?', []],
  ['Do I still have a chance to match at Brookfield?', ['asks-for-ranking']],
  // The program picturing the member in its class, the member on track with it, good enough for it.
  ['Can you picture me on your team next year?', ['asks-for-ranking']],
  ['Is my file in good shape with the committee?', ['asks-for-ranking']],
  ['Was I strong enough for Brookfield?', ['asks-for-ranking']],
  ['Is the committee enthusiastic about my application?', ['asks-for-ranking']],
  ['Is my candidacy one the faculty would be keen on?', ['asks-for-ranking']],
  ['Your frank take on my chances at Brookfield would help a lot.', ['asks-for-ranking']],
  ['Your take on the informatics curriculum was very helpful.', []],
  // Process questions stay silent.
  ['Could you tell me whether residents can take the informatics elective in their first year?', []],
];

const TRADES: [string, string[]][] = [
  // Enabling and the program's word about the member's standing.
  ['A word about my standing would make it simple for me to rank Brookfield first.', ['quid-pro-quo']],
  ['Some encouragement from your end would let me commit to Brookfield.', ['quid-pro-quo']],
  // The member's placing of the program, set on where the member lands on the program's list.
  [
    'I can only decide where Brookfield goes on my list once I have a sense of where I land on yours.',
    ['asks-for-ranking', 'quid-pro-quo'],
  ],
  ['Perhaps we could come to an understanding about our rank lists.', ['quid-pro-quo']],
  ['If you rank me highly, Brookfield will have the same priority on my list.', ['quid-pro-quo']],
  // The program expected to answer in kind, in the next sentence.
  ['I am ranking Brookfield first. I trust Brookfield will do the same for me.', ['quid-pro-quo']],
  // Returning the program's favour on the member's own list; returning kindness in general is not.
  ['Whatever Brookfield does for me in March, I will repay it on my own rank list.', ['quid-pro-quo']],
  ['You were so kind; I hope to return the favour by mentoring next year’s applicants.', []],
  // An offer of a contract as a verb, against leaving the Match.
  ['If Brookfield offers me a contract, I will withdraw from the Match.', ['asks-for-ranking', 'quid-pro-quo']],
  // Hearing that the program wants the member, then the member's list; first for first by ellipsis.
  ['As soon as I know Brookfield wants me, I will put it at the top of my list.', ['quid-pro-quo']],
  ['Brookfield gets my first place if I am its first.', ['quid-pro-quo']],
  ['I will treat Brookfield the way Brookfield ranks me.', ['quid-pro-quo']],
  // The program returning the commitment; knowing where one stands letting the member drop others.
  ['I will commit to Brookfield as long as the program returns that commitment.', ['quid-pro-quo']],
  ['Learning how I rank would let me cancel my other interviews.', ['quid-pro-quo']],
  [
    'I could make Brookfield my only choice; I would simply need word from you that I will be ranked highly.',
    ['quid-pro-quo'],
  ],
  // An imperative joined to first place; being persuaded by the program's signal.
  ['Take me and Brookfield is my first choice.', ['quid-pro-quo']],
  ['I might be convinced to cancel my other interviews by a word from the committee.', ['quid-pro-quo']],
  // A rule stated in its own clause, then the member's plain words.
  ['The rules forbid any promise in exchange for a ranking, so I will just say thank you.', []],
];

const TOP: [string, string[]][] = [
  ['Brookfield will hold the top spot when I certify my list.', ['multiple-top-choice']],
  ['When I certify my list, Brookfield will take the first place.', ['multiple-top-choice']],
  ['There is no fellowship I would sooner join than Brookfield.', ['multiple-top-choice']],
  ['I will rank Brookfield ahead of the others.', ['multiple-top-choice']],
  ['Brookfield heads my list.', ['multiple-top-choice']],
  ['Brookfield will go first when I certify my list.', ['multiple-top-choice']],
  ['I would train at Brookfield over any other program.', ['multiple-top-choice']],
  ['Brookfield is the obvious front-runner.', ['multiple-top-choice']],
  ['Of all the places I saw, Brookfield is the one I will put at the top of my list.', ['multiple-top-choice']],
  ['I am hoping most of all to train at Brookfield.', ['multiple-top-choice']],
  ['No other program even comes close to Brookfield.', ['multiple-top-choice']],
  ['Brookfield is, without a doubt, my #1.', ['multiple-top-choice']],
  ['Brookfield is miles ahead of the others for me.', ['multiple-top-choice']],
  ['Your sepsis work is years ahead of the others I saw.', []],
  ['The sepsis dashboard is my favourite example of good design.', []],
  ['I want more than anything to be a good informaticist.', []],
  ['If I had to choose only one program, it would be Brookfield.', ['multiple-top-choice']],
  ['Brookfield is the program I really want.', ['multiple-top-choice']],
  ['Brookfield is the program I want to learn more about.', []],
  ["Brookfield's CMIO is at the top of her field.", []],
  ['Brookfield was my favourite part of the season.', []],
  ['I rank data quality first in every dashboard I build.', []],
  ['My top priority this spring is finishing my REDCap project.', []],
  ['A friend said a program once told her to rank it first, and we laughed about it.', []],
];

const DISCLOSURES: [string, string[]][] = [
  ["My brother's kidney condition has kept me busy at home.", ['overshare']],
  ['My health has been fragile since the spring.', ['overshare']],
  ["My grandmother's memory is failing and I stay with her at night.", ['overshare']],
  ['I took some time off to recover after last winter.', ['overshare']],
  ['I am the one who takes care of my father now.', ['overshare']],
  ['I have not been myself since the autumn.', ['overshare']],
  ['It has been a rough stretch for us.', ['overshare']],
  ['Things at home have been complicated this year.', ['overshare']],
  ['We are barely making ends meet during the research block.', ['overshare']],
  ['Cash has been very tight for us.', ['overshare']],
  ['I can barely cover the fees for another cycle.', ['overshare']],
  ["I am sleeping on a friend's couch until March.", ['overshare']],
  ['Since our lease ran out we have had nowhere to stay.', ['overshare']],
  ['My wife and I went our separate ways in May.', ['overshare']],
  ['My parents gave everything they had to send me here.', ['overshare']],
  ['My family will hold their heads high again if I match.', ['overshare']],
  ['My whole family is waiting for the results.', ['overshare']],
  ["My daughter has been in and out of the children's hospital since June.", ['overshare']],
  ["My grandfather's passing in May hit us hard.", ['overshare']],
  ['My mother keeps telling the neighbours that I will be a doctor in America.', ['overshare']],
  ['I am not in the best shape emotionally.', ['overshare']],
  ['It has been a lonely winter for me.', ['overshare']],
  ['I have some health issues of my own.', ['overshare']],
  ['My husband moved out in April.', ['overshare']],
  ['The bank repossessed our house last year.', ['overshare']],
  ['My little boy has surgery next month.', ['overshare']],
  ['I am running on empty these days.', ['overshare']],
  ['I have been completely worn out since the autumn.', ['overshare']],
  ['I was on leave for anxiety last spring.', ['overshare']],
  ['This cycle has wiped out everything I had put aside.', ['overshare']],
  ['If I do not match, I do not know what my family will do.', ['overshare']],
  ['Without this position, I would have to give up medicine.', ['overshare']],
  ['I was exhausted after the long flight but loved the day.', []],
  // Patients' matters and work stay silent.
  ['I studied how financial strain affects adherence in heart failure.', []],
  ['We built a screening pathway for anxiety in the oncology clinic.', []],
  ['The little boy we treated needed surgery twice.', []],
  ['I volunteered at a legal clinic for tenants facing eviction.', []],
  ['I covered a long stretch of night shifts in the ICU.', []],
  ['Our intake form asks patients about medical debt and missed payments.', []],
  ['The dashboard lists which patients have a heart condition.', []],
];

describe('round seven: indirect asks about how the program sees the member', () => {
  it.each(ASKS)('%s → %j', (s, want) => expect(ids(s)).toEqual(want));
});
describe('round seven: polite and reciprocal trades', () => {
  it.each(TRADES)('%s → %j', (s, want) => expect(ids(s)).toEqual(want));
});
describe('round seven: first place said sideways (after a top-choice letter to another program)', () => {
  it.each(TOP)('%s → %j', (s, want) => expect(ids(s, AFTER_OTHER_TOP)).toEqual(want));
});
describe('round seven: euphemistic disclosures owned by the member or their family', () => {
  it.each(DISCLOSURES)('%s → %j', (s, want) => expect(ids(s)).toEqual(want));
});

describe('round seven: a specialty in the program name is not a specific', () => {
  it('a first-choice template naming only "internal medicine" is generic', () => {
    const email =
      'Dear Program Director,\n\nYour program is my first choice. I believe it is the ideal place for me to train in internal medicine and informatics.\n\nSincerely,\nAmal';
    const ctx = { kind: 'top-choice', program: 'Brookfield Internal Medicine Residency' } as PrematchContext;
    expect(checkPrematchEmail(email, ctx, '2026-01-11', {}).findings.map((f) => f.id)).toContain('generic-message');
  });
});
