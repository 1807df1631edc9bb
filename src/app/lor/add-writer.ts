/**
 * /lor-ask add-writer: a new letter writer → validated with the profile schema → saved to the
 * member's profile (`letters`). Role and setting come from fixed choices; name, year, asked date
 * and language are typed. The four yes/no facts start from defaults that follow the role and are
 * then corrected by the member (a multi-select on Discord, questions in the console).
 *
 * A member without a profile gets one created that holds just this writer ({ version: 1,
 * letters: [...] }): adding a writer is a natural first step and must not be a dead end. A writer
 * whose name is already listed (any case) is updated in place rather than added twice, because
 * the email and package commands find writers by name.
 */
import { isDay } from '../../core/dates.js';
import { parseProfile } from '../../core/profile/parse.js';
import { LETTER_ROLE, LETTER_SETTING, type Letter, type Profile } from '../../core/profile/schema.js';
import { err, ok, type Result } from '../../core/result.js';
import type { AppContext } from '../context.js';
import { button, memberText, type Action, type View } from '../view.js';
import { SETUP_BUTTON_ID } from '../views/no-profile.js';
import { writerRef } from './writers.js';

export type LetterRole = Letter['role'];
export type LetterSetting = Letter['setting'];

export const ROLE_LABELS: Record<LetterRole, string> = {
  attending: 'Attending physician',
  'program-director': 'Residency program director',
  'informatics-faculty': 'Informatics faculty',
  cmio: 'CMIO (chief medical information officer)',
  'research-supervisor': 'Research supervisor',
  'qi-lead': 'Quality-improvement lead',
  'department-chair': 'Department chair',
  'non-physician-supervisor': 'Non-physician supervisor',
  'family-friend': 'Family friend',
  other: 'Other',
};

export const SETTING_LABELS: Record<LetterSetting, string> = { us: 'In the US', abroad: 'Outside the US' };

export const isRole = (s: string): s is LetterRole => (LETTER_ROLE as readonly string[]).includes(s);
export const isSetting = (s: string): s is LetterSetting => (LETTER_SETTING as readonly string[]).includes(s);

/** The typed part of the form (modal text inputs / console prompts), keyed by input id. */
export const WRITER_INPUTS = [
  {
    id: 'name',
    label: "Writer's name (as you'd address them)",
    required: true,
    max: 200,
    placeholder: 'Dr. Priya Lee',
  },
  { id: 'year', label: 'Year you last worked together', required: true, max: 4, placeholder: '2025' },
  { id: 'asked', label: 'Date you asked them (blank if not yet)', required: false, max: 10, placeholder: 'YYYY-MM-DD' },
  { id: 'language', label: 'Letter language (blank = English)', required: false, max: 35, placeholder: 'English' },
] as const;
export type WriterInputId = (typeof WRITER_INPUTS)[number]['id'];
export type WriterText = Partial<Record<WriterInputId, string>>;

/** The yes/no facts the letter rules read; the select's option values are these keys. */
export const FLAG_KEYS = ['physician', 'informatics', 'directObservation', 'mentionsProfessionalism'] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];
export type WriterFlags = Record<FlagKey, boolean>;

export const FLAG_LABELS: Record<FlagKey, { label: string; description: string }> = {
  physician: { label: 'Is a physician', description: 'An MD/DO (programs want physician voices)' },
  informatics: { label: 'Can speak to your informatics work', description: 'Saw your EHR, data, QI or IT work' },
  directObservation: { label: 'Watched you work directly', description: 'Supervised you, not just knows of you' },
  mentionsProfessionalism: {
    label: 'Will speak to your professionalism',
    description: 'Can vouch for your reliability and conduct',
  },
};

const PHYSICIAN_ROLES: ReadonlySet<LetterRole> = new Set([
  'attending',
  'cmio',
  'department-chair',
  'informatics-faculty',
  'program-director',
]);
const INFORMATICS_ROLES: ReadonlySet<LetterRole> = new Set(['cmio', 'informatics-faculty', 'qi-lead']);

