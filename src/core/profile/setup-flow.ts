/**
 * The guided /profile setup as data plus pure transitions, shared by Discord (selects, modals,
 * buttons) and the local console (prompts). The flow never holds anything outside `SetupState`,
 * which is plain JSON: the transport stores it after every transition, so a member can stop at any
 * step and resume after a restart. Every accepted transition leaves `state.draft` a valid partial
 * profile (checked with the real schema), so the draft can be saved as the member's profile too.
 *
 * Steps, in order: basics (selects) → medical school (modal) → residencies and board
 * certification (one numbered step in two parts: selects + a modal per item) → exams, timeline,
 * US clinical experience, informatics (repeated modals) → professionalism (a yes/no, then
 * repeated modals) → letters (selects + a modal per writer) → deadline (modal).
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result.js';
import {
  FORM_LIMITS,
  LIST_FIELDS,
  TOP_FIELDS,
  YES_NO_OPTIONS,
  formatFieldValue,
  humanizeProblems,
  choiceAndRemark,
  yearOfDate,
  clinicalPost,
  OPTIONS,
  optionLabel,
  readWriter,
  roleInRemark,
  citizenshipRemark,
  parseFieldValue,
  visaChoices,
  visaHistory,
  permitReading,
  type PermitReading,
  pathName,
  type FieldOption,
  type FieldSpec,
  type ListKey,
  type TopPath,
} from './field-specs.js';
import { readCountry } from './country.js';
import { monthForDay, readHedgedDate } from './hedged-date.js';
import { pgyMismatch, residencyEndAnswer, residencyEndNote } from './expected-end.js';
import { approximateMonth, leadingYesNo, parseEnum, parseYesNo, trainingKindOf } from './friendly.js';
import { humanMonth } from '../dates.js';
import { noteI140 } from '../../rules/redflag-rules/green-card-path.js';
import { parseProfile } from './parse.js';
import type { Profile } from './schema.js';
import {
  boardLine,
  examLine,
  informaticsLine,
  letterLine,
  professionalismLine,
  residencyLine,
  timelineLine,
  usceLine,
  type SummaryOptions,
} from './summary.js';

export type StepId =
  | 'basics'
  | 'school'
  | 'residencies'
  | 'boards'
  | 'exams'
  | 'timeline'
  | 'usce'
  | 'informatics'
  | 'professionalism'
  | 'professionalism-items'
  | 'letters'
  | 'deadline';

export type StepKind = 'select' | 'modal' | 'repeat' | 'confirm';

/** One input of a modal: typed text, or (`choices`) one of a few options. */
export interface StepField {
  key: string;
  /** The member's word for the field, as problems name it ("Score: …"). */
  name: string;
  label: string;
  placeholder: string;
  required: boolean;
  style: 'short' | 'paragraph';
  maxLength: number;
  /** Enumerations and yes/no: picked from these (a radio group or a menu), never typed. */
  choices?: readonly FieldOption[];
}

/** One select menu (single choice). */
export interface StepSelect {
  key: string;
  placeholder: string;
  required: boolean;
  options: readonly FieldOption[];
}

export interface SetupStep {
  id: StepId;
  /**
   * Position shown to the member ("step 8 of 11"); only the two screens of one question (the
   * professionalism question and, after a yes, its entries) share a number, so a step's number is
   * the same whichever answers led there and no two titles ever show the same number.
   */
  number: number;
  /** Heading of the step (at most 45 characters). */
  title: string;
  kind: StepKind;
  /** What the step asks, in a sentence or two. */
  prompt: string;
  /** Modal inputs ('modal' and 'repeat' steps; at most 5). */
  fields: readonly StepField[];
  /** Select menus ('select' steps; in 'repeat' steps they are chosen before the modal opens). */
  selects: readonly StepSelect[];
  /** Modal title (at most 45 characters), for steps with fields. */
  modalTitle?: string;
  /** 'repeat' steps: the profile list they fill and the button labels. */
  repeat?: { list: ListKey; add: string; done: string };
  /** 'confirm' steps: the labels of the two answers (input key `answer`, value yes/no). */
  confirm?: { yes: string; no: string };
}

/** The input key of a 'confirm' step. */
export const CONFIRM_KEY = 'answer';

/** How a step's input keys map onto the profile: a top-level path or an item field of a list. */
type Binding = { top: TopPath } | { item: string };

interface StepDef extends SetupStep {
  bind: Record<string, Binding>;
}

function field(key: string, spec: FieldSpec, required = spec.required): StepField {
  const choices = spec.kind === 'enum' ? spec.options : spec.kind === 'yes-no' ? YES_NO_OPTIONS : undefined;
  return {
    key,
    name: spec.name,
    label: spec.label,
    placeholder: spec.placeholder,
    required,
    style: spec.kind === 'note' ? 'paragraph' : 'short',
    maxLength: spec.maxLength,
    ...(choices ? { choices } : {}),
  };
}

/**
 * Which of a step's fields each problem is about (problems start with the field's name, as the
 * form shows it): key → the problem. Problems about no single field mark nothing.
 */
export function problemFields(step: SetupStep, problems: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of [...step.fields]) {
    const p = problems.find((x) => x.toLowerCase().startsWith(`${f.name.toLowerCase()}:`));
    if (p) out[f.key] = p.slice(f.name.length + 1).trim();
  }
  return out;
}

function select(key: string, spec: FieldSpec, placeholder: string, required = spec.required): StepSelect {
  return { key, placeholder, required, options: spec.options ?? YES_NO_OPTIONS };
}

const top = (path: TopPath): Binding => ({ top: path });

/** A repeat step: every field of the list item, selects first, then the modal. */
function repeatStep(
  id: StepId,
  number: number,
  list: ListKey,
  title: string,
  modalTitle: string,
  prompt: string,
  add: string,
  modalKeys: string[],
  selectKeys: { key: string; placeholder: string }[] = [],
): StepDef {
  const specs = LIST_FIELDS[list].fields as Record<string, FieldSpec>;
  const spec = (key: string): FieldSpec => {
    const s = specs[key];
    if (!s) throw new Error(`setup-flow: ${list} has no field ${key}`);
    return s;
  };
  const keys = [...selectKeys.map((s) => s.key), ...modalKeys];
  return {
    id,
    number,
    title,
    kind: 'repeat',
    prompt,
    modalTitle,
    fields: modalKeys.map((k) => field(k, spec(k))),
    selects: selectKeys.map((s) => select(s.key, spec(s.key), s.placeholder)),
    repeat: { list, add, done: 'Done' },
    bind: Object.fromEntries(keys.map((k) => [k, { item: k }])),
  };
}

