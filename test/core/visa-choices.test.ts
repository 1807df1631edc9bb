/**
 * A visa answer naming more than one visa is read, never dropped: the first choice when the words
 * give one, else "Not sure yet"; the note says what the single-visa profile could not keep.
 * Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { TOP_FIELDS, parseFieldValue, visaChoices } from '../../src/core/profile/field-specs.js';
import { remarkNote, visaNote } from '../../src/core/profile/setup-flow.js';

const read = (s: string) => parseFieldValue(TOP_FIELDS.visa, s);

describe('two visas with a first choice', () => {
  it.each([
    ['would prefer H1B but will take J1', 'h1b', ['j1']],
    ['J1 is fine, H1B ideally', 'h1b', ['j1']],
    ['H-1B (J-1 if needed)', 'h1b', ['j1']],
    ['j-1 is my first choice, h1b as a backup', 'j1', ['h1b']],
    ['hoping for an H1B; J1 works too', 'h1b', ['j1']],
    ['O-1 if possible, otherwise H-1B', 'o1', ['h1b']],
  ])('"%s" reads as %s, with the fallback named', (answer, value, others) => {
    expect(read(answer)).toEqual({ ok: true, value });
    expect(visaChoices(answer)).toMatchObject({ value, first: true, others });
    const note = visaNote(answer)!;
    expect(note).toContain(`read "${answer}" as`);
    expect(note).toMatch(/your first choice/);
    expect(note).toMatch(/as a fallback is not stored/);
    expect(note).toMatch(/\/profile edit visa undecided after the setup/);
  });

  it('one visa named as the first of "either": read as it, the others said not stored', () => {
    for (const answer of ['either, H1B first', 'both are ok, ideally J-1']) {
      const v = visaChoices(answer)!;
      expect(v.first).toBe(true);
      expect(read(answer).ok).toBe(true);
      expect(visaNote(answer)).toMatch(/the others you would accept are not stored/);
    }
    expect(read('either, H1B first')).toEqual({ ok: true, value: 'h1b' });
  });
});

describe('two visas with no first choice', () => {
  it.each(['j1 or h1b', 'H1B / J1, whichever a program offers', 'J-1 and H-1B both'])(
    '"%s" reads as Not sure yet',
    (answer) => {
      expect(read(answer)).toEqual({ ok: true, value: 'undecided' });
      expect(visaNote(answer)).toMatch(/as Not sure yet: you named (?:J-1 and H-1B|H-1B and J-1) with no first choice/);
    },
  );
});

describe('answers that name one visa are read as before', () => {
  it.each([
    ['J-1', 'j1'],
    ['h1b visa', 'h1b'],
    ['J-1 visa (ECFMG sponsor)', 'j1'],
    ['not sure yet', 'undecided'],
  ])('"%s"', (answer, value) => {
    expect(read(answer)).toEqual({ ok: true, value });
    expect(visaChoices(answer)).toBeUndefined();
  });

  it('the setup gives the visa note at the basics step', () => {
    expect(remarkNote('basics', 'visa', 'H1B ideally, J1 is fine')).toMatch(/as H-1B, your first choice/);
    expect(remarkNote('basics', 'visa', 'J-1')).toBeUndefined();
  });
});
