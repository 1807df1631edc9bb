import { describe, expect, it } from 'vitest';
import { findLinks, hasMaskedLink, unmaskLinks } from '../../src/core/discord-markdown.js';

/** Every masked-link form Discord renders, each with the label a reader would see. */
export const MASKED_FORMS: Array<[string, string]> = [
  ['[x](https://e.vil)', 'x'],
  ['[[x]](https://e.vil)', '[x]'],
  ['[a [b] c](https://e.vil)', 'a [b] c'],
  ['[x](https://e.vil "title")', 'x'],
  ["[x](https://e.vil 'title')", 'x'],
  ['[multi\nline\nlabel](https://e.vil)', 'multi line label'],
  ['[x\\](https://e.vil)', 'x\\'],
  ['[x](<https://e.vil>)', 'x'],
  ['[x]( https://e.vil )', 'x'],
  ['**[bold](https://e.vil)**', '**bold**'],
  ['||[spoiler](https://e.vil)||', '||spoiler||'],
];

describe('links by Discord rules', () => {
  it.each(MASKED_FORMS)('finds the masked link in %j and leaves only its label', (form, label) => {
    expect(findLinks(form).some((l) => l.kind === 'masked')).toBe(true);
    const out = unmaskLinks(form);
    expect(out).toBe(label);
    expect(hasMaskedLink(out)).toBe(false);
    expect(out).not.toContain('e.vil');
  });

  it('unwraps a link nested in a link label until none is left', () => {
    const out = unmaskLinks('[[a](https://b.example)](https://e.vil) tail');
    expect(out).toBe('a tail');
  });

  it('keeps citations, brackets without an address and code spans as they are', () => {
    for (const t of ['see [letters#ideal-mix] now', 'a [note] (aside)', '`[x](https://e.vil)`']) {
      expect(unmaskLinks(t)).toBe(t);
    }
  });

  it('reports <url> and bare addresses as links that show their address', () => {
    expect(findLinks('<https://e.vil>').map((l) => l.kind)).toEqual(['autolink']);
    expect(findLinks('go to https://e.vil now').map((l) => l.kind)).toEqual(['url']);
  });
});
