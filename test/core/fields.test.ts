import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, editableFields, suggestFields, suggestValues } from '../../src/core/profile/fields.js';
import type { Profile } from '../../src/core/profile/schema.js';
import type { Result } from '../../src/core/result.js';
import { EXAMPLE_WITH_RESIDENCIES, readExampleProfile as example } from '../helpers/cli.js';

const TODAY = '2026-11-22';

function edited(path: string, value: string, profile: Profile = example()): Profile {
  const r = applyEdit(profile, path, value, TODAY);
  if (!r.ok) throw new Error(`expected ${path}=${value} to be accepted: ${r.error.join('; ')}`);
  return r.value;
}

function refused(path: string, value: string, profile: Profile = example()): string[] {
  const r: Result<Profile> = applyEdit(profile, path, value, TODAY);
  if (r.ok) throw new Error(`expected ${path}=${value} to be refused`);
  return r.error;
}

describe('editable fields', () => {
  it('lists concrete paths with their current values', () => {
    const fields = editableFields(example());
    const by = (path: string) => fields.find((f) => f.path === path);
    expect(by('timeline[2].to')).toMatchObject({ current: '2023-03', name: 'Period 3, to' });
    expect(by('medSchool.graduated')?.current).toBe('2018-07');
    expect(by('ecfmgCertified')?.current).toBe('yes');
    expect(by('letters[1].asked')?.current).toBeUndefined();
    expect(by('exams')?.current).toBe('3 exam attempts');
    expect(by('professionalism')?.current).toBe('0 professionalism entries');
    expect(by('exams[0]')?.current).toBe('Step 1 — did not pass, Jun 2019');
    expect(by('timeline[4].to')).toBeUndefined();
  });
});

