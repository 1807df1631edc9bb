/** Filler words: every form, the real-language uses that are not fillers, the ranking, the clean-up. */
import { describe, expect, it } from 'vitest';
import { countFillers, fillerSpans, withoutFillers } from '../../src/mock/fillers.js';

const forms = (text: string) => fillerSpans(text).map((f) => f.form);

describe('fillerSpans', () => {
  it.each([
    ['Um, I think so, ummm.', ['um', 'um']],
    ['Uh, then uhh we left.', ['uh', 'uh']],
    ['Er, errr, erm, ermm.', ['er', 'er', 'erm', 'erm']],
    ['Hmm, hm, hmmm.', ['hmm', 'hmm', 'hmm']],
    ['It was, you know, late.', ['you know']],
    ['Basically it actually literally failed.', ['basically', 'actually', 'literally']],
    ['It was kind of slow and sort of messy.', ['kind of', 'sort of']],
    ['I mean, the ward was full. So yeah. So, yeah.', ['I mean', 'so yeah', 'so yeah']],
  ] as const)('finds the fillers in "%s"', (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it.each([
    'Do you know the EHR? Did you know him? If you know, tell me. As you know, we use Epic.',
    "Would you know? Don't you know? I didn't know. You'll know whether you know it.",
    'You know how it is, you know what I did, you know that, you know when, you know where, you know why.',
    'You know whether, you know who, you know if, you know him, you know her, you know them, you know the team, you know about it, you know this, you know each.',
    'That kind of problem, a sort of tool, this kind of alert, any sort of delay, what kind of team.',
    'What I mean is simple. I mean to finish it.',
    'The user, the error, the term, hummus and summer.',
  ])('counts nothing in "%s"', (text) => {
    expect(forms(text)).toEqual([]);
  });

  it('counts "like" only where speakers pad with it', () => {
    expect(forms('It was, like, chaos.')).toEqual(['like']);
    expect(forms('Um like the pager went off.')).toEqual(['um', 'like']);
    expect(forms('And I was like, no way.')).toEqual(['like']);
    expect(forms("I'm like, why?")).toEqual(['like']);
    expect(forms('We saw like 30 patients and like twenty a day.')).toEqual(['like', 'like']);
    expect(forms('Like, it was hard.')).toEqual(['like']);
    expect(forms('The tools like um Epic.')).toEqual(['like', 'um']);
    expect(
      forms(
        "I like data. I would like to help. I'd like that. It looks like a bug. Tools like Epic. Something like this. People like you. We like to measure. Like to like.",
      ),
    ).toEqual([]);
  });

  it('keeps the offsets of the original text, curly apostrophes included', () => {
    expect(fillerSpans('Well, I’m like, done. Um.')).toEqual([
      { start: 10, end: 14, form: 'like' },
      { start: 22, end: 24, form: 'um' },
    ]);
  });
});

describe('countFillers', () => {
  it('counts per form and ranks the commonest first, ties in the list order', () => {
    const r = countFillers('Basically, um, you know, um, basically, like, uh, you know.', 3);
    expect(r.count).toBe(8);
    expect(r.byForm).toEqual({ um: 2, uh: 1, like: 1, 'you know': 2, basically: 2 });
    expect(r.top).toEqual(['um', 'you know', 'basically']);
    expect(countFillers('uh um', 1).top).toEqual(['um']);
    expect(countFillers('A plain answer.', 3)).toEqual({ count: 0, byForm: {}, top: [] });
  });
});

describe('withoutFillers', () => {
  it('takes out the fillers and the commas that set them off, never the words around them', () => {
    expect(withoutFillers('When we, uh, switched to, like, Cerner in, um, my second year.')).toBe(
      'When we switched to Cerner in my second year.',
    );
    expect(withoutFillers('So I, um, led the audit, you know.')).toBe('So I led the audit.');
    expect(withoutFillers('It was kind of slow.')).toBe('It was slow.');
    expect(withoutFillers('No fillers here.')).toBe('No fillers here.');
  });
});
