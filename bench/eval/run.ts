/**
 * `npm run eval:checks [-- --cross] [-- --misses]`: per-id precision and recall, STAR accuracy per part and
 * items exactly right, for the whole corpus and for the held-out batch. A report: exit code 0
 * whatever the figures (test/corpus/eval.test.ts is what fails on a regression). `--misses`
 * lists every item that is not exactly right, with what fired and what was wanted; `--cross` adds a
 * table with each batch file scored alone (leave-one-batch-out).
 */
import { byBatch, evaluate, formatCross, formatScores } from './corpus.js';

const { results, all, heldout } = evaluate();
const out: string[] = [];
out.push(formatScores('Whole corpus', all), '');
out.push(heldout ? formatScores('Held-out batch', heldout) : 'Held-out batch: no held-out items yet');
if (process.argv.includes('--cross')) out.push('', formatCross(byBatch(results)));
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
