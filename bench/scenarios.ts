/**
 * What the bench measures through the fake Discord, one scenario per row. Each scenario names the
 * command (and subcommand) it needs; scenarios whose command is not in the registry yet are
 * reported as "missing", and picked up automatically once the command is added to COMMANDS.
 *
 * A scenario may need untimed steps first (`prepare`): opening a modal before timing its submit,
 * pressing a mock session's Answer button. Only the interaction dispatched by `run` is timed.
 */
import type { APIMessage, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import type { InteractionHandle, RecordedCall } from '../test/fake-discord/server.js';
import {
  componentsOf,
  modalOf,
  type Driver,
  type FoundComponent,
  type Member,
  type ModalSpec,
  type Place,
} from './driver.js';
import { EMAIL_TEXT, MOCK_ANSWER, QUESTIONS } from './fixtures.js';
import { PING_NAME } from './ping-command.js';

/** Thrown by `prepare` when the command exists but does not offer the step being measured. */
export class NotApplicable extends Error {}

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;
type OptionJson = NonNullable<CommandJson['options']>[number] & {
  options?: OptionJson[];
  required?: boolean;
  choices?: Array<{ value: string | number }>;
  max_value?: number;
  autocomplete?: boolean;
};

export interface Scenario {
  /** Row label, e.g. `/prematch check (modal submit)`. */
  label: string;
  place: Place;
  command: string;
  subcommand?: string;
  /** Untimed steps before the timed interaction; its result is passed to `run`. */
  prepare?(d: Driver, m: Member): Promise<unknown>;
  /** Dispatches the timed interaction. */
  run(d: Driver, m: Member, prepared: unknown): InteractionHandle;
  /** Sees the timed interaction's calls (before the fake forgets them): remember the next step. */
  after?(m: Member, calls: readonly RecordedCall[], handle: InteractionHandle): void;
}

export function commandJson(commands: readonly Command[], name: string): CommandJson | undefined {
  return commands.find((c) => c.data.name === name)?.data.toJSON();
}

function subcommandJson(json: CommandJson, sub: string): OptionJson | undefined {
  return (json.options as OptionJson[] | undefined)?.find((o) => o.type === 1 && o.name === sub);
}

/** Why the scenario cannot run with these commands, or undefined when it can. */
export function missingReason(s: Scenario, commands: readonly Command[]): string | undefined {
  const json = commandJson(commands, s.command);
  if (!json) return `/${s.command} is not in COMMANDS yet`;
  if (s.subcommand && !subcommandJson(json, s.subcommand))
    return `/${s.command} has no "${s.subcommand}" subcommand yet`;
  return undefined;
}

type OptionValues = Record<string, string | number | boolean>;

/**
 * Values for the required options: `preferred` when it names a valid one, else the first choice
 * or a short text. Enough to run a command whose options change under the bench.
 */
function requiredOptions(json: CommandJson | undefined, sub?: string, preferred: OptionValues = {}): OptionValues {
  const defs = (sub && json ? subcommandJson(json, sub)?.options : (json?.options as OptionJson[] | undefined)) ?? [];
  const out: OptionValues = {};
  for (const o of defs) {
    const want = preferred[o.name];
    if (want !== undefined && (!o.choices?.length || o.choices.some((c) => c.value === want))) out[o.name] = want;
    if (!o.required || out[o.name] !== undefined) continue;
    if (o.choices?.length) out[o.name] = o.choices[0]!.value;
    else if (o.type === 5) out[o.name] = false;
    else if (o.type === 4 || o.type === 10) out[o.name] = 1;
    else if (o.type === 3) out[o.name] = 'informatics';
  }
  return out;
}

/** Text for each input of a modal, chosen by the input's id. */
export function fillModal(spec: ModalSpec, mainText: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const input of spec.inputs) {
    const id = input.customId.toLowerCase();
    let value: string;
    if (/kind|type/.test(id)) value = input.value ?? 'thank-you';
    else if (/program/.test(id)) value = input.value ?? 'Example CI Fellowship';
    else if (/date|day|when/.test(id))
      value = input.value ?? (/^\d{4}-\d{2}-\d{2}$/.test(input.placeholder ?? '') ? input.placeholder! : '');
    else if (/email|body|text|draft|answer|message|paste|content/.test(id)) value = mainText;
    else value = input.value ?? (input.required ? mainText : '');
    fields[input.customId] = input.maxLength ? value.slice(0, input.maxLength) : value;
  }
  return fields;
}

async function openModal(d: Driver, handle: InteractionHandle, what: string): Promise<ModalSpec> {
  const callback = await handle.callback();
  const spec = modalOf(callback);
  if (!spec) throw new NotApplicable(`${what} answered with callback type ${callback.type}, not a modal`);
  await d.settle();
  return spec;
}

