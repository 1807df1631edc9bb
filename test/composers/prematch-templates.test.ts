import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  composePrematchTemplate,
  PLACEHOLDER_EXAMPLES,
  TEMPLATE_KINDS,
  type PrematchTemplate,
  type TemplateKind,
} from '../../src/composers/prematch-templates.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';
import { EXAMPLE_WITH_RESIDENCIES, readExampleProfile as example } from '../helpers/cli.js';

const PROGRAM = PLACEHOLDER_EXAMPLES['[Program name]']!;

/** Replace every placeholder with its example; fail on a placeholder the examples do not know. */
function fill(text: string): string {
  return text.replace(/\[[^\]\n]*\]/g, (p) => {
    const filled = PLACEHOLDER_EXAMPLES[p];
    if (filled === undefined) throw new Error(`no example filling for placeholder ${p}`);
    return filled;
  });
}

/** A realistic context for each template: sent the day after the interview, nothing sent before. */
function contextFor(t: PrematchTemplate): PrematchContext {
  const base = { kind: t.checkAs, program: PROGRAM };
  return t.checkAs === 'inquiry' ? base : { ...base, interviewDate: '2026-11-12', sendDate: '2026-11-13' };
}

const TODAY = '2026-11-13';
const compose = (kind: TemplateKind, profile?: Profile) => composePrematchTemplate(kind, profile, TODAY);
const withResidencies = (): Profile => JSON.parse(readFileSync(EXAMPLE_WITH_RESIDENCIES, 'utf8')) as Profile;
const residency = (over: Partial<NonNullable<Profile['residencies']>[number]> = {}) => ({
  country: 'United States',
  specialty: 'pediatrics',
  from: '2022-07',
  to: 'present',
  completed: false,
  accreditation: 'acgme' as const,
  ...over,
});

const usResident: Profile = {
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  ecfmgCertified: true,
  residencies: [residency()],
};
const noResidency: Profile = {
  version: 1,
  target: 'ci-fellowship',
  residencies: [],
  medSchool: { country: 'India', graduated: '2021-06' },
};

const PROFILES: [string, Profile | undefined][] = [
  ['no profile', undefined],
  ['the example profile', example()],
  ['the example with its residency abroad', withResidencies()],
  [
    'a US-citizen residency applicant',
    { version: 1, citizenship: 'us-citizen', target: 'residency-informatics-track' },
  ],
  ['an undecided visa', { version: 1, citizenship: 'non-us', visa: 'undecided', ecfmgCertified: false }],
  ['a US resident applying to fellowships on H-1B', usResident],
  ['a graduate with no residency', noResidency],
];