const STEP_DEFS: readonly StepDef[] = [
  {
    id: 'basics',
    number: 1,
    title: 'The basics',
    kind: 'select',
    prompt:
      'Three quick choices. They decide which eligibility and visa advice applies to you; pick "Not sure yet" for the visa if you have not decided. Working in the US on an EAD? An H-4 EAD in hand for the training: "No visa needed". A combo card or other EAD while your green card is still pending, or an EAD not in hand yet: "Not sure yet".',
    fields: [],
    selects: [
      select('citizenship', TOP_FIELDS.citizenship, 'Your citizenship', false),
      select('visa', TOP_FIELDS.visa, 'Visa you would need for training', false),
      select('target', TOP_FIELDS.target, 'What you are applying to', false),
    ],
    bind: { citizenship: top('citizenship'), visa: top('visa'), target: top('target') },
  },
  {
    id: 'school',
    number: 2,
    title: 'Medical school',
    kind: 'modal',
    modalTitle: 'Medical school',
    prompt:
      'Your specialty (applying for a residency: the specialty you are applying to), where and when you graduated, ECFMG status and earlier Match attempts. Leave a box empty if it does not apply.',
    fields: [
      field('specialty', TOP_FIELDS.specialty),
      field('country', TOP_FIELDS['medSchool.country'], false),
      field('graduated', TOP_FIELDS['medSchool.graduated'], false),
      field('ecfmgCertified', TOP_FIELDS.ecfmgCertified),
      field('matchAttempts', TOP_FIELDS.matchAttempts),
    ],
    selects: [],
    bind: {
      specialty: top('specialty'),
      country: top('medSchool.country'),
      graduated: top('medSchool.graduated'),
      ecfmgCertified: top('ecfmgCertified'),
      matchAttempts: top('matchAttempts'),
    },
  },
  repeatStep(
    'residencies',
    3,
    'residencies',
    'Residency training',
    'Add a residency',
    'Have you started or completed a residency anywhere, in the US or abroad? Add each one: the country, the specialty, the years and whether you completed it. This decides which fellowships you are eligible for, so include residencies abroad and any you left. Finish with Done if you have none.',
    'Add a residency',
    ['country', 'specialty', 'from', 'to'],
    [
      { key: 'completed', placeholder: 'Did you complete it?' },
      { key: 'accreditation', placeholder: 'Who accredits the program? (optional)' },
    ],
  ),
  repeatStep(
    'boards',
    4,
    'boardCertification',
    'Board certification',
    'Add a board certification',
    'Are you board certified in a specialty? Add each certification: a US board (ABMS or AOA), a Canadian one (Royal College or CFPC) or a board in another country. Finish with Done if you hold none yet.',
    'Add a board certification',
    ['specialty'],
    [{ key: 'board', placeholder: 'Which board certified you?' }],
  ),
  repeatStep(
    'exams',
    5,
    'exams',
    'Exams',
    'Add an exam attempt',
    'Add each attempt separately, including any that did not pass: the advisor helps you explain a failure, but it can only do that if it knows. Finish with Done when the list is complete (or if you have none yet).',
    'Add an exam attempt',
    ['exam', 'date', 'result', 'score'],
  ),
  repeatStep(
    'timeline',
    6,
    'timeline',
    'Timeline since graduation',
    'Add a period',
    'What you have done since graduating, one period at a time (clinical work, research, exam preparation, family time...). Unlisted months look like gaps, so cover them all if you can.',
    'Add a period',
    ['from', 'to', 'activity', 'note'],
  ),
  repeatStep(
    'usce',
    7,
    'usce',
    'US clinical experience',
    'Add US clinical experience',
    'Observerships, externships, electives and other time in US clinical settings. Say whether you used the EHR hands-on: programs ask about it.',
    'Add US clinical experience',
    ['kind', 'months', 'ehr', 'handsOn'],
  ),
  repeatStep(
    'informatics',
    8,
    'informatics',
    'Informatics experience',
    'Add informatics experience',
    'Projects, courses, certificates, degrees, research, publications or jobs in informatics. A line on the outcome makes each one stronger.',
    'Add informatics experience',
    ['kind', 'title', 'outcome'],
  ),
  {
    id: 'professionalism',
    number: 9,
    title: 'Professionalism history',
    kind: 'confirm',
    prompt:
      'Some members have a report, a probation, a dismissal or a resignation somewhere in their training. It happens more often than people think, and how it was handled matters most. Is there anything like this you want help addressing? Your answer stays private to you.',
    fields: [],
    selects: [],
    confirm: { yes: 'Yes, I want to add something', no: 'No, nothing like this' },
    bind: {},
  },
  repeatStep(
    'professionalism-items',
    9,
    'professionalism',
    'Professionalism history',
    'Add a professionalism entry',
    'Add each one with what you learned or changed since. Only share what you are comfortable with; the advisor uses it to help you prepare an honest, forward-looking answer.',
    'Add an entry',
    ['kind', 'date', 'remediated', 'note'],
  ),
  repeatStep(
    'letters',
    10,
    'letters',
    'Letters of recommendation',
    'Add a letter writer',
    'Each person who writes (or might write) a letter for you. Choose their role, where you worked together and whether they are a physician, then add the details.',
    'Add a letter writer',
    ['writer', 'year', 'informatics', 'directObservation', 'asked'],
    [
      { key: 'role', placeholder: "Writer's role" },
      { key: 'setting', placeholder: 'Where you worked together' },
      { key: 'physician', placeholder: 'Is the writer a physician?' },
      // Shown only to a member who listed a professionalism entry (see currentStep): then the
      // letter plan looks for a writer who speaks to it, and setup must let them say which one.
      { key: 'mentionsProfessionalism', placeholder: 'Will this writer speak to your professionalism?' },
    ],
  ),
  {
    id: 'deadline',
    number: 11,
    title: 'Application deadline',
    kind: 'modal',
    modalTitle: 'Application deadline',
    prompt: 'The date your applications are due, so the advisor can plan backwards from it. Leave it empty if unsure.',
    fields: [field('deadline', TOP_FIELDS.deadline)],
    selects: [],
    bind: { deadline: top('deadline') },
  },
];

/** The steps as the transports see them (without the internal bindings). */
export const SETUP_STEPS: readonly SetupStep[] = STEP_DEFS.map(({ bind: _bind, ...step }) => step);
export const TOTAL_STEPS = Math.max(...STEP_DEFS.map((s) => s.number));
const STEP_IDS = STEP_DEFS.map((s) => s.id);

export function getStep(id: string): SetupStep | undefined {
  return SETUP_STEPS.find((s) => s.id === id);
}
const getDef = (id: string) => STEP_DEFS.find((s) => s.id === id);

/** Between steps, stored as JSON (`v` is the format version of this object). */
export interface SetupState {
  v: 1;
  /** The step the member is on, or 'done'. */
  step: StepId | 'done';
  /** The profile so far: always valid, always with version 1. */
  draft: Profile;
  /** Steps finished (answered or skipped). */
  done: StepId[];
  /** Steps the member skipped (a subset of `done`), so a summary can offer them again. */
  skipped: StepId[];
  /** Select choices for the item being added in the current repeat step, until its modal comes. */
  pending: Record<string, string>;
  /**
   * The last form that was not accepted: what the member entered and why, so "Try again" reopens
   * it filled in, with only the fields at fault marked. Cleared by the next accepted step.
   */
  rejected?: { step: StepId; input: Record<string, string>; problems: string[] };
}

export function startSetup(existing?: Profile): SetupState {
  return {
    v: 1,
    step: 'basics',
    draft: existing ? structuredClone(existing) : { version: 1 },
    done: [],
    skipped: [],
    pending: {},
  };
}

/** The first step not finished yet, in flow order. */
export function nextStep(state: SetupState): StepId | 'done' {
  return STEP_IDS.find((id) => !state.done.includes(id)) ?? 'done';
}

/** The letters question that matters only to a member with a professionalism entry. */
const PROFESSIONALISM_SELECT = 'mentionsProfessionalism';

/**
 * The step as this member sees it. The letters step asks whether a writer will speak to the
 * member's professionalism only when the draft lists a professionalism entry: that is when the
 * letter plan looks for such a writer (and warns, high, without one), so the member must be able
 * to answer it here; for everyone else it would be a puzzling question about nothing.
 */
export function currentStep(state: SetupState): SetupStep | undefined {
  const step = state.step === 'done' ? undefined : getStep(state.step);
  if (step?.id !== 'letters') return step;
  if ((state.draft.professionalism?.length ?? 0) > 0) {
    return {
      ...step,
      prompt: `${step.prompt} You listed a professionalism entry, so say for each writer whether they will speak to your professionalism now: programs look for one letter that does, and the letter plan counts it.`,
    };
  }
  return { ...step, selects: step.selects.filter((s) => s.key !== PROFESSIONALISM_SELECT) };
}

/** "step 4 of 10", or "all 10 steps done". */
export function progress(state: SetupState): string {
  const step = currentStep(state);
  return step ? `step ${step.number} of ${TOTAL_STEPS}` : `all ${TOTAL_STEPS} steps done`;
}

