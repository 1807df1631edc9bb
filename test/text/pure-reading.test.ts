/**
 * The reading of a text (tokens, lemmas, POS, sentences) is a function of that text alone: wink-nlp
 * adds unknown words to its lexicon as it reads, and src/text/nlp.ts forgets them after each text,
 * maps wink's sentence spans onto the possessives it splits, and reloads the model before the
 * lexicon outgrows wink's packing. See docs/text-pipeline.md ("What wink learns").
 */
import { describe, expect, it, vi } from 'vitest';
import { loadCorpus, runItem } from '../../bench/eval/corpus.js';
import { analyse } from '../../src/text/document.js';
import { nlpState, tokenize } from '../../src/text/nlp.js';

/** Everything the checks read of a text: each sentence's tokens with lemma and POS. */
function reading(read: typeof tokenize, text: string): string {
  const { tokens, sentences } = read(text);
  return JSON.stringify(
    sentences.map((s) => tokens.slice(s.from, s.to).map((t) => [t.value, t.lemma, t.pos, t.start, t.end])),
  );
}

const sentencesOf = (text: string) => analyse(text).sentences.map((s) => s.text);

describe('a text reads the same whatever was read before it', () => {
  it('a possessive seen next to punctuation in one email does not change how another email splits', () => {
    const later =
      "The sepsis alert we built went live at St. Aldhelm's last month. Plain question: do I still have a place on your list?";
    const first = reading(tokenize, later);
    // wink keeps "Aldhelm's" whole once it has met it before a comma or inside brackets.
    tokenize("Warm thanks to the whole team (Aldhelm's), and to Aldhelm's, for the day.");
    tokenize("I loved Aldhelm's, truly.");
    expect(reading(tokenize, later)).toBe(first);
    expect(sentencesOf(later)).toEqual([
      "The sepsis alert we built went live at St. Aldhelm's last month.",
      'Plain question: do I still have a place on your list?',
    ]);
  });

  it('sentences after a possessive wink kept whole inside the same text start where they should', () => {
    // The first "Marigold Children's," teaches wink the word for the rest of this text, so it
    // keeps both whole; the split into "Children" + "'s" must not shift the sentences after them.
    const text =
      "I did my elective at Marigold Children's, where the nurses were wonderful. Our triage form at Marigold Children's is still in use. One honest question: am I in the running at all?";
    expect(sentencesOf(text)).toEqual([
      "I did my elective at Marigold Children's, where the nurses were wonderful.",
      "Our triage form at Marigold Children's is still in use.",
      'One honest question: am I in the running at all?',
    ]);
    const { tokens, sentences } = tokenize(text);
    for (const s of sentences) expect(tokens[s.from]!.value).toMatch(/^[A-Z]/);
  });

  it('reloading the model (when its lexicon has grown) gives the same reading, and loading again never fails', () => {
    const text = "My mentor at Quennell's asked me to audit the discharge summaries. Would you see me as a strong fit?";
    const before = reading(tokenize, text);
    const loads = nlpState.loads();
    for (let i = 0; i < 3; i++) {
      nlpState.reloadNext();
      expect(reading(tokenize, text)).toBe(before);
    }
    expect(nlpState.loads()).toBe(loads + 3);
  });
});

/**
 * The corpus, all three kinds. The fresh reading comes from a fresh module graph (a new wink
 * instance that has read nothing); the other from the test's own graph after it has read every
 * corpus text twice (9 575 strings; this is where wink used to learn). Compared: tokens, lemmas,
 * POS and sentences, and the findings and STAR labels, of every 20th item and pm-v26-005 (all
 * items took minutes on two shared cores; the full comparison is reported in docs/text-pipeline.md).
 */
describe('the whole corpus read twice versus a fresh process', () => {
  const corpus = loadCorpus();
  const textsOf = ({ kind, item }: (typeof corpus)[number]): string[] =>
    kind === 'prematch'
      ? [item.email ?? '']
      : kind === 'gap'
        ? [item.draft ?? '']
        : [item.question ?? '', item.answer ?? ''];
  const sample = corpus.filter(({ item }, i) => i % 20 === 0 || item.id === 'pm-v26-005');
  const outcome = (run: typeof runItem, read: typeof tokenize, parse: typeof analyse) =>
    sample.map((x) => {
      const r = run(x.kind, x.item);
      const readings = textsOf(x).map((t) => reading(read, parse(t).text));
      return `${x.item.id}: ${[...r.fired].sort().join(',')} ${JSON.stringify(r.star ?? null)} ${readings.join(' ')}`;
    });

  it('gives the same readings, findings and STAR labels', async () => {
    vi.resetModules();
    const fresh = await import('../../src/text/nlp.js');
    const freshCorpus = await import('../../bench/eval/corpus.js');
    const freshDoc = await import('../../src/text/document.js');
    expect(fresh.tokenize).not.toBe(tokenize);
    const before = outcome(freshCorpus.runItem, fresh.tokenize, freshDoc.analyse);

    const texts = corpus.flatMap(textsOf);
    for (let pass = 0; pass < 2; pass++) for (const t of texts) tokenize(t);
    const after = outcome(runItem, tokenize, analyse);
    expect(after.filter((x, i) => x !== before[i])).toEqual([]);
    expect(after.find((x) => x.startsWith('pm-v26-005:'))).toContain('asks-for-ranking');
  }, 240_000);
});
