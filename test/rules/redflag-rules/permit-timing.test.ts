/**
 * Newcomer trial 23: an H-4 EAD ending four months into PGY-1, for a member applying now, was rated
 * low with "a late renewal can leave weeks without permission to work". Since renewals filed on or
 * after 30 October 2025 no longer extend the old card (Federal Register 2025-19702), a card that ends
 * before or early in the first year is a live risk to settle before the rank list. Severity follows
 * how far into training the card ends and where the season stands, for every kind of permit.
 */
import { describe, expect, it } from 'vitest';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit } from './fixtures.js';

const flagFor = (note: string, today: string, deadline = '2026-09-24', target = 'residency-informatics-track') =>
  visaSponsorshipRule(
    edit((p) => {
      p.citizenship = 'non-us';
      p.visa = 'not-needed';
      p.target = target as 'residency-informatics-track';
      p.deadline = deadline;
      p.timeline = [{ from: '2025-05', to: 'present', activity: 'research', note }];
    }),
    today,
  ).flags.find((f) => f.id === 'visa-sponsorship');

describe('a work permit that ends early in the training applied for now', () => {
  it.each([
    ['research assistant; H-4 EAD until 2027-10', '(c)(26)'],
    ['lab analyst; H4 dependent with EAD, valid through November 2027', '(c)(26)'],
    ['scribe lead; adjustment of status filed, EAD (c)(9) valid to 2027-12', '(c)(9)'],
    ['coordinator; asylum application pending, EAD expires 2028-01', '(c)(8)'],
    ['Epic trainer on a Temporary Protected Status work permit to 2027-09', 'work permit'],
  ])('is high, with the GME question dated by the rank list and the renewal window: %s', (note, card) => {
    const f = flagFor(note, '2026-12-07')!;
    expect(f.severity).toBe('high');
    expect(f.actions[0]).toMatch(/Before the rank-list deadline \(typically about \d+ (Feb|Mar) 2027\)/);
    expect(f.actions[0]).toContain(card);
    expect(f.actions[1]).toMatch(/up to 180 days before the card ends \(from about \w{3} 2027\)/);
    expect(f.why).toMatch(/months? into its first year/);
    expect(`${f.why} ${f.actions.join(' ')}`).not.toMatch(/weeks without permission/);
  });

  it('is high when the card ends before the July start of the season applied in', () => {
    const f = flagFor('analyst; H-4 EAD until 2027-05', '2026-11-02')!;
    expect(f.severity).toBe('high');
  });

  it('is told to the matched member as a question for the program, not the rank list', () => {
    const f = flagFor('research assistant; H-4 EAD until 2027-09', '2027-03-10')!;
    expect(f.severity).toBe('high');
    expect(f.actions[0]).toMatch(/^Ask your program's GME office in writing now/);
    expect(f.actions[1]).toMatch(/File the renewal \(Form I-765\) now/);
  });

  it('is medium when the training is a season or more away', () => {
    const f = flagFor('research assistant; H-4 EAD until 2028-09', '2026-12-07', '2027-09-24')!;
    expect(f.severity).toBe('medium');
  });

  it('names the H-4 category and the end of automatic extension in the why', () => {
    const f = flagFor('research assistant; H-4 EAD until 2027-10', '2026-12-07')!;
    expect(f.why).toMatch(/\(c\)\(26\)/);
    expect(f.why).toMatch(/30 October 2025/);
    expect(f.actions.join(' ')).toMatch(/Step 3/);
    expect(f.actions.join(' ')).toMatch(/two-year home-residence/);
  });
});

describe('near-misses', () => {
  it('a card that outlasts the training raises nothing', () => {
    expect(flagFor('research assistant; H-4 EAD until 2031-02', '2026-12-07')).toBeUndefined();
  });

  it('a card that ends late in training is a routine renewal: low, without the rank-list step', () => {
    const f = flagFor('research assistant; H-4 EAD until 2029-03', '2026-12-07')!;
    expect(f.severity).toBe('low');
    expect(f.actions.join(' ')).not.toMatch(/rank-list deadline/);
  });
});
