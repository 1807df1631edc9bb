/**
 * What each pre-match finding tells the member: its severity, the words of theirs it quotes, the
 * match whose rules apply, what to do instead, and the guide sections it cites. Also what the
 * clean result says it checked, and what could not be checked without context.
 */
import { describe, expect, it } from 'vitest';
import {
  checkPrematchEmail,
  matchNameFor,
  noFindingsSummary,
  PREMATCH_CHECKS_DONE,
  type PrematchFinding,
} from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const TODAY = '2026-12-01';
const PROGRAM = 'Lakeside University Clinical Informatics Fellowship';
const AMIA = 'the AMIA Clinical Informatics Fellowship Match';
const NRMP = 'the NRMP Main Residency Match';
const src = (section: string) => ({ doc: 'prematch', section });

const SPECIFIC =
  'Your fellows’ seat on the EHR governance committee and the sepsis alert override audit Dr. Moreno described are why I am writing.';
const wrap = (body: string) => `Dear Dr. Moreno,\n\n${SPECIFIC} ${body}\n\nBest regards,\nAmira Haddad`;
// The same email to a residency program: since trial 18 the email's own context (its program, its
// words about the program) decides the match before the profile's target does.
const wrapRes = (body: string) => wrap(body).replace('Your fellows’', 'Your residents’');
const RES_PROGRAM = 'Lakeside University Internal Medicine';

function one(
  email: string,
  context: PrematchContext,
  id: string,
  target?: 'ci-fellowship' | 'residency-informatics-track',
) {
  const r = checkPrematchEmail(email, context, TODAY, target ? { target } : {});
  const found = r.findings.filter((f) => f.id === id);
  expect(found, JSON.stringify(r.findings.map((f) => f.id))).toHaveLength(1);
  return found[0] as PrematchFinding;
}

describe('matchNameFor', () => {
  it('names the member’s match, or both when the target is unknown', () => {
    expect(matchNameFor('ci-fellowship')).toBe(AMIA);
    expect(matchNameFor('residency-informatics-track')).toBe(NRMP);
    expect(matchNameFor(undefined)).toBe(
      'the Match that applies to you (the AMIA Clinical Informatics Fellowship Match for CI fellowships, the NRMP Main Residency Match for residency tracks)',
    );
  });
});

