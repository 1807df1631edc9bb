/**
 * Property test of the gap draft: a seeded generator builds a few hundred varied, valid profiles,
 * and every explainable gap of each must get a draft that passes its own lint, fits one paragraph
 * of at most 150 words, reads cleanly and states no fact the profile does not hold. Deterministic:
 * the same seed gives the same profiles on every run.
 */
import { PLAUSIBILITY } from '../../src/core/profile/plausibility.js';
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { gatherGapFacts, type GapFamily } from '../../src/composers/gap-facts.js';
import { tidyMemberText, wholeOutcome } from '../../src/composers/informatics-phrase.js';
import { humanMonths, monthFromIndex, monthIndex, monthOfDay } from '../../src/core/dates.js';
import type { Gap } from '../../src/core/profile/derived.js';
import { EXAM_LABEL, gaps } from '../../src/core/profile/derived.js';
import { parseProfile } from '../../src/core/profile/parse.js';
import type {
  Activity,
  ExamAttempt,
  InformaticsItem,
  Letter,
  Profile,
  TimelineEntry,
} from '../../src/core/profile/schema.js';
import { EXAM, INFORMATICS_KIND } from '../../src/core/profile/schema.js';
import {
  countPlaceholders,
  countWords,
  GAP_LINT_CONFIG,
  lintGapExplanation,
  withoutPlaceholders,
} from '../../src/rules/gap-lint.js';
import { explainableGaps } from '../../src/rules/gap-select.js';

const SEED = 20261122;
const PROFILES = 400;
const TODAYS = ['2026-11-22', '2026-03-01', '2025-07-15'];

// ---- a small seeded PRNG (mulberry32), so the test needs no dependency --------------------------

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}
type Rng = ReturnType<typeof rng>;

// ---- pools of member text -----------------------------------------------------------------------

const FILLER = 'quality sepsis alerts ward rounds night team clinic audit follow up discharge summary handoff'.split(
  ' ',
);
const longText = (r: Rng, words: number) => Array.from({ length: words }, () => r.pick(FILLER)).join(' ');

const GAP_NOTES: Record<string, readonly string[]> = {
  visa: [
    'waiting for J-1 visa',
    'embassy paperwork',
    'H-1B visa processing',
    'waiting for ECFMG certification',
    'immigration paperwork and green card interview',
    'work permit delay',
  ],
  caregiving: ['caring for my mother after her stroke', 'care for my father', 'looked after my grandmother at home'],
  newChild: ['maternity leave', 'birth of our baby', 'parental leave'],
  health: ['recovery from my own surgery', 'I was ill with tuberculosis', 'my own illness'],
  bereavement: ['my father passed away'],
  exam: [
    'USMLE preparation',
    'Step 2 CK prep',
    'studying for Step 1 and Step 2',
    'COMLEX review',
    'OET and Step 3 preparation',
    'board review',
  ],
  work: [
    'pharma sales to pay off debt',
    'worked as a hotel night manager',
    'teaching biology at a high school',
    'freelance medical writing for income',
    'family business',
  ],
  blame: [
    'the program was unfair to me',
    'they refused to sponsor my visa',
    'not my fault: the embassy was corrupt',
    'nobody helped me',
    'the exam was rigged against IMGs',
  ],
  messy: [
    '  USMLE   prep \n second try. ',
    'visa [J-1] wait...',
    'worked as scribe;',
    'Step 1 retake after 3 months of review, 2 attempts',
    '',
    'self-study',
    'stayed home',
  ],
};

const PRODUCTIVE_NOTES = [
  'internal medicine residency, Cairo',
  'observership at a community hospital',
  'research fellow, cardiology',
  'EHR data analyst, quality team',
  'MPH program',
  'left because the program director was incompetent',
  'house officer [surgery]\n rotations.',
];

const TITLES = [
  'EHR data analyst for sepsis bundle dashboard',
  'SQL for healthcare data',
  'Discharge summary template redesign',
  'Epic Ambulatory proficiency',
  'Reducing 30-day readmissions by 12%',
  'Intro to FHIR.',
  'Sepsis   alert  tuning',
  'Dashboard [v2] for the ICU',
  'Audit the incompetent IT team refused to support',
  'MSc Health Informatics 2024',
];

