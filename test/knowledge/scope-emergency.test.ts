/**
 * Warning signs of an emergency in the asker's own body are declined as clinical, however the
 * message ties them to the season; a question about building an alert or order set for those signs
 * stays in scope. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { outOfScope } from '../../src/knowledge/scope.js';

describe('emergency warning signs', () => {
  it.each([
    'I have chest pain since this morning going to my left arm, should i go to the ER or is it just stress from interview season?',
    'my chest feels tight and I am short of breath before every interview, is it anxiety or should I see someone?',
    'since the match results came out I keep thinking about ending my life, what should I do about my application',
  ])('declines %s', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });

  it('keeps an informatics question about those signs in scope', () => {
    expect(outOfScope('for my interview project I built a chest pain order set and alert in Epic, how do I present it?')).toBeUndefined();
  });
});
