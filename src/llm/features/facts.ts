/**
 * The member's profile as plain fact lines for a prompt (only the asking member's profile is ever
 * passed in), and the "no invented facts" check on what the model wrote back.
 */
import { humanMonth } from '../../core/dates.js';
import { EXAM_LABEL } from '../../core/profile/derived.js';
import type { Letter, Profile } from '../../core/profile/schema.js';
import { plantedInstructions, withholdInstructions } from '../claims/planted.js';

const month = (m: string) => (m === 'present' ? 'present' : humanMonth(m));

/** A free-text profile field with any instruction to the AI withheld (claims/planted.ts). */
const field = (text: string): string => withholdInstructions(text, 'field').text;

/** Every free-text value of the profile a member typed (notes, titles, names, places). */
export function profileFreeText(p: Profile, letters: readonly Letter[] = p.letters ?? []): string[] {
  return [
    p.specialty ?? '',
    p.medSchool?.country ?? '',
    ...(p.timeline ?? []).map((t) => t.note ?? ''),
    ...(p.usce ?? []).map((u) => u.ehr ?? ''),
    ...(p.informatics ?? []).flatMap((i) => [i.title, i.outcome ?? '']),
    ...(p.professionalism ?? []).map((x) => (x as { note?: string }).note ?? ''),
    ...(p.residencies ?? []).flatMap((r) => [r.country, r.specialty]),
    ...(p.boardCertification ?? []).map((b) => b.specialty),
    ...letters.map((l) => l.writer),
  ].filter(Boolean);
}

/** The sentences of the profile's free text that were withheld from prompts as instructions. */
export function plantedInProfile(p: Profile, letters?: readonly Letter[]): string[] {
  return profileFreeText(p, letters).flatMap((t) => plantedInstructions(t, 'field'));
}

/**
 * One line per fact. Letter writers only when given (the LOR email names one writer). Free text
 * that reads as an instruction to the AI is withheld (see plantedInProfile).
 */
export function profileFacts(p: Profile, opts: { letters?: readonly Letter[] } = {}): string[] {
  const out: string[] = [];
  if (p.target)
    out.push(
      `Target: ${p.target === 'ci-fellowship' ? 'clinical informatics fellowship' : 'residency with an informatics track'}`,
    );
  if (p.specialty) out.push(`Specialty: ${field(p.specialty)}`);
  if (p.citizenship) out.push(`Citizenship: ${p.citizenship}${p.visa ? `, visa: ${p.visa}` : ''}`);
  if (p.medSchool) out.push(`Medical school: ${field(p.medSchool.country)}, graduated ${month(p.medSchool.graduated)}`);
  if (p.ecfmgCertified !== undefined) out.push(`ECFMG certified: ${p.ecfmgCertified ? 'yes' : 'no'}`);
  for (const e of p.exams ?? []) {
    out.push(
      `Exam: ${EXAM_LABEL[e.exam]}, ${month(e.date)}, ${e.result}${e.score !== undefined ? `, score ${e.score}` : ''}`,
    );
  }
  for (const t of p.timeline ?? []) {
    out.push(`Timeline: ${month(t.from)} to ${month(t.to)}, ${t.activity}${t.note ? ` (${field(t.note)})` : ''}`);
  }
  for (const r of p.residencies ?? []) {
    out.push(
      `Residency: ${field(r.specialty)} in ${field(r.country)}, ${month(r.from)} to ${month(r.to)}, ${r.completed ? 'completed' : 'not completed'}${r.accreditation ? `, accreditation ${r.accreditation}` : ''}`,
    );
  }
  if (p.residencies && !p.residencies.length) out.push('Residency: none started');
  for (const b of p.boardCertification ?? []) out.push(`Board certification: ${b.board}, ${field(b.specialty)}`);
  if (p.boardCertification && !p.boardCertification.length) out.push('Board certification: none');
  for (const u of p.usce ?? []) {
    out.push(
      `US clinical experience: ${u.kind}, ${u.months} months${u.ehr ? `, EHR ${field(u.ehr)}` : ''}${u.handsOn !== undefined ? `, hands-on: ${u.handsOn ? 'yes' : 'no'}` : ''}`,
    );
  }
  for (const i of p.informatics ?? [])
    out.push(`Informatics ${i.kind}: ${field(i.title)}${i.outcome ? ` (result: ${field(i.outcome)})` : ''}`);
  if (p.matchAttempts !== undefined) out.push(`Previous unsuccessful Match cycles: ${p.matchAttempts}`);
  for (const x of p.professionalism ?? []) {
    out.push(
      `Professionalism record: ${x.kind}, ${month(x.date)}${x.remediated !== undefined ? `, remediated: ${x.remediated ? 'yes' : 'no'}` : ''}`,
    );
  }
  for (const l of opts.letters ?? []) {
    out.push(
      `Letter writer: ${field(l.writer)}, ${l.role}, ${l.setting === 'us' ? 'in the US' : 'abroad'}, ${l.physician ? 'physician' : 'not a physician'}, ${l.informatics ? 'informatics' : 'not informatics'}, ${l.directObservation ? 'saw the member work first-hand' : 'did not observe the member directly'}, last worked together ${l.year}`,
    );
  }
  if (p.deadline) out.push(`Application deadline: ${p.deadline}`);
  return out;
}

