/**
 * Which detector parts carry which findings, and on how many batches: `npm run eval:checks --
 * --leave-one-out`. The checks are hand-written patterns; a pattern that is the ONLY reason a
 * finding is right on items of one batch (or one probe set) and nowhere else was most likely
 * fitted to that batch's wording, and will not carry over to new wordings. Knowing which parts
 * carry findings on many batches and which on one says where the rules generalise.
 *
 * How: every regular expression's `exec` (which `test`, `match`, `replace` and `matchAll` call)
 * is wrapped for the run. For each scored unit (a corpus item, a probe) we record the patterns
 * that matched, then switch each of them off in turn (its exec returns null) and run the unit
 * again. A pattern is NECESSARY for a finding when switching it off loses that finding; it CAUSES
 * a wrong finding when switching it off removes one that should not be there. Only patterns
 * written in the detector sources are tried (located by their text), so tokeniser internals stay
 * out of the table. A report, slow on purpose (tens of seconds); it never runs in CI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/repo-root.js';
import { loadCorpus, runItem, type Kind } from './corpus.js';
import { loadProbes, runProbe } from './probes.js';

/** The detector sources whose patterns are tried, and where each pattern text sits in them. */
const SOURCES = [
  'src/text/prematch.ts',
  'src/text/acts.ts',
  'src/text/narrative.ts',
  'src/text/document.ts',
  'src/rules/gap-lint.ts',
  'src/rules/prematch-check.ts',
  'src/mock/feedback.ts',
  'src/mock/star.ts',
  'src/mock/fillers.ts',
];

interface Site {
  file: string;
  line: number;
  name: string;
}

