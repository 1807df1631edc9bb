/**
 * The guided setup in the local console: the same steps, transitions and saving as on Discord,
 * asked one question per line (works with piped stdin). At any question: "skip" skips the step,
 * "back" returns to the previous one, "quit" stops (everything answered so far is kept). Lists ask
 * "add", "done" or "undo" before each item. End of input stops like "quit".
 */
import {
  LIST_FIELDS,
  parseFieldValue,
  permitReading,
  TOP_FIELDS,
  type FieldOption,
} from '../../core/profile/field-specs.js';
import { leadingYesNo } from '../../core/profile/friendly.js';
import { humanMonth } from '../../core/dates.js';
import { hedgeOf } from '../../core/profile/hedge.js';
import { err, type Result } from '../../core/result.js';
import {
  applyStepInput,
  checkStepValue,
  dateEstimate,
  type DateEstimate,
  remarkNote,
  currentStep,
  finishStep,
  goToStep,
  itemsSoFar,
  modalDefaults,
  progress,
  resumePoint,
  skipStep,
  startSetup,
  undoLastItem,
  type SetupState,
  type SetupStep,
  type StepField,
  type StepSelect,
} from '../../core/profile/setup-flow.js';
import type { ConsoleIO } from '../../console/types.js';
import type { AppContext } from '../context.js';
import { notice, type View } from '../view.js';
import { previousStep } from './setup-actions.js';
import { loadSetup, saveProgress, saveStep } from './setup-progress.js';
import { WELCOME, completeView, existingProfileView, problemView } from './setup-views.js';

export type ConsoleSetupMode = 'continue' | 'review' | 'restart';

export const CONSOLE_SETUP_HELP =
  'One answer per line. At any question: "skip" skips this step, "back" goes to the previous step, "quit" stops (finished steps are kept).';

type Answer =
  | {
      kind: 'input';
      input: Record<string, string>;
      leftOut?: Record<string, string>;
      finishedEarly?: boolean;
      remarks?: string[];
    }
  | { kind: 'skip' | 'back' | 'quit' | 'undo' | 'cancel' }
  | { kind: 'done'; raw?: string; remark?: string }
  | { kind: 'none'; raw: string; remark?: string }
  | { kind: 'again'; note: string };

type Command = 'skip' | 'back' | 'quit' | 'cancel';
const COMMANDS: Record<string, Command> = {
  skip: 'skip',
  back: 'back',
  quit: 'quit',
  stop: 'quit',
  exit: 'quit',
  // Only inside one list item's questions: drop that item (elsewhere it is read as an answer).
  cancel: 'cancel',
};

/** One line of input: the text, or the command it names; end of input is "quit". */
async function ask(io: ConsoleIO, lines: string[], inItem = false): Promise<{ text: string } | { command: Command }> {
  const line = await io.prompt(lines.join('\n'));
  if (line === undefined) return { command: 'quit' };
  const command = COMMANDS[line.trim().toLowerCase()];
  if (command === 'cancel' && !inItem) return { text: line.trim() };
  return command ? { command } : { text: line.trim() };
}

/** A stored value as the member reads it: an option's name rather than its code. */
function shown(options: readonly FieldOption[] | undefined, value: string | undefined): string | undefined {
  return value === undefined ? undefined : (options?.find((o) => o.value === value)?.label ?? value);
}

function selectQuestion(sel: StepSelect, current: string | undefined): string {
  const now = shown(sel.options, current);
  const keep = now ? ` [Enter keeps: ${now}]` : sel.required ? '' : ' [Enter to leave it out]';
  return `${sel.placeholder} (${sel.options.map((o) => o.label).join(' / ')})${keep}:`;
}

function fieldQuestion(f: StepField, current: string | undefined): string {
  const now = shown(f.choices, current);
  const keep = now ? ` [Enter keeps: ${now}; "-" clears it]` : f.required ? '' : ' [optional]';
  const hint = f.choices ? f.choices.map((o) => o.label).join(' / ') : f.placeholder;
  return `${f.label}: ${hint}${keep}`;
}

/**
 * "none", "not yet", "no board yet, only MRCP part 1", "not certified, just part one of my boards":
 * a list answered with nothing to add, often with a remark after it. Never "not sure" or "no idea"
 * (those say the member does not know).
 */