/** Starting guesses from the role; the member confirms or corrects them right after saving. */
export function defaultFlags(role: LetterRole): WriterFlags {
  return {
    physician: PHYSICIAN_ROLES.has(role),
    informatics: INFORMATICS_ROLES.has(role),
    directObservation: role !== 'family-friend',
    mentionsProfessionalism: false,
  };
}

const FIELD_NAME: Record<string, string> = {
  writer: 'Name',
  year: 'Year',
  asked: 'Date asked',
  language: 'Language',
};

/** Typed text → the letter's typed fields, or problems named after the form's labels. */
export function parseWriterText(text: WriterText): Result<Pick<Letter, 'writer' | 'year' | 'asked' | 'language'>> {
  const problems: string[] = [];
  const writer = (text.name ?? '').trim();
  if (!writer) problems.push('Name: give the writer\'s name, e.g. "Dr. Priya Lee"');
  const yearText = (text.year ?? '').trim();
  if (!/^\d{4}$/.test(yearText)) {
    problems.push(`Year: "${yearText}" is not a year; type the four digits, e.g. 2025`);
  }
  const asked = (text.asked ?? '').trim();
  if (asked && !isDay(asked)) problems.push(`Date asked: "${asked}" is not a date; use YYYY-MM-DD, e.g. 2026-09-15`);
  const language = (text.language ?? '').trim();
  if (problems.length) return err(problems);
  return ok({
    writer,
    year: Number(yearText),
    ...(asked ? { asked } : {}),
    ...(language && !/^english$/i.test(language) ? { language } : {}),
  });
}

export interface NewWriter {
  role: LetterRole;
  setting: LetterSetting;
  text: WriterText;
  /** Given in the console; on Discord the defaults are saved and corrected with the select. */
  flags?: Partial<WriterFlags>;
}

/** `letters[3].year: …` → `Year: …` for the letter being added; other problems keep their path. */
function friendlyProblem(problem: string, index: number): string {
  const prefix = `letters[${index}].`;
  if (!problem.startsWith(prefix)) return problem;
  const rest = problem.slice(prefix.length);
  const key = /^(\w+)/.exec(rest)?.[1] ?? '';
  return FIELD_NAME[key] ? `${FIELD_NAME[key]}${rest.slice(key.length)}` : rest;
}

export function retryAction(role: LetterRole, setting: LetterSetting): Action {
  return button(`lor-ask:add-open:${role}:${setting}`, 'Try again', {
    style: 'primary',
    hint: '/lor-ask add-writer',
  });
}

function notSavedView(problems: string[], input: NewWriter): View {
  return {
    text: `**Writer not saved**: ${problems.length === 1 ? 'one thing' : `${problems.length} things`} to fix.`,
    sections: [{ body: problems.map((p) => `- ${memberText(p)}`).join('\n'), tone: 'warning' }],
    actions: [[retryAction(input.role, input.setting)]],
    personal: true,
  };
}

type AddOutcome =
  { kind: 'invalid'; problems: string[] } | { kind: 'saved'; profile: Profile; index: number; how: SavedHow };

/** Validates and saves the writer; the reply shows what was assumed and how to correct it. */
export async function addWriter(ctx: AppContext, userId: string, input: NewWriter): Promise<View> {
  const typed = parseWriterText(input.text);
  if (!typed.ok) return notSavedView(typed.error, input);
  const today = ctx.today();
  // Applied to the profile as stored at the moment of writing (compare-and-swap): a writer or any
  // other change saved meanwhile by another interaction or shard is kept.
  const decided: { outcome: AddOutcome } = { outcome: { kind: 'invalid', problems: [] } };
  await ctx.store.updateProfile(userId, (stored) => {
    const outcome = withWriter(stored, typed.value, input, today);
    decided.outcome = outcome;
    return outcome.kind === 'saved' ? outcome.profile : undefined;
  });
  const { outcome } = decided;
  if (outcome.kind === 'invalid') return notSavedView(outcome.problems, input);
  return writerSavedView(outcome.profile, outcome.index, outcome.how, input.flags === undefined);
}