/** One-liners of what a repeat step has collected so far. */
export function itemsSoFar(state: SetupState, stepId: StepId, opts: SummaryOptions = {}): string[] {
  const list = getStep(stepId)?.repeat?.list;
  const d = state.draft;
  const text = opts.memberText ?? ((x: string) => x);
  switch (list) {
    case 'exams':
      return (d.exams ?? []).map(examLine);
    case 'timeline':
      return (d.timeline ?? []).map((t) => timelineLine(t, text));
    case 'residencies':
      return (d.residencies ?? []).map((r) => residencyLine(r, text));
    case 'boardCertification':
      return (d.boardCertification ?? []).map((b) => boardLine(b, text));
    case 'usce':
      return (d.usce ?? []).map((u) => usceLine(u, text));
    case 'informatics':
      return (d.informatics ?? []).map((i) => informaticsLine(i, text));
    case 'professionalism':
      return (d.professionalism ?? []).map((p) => professionalismLine(p, text));
    case 'letters':
      return (d.letters ?? []).map((l) => letterLine(l, text));
    default:
      return [];
  }
}

export interface ResumePoint {
  step: SetupStep | undefined;
  progress: string;
  /** A sentence telling the member where they are. */
  message: string;
  /** What the current repeat step holds so far. */
  items: string[];
}

/** Where a stored flow picks up again, with a sentence to say so. */
export function resumePoint(state: SetupState, opts: SummaryOptions = {}): ResumePoint {
  const step = currentStep(state);
  if (!step) {
    return {
      step,
      progress: progress(state),
      message: 'Your profile setup is complete. Change any answer with /profile edit, or start the setup again.',
      items: [],
    };
  }
  const items = itemsSoFar(state, step.id, opts);
  const list = step.repeat ? LIST_FIELDS[step.repeat.list] : undefined;
  const sofar =
    list && items.length
      ? ` You have added ${items.length} ${items.length === 1 ? list.item : list.plural} so far.`
      : '';
  return {
    step,
    progress: progress(state),
    message: `You stopped at ${progress(state)}: ${step.title}.${sofar}`,
    items,
  };
}

/** Current values of a modal step as the member would type them, to prefill its inputs. */
export function modalDefaults(state: SetupState, stepId: StepId): Record<string, string> {
  const def = getDef(stepId);
  if (!def || def.kind !== 'modal') return {};
  const out: Record<string, string> = {};
  for (const [key, b] of Object.entries(def.bind)) {
    if (!('top' in b)) continue;
    const v = formatFieldValue(getTop(state.draft, b.top));
    if (v) out[key] = v;
  }
  return out;
}

type Draft = Record<string, unknown>;

function getTop(draft: Profile, path: TopPath): unknown {
  if (path === 'medSchool.country') return draft.medSchool?.country;
  if (path === 'medSchool.graduated') return draft.medSchool?.graduated;
  return (draft as Draft)[path];
}

function specOf(def: StepDef, key: string): FieldSpec | undefined {
  const b = def.bind[key];
  if (!b) return undefined;
  if ('top' in b) return TOP_FIELDS[b.top];
  return (LIST_FIELDS[def.repeat?.list as ListKey].fields as Record<string, FieldSpec>)[b.item];
}

const without = (ids: readonly StepId[], ...drop: StepId[]) => ids.filter((id) => !drop.includes(id));
const withIds = (ids: readonly StepId[], ...add: StepId[]) => [...without(ids, ...add), ...add];

/** Mark steps finished and move to the next open one. */
function finish(state: SetupState, draft: Profile, ids: StepId[], skipped = false): SetupState {
  const done = withIds(state.done, ...ids);
  const next: SetupState = {
    ...state,
    draft,
    done,
    skipped: skipped ? withIds(state.skipped, ...ids) : without(state.skipped, ...ids),
    pending: {},
  };
  return { ...next, step: nextStep(next) };
}

/** Validate a candidate draft with the real schema; problems in the member's terms. */
function validate(draft: Draft, today: string, rename?: (path: string) => string | undefined): Result<Profile> {
  const r = parseProfile(draft, today);
  return r.ok ? r : err(humanizeProblems(r.error, rename));
}

function unknownStep(stepId: string): Result<SetupState> {
  return err([`There is no setup step "${stepId}". Start again with /profile setup.`]);
}

/**
 * Apply what the member entered for a step: select choices, a modal's text inputs, one item of
 * a repeat step, or the yes/no of a confirm step. Input is read leniently (see friendly.ts) and
 * the resulting draft is checked with the schema; problems name the fields as the form does.
 * Select steps may be answered one choice at a time; they finish when every select is answered.
 * A repeat step stays current after an item is added, until `finishStep`.
 */
export function applyStepInput(
  state: SetupState,
  stepId: string,
  input: Readonly<Record<string, string>>,
  today: string,
): Result<SetupState> {
  const def = getDef(stepId);
  if (!def) return unknownStep(stepId);
  const allowed = def.kind === 'confirm' ? [CONFIRM_KEY] : Object.keys(def.bind);
  const unexpected = Object.keys(input).filter((k) => !allowed.includes(k));
  if (unexpected.length) {
    return err(unexpected.map((k) => `${def.title}: "${k}" is not one of this step's fields (${allowed.join(', ')})`));
  }
  switch (def.kind) {
    case 'select':
      return applySelects(state, def, input, today);
    case 'modal':
      return applyModal(state, def, input, today);
    case 'repeat':
      return addItem(state, def, { ...(state.step === def.id ? state.pending : {}), ...input }, today);
    case 'confirm':
      return applyConfirm(state, def, input[CONFIRM_KEY] ?? '');
  }
}

/**
 * One answer checked on its own, as the console asks it: the problem in the member's terms
 * ("ECFMG certified: "idk" is not yes or no — …"), or undefined when it reads (or is empty).
 * Checks that need other fields (a score against its exam, dates in order) stay with
 * applyStepInput, which sees the whole form.
 */
export function checkStepValue(stepId: string, key: string, raw: string): string | undefined {
  const def = getDef(stepId);
  const spec = def ? specOf(def, key) : undefined;
  if (!spec) return undefined;
  const r = parseFieldValue(spec, raw);
  return r.ok ? undefined : `${spec.name}: ${r.error}`;
}

/** What a date answer said with doubt (or a month where a day is asked) reads as in the setup. */
export type DateEstimate = { text: string; note: string } | { unknown: true } | { problem: string };

/**
 * A date box answered as an estimate ("not sure, i think mid november", "i think 2027-01 but not
 * sure") or with a month where a day is asked ("Nov 2027"): the usable date is taken and said back
 * as "about …", a doubt with no usable date is an unknown (left out where the box is optional), and
 * two dates ask for the one to go by. Undefined for an answer that is neither (the ordinary readers
 * judge it). Only the deadline is a date still to come, so only there does a month need no year.
 */
export function dateEstimate(stepId: string, key: string, raw: string, today: string): DateEstimate | undefined {
  const def = getDef(stepId);
  const spec = def ? specOf(def, key) : undefined;
  if (!spec || (spec.kind !== 'day' && spec.kind !== 'month' && spec.kind !== 'month-or-present')) return undefined;
  if (parseFieldValue(spec, raw).ok) return undefined;
  // "PGY2, ends 2028 i think": a residency's expected end, read by its own reader (expected-end.ts).
  if (spec === LIST_FIELDS.residencies.fields.to && residencyEndAnswer(raw)) return undefined;
  const bound = def?.bind[key];
  const edit = bound && 'top' in bound ? `/profile edit ${bound.top}` : '/profile edit';
  const said = (about: string, how: string): string =>
    `${spec.name}: noted as about ${about} (from "${raw.trim()}"${how ? `; ${how}` : ''}); change it any time with ${edit}.`;
  const read = readHedgedDate(raw, spec.kind, today, key === 'deadline');
  if (read?.kind === 'date') return { text: read.value, note: said(read.about, read.how) };
  if (read?.kind === 'unknown') return { unknown: true };
  if (read?.kind === 'several') {
    return {
      problem: `${spec.name}: "${raw.trim()}" names more than one date: type the one to plan by (an estimate is fine)`,
    };
  }
  const month = spec.kind === 'day' ? monthForDay(raw) : undefined;
  return month ? { text: month.value, note: said(month.about, month.how) } : undefined;
}

