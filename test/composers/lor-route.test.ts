/**
 * The lead's decision (ux41) in the letters plan: the target decides what the plan is for, and a
 * CI-fellowship member who cannot reach a fellowship this cycle (only a residency abroad, or none)
 * gets letters planned for the US residency that comes first, labelled as that route, with the
 * fellowship's letters "later" and the advice to refresh today's letters then (judges of p327 and
 * p339). The findings still judge the fellowship mix, so their ids do not move. Members are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { letterRoute } from '../../src/composers/lor-route.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { lorPlanReport } from '../../src/app/views/lor.js';
import { cleanProfile } from '../mock/fixtures.js';

const TODAY = '2027-02-10';

const base = (over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'us-permanent-resident',
    target: 'ci-fellowship',
    specialty: 'pediatrics',
    medSchool: { country: 'Egypt', graduated: '2014-06' },
    residencies: [
      {
        country: 'Egypt',
        specialty: 'pediatrics',
        from: '2015-03',
        to: '2018-02',
        completed: true,
        accreditation: 'other',
      },
    ],
    timeline: [
      { from: '2015-03', to: '2018-02', activity: 'clinical', note: 'pediatrics residency, Cairo' },
      { from: '2018-03', to: '2025-08', activity: 'clinical', note: 'pediatrician, Alexandria' },
      { from: '2025-09', to: 'present', activity: 'informatics', note: 'EHR build analyst, Ohio' },
    ],
    usce: [{ kind: 'externship', months: 3, handsOn: true }],
    informatics: [{ kind: 'job', title: 'EHR build analyst', outcome: 'pediatric order sets rebuilt' }],
    letters: [
      {
        writer: 'Dr. Samir Fawzy',
        role: 'attending',
        setting: 'abroad',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2025,
      },
      {
        writer: 'Ms. Dana Cole',
        role: 'non-physician-supervisor',
        setting: 'us',
        physician: false,
        informatics: true,
        directObservation: true,
        year: 2027,
      },
      {
        writer: 'Dr. Mona Aziz',
        role: 'program-director',
        setting: 'abroad',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2018,
      },
    ],
    ...over,
  });

describe('letterRoute: a fellowship target not reachable this cycle', () => {
  it.each([
    ['a completed residency abroad only', base()],
    ['no residency at all', base({ residencies: [] })],
    [
      'a residency abroad still in progress',
      base({
        residencies: [
          {
            country: 'Egypt',
            specialty: 'pediatrics',
            from: '2024-03',
            to: '2027-02',
            completed: false,
            accreditation: 'other',
          },
        ],
      }),
    ],
  ])('plans the letters for the residency route, labelled, the fellowship later: %s', (_l, p) => {
    const route = letterRoute(p, TODAY);
    expect(route.profile.target).toBe('residency-informatics-track');
    expect(route.rerouted?.label).toMatch(/^Residency route \(now\): your target is a CI fellowship/);
    expect(route.rerouted?.later.join(' ')).toMatch(/Later, for the CI fellowship/);
    // Letters collected now must be refreshed when the member applies to the fellowship.
    expect(route.rerouted?.later.join(' ')).toMatch(/when you apply to the fellowship, ask these writers to refresh/);
    const email = composeLorEmail(route.profile, { today: TODAY });
    expect(email.subject).toMatch(/residency/);
    // The residency is what the member applies to now; informatics only as the later goal (round ux45).
    expect(email.body).not.toMatch(/applying (?:for|to) a clinical informatics|CI\) fellowship/i);
    expect(email.body).toMatch(
      /residency through the NRMP Main Residency Match.*fellowship after residency, is my longer-term goal/s,
    );
  });

  it('names the exception only for a member with a residency abroad', () => {
    expect(letterRoute(base(), TODAY).rerouted?.label).toMatch(/exception for applicants trained abroad/);
    expect(letterRoute(base({ residencies: [] }), TODAY).rerouted?.label).not.toMatch(/exception/);
  });

  it('counts no days to a fellowship deadline in the residency plan, and says why', () => {
    const route = letterRoute(base({ deadline: '2027-08-15' }), TODAY);
    expect(route.profile.deadline).toBeUndefined();
    expect(route.rerouted?.later[0]).toMatch(/15 Aug 2027\) is for the fellowship/);
  });

  it('keeps the findings on the fellowship target (their ids do not change)', () => {
    const p = base();
    const ids = reviewLetters(p, TODAY).findings.map((f) => f.id);
    // The fellowship's yardstick: one informatics letter of three is below half.
    expect(ids).toContain('informatics-share-low');
  });

  it('shows the route in the Discord/console plan', () => {
    const view = lorPlanReport(base(), TODAY);
    const route = view.sections?.find((s) => s.title === 'Residency route now, fellowship later');
    expect(route?.body).toMatch(/refresh/);
  });

  it.each([
    [
      'an ACGME residency in progress',
      base({
        residencies: [
          {
            country: 'US',
            specialty: 'pediatrics',
            from: '2025-07',
            to: 'present',
            completed: false,
            accreditation: 'acgme',
          },
        ],
        timeline: [{ from: '2025-07', to: 'present', activity: 'clinical', note: 'pediatrics resident, Ohio' }],
      }),
    ],
    [
      'a completed RCPSC residency',
      base({
        residencies: [
          {
            country: 'Canada',
            specialty: 'pediatrics',
            from: '2015-07',
            to: '2019-06',
            completed: true,
            accreditation: 'rcpsc',
          },
        ],
      }),
    ],
    ['a residency target', base({ target: 'residency-informatics-track' })],
  ])('leaves the plan on the member’s own target: %s', (_l, p) => {
    const route = letterRoute(p, TODAY);
    expect(route.rerouted).toBeUndefined();
    expect(route.profile).toBe(p);
  });
});

describe('letterRoute: a writer already asked for the fellowship', () => {
  // The member says she applied (a letter's ask date alone is not evidence of it since trial 17: with
  // no reply and no application recorded, the writer gets a fresh ask on the route).
  it('keeps the follow-up or thank-you on the application the ask was made for', async () => {
    const { runCliJson, scratchDir, writeJson } = await import('../helpers/cli.js');
    const { saidApplied } = await import('../helpers/said-applied.js');
    const p = saidApplied(
      base({
        deadline: '2026-09-15',
        letters: [
          {
            writer: 'Dr. Samir Fawzy',
            role: 'attending',
            setting: 'abroad',
            physician: true,
            informatics: false,
            directObservation: true,
            year: 2025,
            asked: '2026-07-01',
          },
        ],
      }),
      'applied to CI fellowships through ERAS this season',
    );
    const file = writeJson(scratchDir(), 'p.json', p);
    const out = runCliJson<{ email: { subject: string; kind: string } }>([
      'lor-ask',
      '--profile',
      file,
      '--today',
      '2026-10-20',
    ]);
    expect(out.email.kind).not.toBe('ask');
    expect(out.email.subject).toMatch(/clinical informatics fellowship/);
  });
  it('asks again on the route, naming the earlier message, when no reply and no application are recorded', async () => {
    const { runCliJson, scratchDir, writeJson } = await import('../helpers/cli.js');
    const p = base({
      deadline: '2026-09-15',
      letters: [
        {
          writer: 'Dr. Samir Fawzy',
          role: 'attending',
          setting: 'abroad',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2025,
          asked: '2026-07-01',
        },
      ],
    });
    const file = writeJson(scratchDir(), 'p.json', p);
    const out = runCliJson<{ email: { subject: string; kind: string; body: string } }>([
      'lor-ask',
      '--profile',
      file,
      '--today',
      '2026-10-20',
    ]);
    expect(out.email.kind).toBe('ask');
    expect(out.email.subject).toMatch(/residency \(informatics track\)/);
    expect(out.email.body).toContain('I wrote to you on 1 Jul 2026');
    expect(out.email.body).not.toMatch(/thank you for (?:your support|writing)/i);
    // Neither a letter written nor silence is presumed: thanks only as an "if".
    expect(out.email.body).toContain('If you were able to write it, thank you very much');
  });
});
