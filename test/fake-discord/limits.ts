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

function checkComponent(c: Json, errs: LimitErrors, p: Path): void {
  errs.maxLength([...p, 'custom_id'], c.custom_id, 100);
  switch (c.type) {
    case 1: {
      const children = asArray(c.components);
      errs.maxLength([...p, 'components'], children, 5, 1);
      children.forEach((child, i) => checkComponent(child, errs, [...p, 'components', i]));
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
      options.forEach((o, i) => {
        errs.maxLength([...p, 'options', i, 'label'], o.label, 100, 1);
        errs.maxLength([...p, 'options', i, 'value'], o.value, 100, 1);
        errs.maxLength([...p, 'options', i, 'description'], o.description, 100);
      });
      break;
    }
    case 4:
      errs.maxLength([...p, 'label'], c.label, 45);
      errs.maxLength([...p, 'placeholder'], c.placeholder, 100);
      errs.maxLength([...p, 'value'], c.value, 4000);
      if (typeof c.max_length === 'number' && c.max_length > 4000) {
        errs.add([...p, 'max_length'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 4000.');
      }
      break;
    case 18:
      errs.maxLength([...p, 'label'], c.label, 45);
      errs.maxLength([...p, 'description'], c.description, 100);
      if (c.component) checkComponent(c.component as Json, errs, [...p, 'component']);
      break;
    default:
      break;
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
  components.forEach((c, i) => checkComponent(c, errs, [...path, 'components', i]));
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

export function checkInteractionResponse(body: Json, interactionType: number, errs: LimitErrors): void {
  const type = Number(body.type);
  const data = (body.data ?? {}) as Json;
  if (!(ALLOWED_RESPONSES[interactionType] ?? []).includes(type)) {
    errs.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Response type ${type} is not valid here`);
    return;
  }
  if (type === 4 || type === 7) checkMessage(data, errs, ['data']);
  if (type === 8) checkAutocomplete(data, errs, ['data']);
  if (type === 9) checkModal(data, errs, ['data']);
}
