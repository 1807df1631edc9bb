/**
 * `npm run eval:ask`: how /ask does on the labelled question sets in test/corpus/ask/*.jsonl.
 *
 * For each in-scope question labelled with the guide sections that answer it (`answers`):
 * - found: one of them is in the top 3 sections of the reply (cited first, then retrieval order);
 * - answered: the reply is not declined and its text cites one of them.
 * For each out-of-scope question: declined (not covered, or out of scope).
 * In-scope questions no guide passage answers (`answers: ["uncovered"]`, `answers: []` or
 * `"uncovered": true`) are counted apart; in-scope items with no `answers` field are unlabelled.
 *
 * Every file is reported on its own and all together. Items whose `batch` is "heldout" were
 * written after the work and are reported as the held-out batch; the others are split by a fixed
 * hash of the id (a third held out, chosen before any result was seen). Held-out failures are
 * listed only with --show-heldout, so tuning looks at the tuning part.
 *
 * Flags: --failures (list tuning-part failures), --show-heldout, --yesno, --json,
 * --file=NAME (only that file; repeatable), --skip-batch=NAME (leave out items of that batch),
 * --in-sample (see below).
 *
 * /ask learns from these very files (the labelled questions vote for sections and for scope:
 * src/knowledge/neighbours.ts), so by default each file is answered leave-one-file-out: with a
 * neighbour index built from every OTHER file, never from its own questions. `--in-sample` answers
 * with the product's index (every file, the measured one included): not an honest figure.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion, rankedSections } from '../../src/knowledge/answer.js';
import { repoRoot } from '../../src/core/repo-root.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import {
  createNeighbourIndex,
  currentNeighbours,
  setNeighbours,
  type NeighbourIndex,
} from '../../src/knowledge/neighbours.js';
import { isYesNoQuestion } from '../../src/knowledge/question-form.js';
import {
  createLeadIndex,
  currentLeadIndex,
  setLeadIndex,
  type LeadIndex,
} from '../../src/knowledge/lead-neighbours.js';
import { currentScopeModel, setScopeModel, trainScopeModel, type ScopeModel } from '../../src/knowledge/scope-model.js';

/** "Yes…"/"No…" at the start of a gist ("Generally no", "Not…" count as no). */
function gistWord(item: Item): 'yes' | 'no' | 'depends' | undefined {
  const g = (item.gist ?? '').trim().toLowerCase();
  if (/^(?:it )?depends\b/.test(g)) return 'depends';
  if (/^yes\b/.test(g)) return 'yes';
  if (/^(?:no\b|generally,? no\b|generally not\b|not\b|usually not\b)/.test(g)) return 'no';
  return undefined;
}

export interface Item {
  gist?: string;
  id: string;
  q: string;
  scope: 'in' | 'out';
  topic?: string;
  yesNo?: boolean;
  answers?: string[];
  uncovered?: boolean;
  batch?: string;
  /** The file the item came from (set on load). */
  file: string;
}

/** A third of the items, fixed by the id alone. */
export function isHeldOut(id: string): boolean {
  return (createHash('sha256').update(id).digest()[0] ?? 0) % 3 === 0;
}

export type Part = 'tune' | 'heldout' | 'batch';

/** The labelled sections that answer an in-scope item; [] when none does, undefined when unlabelled. */
export function wantedSections(item: Item): string[] | undefined {
  if (item.scope !== 'in') return undefined;
  if (item.uncovered === true) return [];
  if (!Array.isArray(item.answers)) return undefined;
  return item.answers.filter((r) => typeof r === 'string' && r.trim() && r !== 'uncovered').map((r) => r.trim());
}

/** A label names a section ("doc#section") or a whole guide ("doc", any of its sections). */
export function labelMatches(label: string, ref: string): boolean {
  return label.includes('#') ? label === ref : ref.split('#')[0] === label;
}

