/**
 * Support, help or care denied to the member by the people or place over them, told as the reason
 * for leaving (newcomer trial 9): blame per SPEC.md. The member's own state, a party's view of a
 * thing and plain limits of availability are not.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/document.js';
import { blameIn } from '../../src/text/narrative.js';

const blames = (t: string) => blameIn(analyse(t).sentences).length > 0;

describe('blame: support denied by those over the member', () => {
  it.each([
    'I left in my second year because the residency was simply not supportive.',
    'Our consultant was never really there for us, so I resigned that spring.',
    'The seniors were hardly ever available to the juniors, and after a year I stopped.',
    'Honestly the department had been far from supportive, which is why I walked away.',
    'I trained under an unsupportive registrar for eighteen months before I quit.',
    'My professor was not interested in teaching us, so I did not continue.',
  ])('reads "%s" as blame', (text) => {
    expect(blames(text)).toBe(true);
  });

  it.each([
    'I was not there for my mother during her surgery, and that weighed on me.',
    'The department was not supportive of paper forms, so we moved the audit into the EHR.',
    'My supervisor was not available in July, so I presented the dashboard to her deputy.',
    'The program was supportive when I asked for a leave of absence.',
    'I left the program to care for my father after his stroke; the choice was mine.',
  ])('leaves "%s" alone', (text) => {
    expect(blames(text)).toBe(false);
  });
});
