#!/usr/bin/env node
/**
 * Which labelled corpus items tell a surviving mutant from the real code (not in CI; a helper for
 * writing the tests that kill them).
 *
 * For each mutant that survived (or had no coverage) in Stryker's last report
 * (reports/stryker-incremental.json) in the files given, it switches the mutant on and runs the
 * real checkers over every corpus item that reaches the mutated code (test/corpus/{prematch,gap,
 * answers}; unseen held-out files are never opened). An item counts when the mutant changes its
 * ids or STAR parts AND the original output agreed with the item's label on what changed: only
 * then does the original behaviour have a label to stand on. It then tries each sentence of that
 * item alone (same context, same question) and keeps the sentences where the mutant still changes
 * that id or part and the original still agrees with the label: ready-made cases for a unit test.
 * For src/text/narrative.ts it also reports, per sentence, which reading flips (an action, a story
 * action, an outcome, blame, an informatics link or angle).
 *
 * How: Stryker's own instrumenter places every mutant behind a switch
 * (`globalThis.__stryker__.activeMutant`) and records which corpus item reaches which mutant, so
 * one process loads the NLP model once and runs only the items that reach each mutant. A worker
 * thread runs the mutants; one that hangs (a loop mutant) is cut after 60 s and reported.
 *
 * Usage: node tools/mutant-probe.mjs [--files src/text/narrative.ts,src/text/prematch.ts]
 *          [--report reports/stryker-incremental.json] [--out reports/mutant-probe.json] [--all]
 * (--all: every mutant that is not static, not only the survivors; --since REV: every mutant on a line
 * changed since REV in the code as it is now, for new frames no Stryker run has seen.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const probeDir = path.join(root, '.stryker-tmp', `probe-${process.env.PROBE_TAG ?? process.pid}`);

if (isMainThread) await main();
else await worker();

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const files = opt('--files', 'src/text/narrative.ts,src/text/prematch.ts').split(',');
  const reportFile = opt('--report', 'reports/stryker-incremental.json');
  const outFile = opt('--out', 'reports/mutant-probe.json');
  const all = args.includes('--all');
  const phrasesFile = opt('--phrases', undefined);
  // --again PROBE.json: only the mutants an earlier probe of the same code found in a labelled item
  // but could not show in a single sentence (this run also tries two and three sentences together).
  const againFile = opt('--again', undefined);
  const again = againFile
    ? new Set(
        JSON.parse(readFileSync(againFile, 'utf8'))
          .results.filter((r) => r.items.some((i) => i.agrees) && !r.items.some((i) => i.sentences?.length))
          .map((r) => r.id),
      )
    : undefined;
  // --skip LOG: leave out mutants a --phrases run already told apart (its printed lines).
  const skipFile = opt('--skip', undefined);
  const skip = new Set(
    skipFile
      ? readFileSync(skipFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes(' killed by: '))
          .map(
            (l) =>
              l.split(' ')[0] + ' ' + l.split(' ')[1] + ' ' + l.slice(l.indexOf('"'), l.lastIndexOf(' killed by: ')),
          )
      : [],
  );
  const phrases = phrasesFile ? readPhrases(path.resolve(phrasesFile)) : undefined;

  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const ts = (await import('typescript')).default;
  const quiet = () => {};
  const logger = {
    trace: quiet,
    debug: quiet,
    info: quiet,
    warn: console.warn,
    error: console.error,
    fatal: console.error,
    isTraceEnabled: () => false,
    isDebugEnabled: () => false,
    isInfoEnabled: () => false,
    isWarnEnabled: () => true,
    isErrorEnabled: () => true,
    isFatalEnabled: () => true,
  };
  // The code as Stryker saw it in that report (the mutants' places refer to it), not as it is now.
  const report = JSON.parse(readFileSync(path.resolve(root, reportFile), 'utf8'));
  // --since REV: the mutants on lines changed since REV in the code as it is now (new frames no
  // Stryker run has seen yet), instead of the survivors of the report.
  const since = opt('--since', undefined);
  const changedLines = new Map();
  if (since) {
    const { execFileSync } = await import('node:child_process');
    for (const f of files) {
      const lines = new Set();
      const diff = execFileSync('git', ['diff', '-U0', since, '--', f], { cwd: root, encoding: 'utf8' });
      for (const h of diff.matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)) {
        const from = Number(h[1]);
        const n = h[2] === undefined ? 1 : Number(h[2]);
        for (let l = from; l < from + n; l++) lines.add(l);
      }
      changedLines.set(f, lines);
    }
  }
  const sourceOf = (f) =>
    since
      ? readFileSync(path.join(root, f), 'utf8')
      : (report.files[f]?.source ?? readFileSync(path.join(root, f), 'utf8'));
  const inst = new Instrumenter(logger);
  const instrumented = await inst.instrument(
    files.map((f) => ({ name: path.join(root, f), content: sourceOf(f), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: false },
  );

  // Which mutants to probe: those Stryker left alive, matched to the instrumenter's by place and
  // replacement (ids differ between runs).
  const place = (file, m) =>
    `${file}:${m.location.start.line}:${m.location.start.column}:${m.location.end.line}:${m.location.end.column}:${m.mutatorName}:${m.replacement}`;
  const alive = new Map();
  for (const f of files) {
    for (const m of report.files[f]?.mutants ?? []) {
      if (all ? m.status !== 'Ignored' : m.status === 'Survived' || m.status === 'NoCoverage')
        alive.set(place(f, m), m.status);
    }
  }
  const targets = [];
  for (const m of instrumented.mutants) {
    const file = path.relative(root, m.fileName);
    // The instrumenter counts lines from 0 in its API mutants; the report from 1.
    const loc = {
      start: { line: m.location.start.line + 1, column: m.location.start.column + 1 },
      end: { line: m.location.end.line + 1, column: m.location.end.column + 1 },
    };
    const key = place(file, { ...m, location: loc });
    const shown = `${file}:${loc.start.line}:${loc.start.column} ${m.mutatorName} ${JSON.stringify(m.replacement.slice(0, 60))}`;
    const wanted = since ? Boolean(changedLines.get(file)?.has(loc.start.line)) : alive.has(key);
    if (wanted && !skip.has(shown) && (!again || again.has(m.id)))
      targets.push({
        id: m.id,
        file,
        mutator: m.mutatorName,
        replacement: m.replacement,
        location: loc,
        status: alive.get(key) ?? 'new',
      });
  }
  console.error(`mutant-probe: ${alive.size} mutants to probe in the report, ${targets.length} matched in the code`);

  // A plain-JS copy of src/ and the corpus runner, with the target files instrumented.
  rmSync(probeDir, { recursive: true, force: true });
  const instrumentedByName = new Map(instrumented.files.map((f) => [path.relative(root, f.name), f.content]));
  const transpile = (rel) => {
    const src = instrumentedByName.get(rel) ?? readFileSync(path.join(root, rel), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
        isolatedModules: true,
      },
      fileName: rel,
    }).outputText;
    const dest = path.join(probeDir, rel.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(dest), { recursive: true });
    writeFileSync(dest, out);
  };
  const walk = (dir) =>
    readdirSync(path.join(root, dir)).flatMap((n) => {
      const rel = path.join(dir, n);
      return statSync(path.join(root, rel)).isDirectory() ? walk(rel) : rel.endsWith('.ts') ? [rel] : [];
    });
  for (const rel of [...walk('src'), 'bench/eval/corpus.ts']) transpile(rel);

  // Run the mutants in a worker; restart it past a mutant that hangs.
  const results = [];
  let next = 0;
  let baseline;
  while (next < targets.length) {
    const batch = targets.slice(next);
    const done = await new Promise((resolve) => {
      const w = new Worker(fileURLToPath(import.meta.url), {
        workerData: { targets: batch, phrases, windows: Boolean(again) },
      });
      let count = 0;
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          results.push({ ...batch[count], hang: true, items: [] });
          console.error(`mutant-probe: mutant ${batch[count].id} hangs; skipped`);
          void w.terminate();
          resolve(count + 1);
        }, 60_000);
      };
      w.on('message', (msg) => {
        if (msg.baseline) {
          baseline ??= msg.baseline;
          arm();
          return;
        }
        results.push(msg.result);
        count++;
        if (count % 50 === 0) {
          console.error(`mutant-probe: ${next + count}/${targets.length}`);
          if (!phrases) writeFileSync(path.resolve(root, outFile), JSON.stringify({ partial: true, results }, null, 1));
        }
        arm();
      });
      w.on('error', (e) => {
        console.error(e);
        clearTimeout(timer);
        resolve(count + 1);
      });
      w.on('exit', () => {
        clearTimeout(timer);
        resolve(count);
      });
      // The first message (the baseline) loads the model and runs the corpus once.
      timer = setTimeout(() => {
        console.error('mutant-probe: the baseline run did not finish in 5 minutes');
        void w.terminate();
        resolve(batch.length);
      }, 300_000);
    });
    next += done;
  }

  const src = Object.fromEntries(files.map((f) => [f, sourceOf(f).split('\n')]));
  for (const r of results) {
    const line = src[r.file][r.location.start.line - 1] ?? '';
    r.line = line.trim().slice(0, 160);
  }
  mkdirSync(path.dirname(path.resolve(root, outFile)), { recursive: true });
  writeFileSync(path.resolve(root, outFile), JSON.stringify({ baseline, results }, null, 1));
  if (phrases) {
    const hit = results.filter((r) => r.phrases?.length);
    for (const r of results)
      console.log(
        `${r.file}:${r.location.start.line}:${r.location.start.column} ${r.mutator} ${JSON.stringify(r.replacement.slice(0, 60))}` +
          (r.phrases?.length
            ? ` killed by: ${r.phrases.map((p) => `${p.n} ${p.changed.join(',')}`).join('; ')}`
            : r.hang
              ? ' hangs'
              : ' -'),
      );
    console.log(`mutant-probe: ${hit.length} of ${results.length} mutants told apart by the ${phrases.length} phrases`);
    return;
  }
  const killable = results.filter((r) => r.items.some((i) => i.agrees));
  const withSentence = results.filter((r) => r.items.some((i) => i.sentences?.length));
  const changing = results.filter((r) => r.items.length);
  console.log(
    `mutant-probe: ${results.length} mutants probed; ${changing.length} change some corpus item's output, ` +
      `${killable.length} where the original agrees with the label, ${withSentence.length} with a single sentence that shows it; ` +
      `${results.filter((r) => r.hang).length} hang. Details: ${outFile}`,
  );
}

/**
 * Hand-written phrases to try (--phrases FILE), one a line: `gap: text`, `answers: question | text`,
 * `prematch KIND: text` (context: that kind, program "Lakeside University Clinical Informatics
 * Fellowship"), or `text` alone (the narrative readings only). Lines starting with # are skipped.
 */