/**
 * What an answer naming two visas was read as, and what of it the profile cannot hold: it keeps one
 * visa, so a fallback (or a pair with no first choice) is said, never dropped silently.
 */
export function visaNote(raw: string, inSetup = true): string | undefined {
  const base = visaNoteCore(raw, inSetup);
  const gc = greenCardStepNote(raw);
  if (!gc) return base;
  if (base) return `${base} ${gc}`;
  const v = parseFieldValue(TOP_FIELDS.visa, raw);
  const as = v.ok ? TOP_FIELDS.visa.options?.find((o) => o.value === v.value)?.label : undefined;
  return `Visa: read "${raw.trim()}"${as ? ` as ${as}` : ''}. ${gc}`;
}

/**
 * A green-card step named in the visa answer ("H1B (6 years used by aug 2026, extended on approved
 * I-140)"): the visa box cannot hold it and the contract has no field for it, so it is said not
 * stored, with where it counts (a timeline note, which the red-flag report reads for extensions
 * past six years and to warn against a new J-1). Newcomer trial 22: it was dropped without a word.
 */
function greenCardStepNote(raw: string): string | undefined {
  const r = noteI140(raw);
  if (!r) return undefined;
  const what = r.state === 'approved' ? 'approved I-140' : 'pending I-140';
  const example = r.spouse
    ? `spouse's I-140 ${r.state === 'approved' ? 'approved' : 'pending'}`
    : r.state === 'approved'
      ? 'H-1B, I-140 approved'
      : 'H-1B, I-140 filed, pending';
  return `Your ${r.spouse ? "spouse's " : ''}${what} is not stored here (the visa box holds one visa and the profile has no field for a green-card petition): add it to your current timeline entry's note (e.g. "${example}") so your red-flag report can take it into account${r.state === 'approved' && !r.spouse ? ', including H-1B extensions past six years' : ''}.`;
}

function visaNoteCore(raw: string, inSetup: boolean): string | undefined {
  const label = (code: string): string => TOP_FIELDS.visa.options?.find((o) => o.value === code)?.label ?? code;
  const permit = permitReading(raw);
  if (permit) return permitNote(raw, permit, label);
  const history = visaHistory(raw);
  if (history) return visaHistoryNote(raw, history, label);
  const v = visaChoices(raw);
  if (!v) return heldNowNote(raw, label);
  const list = (codes: readonly string[]): string =>
    codes.length <= 2
      ? codes.map(label).join(' and ')
      : `${codes.slice(0, -1).map(label).join(', ')} and ${label(codes[codes.length - 1]!)}`;
  if (v.first && v.others.length === 0) {
    return `Visa: read "${raw.trim()}" as ${label(v.value)}, your first choice. The profile holds one visa, so the others you would accept are not stored and your visa advice is for ${label(v.value)}; for advice that weighs J-1 and H-1B, type /profile edit visa undecided${inSetup ? ' after the setup' : ''}.`;
  }
  if (v.first) {
    return `Visa: read "${raw.trim()}" as ${label(v.value)}, your first choice. The profile holds one visa, so ${list(v.others)} as ${v.others.length > 1 ? 'fallbacks is' : 'a fallback is'} not stored and your visa advice is for ${label(v.value)}; for advice that weighs both, type /profile edit visa undecided${inSetup ? ' after the setup' : ''}.`;
  }
  return `Visa: read "${raw.trim()}" as Not sure yet: you named ${list(v.named)} with no first choice, and the profile holds one visa. Your red-flag report then helps you choose between them; /profile edit visa changes it once you do.`;
}

/**
 * One visa answered as the one held now ("J-1 (im on J1 now, ecfmg sponsor)", "H1B, currently on
 * it"): the box keeps the visa for the training ahead, and the contract has no field for the status
 * held today, so what was stored and what was not is said, with where the current status goes (a
 * timeline note, which the red-flag report reads). Newcomer trial 20: it was dropped without a word.
 */