describe('field autocomplete', () => {
  it('suggests paths with their current value', () => {
    const choices = suggestFields(example(), 'timeline[2]');
    // Named as the member reads them; the value is the path /profile edit takes.
    expect(choices[0]).toEqual({
      name: 'Period 3 — currently Jul 2022 – Mar 2023: no activity',
      value: 'timeline[2]',
    });
    expect(choices).toContainEqual({ name: 'Period 3, to — currently Mar 2023', value: 'timeline[2].to' });
  });

  it('finds a field by the member’s word for it', () => {
    expect(suggestFields(example(), 'graduation')[0]?.value).toBe('medSchool.graduated');
    expect(suggestFields(example(), 'deadline')[0]).toEqual({
      name: 'Application deadline — currently 2027-01-15',
      value: 'deadline',
    });
    expect(suggestFields({ version: 1 }, 'visa')[0]).toEqual({ name: 'Visa — not given', value: 'visa' });
    expect(suggestFields(example(), 'visa')[0]).toEqual({ name: 'Visa — currently J-1', value: 'visa' });
  });

  it('never offers more than 25 choices or a name over 100 characters', () => {
    const p = example();
    p.timeline = Array.from({ length: 30 }, (_, i) => ({
      from: `2010-${String((i % 12) + 1).padStart(2, '0')}`,
      to: 'present',
      activity: 'research' as const,
      note: 'x'.repeat(900),
    }));
    for (const q of ['', 't', 'timeline', 'note', 'e', 'xxx']) {
      const choices = suggestFields(p, q);
      expect(choices.length, q).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
    expect(suggestFields(p, 'timeline').length).toBe(25);
    expect(suggestFields(p, 'timeline[3].note')[0]?.name).toMatch(/^Period 4, note — currently x+…$/);
  });

  it('suggests enum options matching what is typed', () => {
    expect(suggestValues('exams[0].exam', 'ck')).toEqual([{ name: 'Step 2 CK', value: 'step2ck' }]);
    expect(suggestValues('visa', '').map((c) => c.value)).toEqual([
      'not-needed',
      'j1',
      'h1b',
      'o1',
      'undecided',
      'remove',
    ]);
    expect(suggestValues('visa', '', example())[0]).toEqual({ name: 'J-1 (current value)', value: 'j1' });
  });

  it('reads a typed month or date and offers present for a period end', () => {
    expect(suggestValues('medSchool.graduated', 'Jul 2018')).toEqual([
      { name: '2018-07 (Jul 2018)', value: '2018-07' },
    ]);
    expect(suggestValues('timeline[0].to', 'pre').map((c) => c.value)).toContain('present');
    expect(suggestValues('deadline', '13/13/2027')[0]?.name).toContain('not valid yet');
    expect(suggestValues('timeline[2]', '')).toEqual([{ name: 'remove this period', value: 'remove' }]);
    expect(suggestValues('professionalism', '').map((c) => c.value)).toEqual(['none', 'remove']);
    expect(suggestValues('nonsense', 'x')).toEqual([]);
  });

  it('keeps value suggestions within the limits even for long text', () => {
    for (const [path, q] of [
      ['timeline[0].note', 'y'.repeat(100)],
      ['timeline[0].note', 'y'.repeat(101)],
      ['specialty', 'internal medicine'],
      ['letters[0].role', ''],
    ] as const) {
      const choices = suggestValues(path, q, example());
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('applying an edit', () => {
  it('changes a field of every kind from friendly input', () => {
    expect(edited('visa', 'H-1B').visa).toBe('h1b');
    expect(edited('citizenship', 'US citizen').citizenship).toBe('us-citizen');
    expect(edited('target', 'residency').target).toBe('residency-informatics-track');
    expect(edited('specialty', '  family medicine ').specialty).toBe('family medicine');
    expect(edited('medSchool.country', 'Jordan').medSchool).toEqual({ country: 'Jordan', graduated: '2018-07' });
    expect(edited('medSchool.graduated', 'Aug 2018').medSchool).toEqual({ country: 'Egypt', graduated: '2018-08' });
    expect(edited('ecfmgCertified', 'n').ecfmgCertified).toBe(false);
    expect(edited('matchAttempts', '2').matchAttempts).toBe(2);
    expect(edited('deadline', '1 Feb 2027').deadline).toBe('2027-02-01');
    expect(edited('timeline[3].to', 'now').timeline?.[3]?.to).toBe('present');
    expect(edited('timeline[2].to', '2023-05').timeline?.[2]?.to).toBe('2023-05');
    expect(edited('timeline[2].activity', 'exam prep').timeline?.[2]?.activity).toBe('exam-prep');
    expect(edited('timeline[2].note', 'family caregiving').timeline?.[2]?.note).toBe('family caregiving');
    expect(edited('exams[2].score', '250').exams?.[2]?.score).toBe(250);
    expect(edited('exams[0].exam', 'ck').exams?.[0]?.exam).toBe('step2ck');
    expect(edited('usce[0].months', '8 weeks').usce?.[0]?.months).toBe(2);
    expect(edited('usce[0].handsOn', 'yes').usce?.[0]?.handsOn).toBe(true);
    expect(edited('informatics[1].outcome', 'built a readmissions query').informatics?.[1]?.outcome).toBe(
      'built a readmissions query',
    );
    expect(edited('letters[1].asked', '2026-09-01').letters?.[1]?.asked).toBe('2026-09-01');
    expect(edited('letters[0].year', '2025').letters?.[0]?.year).toBe(2025);
    expect(edited('letters[2].language', 'es').letters?.[2]?.language).toBe('es');
    expect(edited('letters[2].mentionsProfessionalism', 'no').letters?.[2]?.mentionsProfessionalism).toBe(false);
  });

  it('accepts any case and the autocomplete name pasted as the path', () => {
    expect(edited('MedSchool.Graduated', '2018-06').medSchool?.graduated).toBe('2018-06');
    expect(edited('timeline[2].to — currently 2023-03', '2023-04').timeline?.[2]?.to).toBe('2023-04');
  });

  it('does not change the profile it was given', () => {
    const p = example();
    edited('timeline[0]', 'remove', p);
    edited('visa', 'o1', p);
    expect(p).toEqual(example());
  });

  it('removes optional fields with an empty value, clear or remove', () => {
    expect(edited('visa', '').visa).toBeUndefined();
    expect(edited('deadline', 'clear').deadline).toBeUndefined();
    expect(edited('exams[2].score', 'remove').exams?.[2]).toEqual({ exam: 'step2ck', date: '2020-05', result: 'pass' });
    expect(edited('medSchool', 'remove').medSchool).toBeUndefined();
  });

  it('removes a whole list item and a whole list', () => {
    const p = edited('timeline[2]', 'remove');
    expect(p.timeline?.map((t) => t.from)).toEqual(['2018-08', '2019-12', '2023-04']);
    expect(edited('letters', 'remove').letters).toBeUndefined();
    expect(edited('usce', 'none', { version: 1 }).usce).toEqual([]);
  });

  it('sets medical school country and month together when there is none', () => {
    expect(edited('medSchool', 'Nigeria, Jun 2016', { version: 1 }).medSchool).toEqual({
      country: 'Nigeria',
      graduated: '2016-06',
    });
    expect(refused('medSchool.country', 'Nigeria', { version: 1 })[0]).toContain(
      'field medSchool, value "Egypt, 2018-07"',
    );
    expect(refused('medSchool', 'Nigeria')[0]).toContain('use "Country, YYYY-MM"');
  });

  it('reads the country of "medSchool" as the setup does: "india, 2015-06" is India, a school name is asked again', () => {
    expect(edited('medSchool', 'india, 2015-06', { version: 1 }).medSchool).toEqual({
      country: 'India',
      graduated: '2015-06',
    });
    expect(refused('medSchool', 'Kasr Al Ainy, 2015-06', { version: 1 })[0]).toMatch(
      /"Kasr Al Ainy" is not a country I can read: type the country's name, e\.g\. India/,
    );
  });
});

describe('refusing an edit', () => {
  it('names close matches for an unknown path', () => {
    expect(refused('medschool.graduaded', '2018-07')[0]).toMatch(
      /^"medschool\.graduaded" is not a profile field\. Did you mean medSchool\.graduated\b/,
    );
    expect(refused('vsia', 'j1')).toEqual(['"vsia" is not a profile field. Did you mean visa?']);
    expect(refused('graduation', '2018-07')[0]).toContain('medSchool.graduated');
    expect(refused('zzz', '1')[0]).toContain('Pick a field from the list');
    expect(refused('exams.score', '1')[0]).toContain('exams[');
  });

  it('says what to type when the value is wrong', () => {
    expect(refused('medSchool.graduated', '13/2018')).toEqual([
      'medSchool.graduated: "13/2018" is not a month — use YYYY-MM, e.g. 2018-07',
    ]);
    expect(refused('visa', 'F-1')[0]).toMatch(/^visa: "F-1" is not one of: No visa needed, J-1/);
    expect(refused('matchAttempts', '51')).toEqual(['matchAttempts: "51" is too large — at most 50']);
    expect(refused('specialty', 'x'.repeat(201))[0]).toContain('too long (201 characters; at most 200)');
    expect(refused('letters[0].language', 'e')).toEqual([
      'letters[0].language: "e" is too short (at least 2 characters; e.g. en, fr, Arabic)',
    ]);
  });

  it('applies the schema’s cross-field checks', () => {
    expect(refused('medSchool.graduated', '2027-01')).toEqual([
      'medSchool.graduated: "2027-01" is in the future (today is 22 Nov 2026)',
    ]);
    expect(refused('timeline[2].to', '2022-01')).toEqual(['timeline[2]: "to" (2022-01) is before "from" (2022-07)']);
  });

  it('refuses items that do not exist and removing required fields', () => {
    expect(refused('timeline[4].to', '2023-01')).toEqual([
      'timeline[4].to: there is no period 5 — you have 4 (timeline[0] to timeline[3])',
    ]);
    expect(refused('exams[0].date', '2019-01', { version: 1 })[0]).toContain('you have no exam attempts yet');
    expect(refused('exams[1].result', 'remove')[0]).toContain(
      'to delete the whole entry, use field exams[1] with value "remove"',
    );
    expect(refused('medSchool.country', '')[0]).toContain('use field medSchool with value "remove"');
    expect(refused('timeline[2]', 'research')[0]).toContain('edit one of timeline[2].from');
  });

  it('will not mark a list none while it holds entries', () => {
    expect(refused('exams', 'none')[0]).toContain('you have 3 exam attempts listed');
  });
});

describe('editing residencies and board certification', () => {
  const withResidencies = (): Profile => JSON.parse(readFileSync(EXAMPLE_WITH_RESIDENCIES, 'utf8'));

  it('lists a residency and its fields with the member’s names', () => {
    const fields = editableFields(withResidencies());
    const by = (path: string) => fields.find((f) => f.path === path);
    expect(by('residencies')?.current).toBe('1 residency');
    expect(by('residencies[0]')?.current).toMatch(/^internal medicine, Egypt, Dec 2019 – Jun 2022, completed/);
    expect(by('residencies[0].completed')).toMatchObject({ name: 'Residency 1, completed', current: 'yes' });
    expect(by('boardCertification')?.current).toBeUndefined();
  });

  it('reads friendly input for residency fields', () => {
    const p = edited('residencies[0].accreditation', 'ACGME International', withResidencies());
    expect(p.residencies?.[0]?.accreditation).toBe('acgme-i');
    expect(edited('residencies[0].to', 'Jul 2022', withResidencies()).residencies?.[0]?.to).toBe('2022-07');
  });

  it('refuses "present" for a completed residency, naming the entry', () => {
    expect(refused('residencies[0].to', 'present', withResidencies())[0]).toMatch(
      /^residencies\[0\]: "completed" is true but "to" is "present"/,
    );
  });

  it('records "no residency" as an empty list, distinct from not given', () => {
    expect(edited('residencies', 'none').residencies).toEqual([]);
    expect(edited('boardCertification', 'none').boardCertification).toEqual([]);
    expect(refused('residencies', 'none', withResidencies())[0]).toMatch(/you have 1 residency listed/);
  });

  it('offers the boards by name when editing one', () => {
    const p: Profile = { version: 1, boardCertification: [{ board: 'other', specialty: 'surgery' }] };
    const names = suggestValues('boardCertification[0].board', 'royal', p).map((c) => c.value);
    expect(names).toContain('rcpsc');
    expect(edited('boardCertification[0].board', 'ABIM', p).boardCertification?.[0]?.board).toBe('abms');
  });

  it('accepts the observership activity and the program-director role by their plain names', () => {
    expect(edited('timeline[2].activity', 'shadowing').timeline?.[2]?.activity).toBe('observership');
    expect(edited('letters[0].role', 'program director').letters?.[0]?.role).toBe('program-director');
  });
});