/** The stored profile with the writer added or updated (pure: it may run again after a conflict). */
function withWriter(
  stored: Profile | undefined,
  typed: Pick<Letter, 'writer' | 'year' | 'asked' | 'language'>,
  input: NewWriter,
  today: string,
): AddOutcome {
  const letters = [...(stored?.letters ?? [])];
  const existing = letters.findIndex((l) => l.writer.trim().toLowerCase() === typed.writer.toLowerCase());
  const before = existing >= 0 ? letters[existing] : undefined;
  // An update keeps the facts the member confirmed earlier unless the role changed.
  const base = before && before.role === input.role ? pickFlags(before) : defaultFlags(input.role);
  const flags = { ...base, ...input.flags };
  const letter: Letter = {
    writer: typed.writer,
    role: input.role,
    setting: input.setting,
    physician: flags.physician,
    informatics: flags.informatics,
    directObservation: flags.directObservation,
    year: typed.year,
    ...(typed.language ? { language: typed.language } : {}),
    ...(flags.mentionsProfessionalism ? { mentionsProfessionalism: true } : {}),
    ...(typed.asked ? { asked: typed.asked } : {}),
  };
  const index = existing >= 0 ? existing : letters.length;
  letters[index] = letter;
  const candidate = { ...(stored ?? { version: 1 as const }), letters };
  const parsed = parseProfile(candidate, today);
  if (!parsed.ok) return { kind: 'invalid', problems: parsed.error.map((p) => friendlyProblem(p, index)) };
  return { kind: 'saved', profile: parsed.value, index, how: stored ? (before ? 'updated' : 'added') : 'created' };
}

