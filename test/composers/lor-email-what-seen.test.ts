/**
 * An ask email asks each writer only about what that writer saw: a research supervisor, physician or
 * not, is asked about the research they supervised, never about the member's patients.
 */
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { readExampleProfile as example } from '../helpers/cli.js';

const TODAY = '2026-05-10';

const writer = (over: Partial<Letter>): Letter => ({
  writer: 'Dr. Mei Tanaka',
  role: 'attending',
  setting: 'abroad',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2024,
  ...over,
});

const bodyFor = (l: Letter) => composeLorEmail({ ...example(), letters: [l] }, { today: TODAY, writer: l.writer }).body;

describe('what the ask email asks a writer to describe', () => {
  it.each([true, false])('asks a research supervisor (physician: %s) about the research, not patients', (physician) => {
    const body = bodyFor(writer({ role: 'research-supervisor', physician }));
    expect(body).not.toMatch(/communicate with patients|clinical reasoning/);
    expect(body).toContain('how I carried out the research you supervised');
  });

  it('still asks an attending who saw clinical work about clinical reasoning and patients', () => {
    const body = bodyFor(writer({ role: 'attending' }));
    expect(body).toContain('my clinical reasoning, how I communicate with patients and colleagues');
    expect(body).not.toContain('research you supervised');
  });

  it('asks a CMIO who did not see clinical work nothing about patients', () => {
    const body = bodyFor(writer({ role: 'cmio' }));
    expect(body).not.toMatch(/communicate with patients|clinical reasoning/);
  });
});
