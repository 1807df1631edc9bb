/**
 * Property test over the corpus: every high finding on a pre-match email survives the ways a
 * pasted email differs from what the member sees: non-breaking spaces, soft hyphens, zero-width
 * characters, bidi controls, Cyrillic and Greek look-alike letters, and hard wrapping at 40 to 80
 * columns. Each transform is applied to every item with a seeded random generator, so a failure
 * names the item and the transform and reproduces.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/eval/corpus.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext, type PrematchContext } from '../../src/rules/prematch-context.js';

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOOK_ALIKE: Record<string, string> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u043E',
  p: '\u0440',
  c: '\u0441',
  x: '\u0445',
  y: '\u0443',
  i: '\u0456',
  A: '\u0391',
  B: '\u0392',
  E: '\u0395',
  H: '\u0397',
  I: '\u0399',
  K: '\u039A',
  M: '\u039C',
  N: '\u039D',
  O: '\u039F',
  P: '\u03A1',
  T: '\u03A4',
  X: '\u03A7',
  Y: '\u03A5',
  Z: '\u0396',
  v: '\u03BD',
};

/** Lines that belong to a quoted reply or its header are left as the mail client wrote them. */
const isQuotedLine = (line: string) => /^\s*>/.test(line) || /\bwrote:\s*$/.test(line) || /^On\s/.test(line);

function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || isQuotedLine(line)) return line;
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur && (cur + ' ' + word).length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      if (cur) out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

type Transform = (text: string, r: () => number) => string;
const TRANSFORMS: Record<string, Transform> = {
  'non-breaking and odd spaces': (t, r) =>
    t.replace(/ /g, () => ['\u00A0', '\u2009', '\u202F', '\u00A0 ', ' '][Math.floor(r() * 5)]!),
  'soft hyphens inside words': (t, r) =>
    t.replace(/([a-z])([a-z])/g, (_m, a, b) => (r() < 0.3 ? `${a}\u00AD${b}` : `${a}${b}`)),
  'zero-width characters': (t, r) =>
    t.replace(/([A-Za-z])/g, (c) =>
      r() < 0.25 ? `${c}${['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'][Math.floor(r() * 5)]}` : c,
    ),
  'bidi controls': (t, r) =>
    t.replace(/ /g, () =>
      r() < 0.3 ? ` ${['\u200E', '\u200F', '\u202A', '\u202C', '\u2066', '\u2069'][Math.floor(r() * 6)]}` : ' ',
    ),
  'Cyrillic and Greek look-alikes': (t, r) =>
    t.replace(/[A-Za-z]/g, (c) => (LOOK_ALIKE[c] && r() < 0.5 ? LOOK_ALIKE[c]! : c)),
  'hard wrapping at 40-80 columns': (t, r) => hardWrap(t, 40 + Math.floor(r() * 41)),
};

interface Case {
  id: string;
  email: string;
  context: PrematchContext;
  target?: 'ci-fellowship' | 'residency-informatics-track';
}

const today = (c: PrematchContext) => c.sendDate ?? c.interviewDate ?? '2026-01-15';
const highIds = (c: Case, email: string): string[] =>
  checkPrematchEmail(email, c.context, today(c.context), { target: c.target })
    .findings.filter((f) => f.severity === 'high')
    .map((f) => f.id)
    .sort();

const cases: { c: Case; high: string[] }[] = [];
for (const { kind, item } of loadCorpus()) {
  if (kind !== 'prematch') continue;
  const parsed = parsePrematchContext(item.context);
  if (!parsed.ok) continue;
  const c: Case = {
    id: item.id,
    email: item.email!,
    context: parsed.value,
    ...(item.target ? { target: item.target } : {}),
  };
  const high = highIds(c, c.email);
  if (high.length) cases.push({ c, high });
}

describe('high pre-match findings survive evasion', () => {
  it('has items with high findings to test', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(Object.keys(TRANSFORMS))('%s', (name) => {
    const transform = TRANSFORMS[name]!;
    const lost: string[] = [];
    cases.forEach(({ c, high }, i) => {
      const changed = transform(c.email, rng(1000 + i));
      const got = highIds(c, changed);
      // The plain email is read again just before its transform: the NLP model's sentence splits
      // depend on what the process read before (see the known failure below), and this test is
      // about the transforms, not that.
      const now = high.filter((id) => highIds(c, c.email).includes(id));
      const missing = now.filter((id) => !(got as string[]).includes(id));
      if (missing.length) lost.push(`${c.id}: lost ${missing.join(', ')}`);
    });
    expect(lost).toEqual([]);
  });

  it('survives all the transforms at once', () => {
    const lost: string[] = [];
    cases.forEach(({ c, high }, i) => {
      const r = rng(5000 + i);
      let t = c.email;
      for (const f of Object.values(TRANSFORMS)) t = f(t, r);
      const got = highIds(c, t);
      const now = high.filter((id) => highIds(c, c.email).includes(id));
      const missing = now.filter((id) => !(got as string[]).includes(id));
      if (missing.length) lost.push(`${c.id}: lost ${missing.join(', ')}`);
    });
    expect(lost).toEqual([]);
  });
});

/**
 * wink-nlp learns from what it reads (unknown words join its lexicon, and a possessive met next to a
 * comma stays one token from then on). Our tokenizer split that possessive but kept wink's sentence
 * spans, so after a few thousand emails every sentence after "St. Brigid's" started one token early
 * ("…last week" / ". Straight question: …") and pm-v26-005 lost its ask for ranking. src/text/nlp.ts
 * now forgets what each text taught wink and maps the spans (test/text/pure-reading.test.ts).
 */
describe('the same email reads the same whatever was read before it', () => {
  it("keeps pm-v26-005's ask for ranking after the whole corpus was read", () => {
    const item = cases.find(({ c }) => c.id === 'pm-v26-005');
    expect(item).toBeDefined();
    for (const { c } of cases) highIds(c, c.email);
    for (const { kind, item: x } of loadCorpus()) {
      if (kind !== 'prematch') continue;
      const parsed = parsePrematchContext(x.context);
      if (parsed.ok) checkPrematchEmail(x.email!, parsed.value, today(parsed.value), {});
    }
    expect(highIds(item!.c, item!.c.email)).toContain('asks-for-ranking');
    // It reads the whole pre-match corpus first: give it the time a loaded two-core box needs.
  }, 240_000);
});
