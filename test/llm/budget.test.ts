import { describe, expect, it } from 'vitest';
import {
  countTokens,
  fitVars,
  promptTokens,
  roomFor,
  trimRanked,
  truncateToTokens,
  usableTokens,
} from '../../src/llm/budget.js';
import { formatPassage } from '../../src/llm/features/ask.js';
import { realPrompts } from './helpers.js';

const passage = (section: string, sentences: number) => ({
  doc: 'letters',
  section,
  heading: `Heading ${section}`,
  score: 10,
  text: Array.from(
    { length: sentences },
    (_, i) => `Sentence number ${i + 1} of the ${section} passage says something useful.`,
  ).join(' '),
});

describe('token budget', () => {
  it('counts tokens with the real tokenizer, special tokens as plain text', () => {
    expect(countTokens('hello world')).toBe(2);
    expect(countTokens('a <|endoftext|> b')).toBeGreaterThan(3);
  });

  it('keeps every passage when they fit', () => {
    const items = [passage('a', 3), passage('b', 3)];
    const r = trimRanked(items, 1000, formatPassage);
    expect(r).toEqual({ kept: items, dropped: 0, truncated: false });
  });

  it('drops the lowest-ranked passages first', () => {
    const items = [passage('a', 5), passage('b', 5), passage('c', 5)];
    const two = countTokens([items[0]!, items[1]!].map(formatPassage).join('\n\n'));
    const r = trimRanked(items, two, formatPassage);
    expect(r.kept.map((p) => p.section)).toEqual(['a', 'b']);
    expect(r.dropped).toBe(1);
  });

  it('cuts the best passage at a sentence boundary when it alone is too long', () => {
    const r = trimRanked([passage('a', 40), passage('b', 5)], 120, formatPassage);
    expect(r.dropped).toBe(1);
    expect(r.truncated).toBe(true);
    const text = r.kept[0]!.text;
    expect(text).toMatch(/useful\.$/);
    expect(countTokens(formatPassage(r.kept[0]!))).toBeLessThanOrEqual(120);
  });

  it('drops a passage that would be cut to a stub', () => {
    expect(trimRanked([passage('a', 40)], 20, formatPassage).kept).toEqual([]);
  });

  it('truncates text to a token count at a sentence, or at a word when no sentence fits', () => {
    expect(truncateToTokens('One two. Three four five six seven.', 4)).toBe('One two.');
    expect(truncateToTokens('alpha beta gamma delta epsilon zeta eta theta', 4)).toMatch(/^alpha beta.*…$/);
    expect(truncateToTokens('anything', 0)).toBe('');
  });

  it('shortens only the elastic variable to fit a prompt budget', () => {
    const prompt = realPrompts().get('mock-feedback')!;
    const long = 'I led the project and it went well. '.repeat(800);
    const vars = fitVars(prompt, { question: 'Q?', answer: long, metrics: 'Length: 5000 words' }, ['answer'])!;
    expect(vars.question).toBe('Q?');
    expect(vars.metrics).toBe('Length: 5000 words');
    expect(vars.answer!.length).toBeLessThan(long.length);
    expect(vars.answer).toMatch(/went well\.$/);
    expect(promptTokens(prompt, vars)).toBeLessThanOrEqual(usableTokens(prompt.maxInputTokens));
  });

  it('gives up when the fixed parts alone are over budget', () => {
    const prompt = realPrompts().get('mock-feedback')!;
    const huge = 'word '.repeat(10_000);
    expect(fitVars(prompt, { question: huge, answer: 'a', metrics: 'm' }, ['answer'])).toBeUndefined();
  });

  it('reports the room a prompt leaves for one variable', () => {
    const prompt = realPrompts().get('ask-answer')!;
    const room = roomFor(prompt, { question: 'How many letters?', passages: '' }, 'passages');
    expect(room).toBeGreaterThan(3000);
    expect(room).toBeLessThan(usableTokens(prompt.maxInputTokens));
  });
});
