/**
 * Things a member did, read outside a story (gap explanations, a summary of oneself): an activity
 * verb beyond the curated list counts when the member tells it in the past with "I" right before
 * it, however many small words stand between; a verb of waiting never does, nor a participle that
 * names a thing, nor a passive, nor a gerund used as a noun.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/document.js';
import { actionsIn, blameIn } from '../../src/text/narrative.js';

const done = (text: string, story = false) =>
  actionsIn(analyse(text), { story }).map((h) => h.sentence.tokens[h.token]!.value);

describe('activity verbs beyond the curated list', () => {
  it.each([
    ['I sorted out the appointment book for the clinic.', 'sorted'],
    ['I personally rewired the call bell system.', 'rewired'],
    ['I have tidied the shared drive of the department.', 'tidied'],
  ])('counts "%s"', (text, verb) => {
    expect(done(text)).toEqual([verb]);
  });

  it('does not count them in a story, where only the story verbs count', () => {
    expect(done('I sorted out the appointment book for the clinic.', true)).toEqual([]);
  });

  it.each([
    'I waited for my visa for six months.',
    'Personally rewired the call bell system.',
    'We used structured reports in the clinic.',
    'I have been scheduled for the night shift.',
    'My dream of practising medicine in the US kept me going.',
  ])('counts nothing in "%s"', (text) => {
    expect(done(text)).toEqual([]);
  });
});

describe('-ing forms', () => {
  it('counts the -ing form after "spent those months" and in "I was studying"', () => {
    expect(done('I spent those months building a registry for the clinic.')).toContain('building');
    expect(done('I was studying for Step 2 at the time.')).toEqual(['studying']);
  });
});

describe('roles held and care given', () => {
  const hits = (text: string) =>
    actionsIn(analyse(text)).map((h) => `${h.sentence.tokens[h.token]!.value}@${h.sentence.index}`);

  it('counts a role once per sentence, and not beside an action already found there', () => {
    expect(hits('I built the registry while I was employed as a research assistant.')).toEqual(['built@0']);
    expect(hits('I built the registry. I was employed as a research assistant.')).toEqual(['built@0', 'I@1']);
  });

  it('points a role or care told after an opening phrase at the member', () => {
    expect(hits('Later, I was employed as a research assistant at the cardiology institute.')).toEqual(['I@0']);
    expect(hits("After the accident, I was basically my father's carer for a year.")).toEqual(['I@0']);
  });
});

describe('blame read on lemmas', () => {
  it('spans the party, the conduct and the member side, wherever the frame starts', () => {
    const [hit] = blameIn(
      analyse('During my second year the new director sidelines my proposals at every meeting.').sentences,
    );
    expect(hit!.sentence.canon.slice(hit!.index, hit!.index + hit!.length).trim()).toBe(
      'the new director sidelines my',
    );
  });
});

describe('blame as bias or indifference toward the member’s group', () => {
  it.each([
    ['The consulate kept delaying us because we were applicants from a small country.', true],
    ['As so often happens to graduates like me, my emails were never answered.', true],
    ['Everyone knows the lottery for training posts is rigged.', true],
    ['My supervisor was useless and the project stalled.', true],
    ['The testing centre closed for a flood, so I rebooked and passed in June.', false],
    ['I ran a clinic that cared for refugees from my region.', false],
  ])('%s → %s', (text, want) => {
    expect(blameIn(analyse(text).sentences).length > 0).toBe(want);
  });
});
