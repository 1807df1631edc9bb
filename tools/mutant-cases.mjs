#!/usr/bin/env node
/**
 * From tools/mutant-probe.mjs's findings, the fewest corpus sentences that kill the most surviving
 * mutants, as table rows for a unit test (not in CI). Every row was checked by the probe: run
 * alone (same context, same question), the real code gives the value shown, that value agrees
 * with the item's label, and the mutant gives another.
 *
 * Usage: node tools/mutant-cases.mjs reports/probe-narrative.json [more.json] > rows.json
 * Prints the rows (JSON) on stdout and, on stderr, how many mutants they kill and which mutants
 * changed a corpus item's output without any single sentence showing it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --exclude FILE: rows judged wrong and left out (one `item-key<TAB>what` a line), e.g. a message
// that agrees with the label on the finding but names the wrong thing.
const argv = process.argv.slice(2);
const ex = argv.indexOf('--exclude');
const excluded = new Set(
  ex >= 0
    ? readFileSync(argv.splice(ex, 2)[1], 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
    : [],
);
const probes = argv.map((f) => JSON.parse(readFileSync(f, 'utf8')));

// The labelled items, for the context and question a sentence came with (unseen held-out files unread).
const items = new Map();
for (const kind of ['prematch', 'gap', 'answers']) {
  const dir = path.join(root, 'test', 'corpus', kind);
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.jsonl') || /heldout/i.test(f.replace(/^seen-heldout/, ''))) continue;
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n'))
      if (line.trim()) {
        const item = JSON.parse(line);
        items.set(`${kind}/${f.replace(/\.jsonl$/, '')}/${item.id}`, item);
      }
  }
}

// Candidate rows: (item, sentence, what) → the mutants it kills.
const rows = new Map();
const mutants = probes.flatMap((p) => p.results);
for (const m of mutants) {
  for (const it of m.items) {
    for (const s of it.sentences ?? []) {
      for (const [what, value] of s.what) {
        if (excluded.has(`${it.key}\t${what}`)) continue;
        const k = `${it.key}\u0000${s.text}\u0000${what}`;
        if (!rows.has(k)) rows.set(k, { key: it.key, text: s.text, what, value, kills: new Set() });
        rows.get(k).kills.add(`${m.file}#${m.id}`);
      }
    }
  }
}

// Greedy cover: the row that kills most of what is left, until nothing is left; short sentences
// win ties (cheaper to read and to run).
const left = new Set([...rows.values()].flatMap((r) => [...r.kills]));
const killable = left.size;
const chosen = [];
while (left.size) {
  let best;
  let bestN = 0;
  for (const r of rows.values()) {
    const n = [...r.kills].filter((k) => left.has(k)).length;
    if (n > bestN || (n === bestN && n > 0 && r.text.length < best.text.length)) {
      best = r;
      bestN = n;
    }
  }
  if (!best) break;
  chosen.push(best);
  for (const k of best.kills) left.delete(k);
}

const out = chosen.map((r) => {
  const [kind] = r.key.split('/');
  const item = items.get(r.key);
  return {
    from: r.key,
    kind,
    text: r.text,
    what: r.what,
    value: r.value,
    ...(kind === 'prematch' ? { context: item.context, ...(item.target ? { target: item.target } : {}) } : {}),
    ...(kind === 'answers' ? { question: item.question } : {}),
    kills: r.kills.size,
  };
});
console.log(JSON.stringify(out, null, 1));
const changedOnly = mutants.filter((m) => m.items.some((i) => i.agrees) && !m.items.some((i) => i.sentences?.length));
console.error(
  `mutant-cases: ${mutants.length} mutants; ${chosen.length} rows kill ${killable}; ` +
    `${changedOnly.length} more change an item (label agreeing) but no single sentence shows it; ` +
    `${mutants.filter((m) => !m.items.some((i) => i.agrees)).length} are not told apart by any labelled item.`,
);