const slashScenario = (
  label: string,
  place: Place,
  command: string,
  subcommand: string | undefined,
  options: (m: Member, i: number) => Record<string, string | number | boolean> = () => ({}),
): Scenario => {
  let i = 0;
  return {
    label,
    place,
    command,
    ...(subcommand ? { subcommand } : {}),
    run: (d, m) =>
      d.slash(m, place, { name: command, ...(subcommand ? { subcommand } : {}), options: options(m, i++) }),
  };
};

/** `/prematch check`: the modal is opened once per member (untimed); its submit is timed. */
function prematchCheck(place: Place, commands: () => readonly Command[]): Scenario {
  const specs = new Map<string, ModalSpec>();
  return {
    label: '/prematch check (modal submit)',
    place,
    command: 'prematch',
    subcommand: 'check',
    async prepare(d, m) {
      let spec = specs.get(m.id);
      if (!spec) {
        const options = requiredOptions(commandJson(commands(), 'prematch'), 'check', { kind: 'thank-you' });
        const h = d.slash(m, place, { name: 'prematch', subcommand: 'check', options });
        spec = await openModal(d, h, '/prematch check');
        specs.set(m.id, spec);
      }
      return spec;
    },
    run: (d, m, spec) =>
      d.modalSubmit(m, place, {
        customId: (spec as ModalSpec).customId,
        fields: fillModal(spec as ModalSpec, EMAIL_TEXT),
      }),
  };
}

interface MockStep {
  spec: ModalSpec;
  message?: APIMessage;
}

const ANSWER_RE = /^mock:answer(:|$)/;
/** Buttons that lead on to a question: next question, or resume the session already running. */
const NEXT_RE = /^mock:(next|continue|resume)(:|$)/;

/**
 * A `/mock` answer: the member's session is started when needed and the Answer button pressed
 * (untimed, it opens the modal); submitting the answer is timed. Sessions that end are restarted.
 */
function mockAnswer(place: Place, commands: () => readonly Command[]): Scenario {
  const next = new Map<string, FoundComponent[]>();
  const startOptions = (): Record<string, number> => {
    const json = commandJson(commands(), 'mock');
    const count = json ? subcommandJson(json, 'start')?.options?.find((o) => o.name === 'count') : undefined;
    return count?.max_value ? { count: count.max_value } : {};
  };
  const settled = async (d: Driver, h: InteractionHandle): Promise<FoundComponent[]> => {
    await d.settle();
    return componentsOf(h.all(), h.originalMessage());
  };
  return {
    label: '/mock answer (modal submit)',
    place,
    command: 'mock',
    subcommand: 'start',
    async prepare(d, m): Promise<MockStep> {
      let buttons = next.get(m.id) ?? [];
      for (let step = 0; step < 4; step++) {
        const answer = buttons.find((b) => ANSWER_RE.test(b.customId));
        if (answer) {
          const h = d.button(m, place, {
            customId: answer.customId,
            ...(answer.message ? { message: answer.message } : {}),
          });
          const spec = await openModal(d, h, `the ${answer.customId} button`);
          return { spec, ...(answer.message ? { message: answer.message } : {}) };
        }
        const onward = buttons.find((b) => NEXT_RE.test(b.customId));
        const h = onward
          ? d.button(m, place, { customId: onward.customId, ...(onward.message ? { message: onward.message } : {}) })
          : d.slash(m, place, { name: 'mock', subcommand: 'start', options: startOptions() });
        buttons = await settled(d, h);
      }
      throw new NotApplicable('no mock:answer button after /mock start');
    },
    run: (d, m, prepared) => {
      const { spec, message } = prepared as MockStep;
      next.delete(m.id);
      return d.modalSubmit(m, place, {
        customId: spec.customId,
        fields: fillModal(spec, MOCK_ANSWER),
        ...(message ? { message } : {}),
      });
    },
    after(m, calls, handle) {
      next.set(m.id, componentsOf(calls, handle.originalMessage()));
    },
  };
}

/** The baselines: the hidden no-op `/ping`, in a server and in a DM. */
export function baselines(): Scenario[] {
  return [
    slashScenario('/ping (baseline)', 'guild', PING_NAME, undefined),
    slashScenario('/ping (baseline, DM)', 'dm', PING_NAME, undefined),
  ];
}

/**
 * The measured commands. `commands` is read lazily so option lookups see the registry the bot
 * runs with. /mock runs in DMs (a server session may move to a private thread); the others in a
 * server channel.
 */
export function commandScenarios(commands: () => readonly Command[]): Scenario[] {
  return [
    slashScenario('/redflag', 'guild', 'redflag', undefined),
    slashScenario('/ask', 'guild', 'ask', undefined, (_m, i) => ({ question: QUESTIONS[i % QUESTIONS.length]! })),
    slashScenario('/explain-gap', 'guild', 'explain-gap', undefined, () =>
      requiredOptions(commandJson(commands(), 'explain-gap')),
    ),
    slashScenario('/lor-ask plan', 'guild', 'lor-ask', 'plan', () =>
      requiredOptions(commandJson(commands(), 'lor-ask'), 'plan'),
    ),
    prematchCheck('guild', commands),
    mockAnswer('dm', commands),
  ];
}
