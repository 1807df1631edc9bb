/**
 * A visa answer that names a work permit instead of a sponsored visa (newcomer trial 14: "H4 EAD
 * insha'Allah by july, if not then J1" was refused and no choice fitted an EAD holder). An EAD in
 * hand is work permission of the member's own: No visa needed, said with why and what to record. One
 * still pending, H-4 alone, a green card pending, or a permit with a sponsored visa as the fallback is
 * honestly Not sure yet. Decorated answers (wishes, emojis) read as the value they decorate.
 * Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import {
  OPTIONS,
  TOP_FIELDS,
  parseFieldValue,
  permitReading,
  undecorated,
} from '../../src/core/profile/field-specs.js';
import { getStep, remarkNote, visaNote } from '../../src/core/profile/setup-flow.js';

const read = (s: string) => parseFieldValue(TOP_FIELDS.visa, s);

describe('an EAD still pending, or with a sponsored visa as the fallback: Not sure yet', () => {
  it.each([
    ["H4 EAD insha'Allah by july, if not then J1", ['j1']],
    ['ead applied in march, waiting. otherwise h1b', ['h1b']],
    ['work permit pending (spouse on H1B) 🤞', []],
    ['expecting my EAD card by next spring', []],
  ])('"%s" is stored as Not sure yet and the note says why in one line', (answer, others) => {
    expect(read(answer)).toEqual({ ok: true, value: 'undecided' });
    expect(permitReading(answer)).toMatchObject({ value: 'undecided', others });
    const note = visaNote(answer)!;
    expect(note.split('\n')).toHaveLength(1);
    expect(note).toContain(`read "${answer}" as Not sure yet`);
    expect(note).toMatch(/not in hand yet/);
    expect(note).toMatch(/change it to No visa needed/);
    if (others.length) expect(note).toMatch(/you named (J-1|H-1B) as well/);
    expect(remarkNote('basics', 'visa', answer)).toBe(note);
  });
});

describe('an EAD in hand: No visa needed, with its limits said', () => {
  it.each([
    ['H-4 EAD', 'H-4'],
    ["on h4 ead through my husband's H1B", 'H-4'],
    ['I have an EAD (asylum pending)', ''],
    ['valid employment authorization card until 2029', ''],
  ])('"%s" reads as No visa needed, never as a sponsored visa', (answer, h4) => {
    expect(read(answer)).toEqual({ ok: true, value: 'not-needed' });
    const note = visaNote(answer)!;
    expect(note).toContain('as No visa needed');
    expect(note).toMatch(/without a program sponsoring a visa, but only while it is valid/);
    expect(note).toMatch(/end date in a timeline note/);
    expect(note).toMatch(/ask each program whether it accepts an EAD/);
    if (h4) expect(note).toMatch(/spouse keeps H-1B status/);
    else expect(note).not.toMatch(/H-1B status/);
  });
});

describe('a status that allows no work yet: Not sure yet', () => {
  it.each(['H4 dependent', 'green card pending, I-485 filed', 'waiting on my gc'])('"%s"', (answer) => {
    expect(read(answer)).toEqual({ ok: true, value: 'undecided' });
    expect(visaNote(answer)).toMatch(/as Not sure yet/);
  });

  it('H-4 alone is said to allow no work', () => {
    expect(visaNote('on H-4 for now')).toMatch(/H-4 status alone does not allow work/);
  });

  it('a sponsored visa named beside H-4 or a missing green card is the answer, not a permit', () => {
    expect(read('on H4 now, J1 for training')).toEqual({ ok: true, value: 'j1' });
    expect(read('J-1, no green card')).toEqual({ ok: true, value: 'j1' });
    expect(permitReading('J-1, no green card')).toBeUndefined();
  });
});

describe('"if not then": the visa after it is the fallback', () => {
  it.each([
    ['j1 if not then h1b', 'j1', 'h1b'],
    ['H-1B, otherwise J-1', 'h1b', 'j1'],
    ['O1 if not, H1B', 'o1', 'h1b'],
  ])('"%s" reads as %s', (answer, value, fallback) => {
    expect(read(answer)).toEqual({ ok: true, value });
    expect(visaNote(answer)).toContain(`${fallback === 'h1b' ? 'H-1B' : 'J-1'} as a fallback is not stored`);
  });
});

describe('decorated answers read as the value they decorate', () => {
  it.each([
    ["J1 insha'Allah", 'j1'],
    ['H1B hopefully 🙏', 'h1b'],
    ['inshallah j-1!!', 'j1'],
    ['not sure yet 😅', 'undecided'],
  ])('visa "%s" reads as %s', (answer, value) => {
    expect(read(answer)).toEqual({ ok: true, value });
  });

  it.each([
    ['fellowship insha allah 🤲', 'ci-fellowship'],
    ['residency w informatics track, God willing', 'residency-informatics-track'],
  ])('target "%s" reads as %s', (answer, value) => {
    expect(parseFieldValue(TOP_FIELDS.target, answer)).toEqual({ ok: true, value });
  });

  it('a wish about a green card is never read as holding one', () => {
    for (const s of ['green card inshaAllah', 'green card hopefully soon']) {
      const r = parseFieldValue(TOP_FIELDS.citizenship, s);
      expect(r.ok && r.value === 'us-permanent-resident').toBe(false);
    }
    expect(parseFieldValue(TOP_FIELDS.citizenship, 'US citizen 🇺🇸')).toEqual({ ok: true, value: 'us-citizen' });
  });

  it('undecorated keeps the words and drops only wishes and emojis', () => {
    expect(undecorated("J1 insha'Allah 🤲")).toBe('J1');
    expect(undecorated('H1B (ECFMG) pls!!')).toBe('H1B (ECFMG)');
    expect(undecorated('plain answer')).toBe('plain answer');
  });
});

describe("the visa question's help names what a permit holder picks", () => {
  it('the basics step and the menu say EAD in hand: No visa needed; pending: Not sure yet', () => {
    const prompt = getStep('basics')!.prompt;
    expect(prompt).toMatch(/EAD/);
    expect(prompt).toMatch(/H-4/);
    expect(prompt).toMatch(/green card is still pending/);
    expect(prompt).toMatch(/in hand[^.]*"No visa needed"/);
    // A combo card (EAD with advance parole) rests on the pending green card: Not sure yet (trial 21).
    expect(prompt).toMatch(/combo card[^.]*still pending[^.]*"Not sure yet"/);
    const byValue = Object.fromEntries(OPTIONS.visa.map((o) => [o.value, o.description]));
    expect(byValue['not-needed']).toMatch(/EAD in hand/);
    expect(byValue['undecided']).toMatch(/EAD or green card is still pending/);
    for (const o of OPTIONS.visa) expect((o.description ?? '').length).toBeLessThanOrEqual(100);
  });
});
