import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const context: PrematchContext = {
  kind: 'other',
  program: 'Ferncliff Clinical Informatics Fellowship',
  interviewDate: '2026-11-09',
  sendDate: '2026-11-21',
};
const email = (body: string) =>
  `Dear Dr. Halvorsen,\n\nThank you for showing me the Ferncliff order-set cleanup dashboard at my interview. ${body}\n\nWarm regards,\nLeila Park`;
const fires = (body: string) =>
  checkPrematchEmail(email(body), context, '2026-11-21').findings.some((f) => f.id === 'quid-pro-quo');

describe('quid-pro-quo, round eighteen readings', () => {
  it('reads a cause clause with a relative clause holding the program word about ranking the member as a trade', () => {
    expect(
      fires(
        'After the second-look visit, during which you said I would be ranked near the top, I can confirm Ferncliff is my first choice.',
      ),
    ).toBe(true);
    expect(
      fires('Following your email, where you mentioned I would be placed highly, I will rank Ferncliff first.'),
    ).toBe(true);
    expect(
      fires(
        'After our talk in the cafeteria, when you told me I would be ranked well, I decided Ferncliff will be first on my list.',
      ),
    ).toBe(true);
  });

  it('does not read a cause clause whose relative clause is about the work as a trade', () => {
    expect(
      fires(
        'After the second-look visit, during which you showed me the alert audit, I can confirm Ferncliff is my first choice.',
      ),
    ).toBe(false);
  });

  it('reads the member offering first place and then asking whether it lifts them as a trade', () => {
    expect(fires('If I say Ferncliff is my number one, would that help me on your list?')).toBe(true);
    expect(fires('Suppose I rank Ferncliff first - could it push me up your list?')).toBe(true);
    expect(fires('if i commit to ferncliff as my #1, does that change anything for me on your side?')).toBe(true);
  });

  it('does not read a move unrelated to the list followed by a question as a trade', () => {
    expect(fires('If I finish the data course early, would that help me prepare for July?')).toBe(false);
  });

  it('reads first place conditioned on the member being inside the intake the program will take as a trade', () => {
    expect(fires('Ferncliff will be my first choice provided I am within the slots your program plans to fill.')).toBe(
      true,
    );
    expect(fires('I will rank Ferncliff first as long as I am one of the candidates you intend to rank.')).toBe(true);
    expect(fires('I am ready to put Ferncliff first if I fall among the applicants your committee will match.')).toBe(
      true,
    );
  });

  it('does not read first place beside a wish to be among a working group as a trade', () => {
    expect(
      fires('Ferncliff will be my first choice, and I would love to be among the fellows on the dashboard team.'),
    ).toBe(false);
  });
});

describe('asks-for-ranking, a question hedged as perhaps improper', () => {
  const asks = (body: string) =>
    checkPrematchEmail(email(body), context, '2026-11-21').findings.some((f) => f.id === 'asks-for-ranking');

  it('keeps the ask when the member apologises that it may not be proper to ask', () => {
    expect(asks('Pardon me if it is not appropriate to ask, but what are my odds of matching at Ferncliff?')).toBe(
      true,
    );
    expect(asks('I hope this is not improper to ask: how high am I on your rank list?')).toBe(true);
    expect(asks('Apologies if it is not okay to ask, but will I be ranked to match at Ferncliff?')).toBe(true);
  });

  it('does not read a refusal to ask as an ask', () => {
    expect(asks('It would not be proper to ask where I stand, so I am not asking; thank you again.')).toBe(false);
  });
});