describe('composePrematchTemplate', () => {
  describe.each(PROFILES)('with %s', (_name, profile) => {
    it.each(TEMPLATE_KINDS)('%s passes the checker with no findings once filled in', (kind) => {
      const t = compose(kind, profile);
      const email = fill(`Subject: ${t.subject}\n\n${t.body}`);
      expect(email).not.toMatch(/\[|\]/);
      expect(checkPrematchEmail(email, contextFor(t), '2026-11-13')).toMatchObject({
        findings: [],
        notChecked: [],
        cannotJudge: [],
      });
    });

    it.each(TEMPLATE_KINDS)('%s names the match whose rules apply', (kind) => {
      const t = compose(kind, profile);
      const first = t.notes[0]!;
      if (profile?.target === 'residency-informatics-track') {
        expect(t.match).toBe('nrmp-main');
        expect(first).toContain('NRMP Main Residency Match');
        expect(first).not.toContain('AMIA');
      } else if (profile?.target === 'ci-fellowship') {
        expect(t.match).toBe('amia-ci-match');
        expect(first).toContain('AMIA Clinical Informatics Fellowship Match');
      } else {
        expect(t.match).toBeUndefined();
        expect(first).toMatch(/AMIA Clinical Informatics Fellowship Match.*NRMP Main Residency Match/);
      }
      expect(t.sources).toContainEqual({ doc: 'matches', section: 'communication-rules' });
    });
  });

  it.each(TEMPLATE_KINDS)('%s has a subject, a body, notes and knowledge sources', (kind) => {
    const t = compose(kind, example());
    expect(t.kind).toBe(kind);
    expect(t.subject.length).toBeGreaterThan(5);
    expect(t.body).toMatch(/^Dear Dr\. \[/);
    expect(t.notes.length).toBeGreaterThan(0);
    expect(t.sources.every((s) => s.doc === 'prematch' || s.doc === 'matches')).toBe(true);
  });

  it('names a residency interview as a residency interview in the subject, not a clinical informatics one', () => {
    const resident = { ...example(), target: 'residency-informatics-track' as const };
    expect(compose('thank-you', resident).subject).toBe('Thank you - residency interview on [interview date]');
    expect(compose('update', resident).subject).toMatch(/, residency applicant$/);
    const fellow = { ...example(), target: 'ci-fellowship' as const };
    expect(compose('thank-you', fellow).subject).toBe('Thank you - clinical informatics interview on [interview date]');
  });

  it('writes the member’s own residency into the eligibility inquiry, and asks the question that fits it', () => {
    const body = compose('eligibility-inquiry', withResidencies()).body;
    expect(body).toContain(
      'I completed my internal medicine residency in Egypt in 2022, and I hold ECFMG certification.',
    );
    expect(body).toContain('residency training was outside the US and Canada, as exceptionally qualified applicants');
    expect(body).toContain('sponsor a J-1 visa');
    expect(body).toContain('EHR data analyst for sepsis bundle dashboard');
    expect(body).toContain(', MD, ECFMG-certified');
  });

  it('never claims a completed residency the profile does not show', () => {
    // Residencies not given: a placeholder, whatever the specialty and school say.
    const unknown = compose('eligibility-inquiry', example()).body;
    expect(unknown.replace(/\[[^\]]*\]/g, '')).not.toMatch(/I completed/); // only inside a placeholder's example
    expect(unknown).toContain('[your training so far');
    // None: only the medical degree.
    const none = compose('eligibility-inquiry', noResidency).body;
    expect(none).toContain('I earned my medical degree in India in 2021');
    expect(none).not.toMatch(/I completed|residency in/);
    expect(none).toContain('fellowships usually require a completed residency');
    // In progress: "currently a resident", and a visa question rather than an eligibility doubt.
    const current = compose('eligibility-inquiry', usResident).body;
    expect(current).toContain('I am currently a pediatrics resident in the United States (since Jul 2022)');
    expect(current).toContain('whether you are able to sponsor an H-1B visa');
    expect(current).not.toMatch(/outside the US/);
    // Left before completion: the dates, never "completed".
    const left = compose('eligibility-inquiry', {
      version: 1,
      target: 'ci-fellowship',
      residencies: [residency({ to: '2023-06', completed: false })],
    }).body;
    expect(left).toContain('I trained in pediatrics in the United States from Jul 2022 to Jun 2023');
    expect(left).not.toMatch(/I completed/);
  });

  it('asks the member for what the profile does not hold', () => {
    const body = compose('eligibility-inquiry', { version: 1, citizenship: 'non-us', visa: 'undecided' }).body;
    expect(body).toContain('[your training so far');
    expect(body).toContain('[state your ECFMG status');
    expect(body).toContain('sponsor a [J-1 or H-1B] visa');
  });

  it('leaves visas out for US citizens and permanent residents, whatever the visa field says', () => {
    for (const citizenship of ['us-citizen', 'us-permanent-resident'] as const) {
      for (const kind of TEMPLATE_KINDS) {
        const t = compose(kind, { version: 1, citizenship, visa: 'j1' });
        expect(`${t.body} ${t.notes.join(' ')}`, `${citizenship} ${kind}`).not.toMatch(/visa|J-1|H-1B/);
      }
    }
  });

  it('keeps the top-choice letter within the match rules: independent ranking, no promise, the right deadline', () => {
    const t = compose('top-choice', example());
    expect(t.body).toContain('each make their own ranking decisions independently');
    expect(t.notes.join(' ')).toContain('one program only');
    expect(t.notes.join(' ')).toContain('AMIA commit deadline');
    const residencyTrack = compose('top-choice', { version: 1, target: 'residency-informatics-track' });
    expect(residencyTrack.notes.join(' ')).toContain('NRMP rank order list deadline');
  });

  it('never reveals a rank order in the reply to "we will rank you highly"', () => {
    const t = compose('rank-you-highly');
    expect(t.body).not.toMatch(/first choice|top choice|#1|number one/i);
    expect(t.checkAs).toBe('other');
  });
});

describe('templates put only true, well-formed facts in the member’s mouth (rules review)', () => {
  const TODAY = '2026-12-03';
  const inquiry = (p: Profile) => composePrematchTemplate('eligibility-inquiry', p, TODAY).body;

  it('leads with the US residency in progress, after the one completed abroad', () => {
    const body = inquiry({
      version: 1,
      citizenship: 'us-citizen',
      target: 'ci-fellowship',
      ecfmgCertified: true,
      residencies: [
        {
          country: 'Syria',
          specialty: 'neurology',
          from: '2011-07',
          to: '2015-06',
          completed: true,
          accreditation: 'other',
        },
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2023-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
    });
    expect(body).toContain(
      'I am currently an internal medicine resident in the United States (since Jul 2023), after completing a neurology residency in Syria in 2015',
    );
  });

  it('asks an ACGME-I resident whether ACGME International accreditation is accepted', () => {
    const body = inquiry({
      version: 1,
      citizenship: 'non-us',
      visa: 'h1b',
      target: 'ci-fellowship',
      residencies: [
        {
          country: 'Singapore',
          specialty: 'internal medicine',
          from: '2022-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme-i',
        },
      ],
    });
    expect(body).toMatch(/accepts applicants from a residency accredited by ACGME International/);
    expect(body).toMatch(/sponsor an H-1B visa/);
  });

  it('asks a US osteopathic graduate nothing about ECFMG and signs DO', () => {
    const body = inquiry({
      version: 1,
      citizenship: 'us-citizen',
      target: 'ci-fellowship',
      medSchool: { country: 'United States', graduated: '2017-05' },
      ecfmgCertified: false,
      exams: [{ exam: 'comlex1', date: '2015-06', result: 'pass' }],
      residencies: [
        {
          country: 'United Kingdom',
          specialty: 'general practice',
          from: '2017-08',
          to: '2021-07',
          completed: true,
          accreditation: 'other',
        },
      ],
    });
    expect(body).not.toMatch(/ECFMG/);
    expect(body).toContain('I completed my general practice residency in the United Kingdom in 2021.');
    expect(body).toMatch(/\[Your full name\], DO\n/);
  });

  it('speaks of committing preferences, not a rank list, in the AMIA match', () => {
    const ci = composePrematchTemplate('rank-you-highly', { version: 1, target: 'ci-fellowship' }, TODAY).body;
    expect(ci).toMatch(/finalise my preferences in the match/);
    const rt = composePrematchTemplate('rank-you-highly', { version: 1, target: 'residency-informatics-track' }, TODAY);
    expect(rt.body).toMatch(/finalise my rank list/);
  });
});

describe('templates name the training under way (rules review)', () => {
  it('introduces a specialty trainee abroad by the current programme, with the completed one after it', () => {
    const body = composePrematchTemplate(
      'eligibility-inquiry',
      {
        version: 1,
        citizenship: 'non-us',
        visa: 'o1',
        target: 'ci-fellowship',
        residencies: [
          {
            country: 'United Kingdom',
            specialty: 'internal medicine (core training)',
            from: '2018-08',
            to: '2020-07',
            completed: true,
            accreditation: 'other',
          },
          {
            country: 'United Kingdom',
            specialty: 'respiratory medicine',
            from: '2020-08',
            to: 'present',
            completed: false,
            accreditation: 'other',
          },
        ],
      },
      '2026-09-08',
    ).body;
    expect(body).toContain(
      'I am currently a respiratory medicine resident in the United Kingdom (since Aug 2020), after completing an internal medicine (core training) residency in the United Kingdom in 2020',
    );
  });
});
