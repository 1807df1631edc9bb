import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_BYTES, parseProfile, parseProfileText } from '../../src/core/profile/parse.js';
import { EXAMPLE_PROFILE, EXAMPLE_WITH_RESIDENCIES } from '../helpers/cli.js';

const TODAY = '2026-11-22';
const exampleText = readFileSync(EXAMPLE_PROFILE, 'utf8');
const example = (): Record<string, any> => JSON.parse(exampleText);

/** Parse a modified copy of the example profile and return the problems (fails if it was accepted). */
function problems(edit: (p: Record<string, any>) => void): string[] {
  const p = example();
  edit(p);
  const r = parseProfile(p, TODAY);
  if (r.ok) throw new Error('expected the profile to be rejected');
  return r.error;
}

function textProblems(text: string): string[] {
  const r = parseProfileText(text, TODAY);
  if (r.ok) throw new Error('expected the text to be rejected');
  return r.error;
}

describe('profile schema', () => {
  it('accepts the example profile as is', () => {
    const r = parseProfileText(exampleText, TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(example());
  });

  it('accepts a profile with only the version', () => {
    expect(parseProfile({ version: 1 }, TODAY)).toEqual({ ok: true, value: { version: 1 } });
  });

  it('names an unknown top-level key', () => {
    expect(problems((p) => (p.gradutionYear = 2018))).toEqual([
      'gradutionYear: unknown key "gradutionYear" (not in profile v1; check the spelling)',
    ]);
  });

  it('names an unknown nested key with its full path', () => {
    const [first] = problems((p) => (p.medSchool.gradutionYear = 2018));
    expect(first).toMatch(/^medSchool\.gradutionYear: unknown key "gradutionYear"/);
  });

  it('names an unknown key inside a list entry with its index', () => {
    const [first] = problems((p) => (p.letters[1].titel = 'Prof'));
    expect(first).toMatch(/^letters\[1\]\.titel: unknown key "titel"/);
  });

  it('rejects a month that does not exist, naming the entry', () => {
    const [first] = problems((p) => (p.timeline[2].to = '2021-13'));
    expect(first).toMatch(/^timeline\[2\]\.to: "2021-13" is not a month \(YYYY-MM\)/);
  });

  it('rejects a badly formatted exam month', () => {
    const [first] = problems((p) => (p.exams[0].date = '06/2019'));
    expect(first).toBe('exams[0].date: "06/2019" is not a month (YYYY-MM)');
  });

  it('rejects a timeline entry that ends before it starts', () => {
    expect(problems((p) => (p.timeline[2].to = '2022-01'))).toEqual([
      'timeline[2]: "to" (2022-01) is before "from" (2022-07)',
    ]);
  });

  it('rejects a graduation in the future', () => {
    expect(problems((p) => (p.medSchool.graduated = '2027-01'))).toEqual([
      'medSchool.graduated: "2027-01" is in the future (today is 22 Nov 2026)',
    ]);
  });

  it('rejects an exam dated in the future', () => {
    const [first] = problems((p) => (p.exams[1].date = '2026-12'));
    expect(first).toMatch(/^exams\[1\]\.date: "2026-12" is in the future/);
  });

  it('accepts a graduation in the current month', () => {
    const p = example();
    p.medSchool.graduated = '2026-11';
    p.timeline = [];
    p.exams = [];
    expect(parseProfile(p, TODAY).ok).toBe(true);
  });

  it('rejects a value outside an enum and lists the allowed values', () => {
    const [first] = problems((p) => (p.citizenship = 'martian'));
    expect(first).toBe('citizenship: "martian" is not one of "us-citizen", "us-permanent-resident", "non-us"');
  });

  it('rejects a wrong enum value in a nested list', () => {
    const [first] = problems((p) => (p.timeline[0].activity = 'vacation'));
    expect(first).toMatch(/^timeline\[0\]\.activity: "vacation" is not one of "clinical"/);
  });

  it('rejects a wrong type and says what was expected', () => {
    expect(problems((p) => (p.matchAttempts = 'one'))).toEqual(['matchAttempts: expected a number, got "one"']);
    expect(problems((p) => (p.ecfmgCertified = 'yes'))[0]).toMatch(/^ecfmgCertified: expected true or false/);
    expect(problems((p) => (p.exams = {}))[0]).toMatch(/^exams: expected a list/);
  });

  it('rejects a fractional count', () => {
    expect(problems((p) => (p.matchAttempts = 1.5))[0]).toMatch(/^matchAttempts: expected a whole number/);
  });

  it('names every missing required letter field', () => {
    const out = problems((p) => {
      delete p.letters[0].role;
      delete p.letters[0].physician;
      delete p.letters[0].writer;
    });
    expect(out).toHaveLength(3);
    expect(out.some((l) => l.startsWith('letters[0].role: is required (one of "attending"'))).toBe(true);
    expect(out).toContain('letters[0].physician: is required (true or false)');
    expect(out).toContain('letters[0].writer: is required (text)');
  });

  it('rejects version 2 and a missing version', () => {
    expect(problems((p) => (p.version = 2))).toEqual(['version: must be 1, got number 2']);
    expect(problems((p) => delete p.version)).toEqual(['version: is required (1)']);
  });

  it('rejects JSON that is not an object', () => {
    expect(parseProfile([], TODAY)).toEqual({ ok: false, error: ['(profile): expected an object { … }, got a list'] });
    expect(parseProfile(null, TODAY)).toEqual({ ok: false, error: ['(profile): expected an object { … }, got null'] });
    expect(textProblems('"a string"')[0]).toMatch(/^\(profile\): expected an object/);
  });

  it('rejects invalid JSON', () => {
    expect(textProblems('{"version": 1,')[0]).toMatch(/^\(profile\): not valid JSON \(/);
    // The parser quotes the offending text; a newline in it must not split the one-line message.
    expect(textProblems('version: 1\nmore: 2\n')[0]).not.toContain('\n');
  });

  it('rejects an oversized file before parsing it', () => {
    const [first] = textProblems(' '.repeat(MAX_PROFILE_BYTES + 1));
    expect(first).toMatch(/^\(profile\): file is too large/);
  });

  it('rejects a 1 MB string in a field without echoing it', () => {
    const [first] = problems((p) => (p.specialty = 'x'.repeat(1_000_000)));
    expect(first).toBe('specialty: too long (a 1000000-character string; at most 200 characters)');
    expect(first!.length).toBeLessThan(200);
  });

  it('rejects a note longer than the note limit', () => {
    expect(problems((p) => (p.timeline[0].note = 'x'.repeat(1001)))[0]).toMatch(/^timeline\[0\]\.note: too long/);
  });

  it('rejects binary content', () => {
    expect(textProblems('{"version":1}\u0000\u0001')).toEqual(['(profile): this is a binary file, not JSON']);
  });

  it('reports several problems at once, each with its path', () => {
    const out = problems((p) => {
      p.citizenship = 'x';
      p.exams[0].result = 'passed';
    });
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^citizenship: /);
    expect(out[1]).toMatch(/^exams\[0\]\.result: /);
  });
});

describe('profile schema: residencies, board certification, observerships, program directors', () => {
  const residency = (over: Record<string, unknown> = {}) => ({
    country: 'United States',
    specialty: 'internal medicine',
    from: '2023-07',
    to: 'present',
    completed: false,
    ...over,
  });

  it('accepts the example with residencies as is, and both lists empty (none)', () => {
    const text = readFileSync(EXAMPLE_WITH_RESIDENCIES, 'utf8');
    const r = parseProfileText(text, TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(JSON.parse(text));
    expect(parseProfile({ version: 1, residencies: [], boardCertification: [] }, TODAY).ok).toBe(true);
  });

  it('accepts a residency in progress, with or without an accreditation', () => {
    const p = { version: 1, residencies: [residency(), residency({ accreditation: 'acgme' })] };
    expect(parseProfile(p, TODAY).ok).toBe(true);
  });

  it('names a missing residency field and an unknown accreditation', () => {
    const out = problems((p) => {
      p.residencies = [{ ...residency(), accreditation: 'ecfmg' }];
      delete p.residencies[0].completed;
    });
    expect(out).toContain('residencies[0].completed: is required (true or false)');
    expect(out.some((l) => /^residencies\[0\]\.accreditation: "ecfmg" is not one of "acgme", "acgme-i"/.test(l))).toBe(
      true,
    );
  });

  it('names an unknown key inside a residency (a typo must not be dropped)', () => {
    const [first] = problems((p) => (p.residencies = [{ ...residency(), complete: true }]));
    expect(first).toMatch(/^residencies\[0\]\.complete: unknown key "complete"/);
  });

  it('rejects a residency marked completed that is still "present"', () => {
    const [first] = problems((p) => (p.residencies = [residency({ completed: true })]));
    expect(first).toMatch(/^residencies\[0\]: "completed" is true but "to" is "present"/);
  });

  it('rejects a residency that ends before it starts, or starts in the future', () => {
    expect(problems((p) => (p.residencies = [residency({ to: '2023-01' })]))).toEqual([
      'residencies[0]: "to" (2023-01) is before "from" (2023-07)',
    ]);
    expect(problems((p) => (p.residencies = [residency({ from: '2027-07' })]))[0]).toMatch(
      /^residencies\[0\]\.from: "2027-07" is in the future/,
    );
  });

  it('accepts an expected end month for a residency still under way (completed false), never for a completed one', () => {
    // The README's profile section: a future `to` with completed false is the expected end.
    expect(
      parseProfile({ ...example(), residencies: [residency({ to: '2030-06', completed: false })] }, TODAY).ok,
    ).toBe(true);
    const [first] = problems((p) => (p.residencies = [residency({ to: '2030-06', completed: true })]));
    expect(first).toMatch(/^residencies\[0\]: "completed" is true but "to" \(2030-06\) is in the future/);
    // Further ahead than any residency runs is a slip.
    expect(problems((p) => (p.residencies = [residency({ to: '2040-06', completed: false })]))[0]).toMatch(
      /^residencies\[0\]\.to: "2040-06" is more than 8 years after "from"/,
    );
  });

  it('accepts each certifying board and rejects an unknown one', () => {
    for (const board of ['abms', 'aoa', 'rcpsc', 'cfpc', 'other']) {
      expect(parseProfile({ version: 1, boardCertification: [{ board, specialty: 'pediatrics' }] }, TODAY).ok).toBe(
        true,
      );
    }
    const [first] = problems((p) => (p.boardCertification = [{ board: 'abim', specialty: 'internal medicine' }]));
    expect(first).toMatch(/^boardCertification\[0\]\.board: "abim" is not one of "abms", "aoa"/);
    expect(problems((p) => (p.boardCertification = [{ board: 'abms' }]))).toEqual([
      'boardCertification[0].specialty: is required (text)',
    ]);
  });

  it('accepts the observership timeline activity and the program-director letter role', () => {
    const r = parseProfile(
      {
        version: 1,
        timeline: [{ from: '2024-01', to: '2024-03', activity: 'observership' }],
        letters: [
          {
            writer: 'Dr. Park',
            role: 'program-director',
            setting: 'us',
            physician: true,
            informatics: false,
            directObservation: true,
            year: 2026,
          },
        ],
      },
      TODAY,
    );
    expect(r.ok).toBe(true);
  });
});
