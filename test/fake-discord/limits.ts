// Discord's documented size limits, checked on what the bot sends. Violations produce the same
// error body Discord returns (HTTP 400, code 50035 "Invalid Form Body", nested `_errors`), so
// discord.js raises a real DiscordAPIError.

type Json = Record<string, unknown>;
type Path = Array<string | number>;

interface ErrorItem {
  code: string;
  message: string;
}
export interface ErrorTree {
  _errors?: ErrorItem[];
  [key: string]: ErrorTree | ErrorItem[] | undefined;
}

export class LimitErrors {
  readonly tree: ErrorTree = {};
  count = 0;

  add(path: Path, code: string, message: string): void {
    let node = this.tree;
    for (const key of path) node = (node[String(key)] ??= {}) as ErrorTree;
    (node._errors ??= []).push({ code, message });
    this.count++;
  }

  maxLength(path: Path, value: unknown, max: number, min = 0): void {
    if (value === undefined || value === null) return;
    const length = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : 0;
    if (length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    else if (length < min) this.add(path, 'BASE_TYPE_MIN_LENGTH', `Must be ${min} or more in length.`);
  }
}

/** The body Discord answers with when a form fails validation. */
export function invalidFormBody(errors: LimitErrors) {
  return { code: 50035, message: 'Invalid Form Body', errors: errors.tree };
}

const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const IS_COMPONENTS_V2 = 1 << 15;

function checkEmbeds(embeds: Json[], errs: LimitErrors, path: Path): void {
  errs.maxLength([...path, 'embeds'], embeds, 10);
  let total = 0;
  embeds.forEach((embed, i) => {
    const p = [...path, 'embeds', i];
    const footer = (embed.footer ?? {}) as Json;
    const author = (embed.author ?? {}) as Json;
    const fields = asArray(embed.fields);
    errs.maxLength([...p, 'title'], embed.title, 256);
    errs.maxLength([...p, 'description'], embed.description, 4096);
    errs.maxLength([...p, 'footer', 'text'], footer.text, 2048);
    errs.maxLength([...p, 'author', 'name'], author.name, 256);
    errs.maxLength([...p, 'fields'], fields, 25);
    fields.forEach((field, j) => {
      errs.maxLength([...p, 'fields', j, 'name'], field.name, 256, 1);
      errs.maxLength([...p, 'fields', j, 'value'], field.value, 1024, 1);
      total += [...str(field.name)].length + [...str(field.value)].length;
    });
    for (const part of [embed.title, embed.description, footer.text, author.name]) total += [...str(part)].length;
  });
  if (total > 6000) {
    errs.add([...path, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }
}

/** Where a component sits: a message or a modal (some rules differ, e.g. `disabled`). */
type Surface = 'message' | 'modal';

const SELECT_TYPES = [3, 5, 6, 7, 8];
/** Components a Label may wrap (components/reference, "Label Child Components"). */
const LABEL_CHILDREN = [3, 4, 5, 6, 7, 8, 19, 21, 22, 23];

function checkChoiceCounts(c: Json, errs: LimitErrors, p: Path, optionCount: number | undefined, cap: number): void {
  const min = typeof c.min_values === 'number' ? c.min_values : undefined;
  const max = typeof c.max_values === 'number' ? c.max_values : undefined;
  if (max !== undefined && (max < 1 || max > cap)) {
    errs.add([...p, 'max_values'], 'NUMBER_TYPE_MAX', `int value should be between 1 and ${cap}.`);
  }
  if (max !== undefined && optionCount !== undefined && max > optionCount) {
    // Discord refuses a select that would let the member choose more options than it has.
    errs.add([...p, 'max_values'], 'SELECT_COMPONENT_MAX_VALUES_TOO_HIGH', 'Must be at most the number of options.');
  }
  if (min !== undefined && max !== undefined && min > max) {
    errs.add([...p, 'min_values'], 'SELECT_COMPONENT_MIN_VALUES_TOO_HIGH', 'Must be at most max_values.');
  }
  if (min === 0 && c.required !== false && c.type !== 3) {
    errs.add([...p, 'min_values'], 'COMPONENT_MIN_VALUES_REQUIRED', 'min_values must be at least 1 when required.');
  }
  if (optionCount !== undefined) {
    const defaults = asArray(c.options).filter((o) => o.default === true).length;
    if (defaults > (max ?? 1) && c.type === 3) {
      errs.add([...p, 'options'], 'SELECT_COMPONENT_TOO_MANY_DEFAULTS', 'More options marked default than max_values.');
    }
  }
}

function checkOptions(options: Json[], errs: LimitErrors, p: Path): void {
  const values = new Set<string>();
  options.forEach((o, i) => {
    errs.maxLength([...p, 'options', i, 'label'], o.label, 100, 1);
    errs.maxLength([...p, 'options', i, 'value'], o.value, 100, 1);
    errs.maxLength([...p, 'options', i, 'description'], o.description, 100);
    if (values.has(str(o.value))) {
      errs.add(
        [...p, 'options', i, 'value'],
        'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED',
        'Option values must be unique.',
      );
    }
    values.add(str(o.value));
  });
}

function checkComponent(c: Json, errs: LimitErrors, p: Path, surface: Surface = 'message'): void {
  errs.maxLength([...p, 'custom_id'], c.custom_id, 100);
  if (surface === 'modal' && c.disabled === true) {
    errs.add([...p, 'disabled'], 'COMPONENT_DISABLED_IN_MODAL', 'Modals cannot have disabled components.');
  }
  switch (c.type) {
    case 1: {
      const children = asArray(c.components);
      errs.maxLength([...p, 'components'], children, 5, 1);
      // A select fills the whole row: it must be alone in it (components/reference, "Action Row").
      if (children.length > 1 && children.some((child) => SELECT_TYPES.includes(Number(child.type)))) {
        errs.add(
          [...p, 'components'],
          'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
          'The specified component exceeds the maximum width',
        );
      }
      children.forEach((child, i) => checkComponent(child, errs, [...p, 'components', i], surface));
      break;
    }
    case 2:
      errs.maxLength([...p, 'label'], c.label, 80);
      break;
    case 3:
    case 5:
    case 6:
    case 7:
    case 8: {
      errs.maxLength([...p, 'placeholder'], c.placeholder, 150);
      const options = asArray(c.options);
      if (c.type === 3) errs.maxLength([...p, 'options'], options, 25, 1);
      checkOptions(options, errs, p);
      checkChoiceCounts(c, errs, p, c.type === 3 ? options.length : undefined, 25);
      break;
    }
    case 4:
      errs.maxLength([...p, 'label'], c.label, 45);
      errs.maxLength([...p, 'placeholder'], c.placeholder, 100);
      errs.maxLength([...p, 'value'], c.value, 4000);
      if (typeof c.max_length === 'number' && c.max_length > 4000) {
        errs.add([...p, 'max_length'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 4000.');
      }
      if (typeof c.min_length === 'number' && typeof c.max_length === 'number' && c.min_length > c.max_length) {
        errs.add([...p, 'min_length'], 'TEXT_INPUT_MIN_GREATER_THAN_MAX', 'min_length must not exceed max_length.');
      }
      break;
    case 18: {
      errs.maxLength([...p, 'label'], c.label, 45, 1);
      errs.maxLength([...p, 'description'], c.description, 100);
      const child = c.component as Json | undefined;
      if (!child || !LABEL_CHILDREN.includes(Number(child.type))) {
        errs.add(
          [...p, 'component'],
          'UNION_TYPE_CHOICES',
          'A label holds one text input, select, radio group or checkbox.',
        );
      } else checkComponent(child, errs, [...p, 'component'], surface);
      break;
    }
    case 21: {
      const options = asArray(c.options);
      errs.maxLength([...p, 'options'], options, 10, 2);
      checkOptions(options, errs, p);
      if (options.filter((o) => o.default === true).length > 1) {
        errs.add([...p, 'options'], 'RADIO_GROUP_TOO_MANY_DEFAULTS', 'Only one option can be the default.');
      }
      break;
    }
    case 22: {
      const options = asArray(c.options);
      errs.maxLength([...p, 'options'], options, 10, 1);
      checkOptions(options, errs, p);
      checkChoiceCounts(c, errs, p, options.length, 10);
      break;
    }
    default:
      break;
  }
}

/** Interactive components' custom ids, depth first (rows, labels, sections). */
function customIds(components: Json[]): Array<{ id: string; path: Path }> {
  const out: Array<{ id: string; path: Path }> = [];
  const walk = (c: Json, path: Path) => {
    if (typeof c.custom_id === 'string') out.push({ id: c.custom_id, path });
    asArray(c.components).forEach((child, i) => walk(child, [...path, 'components', i]));
    if (c.component) walk(c.component as Json, [...path, 'component']);
    if (c.accessory) walk(c.accessory as Json, [...path, 'accessory']);
  };
  components.forEach((c, i) => walk(c, ['components', i]));
  return out;
}

/** Two components of one message or modal must not share a custom id, even disabled ones. */
function checkUniqueIds(components: Json[], errs: LimitErrors, path: Path): void {
  const seen = new Set<string>();
  for (const { id, path: at } of customIds(components)) {
    if (seen.has(id)) {
      errs.add(
        [...path, ...at, 'custom_id'],
        'COMPONENT_CUSTOM_ID_DUPLICATED',
        'Component custom id cannot be duplicated',
      );
    }
    seen.add(id);
  }
}

/** Checks a message create/edit body (content, embeds, components, allowed_mentions shape). */
export function checkMessage(body: Json, errs: LimitErrors, path: Path = []): void {
  errs.maxLength([...path, 'content'], body.content, 2000);
  const embeds = asArray(body.embeds);
  checkEmbeds(embeds, errs, path);
  const components = asArray(body.components);
  const v2 = (Number(body.flags ?? 0) & IS_COMPONENTS_V2) !== 0;
  errs.maxLength([...path, 'components'], components, v2 ? 40 : 5);
  components.forEach((c, i) => checkComponent(c, errs, [...path, 'components', i]));
  checkUniqueIds(components, errs, path);
}

/** Discord rejects new messages with nothing to show (HTTP 400, code 50006). */
export function isEmptyMessage(body: Json, hasFiles: boolean): boolean {
  if (hasFiles || (Number(body.flags ?? 0) & IS_COMPONENTS_V2) !== 0) return false;
  if (str(body.content) || asArray(body.embeds).length || asArray(body.components).length) return false;
  return !(asArray(body.attachments).length || asArray(body.sticker_ids).length || body.poll !== undefined);
}

export function checkModal(data: Json, errs: LimitErrors, path: Path): void {
  errs.maxLength([...path, 'title'], data.title, 45, 1);
  errs.maxLength([...path, 'custom_id'], data.custom_id, 100, 1);
  const components = asArray(data.components);
  errs.maxLength([...path, 'components'], components, 5, 1);
  components.forEach((c, i) => {
    const type = Number(c.type);
    // Top level of a modal: labels, text displays, or (deprecated) action rows of text inputs.
    if (![1, 10, 18].includes(type)) {
      errs.add([...path, 'components', i], 'UNION_TYPE_CHOICES', 'Modals take labels, text displays or action rows.');
    }
    if (type === 1 && asArray(c.components).some((child) => Number(child.type) !== 4)) {
      errs.add([...path, 'components', i], 'UNION_TYPE_CHOICES', 'Selects in a modal go inside a label.');
    }
    checkComponent(c, errs, [...path, 'components', i], 'modal');
  });
  checkUniqueIds(components, errs, path);
}

export function checkAutocomplete(data: Json, errs: LimitErrors, path: Path): void {
  const choices = asArray(data.choices);
  errs.maxLength([...path, 'choices'], choices, 25);
  choices.forEach((choice, i) => {
    errs.maxLength([...path, 'choices', i, 'name'], choice.name, 100, 1);
    if (typeof choice.value === 'string') errs.maxLength([...path, 'choices', i, 'value'], choice.value, 100);
  });
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkCommandOptions(options: Json[], errs: LimitErrors, path: Path): void {
  errs.maxLength([...path, 'options'], options, 25);
  let sawOptional = false;
  options.forEach((o, i) => {
    const p = [...path, 'options', i];
    const name = str(o.name);
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      errs.add([...p, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    errs.maxLength([...p, 'description'], o.description, 100, 1);
    errs.maxLength([...p, 'choices'], o.choices, 25);
    asArray(o.choices).forEach((c, j) => errs.maxLength([...p, 'choices', j, 'name'], c.name, 100, 1));
    if (o.type === 1 || o.type === 2) checkCommandOptions(asArray(o.options), errs, p);
    else if (o.required && sawOptional) {
      errs.add(
        [...p, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    } else if (!o.required) sawOptional = true;
  });
}

export function checkCommands(commands: Json[], errs: LimitErrors): void {
  const chatInput = commands.filter((c) => (c.type ?? 1) === 1);
  if (chatInput.length > 100) errs.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  commands.forEach((c, i) => {
    const name = str(c.name);
    const isChatInput = (c.type ?? 1) === 1;
    if (isChatInput ? !COMMAND_NAME.test(name) || name !== name.toLowerCase() : name.length < 1 || name.length > 32) {
      errs.add([i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    if (isChatInput) errs.maxLength([i, 'description'], c.description, 100, 1);
    checkCommandOptions(asArray(c.options), errs, [i]);
  });
}

/** Which callback types each interaction type accepts. */
const ALLOWED_RESPONSES: Record<number, number[]> = {
  1: [1],
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

/**
 * `fromMessage`: the interaction came from a message (a component, or a modal opened from one).
 * DEFERRED_UPDATE_MESSAGE (6) and UPDATE_MESSAGE (7) are "only valid for component-based
 * interactions": a modal submit may use them only when the modal was opened from a message.
 */
export function checkInteractionResponse(
  body: Json,
  interactionType: number,
  errs: LimitErrors,
  fromMessage = true,
): void {
  const type = Number(body.type);
  const data = (body.data ?? {}) as Json;
  const allowed = (ALLOWED_RESPONSES[interactionType] ?? []).filter(
    (t) => fromMessage || interactionType !== 5 || (t !== 6 && t !== 7),
  );
  if (!allowed.includes(type)) {
    errs.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Response type ${type} is not valid here`);
    return;
  }
  if (type === 4 || type === 7) checkMessage(data, errs, ['data']);
  if (type === 8) checkAutocomplete(data, errs, ['data']);
  if (type === 9) checkModal(data, errs, ['data']);
}
