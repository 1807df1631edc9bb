/**
 * Session 23 (text36): readings added after batch AK and probe-v23, each held by sentences of our
 * own in varied wordings, with the near-misses that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

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
const wrap = (body: string) =>
  `Dear Dr. Lowell,\n\nThank you for the talk about the Tarnwell medication-reconciliation audit. ${body}\n\nBest,\nRuth`;
const gap = (draft: string) => lintGapExplanation(draft).map((l) => l.id);

describe('attachments the program asked for', () => {
  it('reads a request named in the program’s own invitation or quoted message', () => {
    expect(ids(wrap('The signed release form is attached, as the invitation letter asked.'))).not.toContain(
      'unprompted-attachments',
    );
    expect(
      ids(wrap('In accordance with the instructions in your email, I enclose my completed travel form.')),
    ).not.toContain('unprompted-attachments');
    const quoted = `Dear Ms. Pike,\n\nSure, my CV is attached.\n\nBest,\nRuth\n\n> From: Pike, Ann\n> Could you please send us a current CV before Friday?\n`;
    expect(ids(quoted)).not.toContain('unprompted-attachments');
  });
  it('still reads a file nobody asked for', () => {
    expect(ids(wrap('I have attached my CV and two papers for your review.'))).toContain('unprompted-attachments');
    const quoted = `Dear Ms. Pike,\n\nI attach my CV as well.\n\nBest,\nRuth\n\n> From: Pike, Ann\n> The tour starts at nine.\n`;
    expect(ids(quoted)).toContain('unprompted-attachments');
  });
});

describe('asks and trades', () => {
  it('reads the member inside the stretch of applicants the program will reach', () => {
    expect(
      ids(wrap('Could you tell me whether I fall among the candidates the committee is likely to rank?')),
    ).toContain('asks-for-ranking');
    expect(ids(wrap('Is the session with the applicants from Brazil on Monday?'))).not.toContain('asks-for-ranking');
  });
  it('reads the program’s return of the member’s first place required as something to know', () => {
    const got = ids(
      wrap('I am ready to put Tarnwell at number one, but I have to be sure that you would do the same for me.'),
    );
    expect(got).toContain('quid-pro-quo');
    expect(got).toContain('asks-for-ranking');
    expect(ids(wrap('I need to know whether the program will sponsor an H-1B.'))).toEqual([]);
  });
  it('reads taking one’s name out of the Match as the member’s side', () => {
    expect(
      ids(wrap('Should you be able to offer me a place, I would take my name out of the Match the same day.')),
    ).toContain('quid-pro-quo');
  });
  it('leaves staying through a session as logistics', () => {
    expect(ids(wrap('Should I plan to stay on for the whole morning, or only the first session?'))).not.toContain(
      'asks-for-ranking',
    );
  });
});

describe('overshare: a mortgaged home and a family that will not accept failure', () => {
  it('reads both', () => {
    expect(ids(wrap('My father remortgaged the house for my exams.'))).toContain('overshare');
    expect(ids(wrap('My parents would not tolerate one more failure.'))).toContain('overshare');
    expect(ids(wrap('Our mortgage-default prediction model is the project I enjoyed most.'))).toEqual([]);
  });
});

describe('gap drafts', () => {
  it('reads a percentage of certainty as no outcome', () => {
    expect(
      gap('I spent the year at home thinking things over. Now I am 100% committed to internal medicine.'),
    ).toContain('no-outcome');
  });
  it('reads the fault placed on a person by role, and neglect as a stop', () => {
    expect(
      gap(
        'The paper never came out; that was on my supervisor, who stopped replying to my emails. I passed Step 2 CK with 240.',
      ),
    ).toContain('blame');
    expect(gap('I sat on the hospital quality committee and passed Step 2 CK with 240.')).not.toContain('blame');
    expect(
      gap('The residents had stopped reading the alert, so I rewrote it and passed Step 2 CK with 240.'),
    ).not.toContain('blame');
  });
  it('reads a searchable electronic index as informatics', () => {
    expect(
      gap('I turned the clinic’s paper folders into a searchable electronic catalogue of 4,000 patients.'),
    ).not.toContain('no-informatics-link');
  });
});
