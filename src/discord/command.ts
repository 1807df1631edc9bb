/**
 * The shape of a slash command module (`commands/<name>.ts`) and the conventions every command
 * shares. To add a command: create `commands/<name>.ts` exporting
 * `export const command = { data, execute, ... } satisfies Command`, then add it to the list in
 * `src/discord/registry.ts`. See docs/discord-layer.md.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
  type AnySelectMenuInteraction,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AppContext } from '../app/context.js';
import { UserError } from '../core/errors.js';
import type { ConsoleCommand } from '../console/types.js';

/** Anything that serialises to a chat-input command (every SlashCommandBuilder variant). */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

export type ComponentInteraction = ButtonInteraction | AnySelectMenuInteraction | ModalSubmitInteraction;

/**
 * Handles a button, select menu or modal submit whose custom id starts with the key it is
 * registered under. `args` are the id's remaining `:`-separated parts (`explain-gap:open:2022-07:2023-03`
 * → key `explain-gap:open`, args `['2022-07', '2023-03']`).
 */
export type ComponentHandler = (interaction: ComponentInteraction, ctx: AppContext, args: string[]) => Promise<void>;

/** `uses` runs per member per `seconds` window, counted in the store (holds across restarts and shards). */
export interface CooldownRule {
  seconds: number;
  uses?: number;
  /** Only these subcommands are limited; omit to limit the whole command. */
  subcommands?: string[];
  /**
   * A use that never waits: the string option `option` passes `test` (a member telling of an
   * emergency in /ask must get where to find help at once, not "try again in 20 seconds").
   */
  exemptWhen?: { option: string; test: (value: string) => boolean };
}

export interface Command {
  data: CommandData;
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /** Keys are custom-id prefixes `<command>:<action>`; the router dispatches on them. */
  components?: Record<string, ComponentHandler>;
  cooldown?: CooldownRule;
  /** The same feature in the local console (`npm start` without a token). */
  console?: ConsoleCommand;
}

/**
 * A SlashCommandBuilder already set up the way every command here must be: usable in servers and
 * in DMs with the bot, installed to servers.
 */
export function slashCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

// ---------------------------------------------------------------------------------------------
// Custom ids: `<command>:<action>[:<arg>...]`, at most 100 characters, no `:` inside an arg.

export const CUSTOM_ID_MAX = 100;

export function customId(command: string, action: string, ...args: (string | number)[]): string {
  const parts = [command, action, ...args.map(String)];
  for (const p of parts) {
    if (p.includes(':')) throw new Error(`custom id part "${p}" must not contain ":"`);
  }
  const id = parts.join(':');
  if (id.length > CUSTOM_ID_MAX) throw new Error(`custom id is ${id.length} characters (max ${CUSTOM_ID_MAX}): ${id}`);
  return id;
}

export interface ParsedCustomId {
  /** `<command>:<action>`: the key handlers are registered under. */
  prefix: string;
  command: string;
  action: string;
  args: string[];
}

export function parseCustomId(id: string): ParsedCustomId {
  const [command = '', action = '', ...args] = id.split(':');
  return { prefix: `${command}:${action}`, command, action, args };
}

// ---------------------------------------------------------------------------------------------
// Commands made of subcommands, one module per subcommand (commands/<command>/<sub>.ts).

/** One subcommand: its options, its handler, and optionally its buttons and console form. */
export interface Subcommand {
  name: string;
  description: string;
  /** Adds the subcommand's options to the builder. */
  options?(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder;
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  components?: Record<string, ComponentHandler>;
  /** Console form: `run` receives the words after the subcommand name. */
  console?: ConsoleCommand;
}

export interface GroupSpec {
  name: string;
  description: string;
  subcommands: readonly Subcommand[];
  cooldown?: CooldownRule;
  /** Console only: the subcommand run when the first word names none (`/help` → `commands`). */
  consoleDefault?: string;
  /** Adjusts the built command, e.g. server-only with default member permissions (/admin). */
  configure?(builder: SlashCommandBuilder): SlashCommandBuilder;
}

/**
 * A Command that dispatches on the subcommand: `data` lists every subcommand, `execute` and
 * `autocomplete` call the matching module, `components` merges theirs (duplicate keys throw), and
 * the console form dispatches on the first word (`/profile import a.json`).
 */
export function groupCommand(spec: GroupSpec): Command {
  const base = slashCommand(spec.name, spec.description);
  const data = spec.configure ? spec.configure(base) : base;
  const byName = new Map<string, Subcommand>();
  const components: Record<string, ComponentHandler> = {};
  for (const sub of spec.subcommands) {
    if (byName.has(sub.name)) throw new Error(`/${spec.name}: two subcommands named "${sub.name}"`);
    byName.set(sub.name, sub);
    data.addSubcommand((b) => {
      const built = b.setName(sub.name).setDescription(sub.description);
      return sub.options ? sub.options(built) : built;
    });
    for (const [key, handler] of Object.entries(sub.components ?? {})) {
      if (components[key]) throw new Error(`/${spec.name}: component key "${key}" is registered twice`);
      components[key] = handler;
    }
  }
  const pick = (name: string): Subcommand => {
    const sub = byName.get(name);
    if (!sub) throw new Error(`/${spec.name}: unknown subcommand "${name}"`);
    return sub;
  };
  const consoleSubs = spec.subcommands.filter((s) => s.console);
  const command: Command = {
    data,
    execute: (interaction, ctx) => pick(interaction.options.getSubcommand(true)).execute(interaction, ctx),
    async autocomplete(interaction, ctx) {
      const sub = pick(interaction.options.getSubcommand(true));
      if (sub.autocomplete) await sub.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    },
    ...(Object.keys(components).length ? { components } : {}),
    ...(spec.cooldown ? { cooldown: spec.cooldown } : {}),
  };
  if (consoleSubs.length) {
    command.console = {
      usage: consoleSubs.flatMap((s) => s.console!.usage),
      async run(input, ctx, io) {
        const [first = '', ...args] = input.args;
        const sub = consoleSubs.find((s) => s.name === first);
        const fallback = consoleSubs.find((s) => s.name === spec.consoleDefault);
        if (!sub && fallback) return fallback.console!.run(input, ctx, io);
        if (!sub) {
          throw new UserError(
            `/${spec.name}: choose one of ${consoleSubs.map((s) => s.name).join(', ')} (e.g. ${consoleSubs[0]!.console!.usage[0]})`,
          );
        }
        const rest = input.rest.trimStart().slice(first.length).trimStart();
        return sub.console!.run({ args, rest }, ctx, io);
      },
    };
  }
  return command;
}
