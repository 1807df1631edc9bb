import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultFlags, parseRole, parseSetting, parseWriterText } from '../../src/app/lor/add-writer.js';
import { findWriter, resolveWriterRef, writerChoices, writerRef } from '../../src/app/lor/writers.js';
import { checkContext, listsFinalSection } from '../../src/app/views/prematch.js';
import { codeBlock, CODE_BLOCK_MAX, copyable } from '../../src/app/views/copyable.js';
import { lorEmailReport, lorPlanReport, unknownWriterView } from '../../src/app/views/lor.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { renderDiscord } from '../../src/discord/render.js';
import { renderText } from '../../src/console/render.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
const letters = example.letters!;

describe('writer references and choices', () => {
  it('resolves a reference only while the same writer holds that place', () => {
    const ref = writerRef(letters, 1);
    expect(resolveWriterRef(letters, ref)).toBe(1);
    const renamed = letters.map((l, i) => (i === 1 ? { ...l, writer: 'Dr. Someone Else' } : l));
    expect(resolveWriterRef(renamed, ref)).toBeUndefined();
    expect(resolveWriterRef(letters.slice(0, 1), ref)).toBeUndefined();
    expect(resolveWriterRef(letters, 'nonsense')).toBeUndefined();
  });

  it('offers at most 25 choices, filtered by what was typed, with long names as #n values', () => {
    const many: Profile = {
      version: 1,
      letters: Array.from({ length: 30 }, (_, n) => ({ ...letters[0]!, writer: `Dr. W${n}` })),
    };
    expect(writerChoices(many, '')).toHaveLength(25);
    expect(writerChoices(example, 'ORT').map((c) => c.value)).toEqual(['Ms. Ortiz']);
    const long: Profile = { version: 1, letters: [{ ...letters[0]!, writer: 'L'.repeat(150) }] };
    const [choice] = writerChoices(long, '');
    expect(choice!.value).toBe('#1');
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(findWriter(long, '#1')?.writer).toBe('L'.repeat(150));
    expect(findWriter(example, '  dr. LEE ')?.writer).toBe('Dr. Lee');
    expect(findWriter(example, 'Dr. Nobody')).toBeUndefined();
    expect(writerChoices(undefined, 'x')).toEqual([]);
  });
});

describe('add-writer input', () => {
  it('accepts a name, a four-digit year, an optional date and language (English is the default)', () => {
    expect(parseWriterText({ name: ' Dr. A ', year: '2024', asked: '', language: 'English' })).toEqual({
      ok: true,
      value: { writer: 'Dr. A', year: 2024 },
    });
    expect(parseWriterText({ name: 'Dr. A', year: '2024', asked: '2026-09-01', language: 'French' })).toEqual({
      ok: true,
      value: { writer: 'Dr. A', year: 2024, asked: '2026-09-01', language: 'French' },
    });
  });

  it('names every problem after the form’s labels', () => {
    const r = parseWriterText({ name: '', year: '24', asked: '2026-13-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(3);
      expect(r.error[0]).toMatch(/^Name:/);
      expect(r.error[1]).toMatch(/^Year: "24" is not a year/);
      expect(r.error[2]).toMatch(/^Date asked: "2026-13-01" is not a date/);
    }
  });

  it('guesses the yes/no facts from the role', () => {
    expect(defaultFlags('cmio')).toEqual({
      physician: true,
      informatics: true,
      directObservation: true,
      mentionsProfessionalism: false,
    });
    expect(defaultFlags('non-physician-supervisor')).toMatchObject({ physician: false, informatics: false });
    expect(defaultFlags('family-friend')).toMatchObject({ directObservation: false });
  });

  it('reads roles and settings typed in the console', () => {
    expect(parseRole('CMIO')).toBe('cmio');
    expect(parseRole('qi lead')).toBe('qi-lead');
    expect(parseRole('Attending physician')).toBe('attending');
    expect(parseRole('astronaut')).toBeUndefined();
    expect(parseSetting('US')).toBe('us');
    expect(parseSetting('abroad')).toBe('abroad');
    expect(parseSetting('mars')).toBeUndefined();
  });
});

describe('copyable text', () => {
  it('keeps text in one code block when it fits, with fences and mentions defused', () => {
    expect(codeBlock('a ``` b @everyone <@12345>')).toBe(
      '```text\na `\u200b`\u200b` b @\u200beveryone <@\u200b12345>\n```',
    );
    expect(codeBlock('x'.repeat(CODE_BLOCK_MAX + 1))).toBeUndefined();
    expect(copyable('y '.repeat(3000)).long).toBe(true);
  });

  it('attaches ask-email.txt when the email is too long for a code block, and still fits Discord', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: ${'word '.repeat(25)}`).join('\n\n');
    const v = lorEmailReport(example, { kind: 'ask', subject: 'Request', body, writer: letters[0]! }, '2026-11-20');
    expect(v.files?.map((f) => f.name)).toEqual(['ask-email.txt']);
    expect(v.files![0]!.content).toMatch(/^Subject: Request\n\nParagraph 0/);
    for (const m of renderDiscord(v)) {
      for (const e of m.embeds) expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    }
    const short = lorEmailReport(
      example,
      { kind: 'ask', subject: 'Request', body: 'Dear Dr. Lee,', writer: letters[0]! },
      '2026-11-20',
    );
    expect(short.files).toBeUndefined();
    expect(renderText(short)).not.toContain('```');
  });
});

