/**
 * Filler words at the edges: "like" next to punctuation typed without spaces or with stray ones,
 * "like" before a number or a comma further on, and the clean-up that must never eat a word.
 */
import { describe, expect, it } from 'vitest';
import { countFillers, fillerSpans, withoutFillers } from '../../src/mock/fillers.js';

const forms = (text: string) => fillerSpans(text).map((f) => f.form);

describe('"like" as padding or as a word', () => {
  it('counts "like" after a hesitation even with dots between them', () => {
    expect(forms('Um... like the pager went off.')).toEqual(['um', 'like']);
  });

  it('counts "like" set off by commas typed with a stray space or none', () => {
    expect(forms('The pager, like , went off.')).toEqual(['like']);
    expect(forms('We would,like, never finish.')).toEqual(['like']);
  });

  it('counts a quotative "like" with no comma after it', () => {
    expect(forms('She was like no way.')).toEqual(['like']);
  });

  it('counts "like" before a rough number even when "to" comes later', () => {
    expect(forms('We had like 30 patients to a nurse.')).toEqual(['like']);
  });

  it('does not count "like" because a comma or an "um" comes later in the sentence', () => {
    expect(forms('We used tools like Epic, Cerner and Meditech.')).toEqual([]);
    expect(forms('Tools like Epic and, um, Cerner.')).toEqual(['um']);
    expect(forms('It smelled like rum in the call room.')).toEqual([]);
  });

  it('does not count "like" with a comma before it only', () => {
    expect(forms('Some staff, like the night nurses, used it.')).toEqual([]);
  });

  it('keeps the verb "like" before a number, a comma aside or "to" after a hesitation', () => {
    expect(forms('I would like 20 more minutes.')).toEqual([]);
    expect(forms("I'd like 10 minutes to explain.")).toEqual([]);
    expect(forms('Honestly, I would like, if possible, a second interview.')).toEqual([]);
    expect(forms('The residents, um, like to chart at the end of the shift.')).toEqual(['um']);
    expect(forms('The residents, um, like  to chart.')).toEqual(['um']);
  });

  it('hears drawn-out hesitations after "like"', () => {
    expect(forms('Tools like uuh Epic, like umm Cerner, like uhh Meditech, like uum Athena.')).toEqual([
      'like',
      'uh',
      'like',
      'um',
      'like',
      'uh',
      'like',
      'um',
    ]);
  });
});

describe('withoutFillers keeps every word', () => {
  it('keeps the words and the full stop up to a later comma', () => {
    expect(withoutFillers('We basically rebuilt the form, and it worked.')).toBe('We rebuilt the form, and it worked.');
    expect(withoutFillers('We fixed it, basically. Then, we left.')).toBe('We fixed it. Then, we left.');
  });

  it('drops the commas around a filler however they are spaced', () => {
    expect(withoutFillers('We, um , switched to Epic.')).toBe('We switched to Epic.');
    expect(withoutFillers('We,um, switched to Epic.')).toBe('We switched to Epic.');
    expect(withoutFillers('We, um,switched to Epic.')).toBe('We switched to Epic.');
    expect(withoutFillers('We, um,uh, switched.')).toBe('We switched.');
  });

  it('keeps the commas that belong to the sentence', () => {
    expect(withoutFillers('In 2019, we, um, switched to Epic.')).toBe('In 2019, we switched to Epic.');
    expect(withoutFillers('We used Epic,Cerner,Meditech.')).toBe('We used Epic,Cerner,Meditech.');
  });

  it('folds a doubled comma into one', () => {
    expect(withoutFillers('Yes, , we did.')).toBe('Yes, we did.');
    expect(withoutFillers('Yes,, we did.')).toBe('Yes, we did.');
  });
});

describe('the most used fillers', () => {
  it('lists fillers used equally often in the order of the filler list, "um" before "like"', () => {
    expect(countFillers('Like, I was, um, on nights.', 3).top).toEqual(['um', 'like']);
  });
});
