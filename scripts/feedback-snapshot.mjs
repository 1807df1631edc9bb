// usage: node scripts/feedback-snapshot.mjs ROOT OUT.json
// The mock feedback (with and without the learned STAR layer) for every answer in
// ROOT/test/corpus/answers/*.jsonl, in file order, as one JSON file: run it on two builds (ROOT is a
// worktree with dist/ built) and `cmp` the files to prove a speed change leaves every answer's
// feedback byte-identical (round fix24: the per-sentence memos). Later answers meet sentences the
// earlier ones warmed, as in a live session.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
const root = process.argv[2];
const { answerFeedback } = await import(`${root}/dist/src/mock/feedback.js`);
const dir = `${root}/test/corpus/answers`;
const out = [];
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.jsonl'))
  .sort()) {
  for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (typeof r.question !== 'string' || typeof r.answer !== 'string') continue;
    out.push({
      f,
      id: r.id,
      fb: answerFeedback(r.question, r.answer),
      fbNoLayer: answerFeedback(r.question, r.answer, { starLayer: false }),
    });
  }
}
writeFileSync(process.argv[3], JSON.stringify(out, null, 1));
console.log(out.length, 'answers');