function heldNowNote(raw: string, label: (code: string) => string): string | undefined {
  const named = [...raw.matchAll(/\b(?:(j)-?\s?1|(h)-?\s?1\s?-?b?|(o)-?\s?1)\b/gi)].map((m) =>
    m[1] ? 'j1' : m[2] ? 'h1b' : 'o1',
  );
  if (new Set(named).size !== 1) return undefined;
  const now =
    /\b(?:i'?m\s+on|i\s+am\s+on|currently|current|now|presently|at\s+present|already\s+on|still\s+on|holding|hold)\b/i;
  if (!now.test(raw)) return undefined;
  const code = named[0]!;
  const sponsor =
    code === 'j1' && /\becfmg\b/i.test(raw) ? ' ECFMG sponsors every clinical J-1, so that part needs no field.' : '';
  return `Visa: stored ${label(code)} as the visa you would train on. The profile has no field for the status you hold today, so "you are on ${label(code)} now" is not stored here: for your report to count your ${label(code)} years, add your current training under "Timeline since graduation" as US clinical work with a note naming the visa (e.g. "residency, ${label(code)}").${sponsor}`;
}

/**
 * What an answer naming the visa held now and one held before was stored as, and where the past
 * one goes: the contract's visa box holds one visa, and a residency has no visa field, so a J-1
 * history lives in the timeline note of those years ("residency, J-1"), where the red-flag report
 * counts J-1 time and checks the two-year home-residence rule (INA 212(e)).
 */
function visaHistoryNote(raw: string, h: { now: string; past: string[] }, label: (code: string) => string): string {
  const past = h.past.map(label).join(' and ');
  const j1 = h.past.includes('j1');
  return [
    `Visa: read "${raw.trim()}" as ${label(h.now)}, the visa you hold now; your advice is for ${label(h.now)}.`,
    `Your ${past} is history that this one-visa box does not hold, so it is not stored here. Keep it in your profile: add that training under "Residency training" if it was a residency, and under "Timeline since graduation" add those years as US clinical work with a note naming the visa (e.g. "residency, ${past}").`,
    j1
      ? 'The red-flag report reads the J-1 from that note and checks the two-year home-residence rule (INA 212(e)); if you hold a waiver or have spent the two years at home, say so in the same note (e.g. "J-1 waiver granted 2024-05").'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * What a visa answer naming a work permit was stored as, and why, in one line: an EAD in hand is work
 * permission of the member's own (no sponsorship), for as long as it is valid; one pending, H-4 alone,
 * a green card pending, or a permit with a sponsored visa as the fallback is Not sure yet.
 */
function permitNote(raw: string, p: PermitReading, label: (code: string) => string): string {
  const said = `Visa: read "${raw.trim()}" as ${label(p.value)}`;
  const fallback = p.others.length ? `, and you named ${p.others.map(label).join(' and ')} as well` : '';
  // A dependant's permit ends with the principal's status (8 CFR 214.2(h)(9)(iv) for H-4; knowledge/visas.md).
  const principal = /H-4/.test(p.permit) ? 'H-1B' : /J-2/.test(p.permit) ? 'J-1' : /L-2/.test(p.permit) ? 'L-1' : '';
  if (p.adjustment) {
    // A (c)(9) EAD rests on the pending I-485, not on a spouse's visa: what it lasts on, travel on
    // advance parole only, and a J-1's clash with a green card pending (knowledge/visas.md).
    return `${said}: that card rests on your pending green-card application (adjustment of status), not on a visa, and it lasts only until the date printed on it and while the application is pending, so whether it carries a whole training is still open${fallback}. Programs differ on accepting an EAD for training: ask each GME office in writing. Add the card and its end date to your current timeline entry's note (e.g. "combo card EAD/AP, I-485 pending, until 2027-09") so your red-flag report can check it against the start date. Once your green card is approved, change this to No visa needed (/profile edit visa).`;
  }
  if (p.value === 'not-needed') {
    return `${said}: ${p.permit} lets you work for any employer without a program sponsoring a visa, but only while it is valid${principal ? ` (and only while your spouse keeps ${principal} status)` : ''}. Put its end date in a timeline note (on your current entry, e.g. "${p.permit.replace(/^an? /, '')} until 2028-05") so the advisor can check it against the training dates, and ask each program whether it accepts an EAD for training.`;
  }
  if (p.permit === 'H-4 status') {
    return `${said}: H-4 status alone does not allow work, so a program would need to sponsor a visa unless you hold an EAD${fallback}. Once an EAD is in hand for the whole training, change it to No visa needed (/profile edit visa).`;
  }
  return `${said}: ${p.permit} that is not in hand yet is not yet permission to work${fallback}. Once the card is in hand and covers the training, change it to No visa needed; if you train on a sponsored visa instead, choose it (/profile edit visa).`;
}

/**
 * A target answer that names when the member wants to start ("fellowship, starting July 2028",
 * "residency next year for a 2029 start"): the profile has no place for a start year (the contract
 * keeps only the target), so it is said not stored, with what the plan and timeline show instead
 * and how to see that season, never dropped silently.
 */
export function targetStartNote(raw: string): string | undefined {
  const read = parseFieldValue(TOP_FIELDS.target, raw);
  if (!read.ok || read.value === undefined) return undefined;
  const label0 = TOP_FIELDS.target.options?.find((o) => o.value === read.value)?.label ?? String(read.value);
  // Both routes named, one now and the other later ("residency now (pediatrics), CI fellowship
  // after"): the one applied to next is kept and said back, never changed silently (newcomer trial 21).
  const residency = /\bresiden\w*/i.test(raw);
  const fellowship = /\bfellowship\b|\bCI\b(?!\s+track)|\bclinical informatics\b(?!\s+track)/i.test(raw);
  if (residency && fellowship && read.value === 'residency-informatics-track') {
    return `Applying to: read "${raw.trim()}" as ${label0}, the one you apply to next. A clinical informatics fellowship after it is a later step with its own application, made during residency (/profile edit target changes this answer).`;
  }
  const year = /\b(20\d\d)\b/.exec(raw)?.[1];
  const relative =
    /\b(?:next|this|coming|following)\s+(?:year|cycle|season|summer|july)\b|\byear\s+after\s+next\b/i.exec(raw)?.[0];
  if (!year && !relative) return undefined;
  const label = TOP_FIELDS.target.options?.find((o) => o.value === read.value)?.label ?? String(read.value);
  const when = year ? `the start year (${year})` : `when you start ("${relative}")`;
  return `Applying to: read "${raw.trim()}" as ${label}. The profile has no place for ${when}, so it is not stored: your plan and timeline show the season today falls in or leads to. To see a later season, add your application deadline (/profile edit deadline) in that season.`;
}

/**
 * A citizenship answer with a visa remark ("Not a US citizen or permanent resident - I'm on H4 EAD
 * with my husband"): what it was read as, that a visa or work permit is not a green card (so the visa
 * question still comes), and that the remark itself is not stored.
 */
export function citizenshipNote(raw: string): string | undefined {
  const remark = citizenshipRemark(raw);
  const read = parseFieldValue(TOP_FIELDS.citizenship, raw);
  if (!read.ok) return undefined;
  const label = TOP_FIELDS.citizenship.options?.find((o) => o.value === read.value)?.label ?? String(read.value);
  if (!remark) {
    // "im nigerian, no green card o": read by meaning; say what was kept, and that the rest (a
    // nationality, a word of their own) is not stored (newcomer trial 13: it was refused).
    const plain = parseEnum(raw.trim(), TOP_FIELDS.citizenship.options ?? [], TOP_FIELDS.citizenship.aliases).ok;
    return plain
      ? undefined
      : `Citizenship: read "${raw.trim()}" as ${label}; the profile keeps only that choice, so the rest of your answer is not stored.`;
  }
  const why =
    read.value === 'non-us'
      ? ' A visa or work permit held in the US (yours or through a spouse) is not a green card, so the visa question asks which visa you would train on.'
      : '';
  return `Citizenship: read "${raw.trim()}" as ${label}.${why} "${remark}" has no place in this answer, so it is not stored.`;
}

/**
 * A specialty answer that names a preliminary or transitional year ("prelim IM 1 year", "TY"): what
 * was stored, and in one line that such a year alone does not complete a residency (trial 18's
 * member believed hers did; setup had saved it without a word). At the member's own specialty the
 * year is not stored: it belongs under residency training, where the rules read it.
 */
export function preliminaryNote(spec: FieldSpec, raw: string): string | undefined {
  const kind = trainingKindOf(raw);
  const read = parseFieldValue(spec, raw);
  if (!kind || !read.ok || typeof read.value !== 'string') return undefined;
  const year = kind === 'transitional' ? 'A transitional year' : 'A preliminary year';
  const rule = `${year} alone does not complete a residency: programs and the fellowship rules count it as one year of training toward a residency, not as a finished one.`;
  if (spec === TOP_FIELDS.specialty) {
    return `${spec.name}: read "${raw.trim()}" as ${read.value}; "${kind}" and the length are not part of a specialty, so add that year under residency training. ${rule}`;
  }
  return `${spec.name}: stored "${read.value}" so the advice reads it as a ${kind} year. ${rule}`;
}

/**
 * What the setup says when an answer read as a choice with a remark after it ("no, I left to
 * emigrate"): the choice it was read as, and where the remark went. In a list item with a note the
 * remark joins the note (keepRemarks); elsewhere the profile has no place for it, so the member is
 * told it was not stored and where it can go, rather than losing it silently.
 */
export function remarkNote(stepId: string, key: string, raw: string): string | undefined {
  const def = getDef(stepId);
  const spec = def ? specOf(def, key) : undefined;
  if (spec === TOP_FIELDS.visa) return visaNote(raw);
  if (spec === TOP_FIELDS.citizenship) return citizenshipNote(raw);
  if (spec === TOP_FIELDS.target) return targetStartNote(raw);
  if (spec === LIST_FIELDS.residencies.fields.to) {
    const note = residencyEndNote(raw);
    if (note) return note;
  }
  if (spec === TOP_FIELDS.specialty || spec === LIST_FIELDS.residencies.fields.specialty) {
    const note = preliminaryNote(spec, raw);
    if (note) return note;
  }
  // A date said with a doubt is taken, and the doubt said back so the member can correct it later.
  if (spec && (spec.kind === 'month' || spec.kind === 'month-or-present')) {
    const approx = approximateMonth(raw);
    if (approx) {
      const where =
        { '02': 'early in that year', '11': 'late in that year' }[approx.month.slice(5)] ?? 'the middle of that year';
      const filled = approx.yearOnly ? `, ${where}, since you gave the year only` : '';
      return `${spec.name}: read "${raw.trim()}" as ${humanMonth(approx.month)}${filled}. Taken as approximate: correct it with /profile edit when you know the month.`;
    }
  }
  // "march 2024" for the year last worked together: the year, said back.
  if (spec === LIST_FIELDS.letters.fields.year && !/^\s*\d+\s*$/.test(raw)) {
    const year = yearOfDate(raw);
    if (year !== undefined) return `${spec.name}: read "${raw.trim()}" as ${year}.`;
  }
  if (spec === LIST_FIELDS.timeline.fields.activity && clinicalPost(raw) && !choiceAndRemark(spec, raw)) {
    const read = parseFieldValue(spec, raw);
    if (read.ok && read.value === 'clinical')
      return `${spec.name}: read "${raw.trim()}" as clinical work (outside the US unless it names a US place); your words are kept in this entry's note.`;
  }
  // "nurse informaticist (RN)" at the physician question: the profession answered it (trial 22).
  if (spec === LIST_FIELDS.letters.fields.physician && !choiceAndRemark(spec, raw)) {
    const read = parseFieldValue(spec, raw);
    if (read.ok && typeof read.value === 'boolean' && !/^\s*(?:yes|no|y|n)\s*$/i.test(raw))
      return `${spec.name}: read "${raw.trim()}" as ${read.value ? 'yes' : 'no'} from the profession it names; the entry keeps yes or no only, so the words themselves are not stored (change it with /profile edit if it is wrong).`;
  }
  const said = spec ? choiceAndRemark(spec, raw) : undefined;
  if (!def || !spec || !said) return undefined;
  const as =
    typeof said.value === 'boolean'
      ? said.value
        ? 'yes'
        : 'no'
      : (spec.options?.find((o) => o.value === said.value)?.label ?? formatFieldValue(said.value));
  const list = def.repeat?.list as ListKey | undefined;
  const hasNote = list !== undefined && 'note' in (LIST_FIELDS[list].fields as Record<string, FieldSpec>);
  // An exam entry holds no note: say what was kept, and ask for an earlier attempt the words hint at
  // ("passed finally", "on my second try"), since every attempt is its own entry.
  if (spec === LIST_FIELDS.exams.fields.result) {
    const earlier =
      said.value === 'pass' &&
      /\b(?:finally|at last|again|retake|re-?sit|second|2nd|third|3rd|another|attempt|try)\b/i.test(said.remark)
        ? ' If an earlier attempt did not pass, add it as its own entry: the advisor can only help you explain it if it knows.'
        : '';
    return `${spec.name}: read "${raw.trim()}" as ${as}; the exam entry keeps the result only, so "${said.remark}" is not stored.${earlier}`;
  }
  if (spec === LIST_FIELDS.letters.fields.writer) {
    const read = readWriter(raw);
    const role = read.role ? optionLabel(OPTIONS.role, read.role) : undefined;
    const retired = RETIRED_REMARK.exec(said.remark);
    if (retired && !/\b(?:not|never|will|soon|about to)\s+(?:\w+\s+)?retir/i.test(said.remark)) {
      return `${spec.name}: stored the name "${read.name}" with "(retired${retired[1] ? ` ${retired[1]}` : ''})" beside it, so the letter plan knows this writer has retired; the rest of "${said.remark}" is not stored.`;
    }
    return `${spec.name}: stored the name "${read.name}"; "${said.remark}" is not part of a name, so it is left out of it${
      role
        ? ` (it names the role ${role}: that is the role kept when you chose Other, otherwise the role you chose stays; change it with /profile edit if it is wrong)`
        : ''
    }.`;
  }
  if (spec === LIST_FIELDS.letters.fields.role) {
    const named = said.value === 'other' ? roleInRemark(said.remark) : undefined;
    return named
      ? `${spec.name}: read "${raw.trim()}" as Other; "${said.remark}" names the role ${optionLabel(OPTIONS.role, named)}, so that is the role kept (change it with /profile edit if it is wrong).`
      : `${spec.name}: read "${raw.trim()}" as ${as}; a letter entry has no note, so "${said.remark}" is not stored (the role chosen is what the letter plan reads).`;
  }
  if (spec === LIST_FIELDS.boardCertification.fields.board) {
    return `${spec.name}: read "${raw.trim()}" as ${as}; the specialty certified in is its own question, so "${said.remark}" is not stored here.`;
  }
  if (spec === LIST_FIELDS.exams.fields.score) {
    return `${spec.name}: read "${raw.trim()}" as ${as}; the exam entry keeps the number only, so "${said.remark}" is not stored.`;
  }
  // "1 - applied 2021, matched peds (then resigned)": the count is of cycles with no place, so a
  // cycle the member matched in is not one; say so rather than report an unmatched cycle that never
  // happened (newcomer trial 15).
  if (
    spec === TOP_FIELDS.matchAttempts &&
    typeof said.value === 'number' &&
    said.value > 0 &&
    /\bmatched\b/i.test(said.remark) &&
    !/\b(?:un-?matched|not matched|never matched|didn'?t match|did not match|no match)\b/i.test(said.remark)
  ) {
    return `${spec.name}: read "${raw.trim()}" as ${as}. This counts only cycles in which you found no place; a cycle you matched in is not one, so if that is the cycle you mean, change it to 0 with /profile edit. A residency you started belongs under residency training (and a resignation under professionalism), where the advice can use it.`;
  }
  if (
    list === 'letters' &&
    OBSERVER_REMARK.test(said.remark) &&
    OBSERVER_FIELDS.some((k) => LIST_FIELDS.letters.fields[k] === spec)
  ) {
    return `${spec.name}: read "${raw.trim()}" as ${as}; "${said.remark}" is kept with the writer's name as "(observership)", so the letter plan knows this writer saw you as an observer, not giving care.`;
  }
  return hasNote
    ? `${spec.name}: read "${raw.trim()}" as ${as}; "${said.remark}" is kept in this entry's note.`
    : `${spec.name}: read "${raw.trim()}" as ${as}. "${said.remark}" has no place in this answer, so it is not stored: add it to a timeline note if you want it kept.`;
}

/**
 * A select menu was used. In a repeat step the choice is held in `pending` until the item's modal
 * is submitted; anywhere else it is applied like any input.
 */
export function chooseOption(
  state: SetupState,
  stepId: string,
  key: string,
  value: string,
  today: string,
): Result<SetupState> {
  const def = getDef(stepId);
  if (!def) return unknownStep(stepId);
  if (def.kind !== 'repeat') return applyStepInput(state, stepId, { [key]: value }, today);
  const spec = def.selects.some((s) => s.key === key) ? specOf(def, key) : undefined;
  if (!spec) return err([`${def.title}: "${key}" is not one of this step's choices`]);
  const parsed = parseFieldValue(spec, value);
  if (!parsed.ok) return err([`${spec.name}: ${parsed.error}`]);
  const pending = state.step === def.id ? state.pending : {};
  return ok({ ...state, step: def.id, pending: { ...pending, [key]: value } });
}

/** Parse the given keys of a step into [key, value] pairs; undefined values mean "left empty". */
function parseInputs(
  def: StepDef,
  keys: readonly string[],
  input: Readonly<Record<string, string>>,
): Result<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  const problems: string[] = [];
  for (const key of keys) {
    const spec = specOf(def, key);
    if (!spec) continue;
    const r = parseFieldValue(spec, input[key] ?? '');
    if (r.ok) values.set(key, r.value);
    else problems.push(`${spec.name}: ${r.error}`);
  }
  return problems.length ? err(problems) : ok(values);
}

function setTop(draft: Draft, path: TopPath, value: unknown): void {
  if (path === 'medSchool.country' || path === 'medSchool.graduated') {
    const key = path === 'medSchool.country' ? 'country' : 'graduated';
    const school = { ...((draft.medSchool as Draft | undefined) ?? {}) };
    if (value === undefined) delete school[key];
    else school[key] = value;
    if (Object.keys(school).length) draft.medSchool = school;
    else delete draft.medSchool;
    return;
  }
  if (value === undefined) delete draft[path];
  else draft[path] = value;
}

function applySelects(
  state: SetupState,
  def: StepDef,
  input: Readonly<Record<string, string>>,
  today: string,
): Result<SetupState> {
  // Only the selects that were used: the others keep their answers.
  const given = Object.keys(input).filter((k) => (input[k] ?? '').trim() !== '');
  const parsed = parseInputs(def, given, input);
  if (!parsed.ok) return parsed;
  const draft = structuredClone(state.draft) as Draft;
  for (const [key, value] of parsed.value) {
    const b = def.bind[key];
    if (b && 'top' in b) setTop(draft, b.top, value);
  }
  const valid = validate(draft, today);
  if (!valid.ok) return valid;
  const complete = def.selects.every((s) => {
    const b = def.bind[s.key];
    return b && 'top' in b && getTop(valid.value, b.top) !== undefined;
  });
  if (complete) return ok(finish(state, valid.value, [def.id]));
  return ok({ ...state, draft: valid.value, step: def.id, pending: {} });
}

function applyModal(
  state: SetupState,
  def: StepDef,
  input: Readonly<Record<string, string>>,
  today: string,
): Result<SetupState> {
  // A modal is submitted whole: an empty box clears that field.
  const parsed = parseInputs(def, Object.keys(def.bind), input);
  if (!parsed.ok) return parsed;
  const values = parsed.value;
  if (def.id === 'school') {
    const country = values.get('country');
    const graduated = values.get('graduated');
    if ((country === undefined) !== (graduated === undefined)) {
      const missing = country === undefined ? TOP_FIELDS['medSchool.country'] : TOP_FIELDS['medSchool.graduated'];
      const example = country === undefined ? 'e.g. Egypt' : 'e.g. 2018-07';
      return err([`${missing.name}: please fill this in too (${example}) — the country and month go together`]);
    }
  }
  const draft = structuredClone(state.draft) as Draft;
  for (const [key, value] of values) {
    const b = def.bind[key];
    if (b && 'top' in b) setTop(draft, b.top, value);
  }
  const valid = validate(draft, today);
  return valid.ok ? ok(finish(state, valid.value, [def.id])) : valid;
}

/** Says the work was outside the US ("abroad", "home country", "outside the US", "in India"…). */
const ABROAD =
  /\b(?:abroad|overseas|outside(?: of)? (?:the )?(?:us|usa|u\.s\.a?\.?|united states|america)|home country|back home|non[- ]?us)\b/i;

/**
 * "Clinical" alone does not say where: the option behind it is clinical work outside the US, so a
 * US residency typed as "clinical" with a note "IM residency, Brooklyn, USA" would be recorded as
 * foreign work (and the red flags would then read a US-trained member as having no US clinical
 * time). When the activity or its note names the United States as the place and nothing says
 * abroad, the period is US clinical work. A note naming another country keeps "clinical".
 */
function placeClinicalWork(item: Draft, input: Readonly<Record<string, string>>): void {
  if (item.activity !== 'clinical') return;
  const said = `${input.activity ?? ''} ${input.note ?? ''}`;
  if (ABROAD.test(said)) return;
  const places = said
    .split(/[,;()/]|\b(?:in|at)\b/i)
    .map((part) => readCountry(part.trim()))
    .filter((c): c is string => Boolean(c));
  if (places.length && places.every((c) => c === 'United States')) item.activity = 'us-clinical';
}

/**
 * A letter writer who had the member as an observer or shadow, said in a remark at any of the
 * writer's yes/no questions ("yes, observership only", "yes but I was only shadowing her"): a letter
 * entry has no note, so the remark is kept with the writer's name as "(observership)", where the
 * letter plan reads it (letter-facts' observerWriter) and stops counting the writer as one who
 * watched the member's own patient care (newcomer trial 19, finding 15). Said back by remarkNote.
 */
export const OBSERVER_REMARK = /\b(?:observer(?:s|ship|ships)?|shadow(?:ed|ing)?|only (?:watched|observed))\b/i;
const OBSERVER_FIELDS = ['directObservation', 'physician', 'informatics'] as const;

/** The observer remark among the writer's answers, when one names it. */
export function observerRemarkOf(def: StepDef, input: Readonly<Record<string, string>>): string | undefined {
  for (const key of OBSERVER_FIELDS) {
    const spec = specOf(def, key);
    const said = spec ? choiceAndRemark(spec, input[key] ?? '') : undefined;
    if (said && OBSERVER_REMARK.test(said.remark)) return said.remark;
  }
  return undefined;
}

function keepObserverRemark(def: StepDef, item: Draft, input: Readonly<Record<string, string>>): void {
  if (typeof item.writer !== 'string' || !observerRemarkOf(def, input)) return;
  if (OBSERVER_REMARK.test(item.writer)) return;
  item.writer = `${item.writer} (observership)`;
}

/**
 * A writer's retirement said beside the name ("Dr. Robert Hayes (my FM PD, retired 2024)"): the name
 * keeps "(retired 2024)", where the letter plan reads it (letter-notes' writerRetired) to let a current
 * supervisor carry the clinical letter (newcomer trial 22, finding 6: the remark was dropped).
 */
const RETIRED_REMARK = /\b(?:retired|emerit(?:us|a))\b(?:\s+(?:in\s+)?((?:19|20)\d\d))?/i;

function keepRetiredRemark(item: Draft, input: Readonly<Record<string, string>>): void {
  if (typeof item.writer !== 'string' || RETIRED_REMARK.test(item.writer)) return;
  const raw = input.writer ?? '';
  const m = RETIRED_REMARK.exec(raw);
  if (!m || /\b(?:not|never|will|soon|about to)\s+(?:\w+\s+)?retir/i.test(raw)) return;
  item.writer = `${item.writer} (retired${m[1] ? ` ${m[1]}` : ''})`;
}

/**
 * A remark typed after a choice ("research at LUTH", "no, I left to emigrate") reads as the choice;
 * where the item has a note, the remark goes there (after any note typed), so it is never lost.
 */
function keepRemarks(def: StepDef, list: ListKey, item: Draft, input: Readonly<Record<string, string>>): void {
  const fields = LIST_FIELDS[list].fields as Record<string, FieldSpec>;
  if (list === 'letters') {
    keepObserverRemark(def, item, input);
    keepRetiredRemark(item, input);
  }
  if (!fields.note) return;
  // A period told by its post ("house officer internship in cairo") is kept word for word in the note.
  const post = list === 'timeline' ? (input.activity ?? '').trim() : '';
  if (post && clinicalPost(post) && !choiceAndRemark(fields.activity!, post)) {
    const typed = typeof item.note === 'string' ? item.note.trim() : '';
    item.note = (typed ? `${typed}; ${post}` : post).slice(0, fields.note.maxLength);
  }
  for (const key of Object.keys(def.bind)) {
    const spec = specOf(def, key);
    const said = spec && key !== 'note' ? choiceAndRemark(spec, input[key] ?? '') : undefined;
    if (!said) continue;
    const note = typeof item.note === 'string' && item.note.trim() ? `${item.note}; ${said.remark}` : said.remark;
    item.note = note.slice(0, fields.note.maxLength);
  }
}

function addItem(
  state: SetupState,
  def: StepDef,
  input: Readonly<Record<string, string>>,
  today: string,
): Result<SetupState> {
  const list = def.repeat?.list as ListKey;
  const keys = Object.keys(def.bind);
  if (keys.every((k) => (input[k] ?? '').trim() === '')) {
    return err([`${def.title}: nothing to add yet — fill in the form, or finish with ${def.repeat?.done ?? 'Done'}`]);
  }
  // Every problem at once: unreadable boxes and required boxes left empty, in form order.
  const problems: string[] = [];
  const item: Draft = {};
  for (const key of keys) {
    const spec = specOf(def, key);
    if (!spec) continue;
    const r = parseFieldValue(spec, input[key] ?? '');
    if (!r.ok) problems.push(`${spec.name}: ${r.error}`);
    else if (r.value !== undefined) item[key] = r.value;
    else if (spec.required) problems.push(`${spec.name}: needed (${spec.placeholder})`);
  }
  // A PGY level the start month contradicts: asked, never silently picked (expected-end.ts).
  if (list === 'residencies' && typeof item.from === 'string') {
    const said = [input.to, input.from, input.specialty].map((x) => x ?? '').join(' ');
    const clash = pgyMismatch(said, item.from, today);
    if (clash) problems.push(clash);
  }
  if (problems.length) return err(problems);
  keepRemarks(def, list, item, input);
  if (list === 'timeline') placeClinicalWork(item, input);
  // "Dr Ana Souza (CMIO, my boss)" with the role Other: the role the remark names is the writer's role.
  if (list === 'letters' && item.role === 'other') {
    // …or named in a remark after "Other" itself ("other - medical director of my clinic"): trial 22.
    const remark =
      choiceAndRemark(LIST_FIELDS.letters.fields.role, input.role ?? '')?.remark ??
      /\(([^)]+)\)/.exec(input.role ?? '')?.[1];
    const role = readWriter(input.writer ?? '').role ?? (remark ? roleInRemark(remark) : undefined);
    if (role) item.role = role;
  }
  const draft = structuredClone(state.draft) as Draft;
  const items = [...((draft[list] as unknown[] | undefined) ?? []), item];
  draft[list] = items;
  const index = items.length - 1;
  const prefix = `${list}[${index}]`;
  const specs = LIST_FIELDS[list].fields as Record<string, FieldSpec>;
  // Problems with the new item are named as in the form ("Month taken: …").
  const valid = validate(draft, today, (path) => {
    if (path === prefix) return `This ${LIST_FIELDS[list].item}`;
    if (path.startsWith(`${prefix}.`)) return specs[path.slice(prefix.length + 1)]?.name;
    return pathName(path);
  });
  if (!valid.ok) return valid;
  return ok({
    ...state,
    draft: valid.value,
    step: def.id,
    done: without(state.done, def.id),
    skipped: without(state.skipped, def.id),
    pending: {},
  });
}

function applyConfirm(state: SetupState, def: StepDef, answer: string): Result<SetupState> {
  // "yes unfortunately.. 2 things": the leading word answers; the rest is a remark, never stored
  // (the entries themselves are added next).
  const lead = leadingYesNo(answer);
  const yes = lead ? ok(lead.value) : parseYesNo(answer);
  if (!yes.ok) return err([`${def.title}: ${yes.error}`]);
  const items: StepId = 'professionalism-items';
  if (yes.value) {
    const next = finish(state, state.draft, [def.id]);
    return ok({ ...next, step: items, done: without(next.done, items), skipped: without(next.skipped, items) });
  }
  const listed = state.draft.professionalism?.length ?? 0;
  if (listed > 0) {
    return err([
      `${def.title}: you added ${listed} ${listed === 1 ? 'entry' : 'entries'} earlier — remove ${listed === 1 ? 'it' : 'them'} with /profile edit first if ${listed === 1 ? 'it does' : 'they do'} not belong there`,
    ]);
  }
  // "No" is an answer, not a skipped question: record the empty list.
  return ok(finish(state, { ...state.draft, professionalism: [] }, [def.id, items]));
}

/**
 * Close a step. For a repeat step this is "Done": when nothing was added the list is recorded as
 * empty (the member has none), which is different from skipping (not given).
 */
export function finishStep(state: SetupState, stepId: string): Result<SetupState> {
  const def = getDef(stepId);
  if (!def) return unknownStep(stepId);
  const list = def.repeat?.list;
  const draft = list && state.draft[list] === undefined ? { ...state.draft, [list]: [] } : state.draft;
  return ok(finish(state, draft, [def.id]));
}

/** Skip a step, leaving its fields as they are ("not given" unless answered before). */
export function skipStep(state: SetupState, stepId: string): Result<SetupState> {
  const def = getDef(stepId);
  if (!def) return unknownStep(stepId);
  const ids: StepId[] = def.id === 'professionalism' ? [def.id, 'professionalism-items'] : [def.id];
  return ok(finish(state, state.draft, ids, true));
}

/** Go (back) to a step, e.g. to add another exam after finishing the exams step. */
export function goToStep(state: SetupState, stepId: string): Result<SetupState> {
  const def = getDef(stepId);
  if (!def) return unknownStep(stepId);
  return ok({
    ...state,
    step: def.id,
    done: without(state.done, def.id),
    skipped: without(state.skipped, def.id),
    pending: {},
  });
}

/** Remove the last item of a repeat step's list (an "undo" for a mistaken entry). */
export function undoLastItem(state: SetupState, stepId: string): Result<SetupState> {
  const def = getDef(stepId);
  if (!def) return unknownStep(stepId);
  const list = def.repeat?.list;
  const items = list ? state.draft[list] : undefined;
  if (!list || !items?.length) return err([`${def.title}: there is nothing to remove`]);
  return ok({ ...state, draft: { ...state.draft, [list]: items.slice(0, -1) }, step: def.id });
}

/** The finished (or partial) profile, validated once more against today's date. */
export function setupProfile(state: SetupState, today: string): Result<Profile> {
  return validate(state.draft as Draft, today);
}

const stepIdSchema = z.enum(STEP_IDS as [StepId, ...StepId[]]);
const stateSchema = z.object({
  v: z.literal(1),
  step: z.union([stepIdSchema, z.literal('done')]),
  draft: z.unknown(),
  done: z.array(stepIdSchema),
  skipped: z.array(stepIdSchema).default([]),
  pending: z.record(z.string(), z.string()).default({}),
  rejected: z
    .object({
      step: stepIdSchema,
      input: z.record(z.string(), z.string().max(4000)),
      problems: z.array(z.string()).max(20),
    })
    .optional(),
});

/** Read a stored state back (after a restart); a broken one is reported, never half-used. */
export function parseSetupState(json: unknown, today: string): Result<SetupState> {
  const shape = stateSchema.safeParse(json);
  if (!shape.success) return err(['Your saved setup progress could not be read. Start again with /profile setup.']);
  const draft = parseProfile(shape.data.draft, today);
  if (!draft.ok) return err(humanizeProblems(draft.error));
  const { rejected, ...rest } = shape.data;
  return ok({ ...rest, draft: draft.value, ...(rejected ? { rejected } : {}) });
}

/** Limits the transports rely on, exported for the tests and for a start-up self-check. */
export function stepLimitProblems(steps: readonly SetupStep[] = SETUP_STEPS): string[] {
  const L = FORM_LIMITS;
  const out: string[] = [];
  for (const s of steps) {
    if (s.title.length > L.modalTitle) out.push(`${s.id}: title longer than ${L.modalTitle}`);
    if (s.modalTitle && s.modalTitle.length > L.modalTitle) out.push(`${s.id}: modal title too long`);
    if (s.fields.length > L.modalFields) out.push(`${s.id}: more than ${L.modalFields} modal fields`);
    if (s.fields.length && !s.modalTitle) out.push(`${s.id}: fields without a modal title`);
    for (const f of s.fields) {
      if (f.label.length > L.label) out.push(`${s.id}.${f.key}: label longer than ${L.label}`);
      if (f.placeholder.length > L.placeholder) out.push(`${s.id}.${f.key}: placeholder too long`);
      if (f.maxLength > L.inputValue) out.push(`${s.id}.${f.key}: maxLength above ${L.inputValue}`);
    }
    // A message holds at most 5 rows: the selects plus one row of buttons.
    if (s.selects.length > 4) out.push(`${s.id}: more than 4 selects`);
    for (const sel of s.selects) {
      if (sel.options.length > L.selectOptions) out.push(`${s.id}.${sel.key}: too many options`);
      if (sel.placeholder.length > L.selectPlaceholder) out.push(`${s.id}.${sel.key}: placeholder too long`);
      for (const o of sel.options) {
        if (o.label.length > L.optionText || o.value.length > L.optionText) {
          out.push(`${s.id}.${sel.key}.${o.value}: option text too long`);
        }
      }
    }
  }
  return out;
}
