// A newcomer trial of session 12 pasted a gap draft saying "their administration is honestly a mess
// that failed a lot of us" and was told no problems were found. A party (a school, a department, a
// ministry) called a wreck by a noun, or said to have failed or let down the member's side, is blame;
// a thing called a mess that the member then fixed is not.
import { describe, expect, it } from 'vitest';
import { findBlame } from '../../src/rules/gap-lint.js';

describe("blame: a party called a wreck, or said to have failed the member's side", () => {
  it.each([
    'Their administration is honestly a mess that failed a lot of us, and my paperwork got delayed.',
    'Our department was a joke when it came to supporting residents.',
    'The residency program was a complete disaster for the interns.',
    'My medical school let us down when it lost accreditation.',
    'The ministry failed many of its own graduates that year.',
  ])('fires on "%s"', (t) => {
    expect(findBlame(t)).toHaveLength(1);
  });

  it.each([
    'The filing system was a mess when I arrived, and I reorganised it.',
    "The clinic's schedule was a nightmare to manage until we moved it online.",
    'I failed Step 2 CK in 2022 and passed it in 2023.',
    'The exam failed to load twice at the test centre, so I rebooked.',
  ])('does not fire on "%s"', (t) => {
    expect(findBlame(t)).toEqual([]);
  });
});
