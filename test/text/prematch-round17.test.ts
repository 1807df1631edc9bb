/**
 * Round seventeen of the pre-match email check (branch text17): each reading fixed for batches M
 * and N is pinned by sentences of our own, with near-misses beside them. Never corpus items.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

function ids(email: string, ctx: Partial<PrematchContext> = {}): string[] {
  const context = {
    kind: 'other',
    program: 'Ferncliff Clinical Informatics Fellowship',
    sendDate: '2026-02-03',
    ...ctx,
  } as PrematchContext;
  return checkPrematchEmail(email, context, '2026-02-03', {})
    .findings.map((f) => f.id)
    .sort();
}

const wrap = (body: string) =>
  `Dear Dr. Amadi,\n\nThank you for the tour of the Ferncliff blood-transfusion alert dashboard. ${body}\n\nKind regards,\nJoana`;

describe('a bare request for the answer after a trade asks how the program will rank the member', () => {
  it.each([
    'If your team puts me high enough to match, Ferncliff goes first on my list. Tell me what you think.',
    'Were Ferncliff to give me a contract early, I would leave the Match at once. Please reconsider this proposal.',
    'if u rank me top i rank ferncliff top, lmk',
  ])('reads "%s" as an ask and a trade', (body) => {
    expect(ids(wrap(body))).toEqual(expect.arrayContaining(['asks-for-ranking', 'quid-pro-quo']));
  });

  it('does not read a request with its own content after a first place as an ask', () => {
    expect(
      ids(wrap('Ferncliff will be first on my list. Let me know when the orientation packet goes out.')),
    ).not.toContain('asks-for-ranking');
  });

  it('does not read "let me know" after an offer that would only help the committee as an ask', () => {
    expect(
      ids(
        wrap('If it would make things easier for the committee, I am ready to commit to Ferncliff today. Let me know.'),
      ),
    ).not.toContain('asks-for-ranking');
  });
});

describe("first place given because of the program's side is a trade", () => {
  it.each([
    'Now that I know your committee wants me, Ferncliff will be number one on my list.',
    'Because Dr. Ibe hinted that I was among your strongest interviewees, I am putting Ferncliff first.',
    'I have ranked Ferncliff first, since you seem to rank me highly as well.',
  ])('reads "%s" as a trade', (body) => {
    expect(ids(wrap(body), { kind: 'top-choice' })).toContain('quid-pro-quo');
  });

  it.each([
    'Because of the transfusion work, Ferncliff will be number one on my list.',
    'Since the second look, I have ranked Ferncliff first.',
    'I am putting Ferncliff first because the research block suits my plans.',
  ])('does not read a reason of fit or a time in "%s" as a trade', (body) => {
    expect(ids(wrap(body), { kind: 'top-choice' })).not.toContain('quid-pro-quo');
  });
});

describe('a judging verb with "as" is an ask only when the role is one of selection', () => {
  it('reads "consider me as a strong applicant" as an ask', () => {
    expect(ids(wrap('Could you consider me as a strong applicant for one of the two spots?'))).toContain(
      'asks-for-ranking',
    );
  });

  it.each([
    'I ask that you consider me as a blessing sent to your team.',
    'Could you think of me as a volunteer tester for the new discharge app?',
  ])('does not read "%s" as an ask', (body) => {
    expect(ids(wrap(body))).not.toContain('asks-for-ranking');
  });
});

describe('the member placed by the program is not the member ranking first', () => {
  it('reads "whether I am placed in the top tier" as no first place', () => {
    expect(
      ids(wrap('May I ask whether I am placed in the top band of applicants, so I can finish my rank order list?'), {
        previous: [{ kind: 'top-choice', program: 'Greyholm Medical Center', date: '2026-01-20' }],
      }),
    ).not.toContain('multiple-top-choice');
  });

  it('still reads "I will be ranking Ferncliff #1" as first place', () => {
    expect(
      ids(wrap('I will be ranking Ferncliff #1.'), {
        kind: 'top-choice',
        previous: [{ kind: 'top-choice', program: 'Greyholm Medical Center', date: '2026-01-20' }],
      }),
    ).toContain('multiple-top-choice');
  });
});

describe('work topics and named conversations', () => {
  it('does not read a debt of a made thing as money trouble', () => {
    expect(ids(wrap('We retired most of the documentation debt in our nursing flowsheets this winter.'))).not.toContain(
      'overshare',
    );
  });

  it('still reads the member own debt as overshare', () => {
    expect(ids(wrap('My student debt keeps me awake at night.'))).toContain('overshare');
  });

  it('reads a conversation with a time before its topic as a specific', () => {
    const email =
      'Dear Dr. Amadi,\n\nThank you for the talk this afternoon about retiring duplicate lab alerts. I enjoyed it.\n\nKind regards,\nJoana';
    expect(ids(email, { kind: 'thank-you' })).not.toContain('generic-message');
  });

  it('does not read "our conversation and learning about the projects" as a topic', () => {
    const email =
      'Dear Dr. Amadi,\n\nThank you for the interview. I enjoyed our conversation and hearing about the fellowship projects.\n\nKind regards,\nJoana';
    expect(ids(email, { kind: 'thank-you', program: 'Some Program' })).toContain('generic-message');
  });
});
