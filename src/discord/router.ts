/**
 * InteractionCreate → the right handler: slash command, autocomplete, or the component/modal
 * handler registered for the custom id's `<command>:<action>` prefix. Every handler runs inside
 * the error boundary and is tracked so a shutdown can wait for it.
 */
import { MessageFlags, type Interaction } from 'discord.js';
import type { AppContext } from '../app/context.js';
import { parseCustomId, type Command } from './command.js';
import { cooldownMessage } from './cooldowns.js';
import { guardInteraction, type BoundaryLabel } from './error-boundary.js';
import type { Inflight } from './inflight.js';
import type { Registry } from './registry.js';
import { NO_MENTIONS } from './respond.js';

export const SHUTTING_DOWN = 'I am restarting right now. Please try again in a minute.';
export const UNKNOWN_COMMAND = 'I do not know that command any more. /help lists what I can do.';
export const STALE_COMPONENT = 'That button is no longer active. Run the command again to get a fresh one.';

async function replyEphemeral(interaction: Interaction, content: string): Promise<void> {
  if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}

function subcommandOf(interaction: Interaction): string | null {
  return interaction.isChatInputCommand() ? interaction.options.getSubcommand(false) : null;
}

/** Returns true when the member may run the command now; otherwise answers with the wait. */
async function passesCooldown(interaction: Interaction, command: Command, ctx: AppContext): Promise<boolean> {
  const rule = command.cooldown;
  if (!rule) return true;
  const sub = subcommandOf(interaction);
  if (rule.subcommands && (!sub || !rule.subcommands.includes(sub))) return true;
  if (rule.exemptWhen && interaction.isChatInputCommand()) {
    const value = interaction.options.getString(rule.exemptWhen.option);
    if (value && rule.exemptWhen.test(value)) return true;
  }
  const key = sub ? `${command.data.name}.${sub}` : command.data.name;
  const verdict = await ctx.cooldowns.take(interaction.user.id, key, rule);
  if (verdict.ok) return true;
  await replyEphemeral(interaction, cooldownMessage(verdict.retryAt));
  return false;
}

export interface Router {
  handle(interaction: Interaction): Promise<void>;
}

export function createRouter(registry: Registry, ctx: AppContext, inflight: Inflight): Router {
  const { logger } = ctx;

  async function dispatch(interaction: Interaction): Promise<void> {
    let label: BoundaryLabel = { kind: 'command', name: 'unknown' };
    let run: () => Promise<void>;

    if (interaction.isChatInputCommand()) {
      const command = registry.commands.get(interaction.commandName);
      const sub = interaction.options.getSubcommand(false);
      label = { kind: 'command', name: sub ? `${interaction.commandName} ${sub}` : interaction.commandName };
      run = async () => {
        if (!command) return replyEphemeral(interaction, UNKNOWN_COMMAND);
        if (!(await passesCooldown(interaction, command, ctx))) return;
        await command.execute(interaction, ctx);
      };
    } else if (interaction.isAutocomplete()) {
      const command = registry.commands.get(interaction.commandName);
      label = { kind: 'autocomplete', name: interaction.commandName };
      run = async () => {
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      };
    } else if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
      const { prefix, args } = parseCustomId(interaction.customId);
      const handler = registry.components.get(prefix);
      label = { kind: interaction.isModalSubmit() ? 'modal' : 'component', name: prefix };
      run = async () => {
        if (!handler) return replyEphemeral(interaction, STALE_COMPONENT);
        // Narrowed above: buttons, selects and modal submits are the only custom-id interactions.
        await handler(interaction as Parameters<typeof handler>[0], ctx, args);
      };
    } else {
      return;
    }

    const started = Date.now();
    await guardInteraction(interaction, logger, label, run);
    logger.info('interaction', {
      ...label,
      interactionId: interaction.id,
      userId: interaction.user.id,
      ...(interaction.guildId ? { guildId: interaction.guildId } : { dm: true }),
      ms: Date.now() - started,
    });
  }

  return {
    async handle(interaction) {
      if (!inflight.accepting) {
        await guardInteraction(interaction, logger, { kind: 'command', name: 'shutdown' }, async () => {
          if (interaction.isAutocomplete()) await interaction.respond([]);
          else await replyEphemeral(interaction, SHUTTING_DOWN);
        });
        return;
      }
      await inflight.track(dispatch(interaction));
    },
  };
}
