/**
 * Session 27, gap outcomes: a course finished, however long its name and wherever its finishing is
 * told in the clause (before a long proper name, or after it with the platform between), is a
 * result a reader can check. A course only applied for, not finished yet, or to be finished later
 * is not.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const ids = (draft: string) => lintGapExplanation(draft).map((l) => l.id);

describe('a course finished, with a long name or its status told after it, is an outcome', () => {
  it.each([
    'Since March 2023 I stay in Ankara for family reasons. In this period I completed the University of Michigan Python for Everybody health data specialization, and as final work I made a small dashboard of clinic visits from an open dataset.',
    "2023-24: caring for my father after his stroke. Done: Duke 'Data Science for Health' program via edX, March 2024. Final project: readmission model on public EHR data.",
    'Since 2023-06 I have been preparing for informatics.\nAlready finished: the Vanderbilt clinical\ninformatics fundamentals course (Coursera),\ncompleted in January 2024, with a capstone on\nmedication alert data.',
    'After the baby came we decided I would stay home for a year, which I did, and in the evenings I worked through the Harvard online health data science certificate on edX, finished last November, with a final project on hospital readmissions data.',
  ])('%s', (draft) => {
    expect(ids(draft)).not.toContain('no-outcome');
  });
  it.each([
    'Since 2023 I have been at home with my children. I have not finished the Johns Hopkins health informatics specialization yet; I plan to complete it next year and then look for data work.',
    'During 2024 I cared for my mother. I completed my application for the Stanford AI in healthcare specialization and hope to start it in May, because data work interests me.',
    'Since January I have been reading about informatics. The FHIR course on Coursera, which I will have finished by summer, covers health data exchange.',
  ])('a course applied for or still ahead is no outcome: %s', (draft) => {
    expect(ids(draft)).toContain('no-outcome');
  });
});