const OUTCOMES = [
  'reduced missing follow-up dates by 30%',
  'passed the final exam with 92%',
  'published in JAMIA',
  'adopted by 3 wards',
  'time to antibiotics reported weekly',
  'used by the night team',
  'dashboard in daily use.',
  'fewer alerts.\n\nnurses happier',
  'see [slide 4]',
  'ignored by the useless administration',
  'Certificate awarded',
];

const longTitle = (r: Rng) => longText(r, r.int(20, 28)).slice(0, 200).trim();

// ---- the generator ------------------------------------------------------------------------------

const PRODUCTIVE: Activity[] = ['clinical', 'us-clinical', 'research', 'informatics', 'education'];
const NON_PRODUCTIVE: Activity[] = ['none', 'exam-prep', 'personal', 'non-clinical-work'];

function gapNote(r: Rng): string | undefined {
  if (r.chance(0.25)) return undefined;
  if (r.chance(0.08)) return longText(r, r.int(11, 60)); // too long to quote
  return r.pick(r.pick(Object.values(GAP_NOTES)));
}

/** `packed` items carry the longest titles and outcomes, to push drafts against the word limit. */
function informaticsItem(r: Rng, packed: boolean): InformaticsItem {
  const title = packed || r.chance(0.15) ? longTitle(r) : r.pick(TITLES);
  const outcome =
    !packed && r.chance(0.4)
      ? undefined
      : packed || r.chance(0.1)
        ? // A run-on sentence (too long to quote) or a short first sentence followed by more.
          `reduced errors by 20%${r.chance(0.5) ? '.' : ''} ${longText(r, r.int(20, 80))}`
        : r.pick(OUTCOMES);
  return { kind: r.pick(INFORMATICS_KIND), title, ...(outcome !== undefined ? { outcome } : {}) };
}

function generateProfile(r: Rng): { profile: Profile; today: string } {
  const today = r.pick(TODAYS);
  // One profile in five is packed: every fact the draft can use, at its longest.
  const packed = r.chance(0.2);
  const now = monthIndex(monthOfDay(today));
  const grad = now - r.int(14, 200);
  const timeline: TimelineEntry[] = [];
  let cursor = grad + 1 + (r.chance(0.15) ? r.int(1, 10) : 0); // sometimes months nobody listed
  while (cursor <= now) {
    const roll = r.int(0, 99);
    const productive = roll < 45;
    const uncovered = roll >= 88;
    const len = productive ? r.int(2, 48) : r.chance(0.7) ? r.int(6, 36) : r.int(1, 5);
    const end = Math.min(cursor + len - 1, now);
    if (!uncovered) {
      const activity = productive ? r.pick(PRODUCTIVE) : r.pick(NON_PRODUCTIVE);
      const note = productive ? (packed || r.chance(0.5) ? r.pick(PRODUCTIVE_NOTES) : undefined) : gapNote(r);
      const to = end === now && r.chance(0.6) ? 'present' : monthFromIndex(end);
      timeline.push({ from: monthFromIndex(cursor), to, activity, ...(note !== undefined ? { note } : {}) });
      // Now and then a second, overlapping entry for part of the same months.
      if (!productive && r.chance(0.15) && end > cursor) {
        const mid = r.int(cursor, end);
        const extra = gapNote(r);
        timeline.push({
          from: monthFromIndex(mid),
          to: monthFromIndex(end),
          activity: r.pick(NON_PRODUCTIVE),
          ...(extra !== undefined ? { note: extra } : {}),
        });
      }
    }
    cursor = end + 1;
    if (r.chance(0.05)) break; // the rest up to today stays unlisted: an ongoing, uncovered gap
  }
  if (!timeline.length) timeline.push({ from: monthFromIndex(grad + 1), to: 'present', activity: 'none' });

  const examCount = packed ? r.int(5, 9) : r.chance(0.3) ? 0 : r.int(1, 5);
  const exams: ExamAttempt[] = Array.from({ length: examCount }, () => {
    const exam = r.pick(EXAM);
    // Plausible attempts only (src/core/profile/plausibility.ts): Step 3 / Level 3 after the degree,
    // no score once the exam reports only pass or fail.
    const date = monthFromIndex(r.int(PLAUSIBILITY.afterGraduation.includes(exam) ? grad : grad - 6, now));
    const passFail = PLAUSIBILITY.passFailFrom[exam];
    const scored = !passFail || date < passFail.month;
    const score = !scored
      ? undefined
      : r.chance(0.5)
        ? r.int(180, 270)
        : r.chance(0.1)
          ? r.int(300, 450) / 10
          : undefined;
    return {
      exam,
      date,
      result: r.chance(packed ? 0.85 : 0.7) ? ('pass' as const) : ('fail' as const),
      ...(score !== undefined ? { score } : {}),
    };
  });
  const informatics = Array.from({ length: packed ? r.int(2, 3) : r.chance(0.3) ? 0 : r.int(1, 3) }, () =>
    informaticsItem(r, packed),
  );
  const thisYear = Number(today.slice(0, 4));
  const letters: Letter[] = r.chance(0.5)
    ? [
        {
          writer: 'Dr. Lee',
          role: 'attending',
          setting: 'us',
          physician: true,
          informatics: false,
          directObservation: true,
          year: thisYear - r.int(0, 4),
        },
      ]
    : [];

  const profile: Profile = {
    version: 1,
    ...(r.chance(0.7) ? { citizenship: r.pick(['us-citizen', 'us-permanent-resident', 'non-us'] as const) } : {}),
    ...(r.chance(0.5) ? { visa: r.pick(['not-needed', 'j1', 'h1b', 'o1', 'undecided'] as const) } : {}),
    medSchool: {
      country: r.pick(['Egypt', 'India', 'Nigeria', 'Pakistan', 'Brazil']),
      graduated: monthFromIndex(grad),
    },
    ...(r.chance(0.85) || exams.length ? { exams } : {}),
    timeline,
    ...(informatics.length || r.chance(0.5) ? { informatics } : {}),
    ...(letters.length ? { letters } : {}),
  };
  return { profile, today };
}

