/**
 * Negative contractions typed without the apostrophe ("didnt", "wasnt", "cant"), as members texting
 * write them (newcomer trial 9): every check reads them as it reads "did not", and quotes still show
 * the member's own spelling. Sentences of our own, with near-misses beside them.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/document.js';
import { answerFeedback } from '../../src/mock/feedback.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const ids = (q: string, a: string) => answerFeedback(q, a).notes.map((n) => n.id);
const LEAVE = 'Why did you leave your previous residency program?';

describe('negative contractions without the apostrophe', () => {
  it('splits them as the tokenizer splits the spelled form, so the "not" is read', () => {
    const s = analyse('my attending didnt explain anything and i couldnt ask twice').sentences[0]!;
    expect(s.canon).toContain('did not explain');
    expect(s.canon).toContain('could not ask');
    expect(analyse('honestly we cant fix it and it wont change').sentences[0]!.canon).toMatch(
      /can not fix.*will not change/,
    );
  });

  it('quotes the member as she typed it, without the apostrophe we put back', () => {
    const doc = analyse('The ward doesnt have an EHR.');
    const s = doc.sentences[0]!;
    expect(doc.quote({ start: s.start, end: s.end })).toBe('The ward doesnt have an EHR.');
  });

  it('lets blame be found in an answer typed without apostrophes, as it is with them', () => {
    const typed =
      'My supervisor didnt care about us and the schedule wasnt fair, so I left after a year and studied for my exams.';
    const spelled = typed.replace('didnt', 'did not').replace('wasnt', 'was not');
    expect(ids(LEAVE, spelled)).toContain('blame');
    expect(ids(LEAVE, typed)).toContain('blame');
  });

  it('reads a gap draft typed without apostrophes exactly as the spelled one', () => {
    const typed =
      'From March 2021 to April 2022 I was out of training. My program director didnt support me and honestly the department wasnt interested in residents at all, so I resigned. ' +
      'I studied for Step 2 CK and passed it with 241, and I joined a weekly journal club on digital health.';
    const spelled = typed.replace('didnt', 'did not').replace('wasnt', 'was not');
    const lint = (t: string) =>
      lintGapExplanation(t)
        .map((l) => l.id)
        .sort();
    expect(lint(typed)).toEqual(lint(spelled));
    expect(lint(spelled)).toContain('blame');
  });

  it('leaves words that only end in "nt" alone', () => {
    const s = analyse('The patient went to the front desk; the parent was present.').sentences[0]!;
    expect(s.canon).toBe('the patient went to the front desk; the parent was present.');
  });
});
