#!/usr/bin/env node
// Checks the shape of every corpus file (see SPEC.md): one JSON object a line, known fields, known
// ids, unique item ids; for /ask question files, that every cited section exists in knowledge/ (a
// renamed heading would otherwise silently turn a labelled question into a miss). Prints one line per
// problem and exits 1 when there is any.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const IDS = {
  prematch: [
    'quid-pro-quo',
    'asks-for-ranking',
    'multiple-top-choice',
    'too-many-updates',
    'late-thank-you',
    'generic-message',
    'overshare',
    'unprompted-attachments',
  ],
  gap: ['blame', 'too-long', 'no-actions', 'no-outcome', 'no-informatics-link'],
  answers: ['too-long', 'too-short', 'no-result', 'blame', 'fillers', 'no-informatics-angle'],
};
const FIELDS = {
  prematch: ['id', 'batch', 'voice', 'email', 'context', 'target', 'fire', 'dontCare', 'note'],
  gap: ['id', 'batch', 'voice', 'profile', 'gap', 'draft', 'fire', 'dontCare', 'note'],
  answers: ['id', 'batch', 'voice', 'question', 'answer', 'star', 'fire', 'dontCare', 'note'],
};
const ASK_FIELDS = ['id', 'batch', 'voice', 'q', 'scope', 'topic', 'yesNo', 'gist', 'answers', 'note', 'uncovered'];
const KINDS = ['inquiry', 'thank-you', 'update', 'top-choice', 'other'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

const problems = [];
const sections = knownSections();
const seen = new Map();
const counts = {};

function check(kind, file, lineNo, item) {
  const where = `${kind}/${file}:${lineNo}`;
  const bad = (msg) => problems.push(`${where}: ${msg}`);
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return bad('not a JSON object');
  for (const k of Object.keys(item)) if (!FIELDS[kind].includes(k)) bad(`unknown field ${JSON.stringify(k)}`);
  if (typeof item.id !== 'string' || !item.id) bad('id missing');
  else if (seen.has(item.id)) bad(`id ${item.id} also at ${seen.get(item.id)}`);
  else seen.set(item.id, where);
  if (item.batch !== 'dev' && item.batch !== 'heldout') bad('batch must be "dev" or "heldout"');
  if (typeof item.voice !== 'string' || !item.voice) bad('voice missing');
  for (const list of ['fire', 'dontCare']) {
    if (item[list] === undefined && list === 'dontCare') continue;
    if (!Array.isArray(item[list])) {
      bad(`${list} must be a list`);
      continue;
    }
    for (const id of item[list]) if (!IDS[kind].includes(id)) bad(`${list}: unknown id ${JSON.stringify(id)}`);
  }
  if (Array.isArray(item.fire) && Array.isArray(item.dontCare) && item.fire.some((x) => item.dontCare.includes(x)))
    bad('an id is in both fire and dontCare');
  if (kind === 'prematch') {
    if (typeof item.email !== 'string' || !item.email.trim()) bad('email missing');
    const c = item.context;
    if (!c || typeof c !== 'object') bad('context missing');
    else {
      if (!KINDS.includes(c.kind)) bad(`context.kind must be one of ${KINDS.join(', ')}`);
      for (const d of ['interviewDate', 'sendDate'])
        if (c[d] !== undefined && !DAY.test(c[d])) bad(`context.${d} not YYYY-MM-DD`);
      for (const k of Object.keys(c))
        if (!['kind', 'program', 'interviewDate', 'sendDate', 'previous'].includes(k)) bad(`context: unknown key ${k}`);
      for (const p of c.previous ?? []) {
        if (!KINDS.includes(p.kind) || typeof p.program !== 'string' || !DAY.test(p.date ?? ''))
          bad('context.previous entries need kind, program, date');
      }
    }
    if (item.target !== undefined && !['ci-fellowship', 'residency-informatics-track'].includes(item.target))
      bad('target must be ci-fellowship or residency-informatics-track');
  }
  if (kind === 'gap') {
    if (typeof item.draft !== 'string' || !item.draft.trim()) bad('draft missing');
    if (!item.profile || item.profile.version !== 1) bad('profile must be an object with version 1');
    if (!item.gap || !MONTH.test(item.gap.from ?? '') || !(MONTH.test(item.gap.to ?? '') || item.gap.to === 'present'))
      bad('gap needs from and to (YYYY-MM, to may be "present")');
  }
  if (kind === 'answers') {
    if (typeof item.question !== 'string' || !item.question.trim()) bad('question missing');
    if (typeof item.answer !== 'string' || !item.answer.trim()) bad('answer missing');
    const s = item.star;
    if (!s || ['situation', 'task', 'action', 'result'].some((p) => typeof s[p] !== 'boolean'))
      bad('star needs four booleans: situation, task, action, result');
  }
  const key = `${kind}/${item.batch}`;
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Every "guide#anchor" a question may cite: the {#anchor} of a heading in knowledge/<guide>.md. */
function knownSections() {
  const dir = join(root, '..', '..', 'knowledge');
  const out = new Set();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')))
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/^#{2,}\s.*\{#([a-z0-9-]+)\}\s*$/gm))
      out.add(`${f.slice(0, -3)}#${m[1]}`);
  return out;
}

function checkQuestion(file, lineNo, item, sections) {
  const where = `ask/${file}:${lineNo}`;
  const bad = (msg) => problems.push(`${where}: ${msg}`);
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return bad('not a JSON object');
  for (const k of Object.keys(item)) if (!ASK_FIELDS.includes(k)) bad(`unknown field ${JSON.stringify(k)}`);
  if (typeof item.id !== 'string' || !item.id) bad('id missing');
  else if (seen.has(item.id)) bad(`id ${item.id} also at ${seen.get(item.id)}`);
  else seen.set(item.id, where);
  if (item.batch !== 'dev' && item.batch !== 'heldout') bad('batch must be "dev" or "heldout"');
  if (typeof item.voice !== 'string' || !item.voice) bad('voice missing');
  if (typeof item.q !== 'string' || !item.q.trim()) bad('q missing');
  if (item.scope !== 'in' && item.scope !== 'out') bad('scope must be "in" or "out"');
  if (item.yesNo !== undefined && typeof item.yesNo !== 'boolean') bad('yesNo must be true or false');
  if (item.answers !== undefined) {
    if (!Array.isArray(item.answers)) bad('answers must be a list');
    else {
      if (item.scope === 'out' && item.answers.length) bad('an out-of-scope question cites no answers');
      for (const a of item.answers)
        if (a !== 'uncovered' && !sections.has(a))
          bad(`answers: no section ${JSON.stringify(a)} in knowledge/ (write "<guide>#<anchor>")`);
    }
  }
  const key = `ask/${item.batch}`;
  counts[key] = (counts[key] ?? 0) + 1;
}

for (const kind of [...Object.keys(IDS), 'ask']) {
  const dir = join(root, kind);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let item;
      try {
        item = JSON.parse(line);
      } catch (e) {
        problems.push(`${kind}/${file}:${i + 1}: not valid JSON (${e.message})`);
        return;
      }
      if (kind === 'ask') checkQuestion(file, i + 1, item, sections);
      else check(kind, file, i + 1, item);
    });
  }
}

for (const p of problems) console.log(p);
console.log(
  Object.entries(counts)
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ') || 'no items',
);
process.exit(problems.length ? 1 : 0);