const NONE_YET =
  /^\s*(?:none|nope|nil|nothing|n\/?a|no|not|never|(?:i\s*(?:am|'m|m)\s+)?not|i\s*(?:have\s*n[o']?t|havent|do\s*n[o']?t have|dont have)|(?:have\s*n[o']?t|havent|do\s*n[o']?t have|dont have))\b/i;
const NOT_NONE = /^\s*(?:not\s+sure|no\s+idea|not\s+certain|no\s+clue|not\s+known|no\s*,?\s*wait)\b/i;

/** The words after a "none" that say something more ("i only passed FCPS part 1"), if any. */
export function noneAnswer(raw: string): { remark?: string } | undefined {
  const s = raw.trim();
  if (!NONE_YET.test(s) || NOT_NONE.test(s)) return undefined;
  // The remark: what follows the first comma, semicolon, dash or "but"/"only"/"just".
  const m = /[,;:(–—-]\s*|\s(?=(?:but|only|just|i only|i just|i have only|i ve only|ive only|although|though)\b)/i.exec(
    s,
  );
  const remark = m
    ? s
        .slice(m.index + m[0].length)
        .replace(/^(?:but|although|though)\s+/i, '')
        .replace(/^(?:only|just)\s+/i, '')
        .replace(/[\s).!]+$/, '')
        .trim()
    : '';
  // "none, nothing else", "no, that's all": the remark only says "none" again.
  const again =
    /^(?:else|more|thanks?|thank you|that'?s (?:it|all)|that is (?:it|all)|for now|yet|so far)\b/i.test(remark) ||
    NONE_YET.test(remark);
  return remark && !again ? { remark } : {};
}

/**
 * "done" (or "finished", "that's all") with a remark after it: "done, no step 3 yet", "finished -
 * OET still pending", "that's all but step 3 is booked". Not "not done yet", nor "done step 3 in
 * 2024" (no break after the word: it may say an exam was done). "done for now" has no remark.
 */
const DONE_WITH_REMARK =
  /^(?:done|finished|that'?s (?:all|it)|that is (?:all|it)|all done|i'?m done|i am done|ok(?:ay)?[,!]? done)(?:\s*[,;:.!–—(-]+\s*|\s+(?=(?:but|no|not|only|still|waiting|pending|yet|nothing|none|for now)\b))(.*)$/i;
export function doneWithRemark(raw: string): { remark?: string } | undefined {
  const m = DONE_WITH_REMARK.exec(raw.trim());
  if (!m) return undefined;
  // "done (step 3 not taken yet)": the bracket around the remark is not part of it (trial 21).
  const remark = (m[1] ?? '')
    .replace(/[\s.!]+$/, '')
    .replace(/^\((.*)\)$|^(.*?)\)$/, '$1$2')
    .trim();
  if (!remark || /^(?:for now|thanks?|thank you|yes|ok(?:ay)?)$/i.test(remark)) return {};
  return { remark };
}

/** What a "none" answer to a list was read as, and where its remark went (never dropped silently). */
function noneNote(step: SetupStep, raw: string, remark: string | undefined, items: number): string {
  const read = items
    ? `${step.title}: read "${raw}" as nothing more to add; the list is finished with what it has.`
    : `${step.title}: read "${raw}" as none${step.id === 'boards' ? ' yet (no board certification)' : ''}.`;
  if (!remark) return read;
  const why =
    step.id === 'boards'
      ? ' (this list holds only the certifications a board has granted you; a part of its exams passed on the way is not one)'
      : '';
  return `${read} "${remark}" has no place in this list${why}, so it is not stored: add it to a timeline note if you want it kept.`;
}

/** "I don't know" in the words people type: for an optional answer it means "leave it out". */
const UNKNOWN = /^(?:idk|i\s*(?:don'?t|don’t|do not)\s*know|dunno|not sure|unsure|no idea|unknown|\?+|n\/?a)$/i;

/**
 * "Canadian", "Pakistani citizen", "Canada": a nationality other than the US, which is what the
 * citizenship question's third choice means. Anything naming the US, a green card or residence is
 * left to the normal reading (and its error).
 */
export function otherNationality(raw: string): boolean {
  const s = raw.trim().toLowerCase();
  if (!/^[a-z][a-z .'-]{2,40}$/.test(s)) return false;
  if (
    /\b(?:us|u\.s\.?|usa|america\w*|united states|green|card|permanent|resident|residency|not sure|unsure)\b/.test(s)
  ) {
    return false;
  }
  // Words of training or medicine end like demonyms ("internal medicine", "pediatric", "clinic"):
  // an answer typed at the wrong question must be asked again, not stored as a citizenship.
  if (
    /\b(?:medicine|medical|surgery|surgical|clinic\w*|pediatric\w*|paediatric\w*|psychiatr\w*|radiolog\w*|patholog\w*|anesthe\w*|anaesthe\w*|informatic\w*|residen\w*|fellow\w*|track|doctor|physician|internal|family|general|emergency|neurolog\w*|cardiolog\w*|oncolog\w*|obstetric\w*|public|health|research|intern\w*)\b/.test(
      s,
    )
  ) {
    return false;
  }
  // A citizenship stated as such names a country whatever its spelling ("vietnam citizen", "citizen
  // of Viet Nam", "Kazakhstan passport"; newcomer trial 23): US words were refused above.
  if (
    !/\bdual\b/.test(s) &&
    /^(?:[a-z][a-z .'-]+ (?:citizen|citizenship|national|nationality|passport(?: holder)?)|(?:citizen|national) of [a-z][a-z .'-]+)$/.test(
      s,
    )
  )
    return true;
  return /(?:ian|ean|ese|ish|ani|i|an|ine|ic|ch|ino|ina)(?: citizen| national| passport)?$|\b(?:canada|pakistan|india|nigeria|egypt|brazil|mexico|philippines|china|uk|britain|iran|iraq|syria|jordan|lebanon|grenada|dominica|jamaica)\b/.test(
    s,
  );
}

const NON_US_READ =
  'Read as: Not a US citizen or permanent resident (a citizen of another country). /profile edit citizenship changes it.';

const NO_VISA_READ =
  'Read as: No visa needed. Someone who is not a US citizen or permanent resident usually trains on a J-1 or an H-1B; if you meant "none yet", type /profile edit visa undecided (or the visa you plan on) after the setup.';

function isNonUs(citizenship: string | undefined): boolean {
  if (!citizenship) return false;
  if (citizenship === 'non-us') return true;
  const c = parseFieldValue(TOP_FIELDS.citizenship, citizenship);
  return c.ok && c.value === 'non-us';
}

/**
 * The specialty question names both readings ("fellowship: your own; residency: the one you apply
 * to") only while the target is unknown; once the member has said, it asks the one that applies.
 */
function specialtyQuestion(f: StepField, target: string | undefined): StepField {
  if (target === 'ci-fellowship') {
    return { ...f, label: 'Your specialty (the one you trained in)', placeholder: 'e.g. family medicine' };
  }
  if (target === 'residency-informatics-track') {
    return { ...f, label: 'Specialty you are applying to', placeholder: 'e.g. pediatrics' };
  }
  return f;
}

const FINISHED = /^(?:done|finished|that'?s all|end)$/i;
const FINISHED_READ =
  'Read "done" as nothing to add in that box. Type "done" again at the list question to finish the list.';

/** The problem a text box gives for an answer that is no value (field-specs' hedge message). */
const HEDGE_REFUSED = /is not stored as an answer/;

/** Said when "I don't know" left an optional answer out. */
const LEFT_OUT = 'Left out for now: add it any time with /profile edit.';

/**
 * Ask one select or field until it reads: a typo is caught at once, named with what it accepts,
 * instead of after the whole form. "I don't know" leaves an optional answer out (with a note);
 * checks that need the other answers (a score against its exam) still come after the form.
 */
async function askOne(
  io: ConsoleIO,
  lead: string[],
  question: string,
  check: (raw: string) => string | undefined,
  optional: boolean,
  hasValue: boolean,
  freeText = false,
  nationality = false,
  item?: string,
  noneEndsList = false,
  estimate?: (raw: string) => DateEstimate | undefined,
): Promise<
  | { text: string; note?: string; saidAfter?: boolean }
  | { command: Command }
  | { unknown: true; said?: string }
  | { none: string; remark?: string }
> {
  let before = lead;
  // Inside one list item a wrong turn (a name typed as the role, "done" too early) needs a way out
  // that keeps the rest of the step: say it at every question asked again.
  const out = item ? ` (or "cancel" to drop this ${item})` : '';
  for (;;) {
    const a = await ask(io, [...before, question], Boolean(item));
    if ('command' in a) return a;
    // A required answer with nothing to keep is asked again, not refused after the whole form.
    if (!optional && (a.text === '-' || (a.text === '' && !hasValue))) {
      before = [
        item
          ? `This one is needed. Type an answer${out}.`
          : 'This one is needed. Type an answer (or "skip" to leave the whole step for later).',
      ];
      continue;
    }
    if (a.text === '' || a.text === '-') return a;
    // Free text takes any words, so "idk" would be stored and quoted back ("a result I can show: idk").
    if (optional && freeText && UNKNOWN.test(a.text)) return { unknown: true };
    // "done" at an optional box of a list item is the member ending the list one question early:
    // stored, it would be quoted back as the item's outcome or note ("a result I can show: done").
    if (item && optional && freeText && FINISHED.test(a.text)) return { text: '', note: FINISHED_READ };
    const problem = check(a.text);
    if (!problem) return a;
    // "not sure, i think mid november" at a date: the usable date is taken as an estimate and said
    // back; a doubt with no date in it is an unknown like "not sure" (dateEstimate in setup-flow).
    const dated = estimate?.(a.text);
    // Said with the step's other remarks once it is saved: a last box has no next question to carry it.
    if (dated && 'text' in dated) return { ...dated, saidAfter: true };
    if (dated && 'unknown' in dated && optional) return { unknown: true, said: a.text };
    if (dated && 'problem' in dated) {
      before = [`${dated.problem}${optional ? ', or press Enter to leave it out' : ''}${out}.`];
      continue;
    }
    // "none, I only passed part 1" at a list item's first question: nothing to add after all.
    const none = noneEndsList ? noneAnswer(a.text) : undefined;
    if (none) return { none: a.text, ...(none.remark ? { remark: none.remark } : {}) };
    if (nationality && otherNationality(a.text)) return { text: 'non-us', note: NON_US_READ };
    if (optional && UNKNOWN.test(a.text)) return { unknown: true };
    // "still deciding between IM and FM" at an optional box: nothing stored, and the member is told
    // so with their words (a required box is asked again, its problem saying why).
    // A count or a date ("maybe") is asked again; a menu or a name with no value in it is left out.
    if (optional && hedgeOf(a.text) && (!freeText || HEDGE_REFUSED.test(problem)))
      return { unknown: true, said: a.text };
    before = [`${problem}. Type it again${optional ? ', or press Enter to leave it out' : ''}${out}.`];
  }
}

/** Ask every select and field of a step (or of one list item); stops early at a command. */
/** Steps whose items read better named first: the selects (completed, accreditation) come after. */
/** Fields that hold a name (the EHR used): a "none" there is no name, never stored as one. */
const NAME_FIELDS: ReadonlySet<string> = new Set(['ehr']);
const FIELDS_FIRST: ReadonlySet<string> = new Set(['residencies']);

async function askInputs(
  io: ConsoleIO,
  stepId: string,
  header: string[],
  selects: readonly StepSelect[],
  fields: readonly StepField[],
  current: Readonly<Record<string, string | undefined>>,
  today: string,
  item?: string,
): Promise<Answer> {
  const input: Record<string, string> = {};
  /** Answers the member said they do not know yet, by key: named in the step's note and at the end. */
  const leftOut: Record<string, string> = {};
  /** What each answer with a remark after its choice was read as, said once the step is saved. */
  const remarks: string[] = [];
  let lead = header;
  const check = (key: string) => (raw: string) => checkStepValue(stepId, key, raw);
  const askSelects = async (): Promise<Answer | undefined> => {
    for (const sel of selects) {
      // A US citizen or green-card holder needs no visa: answering that question again only invites
      // "none, I have a green card", which no choice reads. Said, not asked (/profile edit changes it).
      if (sel.key === 'visa' && !current.visa && input.citizenship !== undefined) {
        const c =
          input.citizenship === 'non-us' ? undefined : parseFieldValue(TOP_FIELDS.citizenship, input.citizenship);
        if (c?.ok && (c.value === 'us-citizen' || c.value === 'us-permanent-resident')) {
          input.visa = 'not-needed';
          lead = [
            ...lead,
            `Visa: none needed, as a ${c.value === 'us-citizen' ? 'US citizen' : 'US permanent resident'} (/profile edit visa changes it).`,
          ];
          continue;
        }
      }
      // A residency that is still going ("present") is not completed: asking "Did you complete it?"
      // right after "present" reads as if the answer were missed. Said, not asked.
      if (sel.key === 'completed' && stepId === 'residencies' && !current.completed && input.to !== undefined) {
        const to = parseFieldValue(LIST_FIELDS.residencies.fields.to, input.to);
        if (to.ok && to.value === 'present') {
          input.completed = 'no';
          lead = [...lead, 'Completed: not yet, as it is still going (/profile edit changes it).'];
          continue;
        }
        // A month still to come is the expected end of a residency under way (README, profile section).
        if (to.ok && typeof to.value === 'string' && to.value.slice(0, 7) > today.slice(0, 7)) {
          input.completed = 'no';
          lead = [
            ...lead,
            `Completed: not yet, as it is expected to end ${humanMonth(to.value)}: that month is kept as its expected end (/profile edit changes it).`,
          ];
          continue;
        }
      }
      const a = await askOne(
        io,
        lead,
        selectQuestion(sel, current[sel.key]),
        check(sel.key),
        !sel.required,
        Boolean(current[sel.key]),
        false,
        sel.key === 'citizenship',
        item,
        item !== undefined && Object.keys(input).length === 0,
      );
      lead = 'note' in a && a.note ? [a.note] : [];
      if ('command' in a) return { kind: a.command };
      if ('none' in a) return { kind: 'none', raw: a.none, ...(a.remark ? { remark: a.remark } : {}) };
      if ('unknown' in a) {
        lead = [a.said ? `"${a.said}" reads as not decided yet, so nothing is stored there. ${LEFT_OUT}` : LEFT_OUT];
        leftOut[sel.key] = sel.placeholder;
        continue;
      }
      const value = a.text || current[sel.key];
      if (value) input[sel.key] = value;
      const remark = a.text ? remarkNote(stepId, sel.key, a.text) : undefined;
      // A citizenship remark naming a visa ("- I'm on H4 EAD") is said before the visa question it
      // leads to, not after the step.
      if (remark && sel.key === 'citizenship') lead = [...lead, remark];
      else if (remark) remarks.push(remark);
      // "none" from someone who is not a US citizen or resident most often means "none yet", not
      // "I need none": keep the answer, but say what it was read as and why it matters.
      if (sel.key === 'visa' && a.text && isNonUs(input.citizenship ?? current.citizenship)) {
        const v = parseFieldValue(TOP_FIELDS.visa, a.text);
        // An EAD in hand ("H-4 EAD") is a real "none needed": its own note says why (visaNote).
        if (v.ok && v.value === 'not-needed' && !permitReading(a.text)) lead = [NO_VISA_READ];
      }
    }
    return undefined;
  };
  const askFields = async (): Promise<Answer | undefined> => {
    for (const f of fields) {
      const a = await askOne(
        io,
        lead,
        fieldQuestion(f, current[f.key]),
        check(f.key),
        !f.required,
        Boolean(current[f.key]),
        !f.choices,
        false,
        item,
        false,
        (raw) => dateEstimate(stepId, f.key, raw, today),
      );
      lead = 'note' in a && a.note && !a.saidAfter ? [a.note] : [];
      if ('note' in a && a.note && a.saidAfter) remarks.push(a.note);
      if ('command' in a) return { kind: a.command };
      if ('none' in a) return { kind: 'none', raw: a.none, ...(a.remark ? { remark: a.remark } : {}) };
      if ('unknown' in a) {
        input[f.key] = '';
        lead = [
          a.said
            ? `${f.label}: "${a.said}" reads as not decided yet, so nothing is stored there. ${LEFT_OUT}`
            : LEFT_OUT,
        ];
        if (!item) leftOut[f.key] = f.label;
        continue;
      }
      // "none, observer only" for a name (the EHR used): no name, and the remark is said, not stored.
      const none = NAME_FIELDS.has(f.key) && a.text && !/^\s*no-/i.test(a.text) ? noneAnswer(a.text) : undefined;
      if (none) {
        input[f.key] = '';
        lead = [
          `${f.label}: read "${a.text}" as none${none.remark ? `; "${none.remark}" is not a name, so it is not stored` : ''}.`,
        ];
        continue;
      }
      input[f.key] = a.text === '-' ? '' : a.text || current[f.key] || '';
      const remark = a.text && a.text !== '-' ? remarkNote(stepId, f.key, a.text) : undefined;
      if (remark) remarks.push(remark);
    }
    return undefined;
  };
  // A residency is named (country, specialty, dates) before "did you complete it?" is asked of it.
  const order = FIELDS_FIRST.has(stepId) ? [askFields, askSelects] : [askSelects, askFields];
  for (const run of order) {
    const stop = await run();
    if (stop) return stop;
  }
  // "done" at the item's last box has no next question to carry its note: said with "Added".
  return {
    kind: 'input',
    input,
    leftOut,
    ...(remarks.length ? { remarks } : {}),
    ...(lead.includes(FINISHED_READ) ? { finishedEarly: true } : {}),
  };
}

async function askStep(
  io: ConsoleIO,
  state: SetupState,
  step: SetupStep,
  header: string[],
  today: string,
  refused?: Record<string, string>,
): Promise<Answer> {
  switch (step.kind) {
    case 'select': {
      const draft = state.draft as Record<string, unknown>;
      const current = Object.fromEntries(step.selects.map((s) => [s.key, draft[s.key] as string | undefined]));
      return askInputs(io, step.id, header, step.selects, [], current, today);
    }
    case 'modal': {
      const fields = step.fields.map((f) => (f.key === 'specialty' ? specialtyQuestion(f, state.draft.target) : f));
      return askInputs(io, step.id, header, [], fields, { ...modalDefaults(state, step.id), ...refused }, today);
    }
    case 'confirm': {
      const a = await ask(io, [
        ...header,
        `${step.confirm?.yes ?? 'Yes'}: type yes. ${step.confirm?.no ?? 'No'}: type no.`,
      ]);
      if ('command' in a) return { kind: a.command };
      // "yes unfortunately.. 2 things": read as its leading word; the rest is said back, not stored.
      const lead = leadingYesNo(a.text);
      return lead
        ? {
            kind: 'input',
            input: { answer: a.text },
            remarks: [
              `Read "${a.text}" as ${lead.value ? 'yes' : 'no'}; "${lead.remark}" is not stored${lead.value ? ' (add each one as its own entry next)' : ''}.`,
            ],
          }
        : { kind: 'input', input: { answer: a.text } };
    }
    case 'repeat': {
      const item = step.repeat ? LIST_FIELDS[step.repeat.list].item : 'entry';
      const items = itemsSoFar(state, step.id);
      const sofar = items.length ? ['So far:', ...items.map((l) => `- ${l}`)] : ['Nothing added yet.'];
      const a = await ask(io, [
        ...header,
        ...sofar,
        `Type "add" (or an empty line) to add one, "done" when the list is complete${items.length ? ', "undo" to remove the last one' : ''}, "skip" or "back".`,
      ]);
      if ('command' in a) return { kind: a.command };
      const word = a.text.toLowerCase();
      if (word === 'done') return { kind: 'done' };
      // "done, no step 3 yet", "that's all - waiting on my OET": the list is finished; the remark is
      // said back, never lost (newcomer trial 19 was told "Please type add, done…").
      const finished = doneWithRemark(a.text);
      if (finished) return { kind: 'done', raw: a.text, ...(finished.remark ? { remark: finished.remark } : {}) };
      if (word === 'undo') return { kind: 'undo' };
      // "none, I only passed FCPS part 1": nothing to add (the remark is said, not dropped).
      const none = noneAnswer(a.text);
      if (none) return { kind: 'none', raw: a.text, ...(none.remark ? { remark: none.remark } : {}) };
      if (word !== '' && word !== 'add' && word !== 'a' && word !== 'yes' && word !== 'y') {
        // A line of facts typed where a command was asked ("moved to Houston with husband, studied
        // for step 1") is never dropped (newcomer trial 19, finding 15): in a list whose entries keep
        // a note it starts a new entry with the line as that note; elsewhere it is said back.
        const list = step.repeat?.list;
        const hasNote = list !== undefined && 'note' in (LIST_FIELDS[list].fields as Record<string, unknown>);
        if (!hasNote || !/[a-z]{3,}/i.test(a.text) || a.text.trim().split(/\s+/).length < 2) {
          return {
            kind: 'again',
            note: `"${a.text.trim()}" is not one of the list's commands, so nothing was added from it${hasNote || !list ? '' : ` (a ${item} keeps no free text: add it to a timeline note if you want it kept)`}. Type add, done, undo, skip, back or quit.`,
          };
        }
        return askInputs(
          io,
          step.id,
          [
            `"${a.text.trim()}" is not a list command, so it starts a new ${item} and is kept as its note (press Enter at the note to keep it). Type "cancel" to drop the entry.`,
            `New ${item}:`,
          ],
          step.selects,
          step.fields,
          { ...(refused ?? {}), note: refused?.note ? `${refused.note}; ${a.text.trim()}` : a.text.trim() },
          today,
          item,
        );
      }
      // After a refused entry, "add" asks it again with what the member typed kept.
      return askInputs(
        io,
        step.id,
        [refused ? `The ${item} again:` : `New ${item}:`],
        step.selects,
        step.fields,
        refused ?? {},
        today,
        item,
      );
    }
  }
}

/** `/profile setup [review|restart]` in the console. */
export async function consoleSetup(ctx: AppContext, io: ConsoleIO, mode: ConsoleSetupMode): Promise<View> {
  const { userId } = io;
  const today = ctx.today();
  const stored = await loadSetup(ctx, userId);
  let state: SetupState;
  let lead: string[];
  /** The last refused form of a step: asked again with these answers kept. */
  let refused: { step: string; input: Record<string, string> } | undefined;
  /** "Not sure" answers, by field key: said when their step is saved and listed at the end. */
  const leftOut = new Map<string, string>();
  if (mode === 'restart' && (stored.profile || stored.state)) {
    // Nothing is cleared before the member says so.
    const sure = await io.prompt(
      [
        'Start the setup over from an empty profile?',
        'Your current answers stay saved until you answer the first step again; from then on your new answers replace them. /profile export first if you want a copy.',
        'Type "yes" to start over; anything else keeps everything as it is.',
      ].join('\n'),
    );
    if (!/^\s*(y|yes)\s*$/i.test(sure ?? '')) {
      return notice('Nothing changed: your profile is as it was. /profile setup continues where you stopped.', {
        personal: true,
      });
    }
  }
  if (mode === 'restart' || mode === 'review') {
    state = startSetup(mode === 'review' ? stored.profile : undefined);
    await saveProgress(ctx, userId, state);
    lead = [mode === 'review' ? 'Going through your answers step by step.' : `Starting over. ${WELCOME}`];
  } else if (stored.state) {
    state = stored.state;
    lead = [`Welcome back. ${resumePoint(state).message}`];
  } else if (stored.profile) {
    return existingProfileView();
  } else {
    state = startSetup();
    lead = [WELCOME];
  }
  lead.push(CONSOLE_SETUP_HELP);

  for (;;) {
    const step = currentStep(state);
    if (!step) break;
    const header = [...lead, '', `== Profile setup, ${progress(state)}: ${step.title} ==`, step.prompt];
    lead = [];
    const kept = refused?.step === step.id ? refused.input : undefined;
    const answer = await askStep(io, state, step, header, today, kept);
    // Kept until the step's form is asked again (or the member moves on).
    if (answer.kind !== 'again') refused = undefined;
    let result: Result<SetupState>;
    let note = `Saved: ${step.title}.`;
    switch (answer.kind) {
      case 'quit':
        // Saving happens when a step (or a list item) is finished: say so, or a member who stopped
        // mid-step believes answers are kept that are not.
        return notice(
          `Stopped at ${progress(state)}. The steps and list items you finished are saved; answers typed in a step you did not finish are not, so /profile setup starts this step again.`,
          { personal: true },
        );
      case 'again':
        lead.push(answer.note);
        continue;
      case 'cancel':
        lead.push('Dropped that one: nothing was added, and the rest of the list is as it was.');
        continue;
      case 'back': {
        const prev = previousStep(state, step.id);
        const moved = prev ? goToStep(state, prev) : err(['This is the first step.']);
        if (moved.ok) {
          state = moved.value;
          await saveProgress(ctx, userId, state);
        } else lead.push(...moved.error);
        continue;
      }
      case 'skip':
        result = skipStep(state, step.id);
        note = `Skipped: ${step.title}.`;
        break;
      case 'done':
        result = finishStep(state, step.id);
        if (answer.remark)
          note = `Saved: ${step.title}. Read "${answer.raw}" as done; "${answer.remark}" has no place in this list, so it is not stored: add it to a timeline note if you want it kept.`;
        break;
      case 'none':
        note = noneNote(step, answer.raw, answer.remark, itemsSoFar(state, step.id).length);
        result = finishStep(state, step.id);
        break;
      case 'undo':
        result = undoLastItem(state, step.id);
        note = 'Removed the last one.';
        break;
      case 'input':
        result = applyStepInput(state, step.id, answer.input, today);
        if (result.ok) {
          // An answer given now (a review, "back") takes the field off the list.
          for (const [k, v] of Object.entries(answer.input)) if (v) leftOut.delete(k);
          for (const [k, name] of Object.entries(answer.leftOut ?? {})) leftOut.set(k, name);
          const names = Object.keys(answer.leftOut ?? {}).map((k) => answer.leftOut?.[k]);
          // The last question's "not sure" has no next question to carry its note: say it here.
          if (names.length) note = `Saved: ${step.title}. Left out for now: ${names.join(', ')}.`;
        }
        // Menus answered one line each: blanks mean "not given", so the step is finished either way.
        if (result.ok && step.kind === 'select' && result.value.step === step.id) {
          result = finishStep(result.value, step.id);
        }
        if (result.ok && step.kind === 'repeat') {
          const lines = itemsSoFar(result.value, step.id);
          const added = lines.at(-1) ?? step.title;
          note = `Added: ${added}.${answer.finishedEarly ? ` ${FINISHED_READ}` : ''}`;
          // The same observership typed twice would count its months twice: ask before keeping it.
          const same = (a: string) =>
            a
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, ' ')
              .trim();
          if (lines.slice(0, -1).some((l) => same(l) === same(added))) {
            const item = step.repeat ? LIST_FIELDS[step.repeat.list].item : 'entry';
            const again = await io.prompt(
              `This ${item} is the same as one already in your list (${added}). Keep both? Type "yes" to keep both; anything else keeps only the first.`,
            );
            if (!/^\s*(?:y|yes)\s*$/i.test(again ?? '')) {
              result = undoLastItem(result.value, step.id);
              note = `Not added again: ${added} is already in your list.`;
            }
          }
        }
        // What an answer with a remark was read as, and where the remark went (never lost silently).
        if (result.ok && answer.remarks?.length) note = [note, ...answer.remarks].filter(Boolean).join('\n');
        break;
    }
    if (!result.ok) {
      lead.push(
        'Not saved yet. Please fix:',
        ...result.error.map((p) => `- ${p}`),
        step.kind === 'repeat'
          ? 'Type "add" to enter it again: an empty line keeps what you typed last time, so only the answers above need retyping.'
          : 'An empty line keeps what you typed last time, so only the answers above need retyping.',
      );
      if (answer.kind === 'input') refused = { step: step.id, input: answer.input };
      continue;
    }
    const problems = await saveStep(ctx, userId, result.value);
    if (problems.length) return problemView(step.id, problems);
    state = result.value;
    lead.push(note);
  }
  // The last step's note ("Saved: …" with what its answers were read as) has no next step to lead.
  const lastSaid = lead.flatMap((l) => l.split('\n')).filter((l) => l && !/^Saved: /.test(l));
  return completeView(state.draft, state.skipped, { today, userId }, [...leftOut.values()], lastSaid);
}
