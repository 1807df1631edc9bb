import { describe, expect, it } from 'vitest';
import { capLength, sanitizeModelText } from '../../src/llm/sanitize.js';

describe('model output sanitising', () => {
  it('neutralises mass, user, role and channel mentions', () => {
    const out = sanitizeModelText('Hey @everyone and @here, ask <@123>, <@!456>, <@&789> in <#42>.');
    expect(out).toBe('Hey ＠everyone and ＠here, ask @user, @user, @role in #channel.');
    expect(out).not.toMatch(/@everyone|@here|<@|<#/);
  });

  it('does not let zero-width characters hide a mention', () => {
    expect(sanitizeModelText('@\u200Beveryone <\u200B@&1>')).toBe('＠everyone @role');
  });

  it('turns masked links into their plain text and keeps citations', () => {
    expect(sanitizeModelText('See [the guide](https://evil.example/x "t") and [letters#ideal-mix].')).toBe(
      'See the guide and [letters#ideal-mix].',
    );
  });

  it('strips zero-width and bidi characters', () => {
    expect(sanitizeModelText('a\u200Bb\u200Dc\u2066d\uFEFFe')).toBe('abcde');
  });

  it('caps length at a sentence boundary', () => {
    const text = 'This is one sentence. '.repeat(500);
    const out = sanitizeModelText(text);
    expect(out.length).toBeLessThanOrEqual(3500);
    expect(out).toMatch(/sentence\. …$/);
    expect(capLength('short', 10)).toBe('short');
  });

  it('caps a text without sentence ends at a word', () => {
    const out = capLength('word '.repeat(100), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/word…$/);
  });
});