describe('each finding', () => {
  it('quid-pro-quo: high, quotes the trade, names the match, says to delete it', () => {
    const f = one(
      wrap('If you rank me highly, I will rank you first.'),
      { kind: 'other', program: PROGRAM },
      'quid-pro-quo',
      'ci-fellowship',
    );
    expect(f.severity).toBe('high');
    expect(f.quote).toBe('If you rank me highly, I will rank you first.');
    expect(f.message).toBe(
      `You wrote "If you rank me highly, I will rank you first.": that ties your ranking or commitment to what ${PROGRAM} does for you. Rank order is settled only through ${AMIA}, whose result binds both sides. In the NRMP Main Residency Match either side may volunteer its own ranking plans, but its agreement forbids asking for or giving a commitment about rank order, and a breach can be reported; the AMIA Clinical Informatics Fellowship Match has published no rule of its own, and CI programs expect the same etiquette. Delete it. If this really is your first choice, say so once, without conditions.`,
    );
    expect(f.sources).toEqual([src('nrmp-rules'), src('top-choice')]);
  });

  it('quid-pro-quo: for a residency track the trade is forbidden by the NRMP agreement, with no talk of etiquette', () => {
    const f = one(
      wrapRes('If you rank me highly, I will rank you first.'),
      { kind: 'other', program: RES_PROGRAM },
      'quid-pro-quo',
      'residency-informatics-track',
    );
    expect(f.message).toContain(
      'In the NRMP Main Residency Match either side may volunteer its own ranking plans, but its agreement forbids asking for or giving a commitment about rank order, and a breach can be reported.',
    );
    expect(f.message).not.toMatch(/etiquette|AMIA/);
  });

  it('asks-for-ranking: high, quotes the question, names the match, says to remove it', () => {
    const f = one(
      wrapRes('Could you tell me where I stand on your rank list?'),
      { kind: 'other' },
      'asks-for-ranking',
      'residency-informatics-track',
    );
    expect(f.severity).toBe('high');
    expect(f.message).toBe(
      `You asked "${f.quote}": asking a program how it will rank you is not allowed. In ${NRMP} either side may volunteer its own ranking plans, but requesting ranking information is a breach of the match agreement. However politely it is put, it puts the program in an awkward spot. Remove the question; close by restating your interest instead.`,
    );
    expect(f.quote).toMatch(/where I stand on your rank list/);
    expect(f.sources).toEqual([src('nrmp-rules'), src('rank-you-highly')]);
  });

  it('asks-for-ranking for a CI fellowship: never says programs may not tell you; names the NRMP rule and that AMIA has none of its own', () => {
    const f = one(
      wrap('Could you tell me where I stand on your rank list?'),
      { kind: 'other' },
      'asks-for-ranking',
      'ci-fellowship',
    );
    expect(f.message).not.toMatch(/may not tell you/);
    expect(f.message).toMatch(/asking a program how it will rank you breaks match etiquette\./);
    // The agreement is the NRMP's: an AMIA-match email is not told it breached it (trial 22).
    expect(f.message).toMatch(/The NRMP's agreement for residencies forbids requesting ranking information/);
    expect(f.message).not.toMatch(/breach of the match agreement/);
    expect(f.message).toMatch(/AMIA Clinical Informatics Fellowship Match has published no rule of its own/);
  });

  it('multiple-top-choice: high, names the earlier program and date, and what to say instead', () => {
    const context: PrematchContext = {
      kind: 'top-choice',
      program: PROGRAM,
      previous: [{ kind: 'top-choice', program: 'Riverside Health', date: '2026-11-20' }],
    };
    const f = one(wrap('Lakeside is my top choice.'), context, 'multiple-top-choice', 'ci-fellowship');
    expect(f.severity).toBe('high');
    expect(f.message).toBe(
      `You already told Riverside Health on 20 Nov 2026 that it is your top choice; saying the same to ${PROGRAM} means one of them is not true, and informatics programs are small enough to compare notes. In ${AMIA} a top-choice statement must be true and volunteered: send it to one program only, and here say instead that ${PROGRAM} is one of the places you would be glad to train.`,
    );
    expect(f.sources).toEqual([src('top-choice'), src('program-level-follow-up')]);
    const unnamed = one(
      wrap('You are my top choice.'),
      { ...context, program: undefined } as PrematchContext,
      'multiple-top-choice',
    );
    expect(unnamed.message).toMatch(
      /saying the same to another program means .* say instead that the program is one of/,
    );
  });

  it('too-many-updates: medium, counts and dates the earlier updates to this program only', () => {
    const context: PrematchContext = {
      kind: 'update',
      program: PROGRAM,
      previous: [
        { kind: 'update', program: PROGRAM, date: '2026-11-01' },
        { kind: 'update', program: 'Riverside Health', date: '2026-11-05' },
        { kind: 'update', program: PROGRAM, date: '2026-11-15' },
      ],
    };
    const f = one(wrap('Our paper on alert overrides was accepted.'), context, 'too-many-updates', 'ci-fellowship');
    expect(f.severity).toBe('medium');
    expect(f.message).toMatch(
      new RegExp(
        `^You have already sent 2 updates to ${PROGRAM} \\(1 Nov 2026, 15 Nov 2026\\)\\. One or two substantial updates between interview and the rank deadline of ${AMIA} is the norm; more dilutes them\\. Send this one only if it is major news`,
      ),
    );
    expect(f.quote).toBeUndefined();
    expect(f.sources).toEqual([src('updates'), src('how-often-to-write')]);
  });

  it('late-thank-you: low after three days, medium after seven, with the date and what to do', () => {
    const late = (sendDate: string) =>
      one(
        wrap('Thank you for the interview.'),
        { kind: 'thank-you', program: PROGRAM, interviewDate: '2026-11-20', sendDate },
        'late-thank-you',
        'ci-fellowship',
      );
    const four = late('2026-11-24');
    expect(four.severity).toBe('low');
    expect(four.message).toBe(
      `This thank-you goes out 4 days after your interview on 20 Nov 2026; notes land best within 24-72 hours, well before ${AMIA} rank lists are due. Send it now rather than not at all, keep it short and specific, and skip long apologies for the delay.`,
    );
    expect(four.sources).toEqual([src('thank-you-notes')]);
    expect(late('2026-11-27').severity).toBe('low');
    expect(late('2026-11-28').severity).toBe('medium');
    const ok = checkPrematchEmail(
      wrap('Thank you for the interview.'),
      { kind: 'thank-you', program: PROGRAM, interviewDate: '2026-11-20', sendDate: '2026-11-23' },
      TODAY,
    );
    expect(ok.findings.map((x) => x.id)).not.toContain('late-thank-you');
  });

  it('generic-message: medium, says what is missing, and cites the guide for the kind of email', () => {
    const bland =
      'Dear Program Director,\n\nI am very interested in your program and would love to be considered. Thank you for your time.\n\nBest,\nSam';
    const f = one(bland, { kind: 'inquiry', program: PROGRAM }, 'generic-message', 'ci-fellowship');
    expect(f.severity).toBe('medium');
    expect(f.message).toBe(
      `Beyond the greeting, nothing in this email is specific to the program: it never names ${PROGRAM}, no person you met, no conversation, project or feature of theirs. Programs in ${AMIA} read many such emails; add one concrete detail (a project someone described, a curriculum feature, a team you would join) so it cannot read as a mass email.`,
    );
    const sections = (kind: PrematchContext['kind']) => one(bland, { kind }, 'generic-message').sources;
    expect(sections('inquiry')).toEqual([src('eligibility-inquiry'), src('early-pitfalls')]);
    expect(sections('update')).toEqual([src('updates'), src('early-pitfalls')]);
    expect(sections('top-choice')).toEqual([src('top-choice'), src('early-pitfalls')]);
    expect(sections('thank-you')).toEqual([src('thank-you-notes'), src('early-pitfalls')]);
    expect(one(bland, { kind: 'thank-you' }, 'generic-message').message).toMatch(
      /^Beyond the greeting, nothing in this email is specific to the program: it names no program, /,
    );
  });

  it('overshare: medium, quotes it, and says "early email" only for a first contact', () => {
    const body = wrap('My divorce has left me in serious debt and I really need this spot.');
    const early = one(body, { kind: 'inquiry', program: PROGRAM }, 'overshare', 'ci-fellowship');
    expect(early.severity).toBe('medium');
    expect(early.message).toMatch(
      new RegExp(
        `^You wrote ".+": personal \\w+ details do not belong in a professional email during ${AMIA} season, least of all in a first email to a program you have not met yet\\. Keep it to who you are and your purpose; if a hardship explains a gap, address it briefly and neutrally in your personal statement or at interview\\.$`,
      ),
    );
    expect(early.sources).toEqual([src('early-pitfalls')]);
    const later = one(body, { kind: 'update', program: PROGRAM }, 'overshare');
    expect(later.message).toMatch(/details do not belong in a professional email during /);
  });

  it('overshare in an email checked without context: no "first email" claim, and no long match name inside the sentence', () => {
    // A member who pastes a thank-you without saying what it is had been told they "have not met"
    // the program they interviewed with.
    // No fellowship or residency words: with no context and no target, neither match is assumed.
    const body = `Dear Dr. Moreno,\n\nThe sepsis alert override audit you described is why I am writing. Thank you for the interview on Tuesday. My mother was diagnosed with cancer last year and I cared for her.\n\nBest regards,\nAmira Haddad`;
    const f = one(body, { kind: 'other' }, 'overshare');
    expect(f.message).not.toMatch(/first email|not met/);
    expect(f.message).toMatch(/during the Match season\. /);
  });

  it.each([
    'I would be grateful for your honest view of how competitive I would be as an applicant.',
    'Could you let me know what my chances of matching at your program are?',
    "I'd like to know honestly whether I would be competitive for your program.",
  ])(
    'asks-for-ranking about chances quotes the member without saying they asked how they will be ranked, and offers a concrete question instead: "%s"',
    (ask) => {
      const f = one(wrap(ask), { kind: 'other' }, 'asks-for-ranking', 'ci-fellowship');
      expect(f.severity).toBe('high');
      expect(f.message).not.toMatch(/how it will rank you/);
      expect(f.message).toMatch(/judge your chances/);
      // A chances question is weak, not a request for a rank (trial 22): no breach is named.
      expect(f.message).toMatch(/not a request for your rank/);
      expect(f.message).not.toMatch(/breach/);
      expect(f.message).toMatch(/ask a concrete question instead/);
    },
  );

  it('unprompted-attachments: low, quotes it, and points to ERAS', () => {
    const f = one(
      wrap('Please find attached my CV and personal statement.'),
      { kind: 'other', program: PROGRAM },
      'unprompted-attachments',
      'ci-fellowship',
    );
    expect(f.severity).toBe('low');
    expect(f.message).toBe(
      `You wrote "${f.quote}": nobody asked for attachments, and unrequested files read as pushy and often go unopened; your documents reach programs in ${AMIA} through ERAS. Remove them; offer to send your CV if it would help.`,
    );
    expect(f.quote).toMatch(/attached my CV/);
    expect(f.sources).toEqual([src('early-pitfalls')]);
  });
});

describe('the report', () => {
  it('sorts findings by severity, then in the contract’s order', () => {
    const email = 'Please find attached my CV. Where am I on your list? If you rank me first, I will rank you first.';
    const r = checkPrematchEmail(
      email,
      { kind: 'thank-you', program: PROGRAM, interviewDate: '2026-11-20', sendDate: '2026-11-25' },
      TODAY,
    );
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([
      ['quid-pro-quo', 'high'],
      ['asks-for-ranking', 'high'],
      ['generic-message', 'medium'],
      ['late-thank-you', 'low'],
      ['unprompted-attachments', 'low'],
    ]);
  });

  it('says which checks could not run and what to add', () => {
    expect(checkPrematchEmail(wrap('Our paper was accepted.'), { kind: 'update' }, TODAY).notChecked).toEqual([
      { id: 'too-many-updates', reason: 'add "program" to the context to count earlier updates to it' },
    ]);
    expect(checkPrematchEmail(wrap('Thank you.'), { kind: 'thank-you', program: PROGRAM }, TODAY).notChecked).toEqual([
      { id: 'late-thank-you', reason: 'add "interviewDate" to the context to check the timing' },
    ]);
  });

  it('refuses an email with no words of the member’s own', () => {
    expect(() =>
      checkPrematchEmail('> Thank you for applying.\n> Programs rank independently.', { kind: 'other' }, TODAY),
    ).toThrow('the email has no text of your own (only quoted replies): paste the part you wrote');
    expect(() => checkPrematchEmail(' ', { kind: 'other' }, TODAY)).toThrow(
      'the email is empty: paste the text you want to send and try again',
    );
  });

  it('a clean result names the checks that ran in a few words each and what they cannot judge', () => {
    const all = noFindingsSummary();
    expect(all).toBe(
      'No problems found by these 8 checks: trading rank promises, asking how you will be ranked, a second top-choice message, too many updates, a late thank-you, a mass-email feel, oversharing, unrequested attachments. They cannot judge tone, whether it is true, or whether this program wants the email.',
    );
    // Read at a glance: the old summary listed each check's full description (about 110 words).
    expect(all.split(/\s+/).length).toBeLessThanOrEqual(50);
    const fewer = noFindingsSummary([{ id: 'late-thank-you' }, { id: 'too-many-updates' }]);
    expect(fewer).toMatch(/^No problems found by these 6 checks: /);
    expect(fewer).not.toMatch(/late thank-you|too many updates/);
    expect(PREMATCH_CHECKS_DONE.map((c) => c.id)).toEqual([
      'quid-pro-quo',
      'asks-for-ranking',
      'multiple-top-choice',
      'too-many-updates',
      'late-thank-you',
      'generic-message',
      'overshare',
      'unprompted-attachments',
    ]);
  });
});
