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
    expect(read(TOP_FIELDS.citizenship, 'not a US citizen, I have a green card')).toMatch(/^error: .* is not one of/);
    expect(read(TOP_FIELDS.visa, 'whatever (ECFMG)')).toMatch(
      /^error: "whatever \(ECFMG\)" is not one of: No visa needed, J-1/,
    );
    // An option whose own label has brackets still reads whole.
    expect(read(LIST_FIELDS.boardCertification.fields.board, 'Another board (e.g. home country)')).toBe('other');
  });
});
