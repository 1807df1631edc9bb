/**
 * `node dist/bench/nlp-cost.js`: what the NLP library adds to a process: the time to load
 * wink-nlp and its English model, and the heap and resident memory it holds afterwards. Run in a
 * fresh process so nothing else is loaded; prints one JSON line.
 */
import { loadNlp } from '../src/text/nlp.js';
import { analyse } from '../src/text/document.js';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
loadNlp();
const loadMs = performance.now() - t0;
const t1 = performance.now();
analyse('Dear Dr. Lee,\nThank you for the interview. Where do I stand on your list?\nBest,\nSam');
const firstParseMs = performance.now() - t1;
gc?.();
const after = process.memoryUsage();
const mb = (n: number) => Math.round((n / 1e6) * 10) / 10;
console.log(
  JSON.stringify({
    loadMs: Math.round(loadMs),
    firstParseMs: Math.round(firstParseMs),
    heapAddedMb: mb(after.heapUsed - before.heapUsed),
    rssAddedMb: mb(after.rss - before.rss),
    gcExposed: Boolean(gc),
  }),
);
