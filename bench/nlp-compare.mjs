// Compares wink-nlp and compromise on the corpus texts: load time, ms per text, sentence splits and
// 20 hand-labelled part-of-speech probes from our kind of text. compromise is not a dependency; to
// re-run: cd "$(mktemp -d)" && npm init -y && npm i wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 compromise@14.17.0,
// copy this file there, set CORPUS=/path/to/repo/test/corpus and run node nlp-compare.mjs wink (or compromise).
import { readFileSync, readdirSync } from 'node:fs';
const root = process.env.CORPUS ?? new URL('../test/corpus', import.meta.url).pathname;
const texts = [];
for (const k of ['prematch', 'gap', 'answers'])
  for (const f of readdirSync(`${root}/${k}`))
    for (const l of readFileSync(`${root}/${k}/${f}`, 'utf8').split('\n'))
      if (l.trim()) {
        const j = JSON.parse(l);
        texts.push(j.email ?? j.draft ?? j.answer);
      }
// Hand-labelled POS probes from our texts: word in a sentence and its right coarse tag.
const probes = [
  ['Where do I stand on your rank list?', 'rank', 'NOUN'],
  ['Will you rank me highly?', 'rank', 'VERB'],
  ['I would like to know my position.', 'like', 'VERB'],
  ['We used tools like Epic.', 'like', 'ADP'],
  ['I have attached my CV.', 'attached', 'VERB'],
  ['I was attached to the cardiology team.', 'attached', 'VERB'],
  ['The list is due soon.', 'list', 'NOUN'],
  ['I will list you first.', 'list', 'VERB'],
  ['I built a dashboard.', 'built', 'VERB'],
  ['The match results arrive in March.', 'match', 'NOUN'],
  ['I hope to match with you.', 'match', 'VERB'],
  ['My mother was diagnosed with cancer.', 'diagnosed', 'VERB'],
  ['I completed a course in SQL.', 'course', 'NOUN'],
  ['Please let me know where I stand.', 'stand', 'VERB'],
  ['I passed Step 2 CK with 245.', 'passed', 'VERB'],
  ['The alert fired too often.', 'alert', 'NOUN'],
  ['I worked as a scribe.', 'worked', 'VERB'],
  ['I volunteered at a clinic.', 'volunteered', 'VERB'],
  ['Any indication would help me plan.', 'plan', 'VERB'],
  ['My plan is to apply.', 'plan', 'NOUN'],
];
const coarse = { Verb: 'VERB', Noun: 'NOUN', Preposition: 'ADP', Adjective: 'ADJ', Adverb: 'ADV' };
const lib = process.argv[2];
const t0 = performance.now();
let parse, tagOf;
if (lib === 'wink') {
  const w = (await import('wink-nlp')).default((await import('wink-eng-lite-web-model')).default);
  const its = w.its;
  parse = (t) => w.readDoc(t).sentences().out();
  tagOf = (s, word) => {
    const d = w.readDoc(s);
    const v = d.tokens().out();
    const p = d.tokens().out(its.pos);
    return p[v.indexOf(word)];
  };
} else {
  const nlp = (await import('compromise')).default;
  parse = (t) => nlp(t).sentences().out('array');
  tagOf = (s, word) => {
    const terms = nlp(s).json()[0].terms;
    const t = terms.find((x) => x.text === word);
    for (const tag of t?.tags ?? []) if (coarse[tag]) return coarse[tag];
    return (t?.tags ?? [])[0];
  };
}
parse('warm up');
const loadMs = performance.now() - t0;
const t1 = performance.now();
let sents = 0,
  lowerStart = 0;
for (const t of texts)
  for (const s of parse(t)) {
    sents++;
    if (/^[a-z]/.test(s.trim())) lowerStart++;
  }
const perText = (performance.now() - t1) / texts.length;
const right = probes.filter(([s, w, tag]) => tagOf(s, w) === tag).length;
console.log(
  JSON.stringify({
    lib,
    texts: texts.length,
    loadMs: Math.round(loadMs),
    msPerText: +perText.toFixed(2),
    sentences: sents,
    sentencesStartingLowercase: lowerStart,
    posProbesRight: `${right}/${probes.length}`,
    heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
  }),
);