function pickFlags(l: Letter): WriterFlags {
  return {
    physician: l.physician,
    informatics: l.informatics,
    directObservation: l.directObservation,
    mentionsProfessionalism: l.mentionsProfessionalism === true,
  };
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** The select that sets all four facts at once: ticked = true. */
export function flagsSelect(letters: readonly Letter[], index: number): Action {
  const l = letters[index]!;
  const current = pickFlags(l);
  return {
    kind: 'select',
    customId: `lor-ask:flags:${writerRef(letters, index)}`,
    placeholder: `Tick everything that is true for ${l.writer}`,
    options: FLAG_KEYS.map((k) => ({
      label: FLAG_LABELS[k].label,
      value: k,
      description: FLAG_LABELS[k].description,
      ...(current[k] ? { default: true } : {}),
    })),
    minValues: 0,
    maxValues: FLAG_KEYS.length,
  };
}

export type SavedHow = 'created' | 'added' | 'updated' | 'corrected';

/** What was saved, the four facts as stored, and the ways on. */
export function writerSavedView(profile: Profile, index: number, how: SavedHow, offerSelect = true): View {
  const letters = profile.letters ?? [];
  const l = letters[index]!;
  const name = memberText(l.writer);
  const flags = pickFlags(l);
  const headline: Record<SavedHow, string> = {
    created: `**Saved ${name}** as your first letter writer.`,
    added: `**Saved ${name}** to your letter writers (${letters.length} in total).`,
    updated: `**Updated ${name}**: that name was already on your list, so I changed the entry instead of adding a second one.`,
    corrected: `**Updated ${name}.**`,
  };
  const facts = [
    `- Role: ${ROLE_LABELS[l.role]}, ${l.setting === 'us' ? 'in the US' : 'outside the US'}, last worked together ${l.year}`,
    ...FLAG_KEYS.map((k) => `- ${FLAG_LABELS[k].label}: **${yesNo(flags[k])}**`),
    l.asked ? `- Asked: ${l.asked}` : '- Not asked yet',
    ...(l.language ? [`- Letter language: ${memberText(l.language)}`] : []),
  ];
  const sections: View['sections'] = [
    {
      title: how === 'corrected' ? 'Saved' : offerSelect ? 'Saved, with these guesses from the role' : 'Saved',
      body: facts.join('\n'),
      ...(offerSelect && how !== 'corrected'
        ? { footer: 'Wrong guess? Tick everything that is true in the menu with this message; it saves straight away.' }
        : {}),
      tone: 'success',
    },
  ];
  if (how === 'created') {
    sections.push({
      title: 'A profile to build on',
      body: 'You had no profile, so I created one holding just this writer. Add the rest (exams, timeline, informatics work, deadline) with the setup flow or /profile import so the other checks can run.',
      tone: 'info',
    });
  }
  const ref = writerRef(letters, index);
  const buttons: Action[] = [
    button(`lor-ask:email:${ref}`, `Ask email for ${l.writer}`, {
      style: 'primary',
      hint: `/lor-ask email ${l.writer}`,
    }),
    button('lor-ask:plan', 'Letter plan', { hint: '/lor-ask plan' }),
    ...(how === 'created'
      ? [button(SETUP_BUTTON_ID, 'Set up the rest of my profile', { hint: '/profile setup' })]
      : []),
  ];
  return {
    text: headline[how],
    sections,
    actions: [...(offerSelect ? [[flagsSelect(letters, index)]] : []), buttons],
    personal: true,
  };
}

/**
 * The select's values → the four facts saved for the writer the select was made for. `locate`
 * finds that writer in the letters as stored when the change is written (a number, or a function
 * such as resolveWriterRef), so a list changed meanwhile by another interaction is not
 * overwritten and the facts go to the right writer. Undefined when the writer is gone.
 */
export async function setWriterFlags(
  ctx: AppContext,
  userId: string,
  locate: number | ((letters: readonly Letter[]) => number | undefined),
  values: readonly string[],
): Promise<View | undefined> {
  const today = ctx.today();
  const on = new Set(values);
  let saved: { profile: Profile; index: number } | undefined;
  let invalid = 0;
  await ctx.store.updateProfile(userId, (profile) => {
    saved = undefined;
    invalid = 0;
    const letters = [...(profile?.letters ?? [])];
    const index = typeof locate === 'number' ? locate : locate(letters);
    const l = index === undefined ? undefined : letters[index];
    if (!profile || !l || index === undefined) return undefined;
    const { mentionsProfessionalism: _drop, ...rest } = l;
    letters[index] = {
      ...rest,
      physician: on.has('physician'),
      informatics: on.has('informatics'),
      directObservation: on.has('directObservation'),
      ...(on.has('mentionsProfessionalism') ? { mentionsProfessionalism: true } : {}),
    };
    const parsed = parseProfile({ ...profile, letters }, today);
    // Thrown below, outside the store's update, so it is not mistaken for a storage failure.
    if (!parsed.ok) {
      invalid = parsed.error.length;
      return undefined;
    }
    saved = { profile: parsed.value, index };
    return parsed.value;
  });
  if (invalid) throw new Error(`letter flags produced an invalid profile: ${invalid} problems`);
  // Narrowing does not see the assignment inside the callback.
  const done = saved as { profile: Profile; index: number } | undefined;
  return done ? writerSavedView(done.profile, done.index, 'corrected') : undefined;
}

/** Console: "attending", "Attending physician", "CMIO", "qi lead" → the role id. */
export function parseRole(text: string): LetterRole | undefined {
  const t = text.trim().toLowerCase();
  const id = t.replace(/[\s_]+/g, '-');
  if (isRole(id)) return id;
  return LETTER_ROLE.find(
    (r) => ROLE_LABELS[r].toLowerCase() === t || ROLE_LABELS[r].toLowerCase().startsWith(`${t} `),
  );
}

export function parseSetting(text: string): LetterSetting | undefined {
  const t = text.trim().toLowerCase();
  if (['us', 'usa', 'u.s.', 'united states', 'in the us'].includes(t)) return 'us';
  if (['abroad', 'outside', 'outside the us', 'non-us', 'international'].includes(t)) return 'abroad';
  return undefined;
}
