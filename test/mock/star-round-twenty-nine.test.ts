/**
 * Round twenty-nine: a comparison held as another party's view is their stance on the change, not
 * what came of it; a view about the member's own change, or a change told plainly, still is.
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const Q = 'Describe a time you implemented a change and people resisted.';
const BEFORE =
  'Our ward used paper handover sheets. I built an electronic handover list and trained the interns on it. ';

describe("another party's comparison is a view, not a result", () => {
  it.each([
    'The older residents thought the paper sheets was more quicker and did not want it.',
    'Many of the staff believed that the whiteboard were easier than any screen.',
    'The charge nurse insisted the old way was safer.',
    'Some seniors were convinced the phone calls was faster then typing.',
  ])('%s', (tail) => {
    expect(detectStar(BEFORE + tail, Q).result).toBe(false);
  });
});

describe('a view of the change, or the change itself, is still a result', () => {
  it.each([
    'After a month the nurses felt the new list was faster.',
    'After a month the handover became faster and nobody missed a patient.',
    'By the end of the rotation the interns thought it was easier than the paper.',
  ])('%s', (tail) => {
    expect(detectStar(BEFORE + tail, Q).result).toBe(true);
  });
});