// ---- the checks ---------------------------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EXAM_IN_TEXT: [RegExp, RegExp][] = [
  [/\bStep 1\b/, /\bstep ?1\b/i],
  [/\bStep 2 CK\b/, /\bstep ?2\b/i],
  [/\bStep 3\b/, /\bstep ?3\b/i],
  [/\bCOMLEX\b/, /\bcomlex/i],
  [/\bOET\b/, /\boet\b/i],
];

/** Problems with one draft; empty when it is clean. */
function problemsOf(p: Profile, gap: Gap, today: string): string[] {
  const d = composeGapDraft(p, gap, today);
  const text = d.text;
  const problems: string[] = [];
  const lints = lintGapExplanation(text);
  if (lints.length) problems.push(`lints: ${lints.map((l) => l.id).join(', ')}`);
  if (countWords(text) > GAP_LINT_CONFIG.maxWords) problems.push(`${countWords(text)} words`);
  if (d.words !== countWords(text)) problems.push('words field differs from the text');
  if (d.placeholders !== countPlaceholders(text)) problems.push('placeholders field differs from the text');
  if (/\n/.test(text)) problems.push('more than one line');
  // An outcome is quoted whole (or by its whole first sentence), never cut mid-sentence.
  const wholes = (p.informatics ?? []).flatMap((i) => (i.outcome ? [wholeOutcome(i.outcome)] : []));
  for (const m of text.matchAll(/result I can show: /g)) {
    const rest = text.slice(m.index + m[0].length);
    const ok = wholes.some((w) => w !== undefined && rest.startsWith(w) && /^[.](?: |$)/.test(rest.slice(w.length)));
    if (!ok) problems.push(`the result quoted at ${m.index} is not a whole outcome of the member`);
  }
  let depth = 0;
  for (const ch of text) {
    depth += ch === '[' ? 1 : ch === ']' ? -1 : 0;
    if (depth < 0 || depth > 1) problems.push('brackets nested or closed before opening');
  }
  if (depth !== 0) problems.push('a bracket left open');
  if (composeGapDraft(p, gap, today).text !== text) problems.push('not deterministic');

  // Facts: only the prose claims anything; placeholders are instructions (and may hold examples).
  const prose = withoutPlaceholders(text);
  const json = JSON.stringify(p);
  const months = new Set([...(json.match(/\d{4}-\d{2}/g) ?? []), gap.from, gap.to]);
  const years = new Set([...[...months].map((m) => m.slice(0, 4)), ...(json.match(/\b\d{4}\b/g) ?? [])]);
  const attempts = new Map<string, number>();
  for (const e of p.exams ?? []) attempts.set(e.exam, (attempts.get(e.exam) ?? 0) + 1);
  const numbers = new Set([
    ...(json.match(/\d+(?:\.\d+)?/g) ?? []),
    ...years,
    ...(Object.values(EXAM_LABEL).join(' ').match(/\d+/g) ?? []),
    ...(humanMonths(gap.months).match(/\d+/g) ?? []),
    // The reason may speak for the member's entry within the gap rather than the whole gap.
    ...(humanMonths(gatherGapFacts(p, gap, today).span.months).match(/\d+/g) ?? []),
    // A stretch right before the gap (split off from it: derived.gaps) is told with its own length.
    ...(gaps(p, today) ?? [])
      .filter((g) => monthIndex(g.to) === monthIndex(gap.from) - 1)
      .flatMap((g) => humanMonths(gatherGapFacts(p, g, today).span.months).match(/\d+/g) ?? []),
    ...[...attempts.values()].map(String),
  ]);
  for (const m of prose.matchAll(/\b([A-Z][a-z]{2}) (\d{4})\b/g)) {
    const month = `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`;
    if (!months.has(month)) problems.push(`month "${m[0]}" is not in the profile or the gap`);
  }
  for (const y of prose.match(/\b(?:19|20)\d{2}\b/g) ?? []) {
    if (!years.has(y)) problems.push(`year ${y} is not in the profile or the gap`);
  }
  for (const n of prose.match(/\d+(?:\.\d+)?/g) ?? []) {
    if (!numbers.has(n)) problems.push(`number ${n} is not in the profile`);
  }
  for (const [inDraft, inProfile] of EXAM_IN_TEXT) {
    const held = (p.exams ?? []).some((e) => inProfile.test(EXAM_LABEL[e.exam])) || inProfile.test(json);
    if (inDraft.test(prose) && !held) problems.push(`names ${inDraft.source} which the profile does not`);
  }
  // Quoted titles and parenthesised notes are the member's own words, tidied and maybe clipped.
  const own = [
    ...(p.timeline ?? []).map((t) => t.note ?? ''),
    ...(p.informatics ?? []).flatMap((i) => [i.title, i.outcome ?? '']),
  ].map((s) => tidyMemberText(s).toLowerCase());
  const quoted = [...prose.matchAll(/"([^"]+)"/g), ...prose.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!);
  for (const q of quoted) {
    const core = q.replace(/…$/, '').toLowerCase();
    if (!own.some((s) => s.includes(core))) problems.push(`quotes "${q}", which is not the member's`);
  }
  return problems.length ? [`${problems.join('; ')}\n  gap ${gap.from}..${gap.to}, today ${today}\n  ${text}`] : [];
}