function locator(): (source: string) => Site | undefined {
  const files = SOURCES.map((f) => ({ file: f, text: readFileSync(join(repoRoot(), f), 'utf8') }));
  const cache = new Map<string, Site | undefined>();
  return (source) => {
    if (cache.has(source)) return cache.get(source);
    let site: Site | undefined;
    // A literal's source is its text between the slashes; a pattern built from strings is found by
    // its longest literal run (the part before the first interpolation).
    const probe = source.length > 24 ? source.slice(0, 60) : source;
    for (const { file, text } of files) {
      let at = text.indexOf(probe);
      if (at < 0) {
        const doubled = probe.replace(/\\/g, '\\\\');
        at = text.indexOf(doubled);
      }
      if (at < 0) continue;
      const line = text.slice(0, at).split('\n').length;
      const before = text.slice(0, at);
      const decl = [...before.matchAll(/(?:const|let|function) ([A-Za-z_][\w]*)/g)].pop();
      site = { file: file.replace(/^src\//, ''), line, name: decl?.[1] ?? '?' };
      break;
    }
    cache.set(source, site);
    return site;
  };
}

/** The wrapped exec: records what matched, or plays dead for the one pattern switched off. */
const state: { recording: Set<string> | null; off: string | null } = { recording: null, off: null };
let patched = false;
function patchExec(): void {
  if (patched) return;
  patched = true;
  const orig = RegExp.prototype.exec;
  RegExp.prototype.exec = function exec(this: RegExp, s: string) {
    if (state.off !== null && this.source === state.off) {
      this.lastIndex = 0;
      return null;
    }
    const r = orig.call(this, s);
    if (r && state.recording) state.recording.add(this.source);
    return r;
  };
}

/** One scored unit: the findings it should have and a way to run it. */
interface Unit {
  source: string;
  label: string;
  want: Set<string>;
  dontCare: Set<string>;
  run: () => string[];
}

function units(): Unit[] {
  const out: Unit[] = [];
  for (const { kind, item, source } of loadCorpus()) {
    const k: Kind = kind;
    const want = new Set(item.fire.map((id) => `${k}/${id}`));
    if (item.star) for (const [p, v] of Object.entries(item.star)) if (v) want.add(`star/${p}`);
    out.push({
      source,
      label: item.id,
      want,
      dontCare: new Set((item.dontCare ?? []).map((id) => `${k}/${id}`)),
      run: () => {
        const r = runItem(k, item);
        const star = r.star ? Object.entries(r.star).flatMap(([p, v]) => (v ? [`star/${p}`] : [])) : [];
        return [...r.fired.map((id) => `${k}/${id}`), ...star];
      },
    });
  }
  for (const { probe, source } of loadProbes()) {
    const cat = probe.cat.includes('/') ? probe.cat : `prematch/${probe.cat}`;
    out.push({
      source: `probe:${source}`,
      label: probe.text.slice(0, 50),
      want: new Set(probe.want ? [cat] : []),
      dontCare: new Set(),
      run: () => (runProbe(probe) ? [cat] : []),
    });
  }
  return out;
}

export interface PartUse {
  site: Site;
  source: string;
  /** finding id → batch/probe set → units where the part is the reason the finding is right. */
  carries: Map<string, Map<string, number>>;
  /** finding id → batch → units where the part is the reason for a wrong finding. */
  wrong: Map<string, Map<string, number>>;
}

const bump = (m: Map<string, Map<string, number>>, id: string, src: string) => {
  const per = m.get(id) ?? new Map<string, number>();
  per.set(src, (per.get(src) ?? 0) + 1);
  m.set(id, per);
};

export function attribute(): PartUse[] {
  patchExec();
  const where = locator();
  const parts = new Map<string, PartUse>();
  for (const u of units()) {
    state.recording = new Set();
    const base = new Set(u.run());
    const matched = [...state.recording];
    state.recording = null;
    const right = [...base].filter((id) => u.want.has(id));
    const wrong = [...base].filter((id) => !u.want.has(id) && !u.dontCare.has(id) && !id.startsWith('star/'));
    if (!right.length && !wrong.length) continue;
    for (const src of matched) {
      const site = where(src);
      if (!site) continue;
      state.off = src;
      let now: Set<string>;
      try {
        now = new Set(u.run());
      } finally {
        state.off = null;
      }
      const lostRight = right.filter((id) => !now.has(id));
      const lostWrong = wrong.filter((id) => !now.has(id));
      if (!lostRight.length && !lostWrong.length) continue;
      const p = parts.get(src) ?? { site, source: src, carries: new Map(), wrong: new Map() };
      for (const id of lostRight) bump(p.carries, id, u.source);
      for (const id of lostWrong) bump(p.wrong, id, u.source);
      parts.set(src, p);
    }
  }
  return [...parts.values()];
}

/** Sources a part carries findings on: corpus batches and probe sets counted apart. */
function spread(m: Map<string, number>): { batches: number; probes: number } {
  const keys = [...m.keys()];
  return {
    batches: keys.filter((k) => !k.startsWith('probe:')).length,
    probes: keys.filter((k) => k.startsWith('probe:')).length,
  };
}

const fmt = (m: Map<string, number>) =>
  [...m.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k}:${n}`)
    .join(' ');

export function formatAttribution(parts: readonly PartUse[]): string {
  const lines = [
    'Detector parts, by finding: how many batch files / probe sets each part is the reason a finding is right on.',
    '"ONE BATCH" = the part carries findings on a single batch file or probe set and nowhere else: likely fitted to',
    'that wording. "wrong" = switching the part off removes a wrong finding (it causes false positives).',
  ];
  const byId = new Map<string, { p: PartUse; m: Map<string, number> }[]>();
  for (const p of parts) for (const [id, m] of p.carries) byId.set(id, [...(byId.get(id) ?? []), { p, m }]);
  let single = 0;
  let total = 0;
  for (const [id, list] of [...byId.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const ones = list.filter(({ m }) => m.size === 1);
    total += list.length;
    single += ones.length;
    lines.push('', `${id}: ${list.length} parts carry it; ${ones.length} on one batch or probe set only`);
    for (const { p, m } of list.sort((a, b) => a.m.size - b.m.size || a.p.site.line - b.p.site.line)) {
      const s = spread(m);
      const tag = m.size === 1 ? 'ONE BATCH ' : `${s.batches}b+${s.probes}p`.padEnd(10);
      lines.push(`  ${tag} ${`${p.site.file}:${p.site.line} ${p.site.name}`.padEnd(44)} ${fmt(m)}`);
    }
  }
  const causing = parts.filter((p) => p.wrong.size);
  if (causing.length) {
    lines.push('', 'Parts that cause wrong findings (switching them off removes the false positive):');
    for (const p of causing)
      for (const [id, m] of p.wrong)
        lines.push(`  ${id.padEnd(32)} ${p.site.file}:${p.site.line} ${p.site.name}  ${fmt(m)}`);
  }
  lines.push(
    '',
    `All: ${total} (part, finding) pairs carry findings; ${single} of them on one batch or probe set only.`,
  );
  return lines.join('\n');
}
