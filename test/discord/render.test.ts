import { describe, expect, it } from 'vitest';
import type { View } from '../../src/app/view.js';
import { embedSize, LIMITS, renderDiscord, splitText, type DiscordMessage } from '../../src/discord/render.js';

/** Every limit Discord enforces on one message. */
function expectWithinLimits(m: DiscordMessage): void {
  expect((m.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(m.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const e of m.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fieldsPerEmbed);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(Boolean(e.title || e.description || e.fields?.length || e.footer)).toBe(true);
  }
  expect(m.components.length).toBeLessThanOrEqual(LIMITS.rowsPerMessage);
  for (const row of m.components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  expect(Boolean(m.content || m.embeds.length || m.files.length)).toBe(true);
}

/** Sentences numbered so a test can check none was cut or lost. */
function sentences(n: number, words = 12): string[] {
  return Array.from({ length: n }, (_, i) => `Sentence ${i} ${'about letters and gaps '.repeat(words / 4).trim()}.`);
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);

describe('splitText', () => {
  it('keeps text that fits as one chunk', () => {
    expect(splitText('Short text. Two sentences.', 100)).toEqual(['Short text. Two sentences.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitText('  \n ', 10)).toEqual([]);
  });

  it('prefers paragraph boundaries over sentence boundaries', () => {
    const a = 'First paragraph sentence one. Sentence two.';
    const b = 'Second paragraph here.';
    expect(splitText(`${a}\n\n${b}`, a.length + 5)).toEqual([a, b]);
  });

  it('splits a long paragraph only at sentence ends, never mid-sentence', () => {
    const list = sentences(40);
    const chunks = splitText(list.join(' '), 500);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(500);
      expect(c).toMatch(/^Sentence \d+ /);
      expect(c.endsWith('.')).toBe(true);
    }
    expect(chunks.join(' ')).toBe(list.join(' '));
  });

  it('falls back to word boundaries for one enormous sentence, and loses no word', () => {
    const long = `${'word '.repeat(600).trim()}.`;
    const chunks = splitText(long, 1000);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(1000);
    expect(chunks.flatMap(wordsOf)).toEqual(wordsOf(long));
  });

  it('hard-cuts a run with no spaces without splitting a surrogate pair', () => {
    const run = '😀'.repeat(700); // 1400 UTF-16 units
    const chunks = splitText(run, 1001);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(1001);
    expect(chunks.join('')).toBe(run);
    for (const c of chunks) expect(c).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('renderDiscord', () => {
  it('renders a small view as one message with one embed', () => {
    const v: View = { text: 'Hello.', sections: [{ title: 'T', body: 'Body.' }], personal: false };
    const out = renderDiscord(v);
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toBe('Hello.');
    expect(out[0]!.embeds).toEqual([{ title: 'T', description: 'Body.' }]);
  });

  it('spreads 30 fields over two embeds of at most 25', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `Field ${i}`, value: `Value ${i}.` }));
    const out = renderDiscord({ sections: [{ title: 'Many', fields }], personal: false });
    out.forEach(expectWithinLimits);
    const rendered = out.flatMap((m) => m.embeds).flatMap((e) => e.fields ?? []);
    expect(rendered.map((f) => f.name)).toEqual(fields.map((f) => f.name));
    expect(out.flatMap((m) => m.embeds)[0]!.fields).toHaveLength(25);
  });

  it('splits a 10 000-character body across embeds and messages at sentence ends', () => {
    const list = sentences(200);
    const body = list.join(' ');
    expect(body.length).toBeGreaterThan(10_000);
    const out = renderDiscord({ sections: [{ title: 'Long', body, footer: 'The end.' }], personal: true });
    out.forEach(expectWithinLimits);
    const embeds = out.flatMap((m) => m.embeds);
    expect(embeds.length).toBeGreaterThanOrEqual(3);
    expect(embeds[0]!.title).toBe('Long');
    expect(embeds.at(-1)!.footer?.text).toBe('The end.');
    for (const e of embeds) expect(e.description!.endsWith('.')).toBe(true);
    expect(embeds.map((e) => e.description).join(' ')).toBe(body);
  });

  it('keeps 7000 characters across sections under 6000 per message, in order', () => {
    const sections = Array.from({ length: 7 }, (_, i) => ({
      title: `Section ${i}`,
      body: sentences(10, 16)
        .join(' ')
        .slice(0, 990)
        .replace(/[^.]*$/, ''),
    }));
    const total = sections.reduce((n, s) => n + s.body.length + s.title.length, 0);
    expect(total).toBeGreaterThan(6000);
    const out = renderDiscord({ sections, personal: false });
    expect(out.length).toBeGreaterThanOrEqual(2);
    out.forEach(expectWithinLimits);
    expect(out.flatMap((m) => m.embeds).map((e) => e.title)).toEqual(sections.map((s) => s.title));
  });

  it('splits a long field value into continuation fields at sentence ends', () => {
    const value = sentences(30).join(' ');
    expect(value.length).toBeGreaterThan(2000);
    const out = renderDiscord({ sections: [{ fields: [{ name: 'What to do', value }] }], personal: false });
    out.forEach(expectWithinLimits);
    const fields = out.flatMap((m) => m.embeds).flatMap((e) => e.fields ?? []);
    expect(fields[0]!.name).toBe('What to do');
    expect(fields.slice(1).every((f) => f.name === 'What to do (cont.)')).toBe(true);
    expect(fields.map((f) => f.value).join(' ')).toBe(value);
  });

  it('splits message text over 2000 characters into several messages', () => {
    const text = sentences(60).join(' ');
    const out = renderDiscord({ text, sections: [], personal: false });
    expect(out.length).toBeGreaterThan(1);
    out.forEach(expectWithinLimits);
    expect(out.map((m) => m.content).join(' ')).toBe(text);
  });

  it('never puts more than 10 embeds in one message', () => {
    const sections = Array.from({ length: 23 }, (_, i) => ({ title: `S${i}`, body: 'Short.' }));
    const out = renderDiscord({ sections, personal: false });
    out.forEach(expectWithinLimits);
    expect(out.map((m) => m.embeds.length)).toEqual([10, 10, 3]);
  });

  it('wraps buttons five to a row and puts them on the last message', () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({
      kind: 'button' as const,
      customId: `x:y:${i}`,
      label: `B${i}`,
    }));
    const out = renderDiscord({
      sections: sentences(200).map((s) => ({ body: s.repeat(4) })),
      actions: [buttons],
      personal: false,
    });
    out.forEach(expectWithinLimits);
    expect(out.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
    expect(out.at(-1)!.components.map((r) => r.components.length)).toEqual([5, 2]);
  });

  it('gives a view with only buttons some content so Discord accepts it', () => {
    const out = renderDiscord({
      sections: [],
      actions: [[{ kind: 'button', customId: 'a:b', label: 'Go' }]],
      personal: false,
    });
    expect(out).toHaveLength(1);
    expectWithinLimits(out[0]!);
  });

  it('attaches files as UTF-8 buffers', () => {
    const out = renderDiscord({ sections: [], files: [{ name: 'p.json', content: '{"a":"é"}' }], personal: true });
    expect(out[0]!.files[0]!.name).toBe('p.json');
    expect(out[0]!.files[0]!.attachment.toString('utf8')).toBe('{"a":"é"}');
  });

  it('refuses a custom id longer than 100 characters instead of sending a 400', () => {
    const v: View = {
      sections: [],
      actions: [[{ kind: 'button', customId: `a:${'x'.repeat(100)}`, label: 'L' }]],
      personal: false,
    };
    expect(() => renderDiscord(v)).toThrow(/custom id/);
  });

  it('shortens an over-long title at a word with an ellipsis', () => {
    const out = renderDiscord({ sections: [{ title: 'word '.repeat(80), body: 'b.' }], personal: false });
    const title = out[0]!.embeds[0]!.title!;
    expect(title.length).toBeLessThanOrEqual(256);
    expect(title.endsWith('…')).toBe(true);
  });
});