// ---- the run ------------------------------------------------------------------------------------

interface Stats {
  profiles: number;
  gaps: number;
  families: Record<GapFamily, number>;
  ongoing: number;
  uncovered: number;
  passesInGap: number;
  laterPass: number;
  withOutcome: number;
  noInformatics: number;
  blameNotes: number;
  longTitles: number;
  shortened: number;
  placeholders: number;
}

function run(): { stats: Stats; failures: string[]; invalid: string[] } {
  const r = rng(SEED);
  const stats: Stats = {
    profiles: 0,
    gaps: 0,
    families: { visa: 0, personal: 0, 'exam-prep': 0, 'non-clinical-work': 0, other: 0 },
    ongoing: 0,
    uncovered: 0,
    passesInGap: 0,
    laterPass: 0,
    withOutcome: 0,
    noInformatics: 0,
    blameNotes: 0,
    longTitles: 0,
    shortened: 0,
    placeholders: 0,
  };
  const failures: string[] = [];
  const invalid: string[] = [];
  for (let i = 0; i < PROFILES; i++) {
    const { profile, today } = generateProfile(r);
    const parsed = parseProfile(profile, today);
    if (!parsed.ok) {
      invalid.push(`profile ${i}: ${parsed.error.join('; ')}`);
      continue;
    }
    const p = parsed.value;
    stats.profiles++;
    for (const gap of explainableGaps(p, today)) {
      stats.gaps++;
      const f = gatherGapFacts(p, gap, today);
      stats.families[f.family]++;
      if (gap.ongoing) stats.ongoing++;
      if (gap.uncoveredMonths > 0) stats.uncovered++;
      if (f.passesInGap.length) stats.passesInGap++;
      if (f.laterPass) stats.laterPass++;
      if (f.informatics.some((x) => x.outcome)) stats.withOutcome++;
      if (!f.informatics.length) stats.noInformatics++;
      if (gap.notes.some((n) => GAP_NOTES.blame!.includes(n))) stats.blameNotes++;
      if (f.informatics.some((x) => x.title.split(/\s+/).length > 12)) stats.longTitles++;
      const d = composeGapDraft(p, gap, today);
      if (d.text.includes('One result I can show')) stats.shortened++; // fitted with short forms
      if (d.placeholders) stats.placeholders++;
      failures.push(...problemsOf(p, gap, today).map((x) => `profile ${i}: ${x}`));
    }
  }
  return { stats, failures, invalid };
}

