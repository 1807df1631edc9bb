/**
 * `npm run eval:checks [-- --cross] [-- --misses] [-- --rules-only]`: per-id precision and recall, STAR accuracy per part and
 * items exactly right, for the whole corpus and for the held-out batch. A report: exit code 0
 * whatever the figures (test/corpus/eval.test.ts is what fails on a regression). `--misses`
 * lists every item that is not exactly right, with what fired and what was wanted; `--cross` adds a
 * table with each batch file scored alone (leave-one-batch-out); `--probes[=set-a]` scores
 * the category probes of test/probes (all sets, or those whose file starts with the name given) (with `--misses`, lists the probes it gets wrong).
 * `--leave-one-out` scores each batch file and each probe set alone, as written, and then lists
 * which detector parts carry findings on one batch only (bench/eval/attribution.ts; slow).
 * Answers are read as members get them (rules + the learned STAR layer); `--rules-only` reads them
 * with the hand-written rules alone.
 */
import { byBatch, evaluate, formatCross, formatScores } from './corpus.js';
import { formatAttribution, attribute } from './attribution.js';
import { formatProbeSets, formatProbes, runProbes } from './probes.js';

const { results, all, heldout } = evaluate();
const out: string[] = [];
out.push(formatScores('Whole corpus', all), '');
out.push(heldout ? formatScores('Held-out batch', heldout) : 'Held-out batch: no held-out items yet');
const loo = process.argv.includes('--leave-one-out');
if (process.argv.includes('--cross') || loo) out.push('', formatCross(byBatch(results)));
if (loo) out.push('', formatProbeSets(runProbes()), '', formatAttribution(attribute()));
const probesArg = process.argv.find((a) => a === '--probes' || a.startsWith('--probes='));
if (probesArg) out.push('', formatProbes(runProbes(probesArg.split('=')[1]), process.argv.includes('--misses')));
if (process.argv.includes('--misses')) {
  out.push('', 'Items not exactly right:');
  for (const r of results.filter((x) => !x.exact)) {
    const parts = [
      r.extra.length ? `extra ${r.extra.join(',')}` : '',
      r.missed.length ? `missed ${r.missed.join(',')}` : '',
      r.starWrong.length ? `star ${r.starWrong.join(',')}` : '',
    ].filter(Boolean);
    out.push(`  ${r.item.id} [${r.source}] ${parts.join('; ')}`);
  }
}
console.log(out.join('\n'));
process.exitCode = 0;
