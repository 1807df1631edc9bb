// A newcomer-expert trial of session 13 pasted a gap draft saying "My coaching was bad and I failed
// once" and was told no problems were found. A service the member relied on (coaching, a tutor, a
// course, a mentor) judged poor and given as what made them fail is blame, said either way round;
// judging it poor and then changing course, or owning the failure, is not.
import { describe, expect, it } from 'vitest';
import { findBlame } from '../../src/rules/gap-lint.js';

describe('blame: a poor service given as the reason the member failed', () => {
  it.each([
    'My coaching was bad and I failed once, then I passed with 231.',
    'The prep academy was honestly terrible, so I failed Step 1 the first time.',
    'Our tutors were useless and we all failed that sitting.',
    'I failed the exam in 2021 because my coaching institute was very poor.',
    "I didn't pass CK because the question bank they gave us was rubbish.",
  ])('fires on "%s"', (t) => {
    expect(findBlame(t)).toHaveLength(1);
  });

  it.each([
    'My first coaching centre was poor, so I switched to a self-made plan and passed with 231.',
    'The course was weak and I failed the first attempt; looking back, I should have checked it and built my own schedule.',
    'My study plan was poor and I failed once; I rebuilt it around question blocks and passed.',
    'I failed Step 1 in 2020, took a structured course, and passed in 2021.',
    'The teaching hospital had poor EHR access, so I built a paper-to-digital log.',
  ])('does not fire on "%s"', (t) => {
    expect(findBlame(t)).toEqual([]);
  });
});

// The same trial: "the school's career office gave me no help, so I lost a year" passed the gap
// lint. A loss of the member's time laid after another party's failure to help marks the complaint.
describe("blame: a party that gave no help, and the member's time lost for it", () => {
  it.each([
    "the school's career office gave me no help, so I lost a year.",
    'My supervisor gave us no protected time, which cost me six months.',
    'The department gave me no support at all and I wasted almost a year.',
  ])('fires on "%s"', (t) => {
    expect(findBlame(t)).toHaveLength(1);
  });

  it.each([
    'My supervisor gave me no time off, so I studied at night and passed in 2022.',
    'I was ill and lost a year.',
    'The embassy gave me no appointment for months, so I lost almost a year; I used it for a data course.',
  ])('does not fire on "%s"', (t) => {
    expect(findBlame(t)).toEqual([]);
  });
});
