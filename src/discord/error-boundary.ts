/**
 * The one error boundary. Whatever a handler throws, the member gets a plain-words answer and the
 * process keeps running:
 * - UserError → its problems, as written (they name the field and the fix);
 * - StoreUnavailableError → "couldn't reach storage, nothing saved"; other StoreErrors → their
 *   member-safe message (damaged or unreadable data);
 * - anything else → logged with the command name (never profile contents or member text) and an
 *   apology.
 * The answer goes through reply / editReply / followUp depending on the interaction's state, and
 * the boundary itself never throws.
 */
import { DiscordAPIError, MessageFlags, type Interaction, type Message } from 'discord.js';
import type { Logger } from '../app/logger.js';
import { isUserError } from '../core/errors.js';
import { isStoreError, StoreUnavailableError } from '../store/errors.js';
import { LIMITS, splitText } from './render.js';
import { NO_MENTIONS } from './respond.js';

export const APOLOGY =
  'Something went wrong on my side and I could not finish that. It has been logged; please try again in a moment.';
export const STORE_DOWN =
  "I couldn't reach my storage just now, so nothing was saved or changed. Please try again in a minute.";

export type ErrorKind = 'user' | 'store' | 'expired' | 'bug';

/**
 * Discord no longer knows the interaction: the first answer came after 3 s (10062 Unknown
 * interaction) or its token passed its 15 minutes (10015 Unknown Webhook). Nothing can reach the
 * member through it any more.
 */
export const EXPIRED_INTERACTION_CODES: readonly number[] = [10062, 10015];

/** Discord's JSON error code of a refused request (50013, 160002…), when it is one. */
export function discordErrorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
}

function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && EXPIRED_INTERACTION_CODES.includes(Number(error.code));
}

export function classify(error: unknown): { kind: ErrorKind; message: string } {
  if (isUserError(error)) {
    const lines = error.problems.length > 1 ? error.problems.map((p) => `- ${p}`).join('\n') : error.message;
    return { kind: 'user', message: lines };
  }
  if (error instanceof StoreUnavailableError)
    return { kind: 'store', message: error.reason === 'damaged' ? error.message : STORE_DOWN };
  if (isExpiredInteraction(error)) return { kind: 'expired', message: APOLOGY };
  // Other store errors (damaged data, newer format) carry a message written for the member.
  if (isStoreError(error)) return { kind: 'store', message: error.message };
  return { kind: 'bug', message: APOLOGY };
}

/** Tells the member `text` ephemerally in whatever way the interaction still allows. Never throws. */
export async function tellMember(interaction: Interaction, text: string): Promise<boolean> {
  if (!interaction.isRepliable()) return false;
  // A long list of problems must not turn into a 400 of its own.
  const content = splitText(text, LIMITS.content)[0] ?? APOLOGY;
  const body = { content, allowedMentions: NO_MENTIONS };
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
    } else if (interaction.deferred && !interaction.replied && interaction.ephemeral !== null) {
      // Replace the "thinking…" placeholder of a deferred reply.
      await interaction.editReply({ ...body, embeds: [], components: [], files: [] });
    } else {
      // Already answered, or a deferred update of a message with buttons that we must not wipe.
      await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
    }
    return true;
  } catch {
    return false;
  }
}

/** What the boundary needs to log: the command (or component prefix), never arguments. */
export interface BoundaryLabel {
  kind: 'command' | 'component' | 'autocomplete' | 'modal' | 'chat';
  name: string;
}

function describeBug(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error)
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: typeof error, message: String(error) };
}

/** Logs an error at the right level; for bugs with the stack, for the rest only the kind. */
export function logError(
  logger: Logger,
  label: BoundaryLabel,
  error: unknown,
  ids: Record<string, unknown>,
): ErrorKind {
  const { kind } = classify(error);
  if (kind === 'bug') logger.error('handler failed', { ...label, ...ids, error: describeBug(error) });
  else if (kind === 'expired') {
    logger.warn('interaction expired before the answer was sent', {
      ...label,
      ...ids,
      code: Number((error as DiscordAPIError).code),
    });
  } else if (kind === 'store') logger.warn('store unavailable', { ...label, ...ids });
  else logger.info('user error', { ...label, ...ids });
  return kind;
}

/** Runs `fn` for an interaction; any failure becomes a plain-words answer. Never throws. */
export async function guardInteraction(
  interaction: Interaction,
  logger: Logger,
  label: BoundaryLabel,
  fn: () => Promise<void>,
): Promise<void> {
  try {
    await fn();
  } catch (error) {
    try {
      const kind = logError(logger, label, error, { interactionId: interaction.id, userId: interaction.user.id });
      // Its token is dead: any answer would be one more refused request.
      if (kind === 'expired') return;
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
        return;
      }
      await tellMember(interaction, classify(error).message);
    } catch {
      // The boundary must never throw.
    }
  }
}

/** The same for a chat message: answer in the channel without pinging anyone. Never throws. */
export async function guardMessage(message: Message, logger: Logger, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    try {
      logError(logger, { kind: 'chat', name: 'ask' }, error, { messageId: message.id, userId: message.author.id });
      await message.reply({ content: classify(error).message, allowedMentions: NO_MENTIONS });
    } catch {
      // Nothing more we can do; the error is logged.
    }
  }
}