function readPhrases(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l, i) => {
      // A JSON line gives the whole case: {"kind":"prematch","context":{…},"text":"…"}.
      if (l.startsWith('{')) {
        const j = JSON.parse(l);
        return { n: i + 1, kind: j.kind, item: { context: j.context, question: j.question, fire: [] }, text: j.text };
      }
      const m = /^(gap|answers|prematch(?: ([\w-]+))?):\s*(.*)$/.exec(l);
      if (!m) return { n: i + 1, kind: 'text', text: l };
      if (m[1] === 'answers') {
        const [q, a] = m[3].includes(' | ')
          ? m[3].split(' | ')
          : ['Tell me about a time you improved a process.', m[3]];
        return { n: i + 1, kind: 'answers', item: { question: q, fire: [] }, text: a };
      }
      if (m[1].startsWith('prematch'))
        return {
          n: i + 1,
          kind: 'prematch',
          item: {
            context: { kind: m[2] ?? 'inquiry', program: 'Lakeside University Clinical Informatics Fellowship' },
            fire: [],
          },
          text: m[3],
        };
      return { n: i + 1, kind: 'gap', item: { fire: [] }, text: m[3] };
    });
}

// ---------------------------------------------------------------------------------------------

async function worker() {
  const ns = (globalThis.__stryker__ = { mutantCoverage: { static: {}, perTest: {} } });
  const imp = (rel) => import(pathToFileURL(path.join(probeDir, rel)).href);
  const { analyse } = await imp('src/text/document.js');
  const narrative = await imp('src/text/narrative.js');
  const { checkPrematchEmail } = await imp('src/rules/prematch-check.js');
  const { parsePrematchContext } = await imp('src/rules/prematch-context.js');
  const { lintGapExplanation } = await imp('src/rules/gap-lint.js');
  const { answerFeedback } = await imp('src/mock/feedback.js');

  // The corpus, without any unseen held-out file (those are opened by nobody but the evaluation).
  const items = [];
  for (const kind of ['prematch', 'gap', 'answers']) {
    const dir = path.join(root, 'test', 'corpus', kind);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.jsonl') || /heldout/i.test(f.replace(/^seen-heldout/, ''))) continue;
      for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n'))
        if (line.trim()) {
          const item = JSON.parse(line);
          items.push({ key: `${kind}/${f.replace(/\.jsonl$/, '')}/${item.id}`, kind, item });
        }
    }
  }

  const textOf = (kind, item) => (kind === 'prematch' ? item.email : kind === 'gap' ? item.draft : item.answer) ?? '';
  const run = (kind, item, text = textOf(kind, item)) => {
    try {
      if (kind === 'prematch') {
        const ctx = parsePrematchContext(item.context);
        const today = ctx.value.sendDate ?? ctx.value.interviewDate ?? '2026-01-15';
        const findings = checkPrematchEmail(text, ctx.value, today, { target: item.target }).findings;
        return {
          ids: findings.map((f) => f.id).sort(),
          said: Object.fromEntries(findings.map((f) => [f.id, f.message])),
        };
      }
      if (kind === 'gap') {
        const lints = lintGapExplanation(text);
        return { ids: lints.map((l) => l.id).sort(), said: Object.fromEntries(lints.map((l) => [l.id, l.message])) };
      }
      const fb = answerFeedback(item.question ?? '', text);
      return {
        ids: fb.notes.map((n) => n.id).sort(),
        star: fb.star,
        said: Object.fromEntries(fb.notes.map((n) => [n.id, n.message])),
      };
    } catch (e) {
      return { error: String(e?.message ?? e).slice(0, 120) };
    }
  };
  // What changed between two outputs, as "id" / "star:part" keys.
  const changed = (a, b) => {
    if (a.error || b.error) return a.error === b.error ? [] : ['error'];
    const out = [];
    for (const id of new Set([...a.ids, ...b.ids])) if (a.ids.includes(id) !== b.ids.includes(id)) out.push(id);
    if (a.star && b.star) for (const p of Object.keys(a.star)) if (a.star[p] !== b.star[p]) out.push(`star:${p}`);
    // The same finding, told differently (another quote, another count): what the member reads.
    if (a.said && b.said)
      for (const id of a.ids) if (b.ids.includes(id) && a.said[id] !== b.said[id]) out.push(`said:${id}`);
    return out;
  };
  // Does an output agree with the item's label on one id or part?
  const agrees = (item, out, what) => {
    if (out.error) return false;
    if (what.startsWith('star:')) return item.star ? out.star[what.slice(5)] === item.star[what.slice(5)] : false;
    // A message is not labelled; its finding is: it counts when the finding is one the label wants.
    if (what.startsWith('said:')) return item.fire.includes(what.slice(5)) && out.ids.includes(what.slice(5));
    if ((item.dontCare ?? []).includes(what)) return false;
    return item.fire.includes(what) === out.ids.includes(what);
  };
  const readings = (s) => ({
    action: narrative.actionsIn([s]).length > 0,
    storyAction: narrative.actionsIn([s], { story: true }).length > 0,
    outcome: narrative.outcomesIn([s]).length > 0,
    blame:
      narrative
        .blameIn([s])
        .map((h) => s.canon.slice(h.index, h.index + h.length).trim())
        .join(' | ') || false,
    informatics: narrative.hasInformatics(s.text),
    angle: narrative.hasInformaticsAngle(s.text),
  });

  if (workerData.phrases) {
    const look = (p) => {
      if (p.kind === 'text') {
        try {
          return { ids: [], readings: analyse(p.text).sentences.map(readings) };
        } catch (e) {
          return { error: String(e?.message ?? e).slice(0, 120) };
        }
      }
      return run(p.kind, p.item, p.text);
    };
    const base = workerData.phrases.map(look);
    parentPort.postMessage({ baseline: { phrases: base.length } });
    for (const t of workerData.targets) {
      ns.activeMutant = t.id;
      const got = workerData.phrases.map(look);
      ns.activeMutant = undefined;
      const hits = [];
      got.forEach((g, i) => {
        const b = base[i];
        const diff =
          b.readings && g.readings
            ? Object.keys(b.readings[0] ?? {}).filter((k) => b.readings.some((r, j) => r[k] !== g.readings[j]?.[k]))
            : changed(b, g);
        if (diff.length) hits.push({ n: workerData.phrases[i].n, changed: diff });
      });
      parentPort.postMessage({ result: { ...t, items: [], phrases: hits } });
    }
    return;
  }

  // Baseline: every item once, recording which mutants it reaches.
  const base = new Map();
  const sentencesOf = new Map();
  const docTextOf = new Map();
  for (const x of items) {
    ns.currentTestId = x.key;
    base.set(x.key, run(x.kind, x.item));
    ns.currentTestId = `${x.key}#sentences`;
    const doc = analyse(textOf(x.kind, x.item));
    const sents = doc.sentences;
    sentencesOf.set(x.key, sents);
    docTextOf.set(x.key, doc.text);
    for (const s of sents) readings(s);
  }
  ns.currentTestId = undefined;
  const reaches = new Map();
  for (const [test, cov] of Object.entries(ns.mutantCoverage.perTest)) {
    for (const id of Object.keys(cov)) {
      if (!reaches.has(id)) reaches.set(id, new Set());
      reaches.get(id).add(test.replace(/#sentences$/, ''));
    }
  }
  const staticIds = new Set(Object.keys(ns.mutantCoverage.static));
  parentPort.postMessage({
    baseline: {
      items: items.length,
      exact: items.filter((x) => changed(base.get(x.key), { ids: x.item.fire, star: x.item.star }).length === 0).length,
    },
  });

  const soloBase = new Map();
  const baseReadings = new Map();
  for (const t of workerData.targets) {
    const keys = [...(reaches.get(t.id) ?? [])];
    const out = { ...t, reached: keys.length, static: staticIds.has(t.id), items: [] };
    for (const key of keys) {
      const x = items.find((y) => y.key === key);
      const b = base.get(key);
      ns.activeMutant = t.id;
      const m = run(x.kind, x.item);
      ns.activeMutant = undefined;
      const diff = changed(b, m);
      if (!diff.length) continue;
      const sents = sentencesOf.get(key);
      const flips = [];
      const good = diff.filter((d) => d !== 'error' && agrees(x.item, b, d));
      if (good.length && t.file.endsWith('narrative.ts')) {
        for (const s of sents) {
          if (!baseReadings.has(s)) baseReadings.set(s, readings(s));
          const r0 = baseReadings.get(s);
          ns.activeMutant = t.id;
          let r1;
          try {
            r1 = readings(s);
          } catch {
            r1 = {};
          }
          const which = Object.keys(r0).filter((k) => r0[k] !== r1[k]);
          if (which.length)
            flips.push({ sentence: s.text, readings: Object.fromEntries(which.map((k) => [k, r0[k]])) });
        }
      }
      ns.activeMutant = undefined;
      const sentences = [];
      // One sentence alone, then (when none shows it) two or three in a row, as the member wrote them.
      const text = docTextOf.get(key);
      const windows = [1, 2, 3].map((n) =>
        sents.length > n
          ? sents.slice(0, sents.length - n + 1).map((s, j) => text.slice(s.start, sents[j + n - 1].end))
          : [],
      );
      for (const [n, texts] of windows.entries()) {
        if (n > 0 && (sentences.length || !workerData.windows)) break;
        for (const piece of texts) {
          const k = `${key}\u0000${piece}`;
          if (!soloBase.has(k)) soloBase.set(k, run(x.kind, x.item, piece));
          const sb = soloBase.get(k);
          ns.activeMutant = t.id;
          const sm = run(x.kind, x.item, piece);
          ns.activeMutant = undefined;
          const sd = changed(sb, sm).filter((d) => good.includes(d) && agrees(x.item, sb, d));
          const value = (d) =>
            d.startsWith('star:')
              ? sb.star[d.slice(5)]
              : d.startsWith('said:')
                ? sb.said[d.slice(5)]
                : sb.ids.includes(d);
          if (sd.length) sentences.push({ text: piece, what: sd.map((d) => [d, value(d)]) });
        }
      }
      out.items.push({
        key,
        changed: diff,
        agrees: good.length > 0,
        good,
        ...(sentences.length ? { sentences } : {}),
        ...(flips.length ? { flips } : {}),
      });
      // Enough to write a test from: stop looking.
      if (out.items.filter((i) => i.sentences?.length).length >= 3 || out.items.filter((i) => i.agrees).length >= 6)
        break;
    }
    parentPort.postMessage({ result: out });
  }
}