// ---- invented-fact check ---------------------------------------------------------------------------

/**
 * Capitalised words that are ordinary in these texts and name no fact. Anything else capitalised
 * mid-sentence (a person, an institution, a place, a product) and every number must appear in the
 * sources, or the output is treated as inventing.
 */
const ORDINARY = new Set(
  (
    'I Im Ive Id Ill My Dear Dr Mr Ms Mrs Prof Thank Thanks With Best Regards Sincerely Subject Request Re Your ' +
    'US USA EHR EHRs EMR EMRs IMG IMGs CI QI IT ECFMG USMLE ERAS NRMP Match Step CK COMLEX Level OET CV ' +
    'Clinical Informatics Fellowship Residency STAR Situation Task Action Result ' +
    'January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);

const ABBREV_BEFORE = /\b(?:Dr|Mr|Ms|Mrs|Prof|St|e\.g|i\.e|vs|No)\.\s*$/;

function normNumber(n: string): string {
  return n.replace(/,/g, '').replace(/^0+(?=\d)/, '');
}

function numbersIn(text: string): Set<string> {
  return new Set(
    (text.match(/\d+(?:[.,]\d+)*/g) ?? []).flatMap((n) => [normNumber(n), ...n.split(/[.,]/).map(normNumber)]),
  );
}

/**
 * Numbers and proper-noun-like words in `output` that none of `sources` contains: a heuristic
 * for invented facts (a capitalised word that starts a sentence cannot be judged and is let
 * through, unless it is an acronym).
 */
export function inventedFacts(output: string, sources: readonly string[]): string[] {
  const source = sources.join('\n');
  const lower = source.toLowerCase();
  const known = numbersIn(source);
  const found = new Set<string>();
  for (const n of output.match(/\d+(?:[.,]\d+)*/g) ?? []) {
    if (!known.has(normNumber(n))) found.add(n);
  }
  // A title makes the next word a name, whatever its case ("dr. smith").
  for (const m of output.matchAll(
    /\b(?:(?:dr|prof|mr|mrs)\.?|ms\.|professor)\s+(?!(?:and|or|in|at|of|the|a|an|to|for|who|with|is|was)\b)([\p{L}][\p{L}'’-]+)/giu,
  )) {
    const name = (m[1] ?? '').toLowerCase();
    if (!new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(lower))
      found.add(m[1] ?? '');
  }
  for (const m of output.matchAll(/[\p{Lu}][\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/, '').replace(/[-'’]+$/, '');
    const bare = word.replace(/['’]/g, '');
    if (ORDINARY.has(bare) || ORDINARY.has(bare.replace(/s$/, ''))) continue;
    const before = output.slice(0, m.index ?? 0);
    const acronym = /^[\p{Lu}\d]{2,}s?$/u.test(bare);
    const sentenceStart =
      /(?:^|[.!?:;]["”')\]]?\s+|\n\s*(?:[-*•]\s*)?|["“(\[]\s*)$/.test(before) && !ABBREV_BEFORE.test(before);
    if (sentenceStart && !acronym) continue;
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    if (!re.test(lower)) found.add(word);
  }
  return [...found];
}

/** The problem line for a repair turn, or none. */
export function inventedProblem(output: string, sources: readonly string[]): string[] {
  const invented = inventedFacts(output, sources);
  if (!invented.length) return [];
  return [
    `It states facts that are not in the profile or the advisor's text: ${invented
      .slice(0, 8)
      .map((x) => `"${x}"`)
      .join(', ')}. Remove them, or put a bracketed instruction for the member instead.`,
  ];
}
