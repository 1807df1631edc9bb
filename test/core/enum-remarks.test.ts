/**
 * A choice typed with a remark after it ("J-1 visa (ECFMG sponsor)", "greencard thru marrige") is
 * read as the choice: the remark says how or why, not which. A remark never turns an answer into
 * a different choice than its head reads as.
 */
import { describe, expect, it } from 'vitest';
import { LIST_FIELDS, TOP_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';

const read = (spec: Parameters<typeof parseFieldValue>[0], raw: string) => {
  const r = parseFieldValue(spec, raw);
  return r.ok ? r.value : `error: ${r.error}`;
};

describe('choices typed with a remark after them', () => {
  it('reads the visa, the citizenship and the target before a remark in brackets or after "through", "by", "since"', () => {
    expect(read(TOP_FIELDS.visa, 'J-1 visa (ECFMG sponsor)')).toBe('j1');
    expect(read(TOP_FIELDS.visa, 'J1 sponsored by ECFMG')).toBe('j1');
    expect(read(TOP_FIELDS.visa, 'H-1B through my hospital')).toBe('h1b');
    expect(read(TOP_FIELDS.citizenship, 'greencard thru marrige')).toBe('us-permanent-resident');
    expect(read(TOP_FIELDS.citizenship, 'green card through marriage')).toBe('us-permanent-resident');
    expect(read(TOP_FIELDS.citizenship, 'permanent resident since 2020')).toBe('us-permanent-resident');
    expect(read(TOP_FIELDS.citizenship, 'US citizen by birth')).toBe('us-citizen');
    expect(read(TOP_FIELDS.target, 'CI fellowship (after my IM residency)')).toBe('ci-fellowship');
    expect(read(LIST_FIELDS.usce.fields.kind, 'observership from 2025')).toBe('observership');
  });

  it('does not cut at a comma, where the first half would read as the wrong choice, and still names the field when nothing reads', () => {
    // Its first half alone would read as "not a US citizen"; the whole reads as the green card it names.
    expect(read(TOP_FIELDS.citizenship, 'not a US citizen, I have a green card')).toBe('us-permanent-resident');
    expect(read(TOP_FIELDS.visa, 'whatever (ECFMG)')).toMatch(
      /^error: "whatever \(ECFMG\)" is not one of: No visa needed, J-1/,
    );
    // An option whose own label has brackets still reads whole.
    expect(read(LIST_FIELDS.boardCertification.fields.board, 'Another board (e.g. home country)')).toBe('other');
  });

  it('reads the basics from a phrase that names one choice ("colombian, green card holder", "fellowship in CI")', () => {
    expect(read(TOP_FIELDS.citizenship, 'colombian, green card holder')).toBe('us-permanent-resident');
    expect(read(TOP_FIELDS.citizenship, 'perm resident')).toBe('us-permanent-resident');
    expect(read(TOP_FIELDS.citizenship, 'not a US citizen, I have a green card')).toBe('us-permanent-resident');
    expect(read(TOP_FIELDS.target, 'psych residency w/ informatics')).toBe('residency-informatics-track');
    expect(read(TOP_FIELDS.target, 'fellowship in CI')).toBe('ci-fellowship');
    // Both named: asked again, never guessed.
    expect(read(TOP_FIELDS.target, 'I want a fellowship after residency')).toMatch(/^error: /);
  });

  it('never reads a green card the member does not hold yet as permanent residence, and says what to choose', () => {
    for (const x of [
      'no green card',
      'no greencard',
      'without green card',
      'green card pending',
      'applying for a green card',
      'waiting for my green card',
    ]) {
      expect(read(TOP_FIELDS.citizenship, x), x).toMatch(/^error: /);
    }
    expect(read(TOP_FIELDS.citizenship, 'no green card')).toMatch(
      /sounds like you do not hold a green card yet: until it is granted, choose Not a US citizen or permanent resident/,
    );
  });
});

describe('a target typed as both routes', () => {
  it('explains which route comes next instead of only listing the choices', () => {
    for (const s of [
      'both',
      'either',
      'CI fellowship or pediatrics residency',
      'residency then fellowship',
      'not decided',
    ]) {
      const r = parseFieldValue(TOP_FIELDS.target, s);
      expect(r.ok, s).toBe(false);
      if (!r.ok) {
        expect(r.error, s).toMatch(/choose the one you will apply to next/);
        expect(r.error, s).toMatch(/without one your next step is a residency with an informatics track/);
        expect(r.error, s).toMatch(/Leave it out: your red-flag report then says which route/);
      }
    }
  });

  it('still reads one route typed with words around it, and other fields keep their own message', () => {
    expect(read(TOP_FIELDS.target, 'CI fellowship (after my IM residency)')).toBe('ci-fellowship');
    expect(read(TOP_FIELDS.target, 'fellowship')).toBe('ci-fellowship');
    expect(read(TOP_FIELDS.visa, 'both')).not.toMatch(/apply to next/);
  });
});

describe('a number field that does not read', () => {
  it("gives the field's own example, not its lowest value", () => {
    expect(read(LIST_FIELDS.exams.fields.score, '2016-12')).toBe('error: "2016-12" is not a number — e.g. 247');
  });
});

describe('a visa the member does not have yet', () => {
  it('reads "no visa yet" and other not-yet or not-sure answers as Not sure yet, never as No visa needed', () => {
    for (const x of [
      'no visa yet',
      'dont have any visa yet, not sure which one',
      "I don't have one yet",
      'not decided',
      "haven't decided",
      'I will need one',
      'no idea which one',
    ]) {
      expect(read(TOP_FIELDS.visa, x), x).toBe('undecided');
    }
  });

  it('still reads a named visa, and a plain "none" or "not required", as what they say', () => {
    expect(read(TOP_FIELDS.visa, 'J-1 visa')).toBe('j1');
    // A named visa with a doubt is asked again rather than guessed either way.
    expect(read(TOP_FIELDS.visa, 'J-1 probably, not sure yet')).toMatch(/^error: /);
    expect(read(TOP_FIELDS.visa, 'none')).toBe('not-needed');
    expect(read(TOP_FIELDS.visa, 'not required')).toBe('not-needed');
  });
});

describe('a nationality typed with "no green card"', () => {
  it('reads another nationality and no green card as not a US citizen or permanent resident', () => {
    expect(read(TOP_FIELDS.citizenship, 'pakistani, no green card')).toBe('non-us');
    expect(read(TOP_FIELDS.citizenship, 'no green card, indian passport')).toBe('non-us');
    expect(read(TOP_FIELDS.citizenship, 'nigerian citizen without green card')).toBe('non-us');
  });
});