export interface Outcome {
  item: Item;
  part: Part;
  /** 'labelled' | 'uncovered' | 'unlabelled' for in-scope items, 'out' otherwise. */
  kindOfItem: 'labelled' | 'uncovered' | 'unlabelled' | 'out';
  found: boolean;
  answered: boolean;
  declined: boolean;
  yesNoLed: boolean | undefined;
  /** The lead is "It depends:" (counted in yesNoLed too). */
  dependsLed: boolean | undefined;
  /** The lead agrees with the gist's own first word (only where the gist starts with one). */
  leadAgrees: boolean | undefined;
  top3: string[];
  cited: string[];
  kind: string;
  text: string;
}

/** "in", "in-scope", "in scope" → in; "out", "out-of-scope" → out (labellers spell it differently). */
export function normaliseScope(scope: unknown): 'in' | 'out' | undefined {
  const s = typeof scope === 'string' ? scope.trim().toLowerCase() : '';
  return /^in\b/.test(s) ? 'in' : /^out\b/.test(s) ? 'out' : undefined;
}

function load(onlyFiles: string[], skipBatches: string[]): Item[] {
  const dir = join(repoRoot(), 'test', 'corpus', 'ask');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .filter((f) => onlyFiles.length === 0 || onlyFiles.includes(f))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l, n) => {
          try {
            return { ...(JSON.parse(l) as Omit<Item, 'file'>), file };
          } catch {
            console.error(`${file}:${n + 1}: not valid JSON, skipped`);
            return undefined;
          }
        })
        .map((i) => (i ? { ...i, scope: normaliseScope(i.scope) } : undefined))
        .filter((i): i is Item => {
          const ok = i !== undefined && typeof i.q === 'string' && (i.scope === 'in' || i.scope === 'out');
          if (i && !ok) console.error(`${file}: item ${i.id ?? '?'} has no question text or no scope in/out, skipped`);
          return ok;
        })
        .filter((i) => !skipBatches.includes(i.batch ?? '')),
    );
}

export function run(items: Item[]): Outcome[] {
  const { index } = getKnowledge();
  return items.map((item) => {
    const a = answerQuestion(index, item.q);
    const cited = [...new Set([...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1] ?? ''))];
    const top3 = a.covered ? rankedSections(index, item.q, undefined, a).slice(0, 3) : [];
    const wanted = wantedSections(item);
    const kindOfItem =
      item.scope === 'out' ? 'out' : wanted === undefined ? 'unlabelled' : wanted.length ? 'labelled' : 'uncovered';
    const hit = (refs: string[]) => (wanted ?? []).some((w) => refs.some((r) => labelMatches(w, r)));
    return {
      item,
      part: item.batch === 'heldout' ? 'batch' : isHeldOut(item.id) ? 'heldout' : 'tune',
      kindOfItem,
      found: hit(top3),
      answered: a.covered && hit(cited),
      declined: !a.covered,
      yesNoLed: item.yesNo ? a.covered && a.lead !== undefined : undefined,
      // "It depends" agrees only with a gist that says so, and a gist that hedges ("usually not")
      // neither confirms nor contradicts it; a yes or no is checked against a gist's first word.
      // (A yes or no against a gist that opens "it depends" stays unchecked, as before round ten:
      // some gists contradict the guides, HISTORY.md.)
      leadAgrees:
        a.lead &&
        gistWord(item) &&
        !(a.lead === 'depends' && gistWord(item) !== 'depends' && !/^(?:yes|no)\b/i.test((item.gist ?? '').trim())) &&
        !(a.lead !== 'depends' && gistWord(item) === 'depends')
          ? a.lead === gistWord(item)
          : undefined,
      dependsLed: item.yesNo ? a.covered && a.lead === 'depends' : undefined,
      top3,
      cited,
      kind: a.kind ?? '',
      text: a.answer,
    };
  });
}

/** The neighbour index of every labelled file but this one. */
export function indexWithout(file: string): NeighbourIndex {
  const { labelled } = getKnowledge();
  const keep = labelled.questions.map((q, n) => ({ q, n })).filter(({ q }) => q.file !== file);
  return createNeighbourIndex(
    keep.map(({ q }) => q),
    keep.map(({ n }) => labelled.features[n]!),
  );
}

/** The yes/no lead index (lead-neighbours.ts) of every labelled file but this one. */
export function leadIndexWithout(file: string): LeadIndex {
  const { labelled } = getKnowledge();
  const keep = labelled.questions.map((q, n) => ({ q, n })).filter(({ q }) => q.file !== file);
  return createLeadIndex(
    keep.map(({ q }) => q),
    keep.map(({ n }) => labelled.features[n]!),
  );
}

