/**
 * What a member's work permit rests on decides how long it lasts: granted asylum or refugee status
 * carries the right to work, while parole, TPS, a pending application or DACA last only as long as
 * the status and its card. A word such as "refugee" naming a study, a clinic or a camp says nothing
 * of the member's status (a judge of p203: a parolee researching refugee health was told the
 * asylee reading and to say he needs no sponsorship).
 */
import { describe, expect, it } from 'vitest';
import { permitBasis } from '../../../src/rules/redflag-rules/permit-basis.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit } from './fixtures.js';

describe('the basis of a work permit a note names', () => {
  it.each([
    ['interpreter; asylee since 2023, EAD to 2027-06', 'asylee-refugee'],
    ['resettled in Denver as a refugee (green card pending), work card expires 2027-02', 'asylee-refugee'],
    ['came to the US with refugee status in 2021', 'asylee-refugee'],
    ['asylum was granted in 2024; EAD through 2027-08', 'asylee-refugee'],
    ['asylee with an EAD; I-485 filed, pending', 'asylee-refugee'],
    ['data analyst, refugee resettlement agency; humanitarian parole, EAD valid to 2027-09', 'parole'],
    ['coordinator of a refugee clinic; in the US through U4U, work permit ends 2027-11', 'parole'],
    ['nurse aide; paroled in 2023 (CHNV), EAD (c)(11) until 2027-01', 'parole'],
    ['research assistant; re-paroled under Uniting for Ukraine; TPS application pending', 'parole'],
    ['Epic trainer on a Temporary Protected Status work permit to 2027-10', 'tps'],
    ['holds TPS (Haiti); EAD valid through March 2028', 'tps'],
    ['analyst; my asylum case is still pending, EAD until 2027-12', 'pending'],
    ['scribe lead; adjustment of status filed, EAD (c)(9) valid to 2027-04', 'pending'],
    ['analyst at a refugee health study, asylum application filed 2024, EAD to 2027-05', 'pending'],
    ['research coordinator; DACA recipient, EAD through 2027-03', 'daca'],
  ])('%s -> %s', (note, basis) => {
    expect(permitBasis(note)).toBe(basis);
  });

  it.each([
    'research assistant, refugee health outcomes study; EAD valid to 2027-09',
    'volunteered in a refugee camp in Jordan before moving; H-4 EAD to 2028-01',
    'worked with refugees in Lviv; L-2 EAD until 2027-06',
    'Epic analyst; advance parole approved for travel; work permit to 2027-02',
  ])('names no status of the member: %s', (note) => {
    expect(permitBasis(note)).toBeUndefined();
  });
});

describe('the visa item of a member whose permit rests on a time-limited status', () => {
  const onPermit = (note: string) =>
    visaSponsorshipRule(
      edit((p) => {
        p.citizenship = 'non-us';
        p.visa = 'not-needed';
        p.target = 'residency-informatics-track';
        p.deadline = '2026-09-25';
        p.timeline = [{ from: '2024-02', to: 'present', activity: 'research', note }];
      }),
      '2026-07-20',
    ).flags;

  it('tells a parolee working on refugee health that his permission lasts only as long as his parole', () => {
    const [f, ...rest] = onPermit(
      'research assistant on a refugee health study; parole renewed, EAD valid to 2027-10-31',
    );
    expect(rest).toEqual([]);
    // Four months into a residency applied for now: high since trial 23 (permit-timing.test.ts).
    expect(f!.severity).toBe('high');
    expect(f!.title).toBe('Work authorization: your permit ends Oct 2027');
    expect(f!.why).toMatch(/comes from parole lasts only as long as the parole/);
    expect(f!.why).not.toMatch(/comes with the status itself/);
    const actions = f!.actions.join(' ');
    expect(actions).toMatch(/re-parole and a new work permit well before your parole ends/);
    expect(actions).not.toMatch(/need no sponsorship/);
  });

  it('says how a TPS permit continues, and what a pending case or DACA depends on', () => {
    expect(onPermit('clinic analyst; TPS holder, EAD until 2027-04')[0]!.why).toMatch(
      /only while you hold TPS: while your country's designation is extended and you re-register/,
    );
    expect(onPermit('analyst; green card (I-485) pending, EAD good through 2027-05')[0]!.why).toMatch(
      /lasts until the date on the card or the decision on your case/,
    );
    expect(onPermit('project coordinator; DACA, EAD valid to 2028-02')[0]!.actions.join(' ')).toMatch(
      /DACA renewal in the window USCIS suggests/,
    );
  });

  it('keeps the asylee reading for a member granted asylum, whatever else the note names', () => {
    const [f] = onPermit('caseworker at a refugee clinic; granted asylum in 2023, EAD card expires 2027-08');
    expect(f!.why).toMatch(/comes with the status itself/);
    expect(f!.actions.join(' ')).toMatch(/need no sponsorship/);
  });

  it('adds no status sentence for a spouse-based permit', () => {
    const [f] = onPermit('data analyst; H-4 EAD valid to 2027-09');
    expect(f!.why).not.toMatch(/parole|TPS|DACA|pending/);
  });
});
