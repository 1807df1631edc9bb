/**
 * The citizenship question answered with the choice and a remark about a visa ("Not a US citizen or
 * permanent resident – here on an H-4 EAD through my wife"): read by meaning. A negated "not a US
 * citizen or permanent resident" is the third choice whatever follows, a visa or work permit is never
 * a green card, the visa question is still asked, and the remark is said but never stored. A change
 * of citizenship with /profile edit says the visa answer needs a look. Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { citizenshipRemark, parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('citizenship-remark.sqlite');
const read = (s: string) => parseFieldValue(TOP_FIELDS.citizenship, s);

describe('a citizenship answer with a visa remark', () => {
  it.each([
    'Not a US citizen or permanent resident - on an H-4 EAD since my spouse holds an H-1B',
    'not a U.S. citizen or permanent resident; my wife is here on H1B and I have H4',
    'Not a US citizen or permanent resident (dependent visa, EAD)',
    'neither a US citizen nor a green card holder, I am on J-2 with my husband',
    "I'm not a citizen or a permanent resident: F-1 student right now",
    'Syrian citizen, here on an L-2 with an EAD',
    'H4 with work permit through my partner',
  ])('"%s" is Not a US citizen or permanent resident', (typed) => {
    expect(read(typed)).toEqual({ ok: true, value: 'non-us' });
  });

  it.each([
    ['not a US citizen, but a permanent resident since 2020', 'us-permanent-resident'],
    ['I am not a citizen yet; I have had my green card for three years', 'us-permanent-resident'],
    ['green card holder, my husband is still on an H-1B', 'us-permanent-resident'],
    ['permanent resident (came on an H1B, got the card through work)', 'us-permanent-resident'],
  ])('a green card said outside the negation is still a green card: "%s"', (typed, value) => {
    expect(read(typed)).toEqual({ ok: true, value });
  });

  it('an answer that denies and then claims a green card is asked again, not guessed', () => {
    const r = read('not a US citizen or permanent resident, though I do hold a green card');
    expect(r.ok).toBe(false);
  });

  it('the remark is what follows the choice, kept whole', () => {
    expect(citizenshipRemark('Not a US citizen or permanent resident - on H-4 (my husband has H-1B)')).toBe(
      'on H-4 (my husband has H-1B)',
    );
    expect(citizenshipRemark('Not a US citizen or permanent resident')).toBeUndefined();
  });

  it('in the console: read as the third choice, said before the visa question, the visa asked, nothing stored', async () => {
    const typed = 'Not a US citizen or permanent resident — H4 EAD holder, my husband works on an H1B';
    const r = await consoleRun(
      ['/profile setup', typed, 'not sure', 'residency', 'quit', '/profile show'],
      'setup.sqlite',
    );
    const note = r.stdout.indexOf(`Citizenship: read "${typed}" as Not a US citizen or permanent resident`);
    const visaQuestion = r.stdout.indexOf('Visa you would need for training');
    expect(note).toBeGreaterThan(-1);
    expect(visaQuestion).toBeGreaterThan(note);
    expect(r.stdout).toMatch(/is not a green card/);
    expect(r.stdout).toMatch(/has no place in this answer, so it is not stored/);
    expect(r.stdout).not.toMatch(/Visa: none needed/);
    expect(r.stdout).toMatch(/- Citizenship: Not a US citizen or permanent resident/);
    expect(r.stdout).toMatch(/- Visa: Not sure yet/);
    expect(r.stdout).not.toMatch(/- Citizenship: US permanent resident/);
  });

  it('/profile edit citizenship says the visa answer needs checking, both ways', async () => {
    const r = await consoleRun(
      [
        `/profile import ${EXAMPLE_PROFILE}`,
        '/profile edit citizenship green card',
        '/profile edit visa none',
        '/profile edit citizenship not a US citizen or permanent resident, I only have an EAD',
      ],
      'edit.sqlite',
    );
    expect(r.stdout).toMatch(/Your visa answer is still "J-1": a US citizen or permanent resident needs no visa/);
    expect(r.stdout).toMatch(
      /Your visa answer is still "No visa needed": someone who is not a US citizen or permanent resident usually needs a visa/,
    );
    expect(r.stdout).toMatch(/"I only have an EAD" is not stored/);
  });
});
