/**
 * Newcomer trial 15: setup stored "Dr Ana Souza (CMIO, my boss)" as the writer's name, refused
 * "brasil - UFMG" as the medical school's country and "dez 2016" as a month. A writer's name keeps
 * the name (title and credentials included) and says the remark back, reading the role it names; a
 * country written its own way beside a school's name is read; month names in Spanish, Portuguese,
 * French, Italian, German and Dutch are months. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { LIST_FIELDS, parseFieldValue, readWriter, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { readCountry } from '../../src/core/profile/country.js';
import { parseMonth } from '../../src/core/profile/friendly.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();
const writer = LIST_FIELDS.letters.fields.writer;

describe('a letter writer typed with who they are to the member', () => {
  it.each([
    ['Dr Ana Souza (CMIO, my boss)', 'Dr Ana Souza', 'cmio'],
    ['Paulo Lima - my PD', 'Paulo Lima', 'program-director'],
    ['Dr. Kemi Okafor, attending at Mercy', 'Dr. Kemi Okafor', 'attending'],
    ['Prof. Irina Volkova (was my department chair)', 'Prof. Irina Volkova', 'department-chair'],
  ])('stores "%s" as the name "%s" and reads the role %s', (said, name, role) => {
    expect(parseFieldValue(writer, said)).toEqual({ ok: true, value: name });
    expect(readWriter(said).role).toBe(role);
    const note = remarkNote('letters', 'writer', said) ?? '';
    expect(note).toContain(`stored the name "${name}"`);
    expect(note).toMatch(/is not part of a name/);
  });

  it.each([
    ['Dr. Wen Li (my boss at the clinic)', 'Dr. Wen Li'],
    ['Sam Patel, from my observership', 'Sam Patel'],
  ])('takes a remark naming no role out of the name: "%s"', (said, name) => {
    expect(parseFieldValue(writer, said)).toEqual({ ok: true, value: name });
    expect(readWriter(said).role).toBeUndefined();
  });

  it.each(['Dr. Emily Chen (PhD)', 'Maria Gomez, RN', 'Dr. Lee, MD', 'Dr. Ana Souza'])(
    'keeps credentials and a plain name as typed: "%s"',
    (said) => {
      expect(parseFieldValue(writer, said)).toEqual({ ok: true, value: said });
      expect(remarkNote('letters', 'writer', said)).toBeUndefined();
    },
  );

  it('the console stores the clean name, and the role the remark names when Other was chosen', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        ...['non-us', 'j1', 'ci fellowship'],
        ...['family medicine', 'brasil - UFMG', 'dez 2016', 'yes', '0'],
        ...['done', 'done', 'done', 'done', 'done', 'done'],
        'no', // professionalism
        ...['add', 'other', 'us', 'yes', 'Dr Ana Souza (CMIO, my boss)', '2026', 'yes', 'yes', ''],
        'done',
        '',
        '/profile show',
        'quit',
      ],
      'writer-remark.sqlite',
    );
    expect(r.stdout).toMatch(/stored the name "Dr Ana Souza"/);
    expect(r.stdout).not.toMatch(/is not a country I can read/);
    expect(r.stdout).not.toMatch(/is not a month/);
    expect(r.stdout).not.toMatch(/Souza \(CMIO/);
    expect(r.stdout).toMatch(/Dr Ana Souza[^\n]*CMIO/);
  });
});

describe('a medical school country written with the school or in its own language', () => {
  it.each([
    ['brasil - UFMG', 'Brazil'],
    ['UFMG, brasil', 'Brazil'],
    ['Universidad de Antioquia, Colombai', 'Colombia'],
    ['Perú (UNMSM)', 'Peru'],
  ])('reads "%s" as %s', (said, country) => {
    expect(readCountry(said)).toBe(country);
    expect(parseFieldValue(TOP_FIELDS['medSchool.country'], said)).toEqual({ ok: true, value: country });
  });

  it('still refuses an answer naming no country, or naming two with a slip', () => {
    expect(readCountry('UFMG')).toBeUndefined();
    expect(readCountry('UNAM')).toBeUndefined();
    expect(readCountry('brasil or portugl')).toBeUndefined();
  });
});

describe('months named in the languages members trained in', () => {
  it.each([
    ['dez 2016', '2016-12'],
    ['ene 2019', '2019-01'],
    ['fev/2020', '2020-02'],
    ['ago. 2018', '2018-08'],
    ['set 2015', '2015-09'],
    ['out 2014', '2014-10'],
    ['dic 2017', '2017-12'],
    ['mai 2019', '2019-05'],
    ['abr 2020', '2020-04'],
    ['diciembre de 2016', '2016-12'],
    ['março 2021', '2021-03'],
    ['2013 juillet', '2013-07'],
    ['févr. 2011', '2011-02'],
  ])('reads "%s" as %s', (said, month) => {
    expect(parseMonth(said)).toEqual({ ok: true, value: month });
  });

  it('leaves a month name that could be two months, and a word that is none, unread', () => {
    expect(parseMonth('jui 2016').ok).toBe(false);
    expect(parseMonth('xyz 2016').ok).toBe(false);
    expect(parseMonth('Dec 2016')).toEqual({ ok: true, value: '2016-12' });
  });
});
