import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  composePrematchTemplate,
  PLACEHOLDER_EXAMPLES,
  TEMPLATE_KINDS,
  type PrematchTemplate,
} from '../../src/composers/prematch-templates.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';

const example = (): Profile => JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
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

const PROFILES: [string, Profile | undefined][] = [
  ['no profile', undefined],
  ['the example profile', example()],
  [
    'a US-citizen residency applicant',
    { version: 1, citizenship: 'us-citizen', target: 'residency-informatics-track' },
  ],
  ['an undecided visa', { version: 1, citizenship: 'non-us', visa: 'undecided', ecfmgCertified: false }],
];

describe('composePrematchTemplate', () => {
  describe.each(PROFILES)('with %s', (_name, profile) => {
    it.each(TEMPLATE_KINDS)('%s passes the checker with no findings once filled in', (kind) => {
      const t = composePrematchTemplate(kind, profile);
      const email = fill(`Subject: ${t.subject}\n\n${t.body}`);
      expect(email).not.toMatch(/\[|\]/);
      expect(checkPrematchEmail(email, contextFor(t), '2026-11-13')).toEqual({ findings: [], notChecked: [] });
    });
  });

  it.each(TEMPLATE_KINDS)('%s has a subject, a body, notes and knowledge sources', (kind) => {
    const t = composePrematchTemplate(kind, example());
    expect(t.kind).toBe(kind);
    expect(t.subject.length).toBeGreaterThan(5);
    expect(t.body).toMatch(/^Dear Dr\. \[/);
    expect(t.notes.length).toBeGreaterThan(0);
    expect(t.sources.every((s) => s.doc === 'prematch')).toBe(true);
  });

  it('writes the profile facts into the eligibility inquiry', () => {
    const body = composePrematchTemplate('eligibility-inquiry', example()).body;
    expect(body).toContain('I completed my training in internal medicine in Egypt and hold ECFMG certification.');
    expect(body).toContain('sponsor a J-1 visa');
    expect(body).toContain('EHR data analyst for sepsis bundle dashboard');
    expect(body).toContain(', MD, ECFMG-certified');
  });

  it('asks the member for what the profile does not hold', () => {
    const body = composePrematchTemplate('eligibility-inquiry', {
      version: 1,
      citizenship: 'non-us',
      visa: 'undecided',
    }).body;
    expect(body).toContain('[your specialty]');
    expect(body).toContain('[country of training]');
    expect(body).toContain('[state your ECFMG status');
    expect(body).toContain('sponsor a [J-1 or H-1B] visa');
  });

  it('leaves visas out for a US citizen', () => {
    const body = composePrematchTemplate('eligibility-inquiry', { version: 1, citizenship: 'us-citizen' }).body;
    expect(body).not.toMatch(/visa|J-1|H-1B/);
  });

  it('keeps the top-choice letter within NRMP limits: independent ranking, no promise', () => {
    const t = composePrematchTemplate('top-choice', example());
    expect(t.body).toContain('each make their own ranking decisions independently');
    expect(t.notes.join(' ')).toContain('one program only');
  });

  it('never reveals a rank order in the reply to "we will rank you highly"', () => {
    const t = composePrematchTemplate('rank-you-highly');
    expect(t.body).not.toMatch(/first choice|top choice|#1|number one/i);
    expect(t.checkAs).toBe('other');
  });
});