/** Every fact the draft can use, at its longest: all exams failed then passed in the gap, with scores. */
function fullest(entry: Partial<TimelineEntry>): Profile {
  const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  return {
    version: 1,
    medSchool: { country: 'India', graduated: '2015-06' },
    exams: EXAM.flatMap((exam, i): ExamAttempt[] => [
      { exam, date: monthFromIndex(monthIndex('2015-08') + i * 2), result: 'fail' },
      { exam, date: monthFromIndex(monthIndex('2015-09') + i * 2), result: 'pass', score: 233.5 + i },
    ]),
    timeline: [
      { from: '2015-07', to: '2017-12', activity: 'none', ...entry },
      { from: '2018-01', to: 'present', activity: 'informatics', note: long(10) },
    ],
    informatics: [
      { kind: 'research', title: long(30), outcome: long(80) },
      { kind: 'publication', title: long(30), outcome: long(80) },
      { kind: 'job', title: long(30) },
    ],
  };
}

describe('composeGapDraft on the fullest profile of each reason family', () => {
  const tenWords = 'word0 word1 word2 word3 word4 word5 word6 word7 word8 word9';
  it.each([
    ['visa', { note: `J-1 visa ${tenWords}`.split(' ').slice(0, 10).join(' ') }],
    [
      'caregiving',
      { activity: 'personal', note: `caring for my father ${tenWords}`.split(' ').slice(0, 10).join(' ') },
    ],
    ['unspecified personal', { activity: 'personal', note: tenWords }],
    ['exam-prep', { activity: 'exam-prep', note: tenWords }],
    ['non-clinical-work', { activity: 'non-clinical-work', note: tenWords }],
    ['other', { note: tenWords }],
  ] as const)('%s stays within the word limit and passes its own lint', (_name, entry) => {
    const p = fullest(entry as Partial<TimelineEntry>);
    const today = '2026-03-01';
    expect(parseProfile(p, today).ok).toBe(true);
    const [gap] = explainableGaps(p, today);
    expect(problemsOf(p, gap!, today)).toEqual([]);
  });
});

describe('composeGapDraft on generated profiles', () => {
  // One run (400 profiles through the drafter and the text pipeline, several seconds on 2 cores),
  // inside one test: a describe body's work cannot be told apart per test by mutation testing,
  // and running it once per assertion group would triple the suite's slowest part.
  it('generates valid profiles of every reason family and writes a clean, one-paragraph draft of at most 150 words from the facts for every gap', () => {
    const { stats, failures, invalid } = run();
    expect(invalid).toEqual([]);
    expect(stats.profiles).toBe(PROFILES);
    expect(stats.gaps).toBeGreaterThan(PROFILES);
    for (const family of Object.keys(stats.families) as GapFamily[]) {
      expect(stats.families[family], family).toBeGreaterThan(10);
    }
    for (const key of [
      'ongoing',
      'uncovered',
      'passesInGap',
      'laterPass',
      'withOutcome',
      'noInformatics',
      'blameNotes',
      'longTitles',
      'shortened',
      'placeholders',
    ] as const) {
      expect(stats[key], key).toBeGreaterThan(0);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(failures).toHaveLength(0);
  }, 120_000);
});