/** The scope model (scope-model.ts) learned from every labelled file but this one. */
export function scopeModelWithout(file: string): ScopeModel {
  const { labelled } = getKnowledge();
  const keep = labelled.questions.map((q, n) => ({ q, n })).filter(({ q }) => q.file !== file);
  return trainScopeModel(
    keep.map(({ q }) => q),
    keep.map(({ n }) => labelled.features[n]!),
  );
}

/**
 * Each file answered with the neighbours and the scope model of every other file
 * (leave-one-file-out); the product's index and model are put back afterwards.
 */
export function runCross(items: Item[]): Outcome[] {
  // The knowledge first: it sets the product's index, and asked before it the product would look
  // like it has none, so the whole run would answer with every file in the index (in sample).
  getKnowledge();
  const product = currentNeighbours();
  const model = currentScopeModel();
  const leads = currentLeadIndex();
  // With the signals off (ADVISOR_ASK_NEIGHBOURS=off; no scope model) the product uses neither,
  // and neither does its measure.
  if (!product && !model) return run(items);
  const rows: Outcome[] = [];
  try {
    for (const file of [...new Set(items.map((i) => i.file))]) {
      if (product) setNeighbours(indexWithout(file));
      if (model) setScopeModel(scopeModelWithout(file));
      if (leads) setLeadIndex(leadIndexWithout(file));
      rows.push(...run(items.filter((i) => i.file === file)));
    }
  } finally {
    setNeighbours(product);
    setScopeModel(model);
    setLeadIndex(leads);
  }
  return rows;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

export function summary(rows: Outcome[]) {
  const labelled = rows.filter((r) => r.kindOfItem === 'labelled');
  const uncovered = rows.filter((r) => r.kindOfItem === 'uncovered');
  const out = rows.filter((r) => r.kindOfItem === 'out');
  const yn = labelled.filter((r) => r.item.yesNo);
  return {
    items: rows.length,
    inScope: labelled.length,
    found: labelled.filter((r) => r.found).length,
    answered: labelled.filter((r) => r.found && r.answered).length,
    outOfScope: out.length,
    declined: out.filter((r) => r.declined).length,
    uncovered: uncovered.length,
    uncoveredDeclined: uncovered.filter((r) => r.declined).length,
    unlabelled: rows.filter((r) => r.kindOfItem === 'unlabelled').length,
    yesNo: yn.length,
    yesNoLed: yn.filter((r) => r.yesNoLed).length,
    dependsLed: yn.filter((r) => r.dependsLed).length,
    faq: labelled.filter((r) => r.kind === 'faq').length,
    leads: rows.filter((r) => r.leadAgrees !== undefined).length,
    leadsRight: rows.filter((r) => r.leadAgrees === true).length,
  };
}

function line(name: string, s: ReturnType<typeof summary>): string {
  return [
    name.padEnd(40),
    `in-scope found+answered ${pct(s.answered, s.inScope).padStart(6)} (${s.answered}/${s.inScope}; top-3 ${pct(s.found, s.inScope)})`,
    `out-of-scope declined ${pct(s.declined, s.outOfScope).padStart(6)} (${s.declined}/${s.outOfScope})`,
    `yes/no led ${pct(s.yesNoLed, s.yesNo)} (${s.yesNoLed}/${s.yesNo}; "it depends" ${s.dependsLed})`,
    `lead agrees with gist ${s.leadsRight}/${s.leads}`,
    `FAQ ${s.faq}`,
    `uncovered ${s.uncovered} (declined ${s.uncoveredDeclined})`,
    ...(s.unlabelled ? [`unlabelled ${s.unlabelled}`] : []),
  ].join('  ');
}

const PART_NAME: Record<Part, string> = {
  tune: 'tuning part (2/3)',
  heldout: 'held-out third (1/3 by id hash)',
  batch: 'held-out batch (written after the work)',
};

/** Labels that name no section of the guides (a typo in a label would otherwise count as a miss). */
function unknownLabels(rows: Outcome[]): string[] {
  const refs = [...getKnowledge().index.sections.keys()];
  const bad = new Set<string>();
  for (const r of rows)
    for (const w of wantedSections(r.item) ?? []) if (!refs.some((ref) => labelMatches(w, ref))) bad.add(w);
  return [...bad].sort();
}

function optionValues(args: string[], name: string): string[] {
  return args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
}

function main(): void {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const items = load(optionValues(argv, 'file'), optionValues(argv, 'skip-batch'));
  const inSample = args.has('--in-sample');
  const rows = inSample ? run(items) : runCross(items);
  if (!args.has('--json'))
    console.log(
      inSample
        ? 'neighbours: IN SAMPLE (each file answered with its own labelled questions in the index; not an honest figure)\n'
        : 'neighbours: leave-one-file-out (each file answered with the labelled questions of the other files only)\n',
    );
  const files = [...new Set(rows.map((r) => r.item.file))];
  const parts = (['tune', 'heldout', 'batch'] as const).filter((p) => rows.some((r) => r.part === p));
  const report = {
    whole: summary(rows),
    parts: Object.fromEntries(parts.map((p) => [p, summary(rows.filter((r) => r.part === p))])),
    files: Object.fromEntries(
      files.map((f) => {
        const inFile = rows.filter((r) => r.item.file === f);
        const fileParts = parts.filter((p) => inFile.some((r) => r.part === p));
        return [
          f,
          {
            whole: summary(inFile),
            parts: Object.fromEntries(fileParts.map((p) => [p, summary(inFile.filter((r) => r.part === p))])),
            unknownLabels: unknownLabels(inFile),
          },
        ];
      }),
    ),
  };
  if (args.has('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  for (const f of files) {
    const fr = report.files[f];
    if (!fr) continue;
    console.log(`${f}:`);
    console.log(`  ${line('whole file', fr.whole)}`);
    for (const [p, s] of Object.entries(fr.parts))
      if (Object.keys(fr.parts).length > 1 || p !== 'tune') console.log(`  ${line(PART_NAME[p as Part], s)}`);
    if (fr.unknownLabels.length)
      console.log(`  labels naming no guide section (counted as misses): ${fr.unknownLabels.join(', ')}`);
  }
  console.log('all files:');
  console.log(`  ${line('whole set', report.whole)}`);
  for (const [p, s] of Object.entries(report.parts)) console.log(`  ${line(PART_NAME[p as Part], s)}`);
  console.log('\nper topic (all files):');
  const topicOf = (r: Outcome) => `${r.item.scope}:${(r.item.topic ?? 'none').split('/')[0]}`;
  const topics = [...new Set(rows.map(topicOf))].sort();
  for (const t of topics) console.log(`  ${line(t, summary(rows.filter((r) => topicOf(r) === t)))}`);
  if (args.has('--failures') || args.has('--show-heldout')) {
    const shown = args.has('--show-heldout') ? rows : rows.filter((r) => r.part === 'tune');
    console.log('\nfailures:');
    for (const r of shown) {
      const bad =
        (r.kindOfItem === 'labelled' && !(r.found && r.answered)) ||
        (r.kindOfItem === 'out' && !r.declined) ||
        (args.has('--yesno') && r.yesNoLed === false) ||
        r.leadAgrees === false;
      if (!bad) continue;
      console.log(
        `- ${r.item.id} [${r.part}] ${r.item.scope} ${r.kind} | ${r.item.q.replace(/\s+/g, ' ').slice(0, 110)}`,
      );
      if (r.leadAgrees === false)
        console.log(`    WRONG LEAD: ${r.text.slice(0, 60)} | gist ${r.item.gist?.slice(0, 60)}`);
      console.log(
        `    want ${(r.item.answers ?? ['decline']).join(' ')} | top3 ${r.top3.join(' ')} | cited ${r.cited.join(' ')}${isYesNoQuestion(r.item.q) ? ' | yn' : ''}`,
      );
    }
  }
}

// Run as a script (npm run eval:ask), not when a test imports the helpers above.
if (process.argv[1] && /eval-ask[\\/]run\.[jt]s$/.test(process.argv[1])) main();
