/**
 * Newcomer trial 17: "currently H-1B, but my residency was on J-1" at the visa question was read as
 * two choices with none first and stored as Not sure yet, and the J-1 history was lost without a
 * word. The visa held now is the answer; a visa named as the status of past training is history,
 * said back with where the contract keeps it (a timeline note such as "residency, J-1", which the
 * red-flag report reads for the two-year rule). Paraphrases of our own, with near-misses.
 */
import { describe, expect, it } from 'vitest';
import { parseFieldValue, TOP_FIELDS, visaHistory } from '../../src/core/profile/field-specs.js';
import { visaNote } from '../../src/core/profile/setup-flow.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('visa-history.sqlite');
const visa = (s: string) => parseFieldValue(TOP_FIELDS.visa, s);

describe('a visa answer with a visa held before', () => {
  it.each([
    'currently H-1B, but my residency was on J-1',
    'on H1B now, did residency on J1',
    'J-1 before, H-1B now',
    'I trained on a J1 visa and I am now on H-1B',
    'H1B now; previously J1 during IM residency',
    'came on J1 for residency, currently H1B through a Conrad waiver',
  ])('keeps the visa held now and names the J-1 as history: "%s"', (said) => {
    expect(visa(said)).toEqual({ ok: true, value: 'h1b' });
    expect(visaHistory(said)).toEqual({ now: 'h1b', past: ['j1'] });
    const note = visaNote(said) ?? '';
    expect(note).toMatch(/as H-1B, the visa you hold now/);
    expect(note).toMatch(/"Timeline since graduation".*note naming the visa \(e\.g\. "residency, J-1"\)/);
    expect(note).toMatch(/two-year home-residence rule \(INA 212\(e\)\)/);
  });

  it.each([
    ['was hoping for H-1B but J-1 is fine', 'h1b'],
    ['ideally H-1B, but a J-1 would be fine', 'h1b'],
    ['J1 or H1B', 'undecided'],
    ['J-1', 'j1'],
  ])('leaves choices between visas as they were: "%s"', (said, value) => {
    expect(visaHistory(said)).toBeUndefined();
    expect(visa(said)).toEqual({ ok: true, value });
  });

  it.each(['my residency was on J-1', 'I trained on a J1'])(
    'asks again when the one visa named is only past training: "%s"',
    (said) => {
      const r = visa(said);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.error).toMatch(/past training .* goes in your timeline: a note on those years/);
    },
  );

  it('the console stores H-1B and says where the J-1 history goes', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        'Sudanese',
        'currently H-1B, but my residency was on J-1',
        'fellowship',
        'quit',
        '/profile show',
      ],
      'held.sqlite',
    );
    expect(r.stdout).toMatch(/Visa: read "currently H-1B, but my residency was on J-1" as H-1B, the visa you hold now/);
    expect(r.stdout).toMatch(/Your J-1 is history that this one-visa box does not hold/);
    expect(r.stdout).toMatch(/- Visa: H-1B/);
    expect(r.stdout).not.toMatch(/as Not sure yet/);
  });
});