describe('pre-match check options', () => {
  it('validates dates and kind before any email is pasted, naming the option', () => {
    expect(checkContext({ kind: 'thank-you', program: ' Lakeside ', interviewDate: '2026-11-18' })).toEqual({
      kind: 'thank-you',
      program: 'Lakeside',
      interviewDate: '2026-11-18',
    });
    expect(() => checkContext({ kind: 'thank-you', sendDate: 'tomorrow' })).toThrow(
      /send_date: "tomorrow" is not a date/,
    );
    expect(() => checkContext({ kind: 'thank-you', interviewDate: '2026-11-18', sendDate: '2026-11-10' })).toThrow(
      /send_date: 2026-11-10 is before interview_date 2026-11-18/,
    );
    expect(() => checkContext({ kind: 'love-letter' })).toThrow(/kind/);
  });
});

describe('letter plan buttons', () => {
  it('offers a follow-up email, not a new ask, for a writer already asked', () => {
    const p: Profile = { ...example, letters: letters.map((l, i) => (i === 0 ? { ...l, asked: '2026-11-20' } : l)) };
    const labels = (lorPlanReport(p, '2026-12-03').actions ?? []).flat().map((a) => ('label' in a ? a.label : ''));
    expect(labels).toContain('Follow-up email: Dr. Lee');
    expect(labels).not.toContain('Ask email: Dr. Lee');
    expect(labels.some((l) => l.startsWith('Ask email: '))).toBe(true);
    // Asked on a date still ahead: not asked yet, so still an ask.
    const later: Profile = {
      ...example,
      letters: letters.map((l, i) => (i === 0 ? { ...l, asked: '2027-01-10' } : l)),
    };
    const laterLabels = (lorPlanReport(later, '2026-12-03').actions ?? [])
      .flat()
      .map((a) => ('label' in a ? a.label : ''));
    expect(laterLabels).toContain('Ask email: Dr. Lee');
  });
});

describe('writer names shown back', () => {
  it('names each role in words (CMIO, residency program director), never its stored code', () => {
    const p: Profile = {
      ...example,
      letters: [
        { ...letters[0]!, writer: 'Dr. Brooks', role: 'cmio' },
        { ...letters[0]!, writer: 'Dr. Whitfield', role: 'program-director' },
      ],
    };
    const body = unknownWriterView(p, 'Dr. Whitfeld')
      .sections.map((x) => x.body)
      .join('\n');
    expect(body).toContain('Dr. Brooks (CMIO, 2024)');
    expect(body).toContain('Dr. Whitfield (residency program director, 2024)');
    expect(writerChoices(p, '').map((c) => c.name)).toContain('Dr. Brooks (CMIO, US, 2024)');
  });
});

describe('/lor-ask plan with nothing to flag', () => {
  it('says which checks found nothing and what they cannot judge, never that the letters cover what programs want', () => {
    const resident: Profile = {
      version: 1,
      citizenship: 'non-us',
      visa: 'j1',
      target: 'ci-fellowship',
      specialty: 'internal medicine',
      medSchool: { country: 'Philippines', graduated: '2019-06' },
      residencies: [
        {
          country: 'USA',
          specialty: 'Internal Medicine',
          from: '2025-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
      letters: [
        {
          writer: 'Dr. Sarah Goldberg',
          role: 'program-director',
          setting: 'us',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2026,
          asked: '2027-05-01',
        },
        {
          writer: 'Dr. Kevin Park',
          role: 'cmio',
          setting: 'us',
          physician: true,
          informatics: true,
          directObservation: true,
          year: 2026,
        },
        {
          writer: 'Maria Santos RN',
          role: 'qi-lead',
          setting: 'us',
          physician: false,
          informatics: true,
          directObservation: true,
          year: 2026,
        },
      ],
      deadline: '2027-08-01',
    };
    const findings = lorPlanReport(resident, '2026-12-03').sections[0]!;
    expect(findings.title).toBe('Findings');
    expect(findings.body).toMatch(
      /^None from these checks: how many letters, .* They cannot judge what a writer will say/,
    );
    expect(findings.body).not.toMatch(/covers what programs look for/);
  });
});

describe('a top-choice message or an update after the typical list deadline', () => {
  it('says AMIA lists are usually final after the commit deadline, for a CI fellowship applicant', () => {
    const s = listsFinalSection('top-choice', 'ci-fellowship', '2026-12-07');
    expect(s?.title).toBe('Timing');
    expect(s?.body).toMatch(
      /^On the typical AMIA match calendar the commit deadline was 5 Dec 2026, so by 7 Dec 2026 lists are usually final/,
    );
  });

  it('says NRMP rank lists are usually final between the rank deadline and Match Day', () => {
    expect(listsFinalSection('update', 'residency-informatics-track', '2027-03-05')?.body).toMatch(
      /NRMP Match calendar the rank order list deadline was 3 Mar 2027, so by 5 Mar 2027/,
    );
  });

  it.each([
    ['top-choice', 'ci-fellowship', '2026-12-04'],
    ['top-choice', 'ci-fellowship', '2027-01-10'],
    ['thank-you', 'ci-fellowship', '2026-12-07'],
    ['update', 'residency-informatics-track', '2026-12-07'],
    ['top-choice', undefined, '2026-12-07'],
  ] as const)('says nothing for a %s email (%s) sent %s', (kind, target, day) => {
    expect(listsFinalSection(kind, target, day)).toBeUndefined();
  });
});
