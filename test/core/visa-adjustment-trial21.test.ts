/**
 * Newcomer trial 21: a work permit from a pending green-card application (a "combo card", EAD with
 * advance parole, category (c)(9), an I-485 pending) was stored as No visa needed. It lasts only
 * while the application is pending and until its printed date, so the setup stores Not sure yet,
 * as the step's own guidance says. Near-misses keep their readings: an H-4 EAD stays an H-4 EAD,
 * and a green card holder needs no visa.
 */
import { describe, expect, it } from 'vitest';
import { TOP_FIELDS, parseFieldValue, permitReading } from '../../src/core/profile/field-specs.js';
import { visaNote } from '../../src/core/profile/setup-flow.js';

const read = (s: string) => parseFieldValue(TOP_FIELDS.visa, s);

describe('an EAD resting on a pending green card: Not sure yet', () => {
  it.each([
    'i have EAD combo card with advance parole, yani I think no visa needed?? not sure',
    "work permit through my pending I-485 (husband's green card case)",
    'I hold an AP/EAD card, adjustment of status filed last year',
    'EAD c9, waiting for green card',
    'employment authorization from our family-based AOS, so I guess none',
    'combo card',
  ])('"%s" is stored as Not sure yet, with what the card rests on', (answer) => {
    expect(read(answer)).toEqual({ ok: true, value: 'undecided' });
    expect(permitReading(answer)?.adjustment).toBe(true);
    const note = visaNote(answer)!;
    expect(note).toContain('as Not sure yet');
    expect(note).toMatch(/pending green-card application/);
    expect(note).toMatch(/GME office in writing/);
    expect(note).not.toMatch(/H-4|spouse keeps/);
  });
});

describe('near-misses keep their readings', () => {
  it.each(['H-4 EAD', 'H4 EAD through my husband (he is H1B)', 'H-4 EAD, valid until 2028'])(
    '"%s" stays an H-4 EAD in hand',
    (answer) => {
      expect(read(answer)).toEqual({ ok: true, value: 'not-needed' });
      expect(permitReading(answer)?.permit).toBe('an H-4 EAD');
      expect(permitReading(answer)?.adjustment).toBeUndefined();
    },
  );
  it('a green card holder needs no visa and is not read as a pending green card', () => {
    expect(permitReading('green card holder, no visa needed')).toBeUndefined();
    expect(read('no visa needed')).toEqual({ ok: true, value: 'not-needed' });
  });
  it('advance parole alone names no green card (asylum, TPS and DACA holders get it too)', () => {
    expect(permitReading('EAD through DACA, advance parole approved')?.adjustment).toBeUndefined();
  });
  it('a J-1 answer that mentions a green card is still J-1', () => {
    expect(read('J1, no green card')).toEqual({ ok: true, value: 'j1' });
  });
});
