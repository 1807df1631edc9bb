// A member asked on 4 December when the AMIA commit deadline is and got "early December" (session
// 12's newcomer trial): true, and no help on the day it probably falls. An answer about a match's
// dates now says where today sits on the same typical calendar as /prematch timeline, first when a
// step ends within days. It depends on the date, and on the profile's target only when the question names no match.
import { describe, expect, it } from 'vitest';
import { seasonNowLine } from '../../src/app/views/ask-season.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { runCli, runCliJson } from '../helpers/cli.js';

const { index } = getKnowledge();
const line = (q: string, today: string) => seasonNowLine(q, answerQuestion(index, q), today);

describe('/ask on a match date says where today falls on the typical calendar', () => {
  it.each([
    'when is the AMIA commit deadline?',
    'by which date do i have to lock my preferences in the CI match',
    'is it too late to commit my list in the amia match today?',
  ])('"%s" on the typical commit deadline: the step ends today, lead with it', (q) => {
    const s = line(q, '2026-12-04');
    expect(s?.urgent).toBe(true);
    expect(s?.text).toMatch(
      /^Today is 4 Dec 2026: on the typical calendar the "Commit your preferences in the AMIA match" step typically ends today\./,
    );
    expect(s?.text).toMatch(/typical dates from past seasons: check the exact dates on AMIA's match page/);
  });

  it.each([
    ['when is the AMIA commit deadline?', '2026-12-04', /if it falls today, act now/],
    ['until when can i still change my ranking in the amia match', '2026-12-04', /if it falls today, act now/],
    ['what date is the CI match commit deadline this year?', '2026-12-03', /if it falls tomorrow, act today/],
  ])('"%s" on %s: no advice to act before a last day that has come', (q, today, advice) => {
    const s = line(q, today);
    expect(s?.text).not.toMatch(/act early rather than on the last day/);
    expect(s?.text).toMatch(advice);
  });

  it('months before, the line follows the answer and names the next step with its date', () => {
    const s = line('when is the AMIA commit deadline?', '2026-08-10');
    expect(s?.urgent).toBe(false);
    expect(s?.text).toMatch(/^Today is 10 Aug 2026/);
    expect(s?.text).toMatch(/Next: .*in \d+ days/);
    expect(s?.text).toMatch(/act early rather than on the last day/);
  });

  it('reads the residency calendar for an NRMP question', () => {
    const s = line('when are rank lists due in the NRMP match?', '2026-12-04');
    expect(s?.text).toMatch(/Ranking typically opens on 1 Feb 2027/);
    expect(s?.text).toMatch(/the NRMP's calendar/);
  });

  it.each([
    ['is the AMIA match binding?', '2026-12-04'],
    ['how many letters of recommendation do I need?', '2026-12-04'],
    ['what is the capital of France?', '2026-12-04'],
  ])('adds nothing to "%s": not a question about dates, or no match calendar in the answer', (q, today) => {
    expect(line(q, today)).toBeUndefined();
  });

  it('the CLI shows it first on the deadline day, and as an extension field in --json', () => {
    const text = runCli(['ask', 'when is the AMIA commit deadline?', '--today', '2026-12-04']).stdout;
    expect(text.split('\n')[0]).toMatch(/^Today is 4 Dec 2026: .* typically ends today\./);
    const json = runCliJson<{ answer: string; seasonNow?: string }>([
      'ask',
      'when is the AMIA commit deadline?',
      '--today',
      '2026-12-04',
    ]);
    expect(json.seasonNow).toMatch(/typically ends today/);
    expect(json.answer).not.toMatch(/Today is/);
  });
});

describe("/ask about a later start year gives that season, not where today's season stands", () => {
  // Trial 3: "When exactly should I apply if I want to start fellowship in July 2028?" asked on
  // 5 Dec 2026 got this season's post-match dates, which are not the member's.
  it.each([
    'When exactly should I apply if I want to start fellowship in July 2028?',
    'i want to begin my CI fellowship 2028, what is the timeline for applying?',
    'AMIA match dates for a july 2028 start?',
  ])('"%s": the 2027-2028 season, from early July 2027 to results in mid-December 2027', (q) => {
    const s = line(q, '2026-12-05');
    expect(s?.urgent).toBe(false);
    expect(s?.text).toMatch(
      /^For a fellowship starting in July 2028, you apply in the 2027-2028 season: .*from early July 2027/,
    );
    expect(s?.text).toMatch(/early December 2027/);
    expect(s?.text).not.toMatch(/post-match|Today is/);
  });

  it('for a residency start it names the NRMP steps of that season with computed typical days', () => {
    const s = line('what is the NRMP timeline if I want residency starting July 2028?', '2026-12-05');
    expect(s?.text).toMatch(/the rank order list is due around 1 Mar 2028 and Match Day is around 17 Mar 2028\./);
  });

  it('a year that is not a start ("I started residency in July 2024") leaves today\'s season line', () => {
    const s = line('I started residency in July 2024, when is the AMIA commit deadline this year?', '2026-12-05');
    expect(s?.text).toMatch(/^Today is 5 Dec 2026/);
  });
});

describe("a question naming no match follows the member's target in a private reply", () => {
  const withTarget = (q: string, target: 'ci-fellowship' | 'residency-informatics-track') =>
    seasonNowLine(q, answerQuestion(index, q), '2026-12-05', target);
  it.each(['what is the deadline to commit my list, is it today?', 'Is it too late to apply for the Match this year?'])(
    'a residency-track member gets the NRMP calendar, not AMIA\'s post-match: "%s"',
    (q) => {
      const l = withTarget(q, 'residency-informatics-track');
      if (l) {
        expect(l.text).not.toMatch(/AMIA/);
        expect(l.text).toMatch(/NRMP/);
      }
    },
  );

  it('a question naming the fellowship keeps its own match', () => {
    const q = 'when is the CI fellowship commit deadline?';
    const l = withTarget(q, 'residency-informatics-track');
    expect(l?.text).toMatch(/AMIA/);
  });
});

describe('a question that could be about either match, with no profile to tell which', () => {
  it.each([
    "If I don't match this year, what is the post-match process?",
    'what happens after results if i go unmatched this season?',
    'if no match for me this year, whats the process after?',
  ])('names both calendars and asks the member to register for neither: "%s"', (q) => {
    const a = answerQuestion(index, q);
    const l = seasonNowLine(q, a, '2026-12-05');
    if (!l) return;
    const both = /\[matches#amia-ci-match\]/.test(a.answer) && /\[matches#nrmp-main-match\]/.test(a.answer);
    if (both) expect(l.text).toMatch(/NRMP[\s\S]*AMIA/);
    expect(l.text).not.toMatch(/register now|register for the Match/i);
  });
});

describe("/ask on dates follows what the question is about: fellowships are on AMIA's calendar, residencies on the NRMP's", () => {
  // Trial 13: "do CI fellowships go through ERAS and NRMP… when exactly do applications open for july
  // 2028 start" got the residency season (early September, Match Day in March).
  it.each(['is the informatics fellowship in the NRMP match or not, and when do I apply to start July 2028?'])(
    '"%s": the fellowship season',
    (q) => {
      const s = seasonNowLine(q, answerQuestion(index, q), '2026-12-06', 'ci-fellowship');
      expect(s?.text).toMatch(/fellowship starting in July 2028|AMIA/);
      expect(s?.text).not.toMatch(/For a residency starting/);
    },
  );

  it.each([
    'when do residency applications open in ERAS for a July 2028 start?',
    'I will do a residency first: when do I apply to start residency in July 2028?',
  ])('"%s" from a member whose target is the fellowship: the residency season', (q) => {
    const s = seasonNowLine(q, answerQuestion(index, q), '2026-12-06', 'ci-fellowship');
    expect(s?.text).toMatch(/For a residency starting in July 2028/);
    expect(s?.text).not.toMatch(/AMIA's commit deadline/);
  });

  it('a question naming the NRMP about a fellowship gets the fellowship season line', () => {
    const q = 'is the informatics fellowship in the NRMP match or not, and when do I apply to start July 2028?';
    expect(seasonNowLine(q, answerQuestion(index, q), '2026-12-06', 'ci-fellowship')?.text).toMatch(
      /^For a fellowship starting in July 2028/,
    );
  });
});
