/**
 * Newcomer trial 22, finding 6: "Dr. Robert Hayes (my FM PD, retired 2024)" lost the retirement. The
 * setup keeps "(retired 2024)" beside the name, where the letters plan reads it, and says so. Wordings
 * are our own; a retirement still ahead is not kept.
 */
import { describe, expect, it } from 'vitest';
import { remarkNote } from '../../src/core/profile/setup-flow.js';

describe('a retired writer typed beside the name', () => {
  it.each([
    ['Dr. Tom Reyes (my IM program director, retired 2023)', '(retired 2023)'],
    ['Prof. Lena Wolf - emeritus, was my PD', '(retired)'],
    ['Dr. Ada Nwosu (PD, retired in 2022)', '(retired 2022)'],
  ])('"%s" keeps %s', (said, kept) => {
    expect(remarkNote('letters', 'writer', said)).toContain(`with "${kept}" beside it`);
  });
  it.each(['Dr. Tom Reyes (my PD, will retire next year)', 'Dr. Tom Reyes (my PD)'])('near-miss "%s"', (said) => {
    expect(remarkNote('letters', 'writer', said) ?? '').not.toMatch(/retired/);
  });
});
