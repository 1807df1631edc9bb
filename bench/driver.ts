/**
 * Drives the bot through the fake Discord: dispatches interactions as members, waits until the bot
 * is idle, and turns the fake's recorded REST calls into latencies. Every latency is measured on
 * one clock (the fake's performance.now()): from the INTERACTION_CREATE dispatch to the arrival
 * of the first interaction callback, and to the arrival of the last REST call the interaction
 * caused (the final edit or follow-up).
 */
import type { APIEmbed, APIMessage } from 'discord.js';
import type { FakeDiscord, InteractionHandle, RecordedCall } from '../test/fake-discord/server.js';
import type { BotChild } from './bot-child.js';

export interface Member {
  id: string;
  username: string;
  global_name: string;
}

/** Distinct, stable member ids for the bench (snowflake-shaped, never colliding with tests'). */
export function benchMember(n: number): Member {
  return { id: `41000000000${String(n).padStart(7, '0')}`, username: `bench${n}`, global_name: `Bench ${n}` };
}

export type Place = 'guild' | 'dm';

type Interactions = FakeDiscord['interaction'];
type Without<T> = Omit<T, 'user' | 'guildId'>;
export type SlashArgs = Without<Parameters<Interactions['slash']>[0]>;
export type ButtonArgs = Without<Parameters<Interactions['button']>[0]>;
export type SelectArgs = Without<Parameters<Interactions['select']>[0]>;
export type ModalArgs = Without<Parameters<Interactions['modalSubmit']>[0]>;
export type AutocompleteArgs = Without<Parameters<Interactions['autocomplete']>[0]>;

export interface Sample {
  /** Dispatch → first interaction callback arrived (ms). */
  firstMs: number;
  /** Dispatch → last REST call of the interaction arrived (ms). */
  finalMs: number;
  error?: string;
  cooldown: boolean;
  /** REST calls the interaction caused (callback, edits, follow-ups). */
  calls: number;
}

export class Driver {
  /** Interactions sent so far (the bot's idle check waits for this many). */
  dispatched = 0;

  constructor(
    readonly fake: FakeDiscord,
    readonly bot: BotChild,
    readonly guildId: string,
  ) {}

  private at(member: Member, place: Place) {
    return { user: member, ...(place === 'guild' ? { guildId: this.guildId } : {}) };
  }

  slash(member: Member, place: Place, input: SlashArgs): InteractionHandle {
    this.dispatched++;
    return this.fake.interaction.slash({ ...input, ...this.at(member, place) });
  }
  button(member: Member, place: Place, input: ButtonArgs): InteractionHandle {
    this.dispatched++;
    return this.fake.interaction.button({ ...input, ...this.at(member, place) });
  }
  select(member: Member, place: Place, input: SelectArgs): InteractionHandle {
    this.dispatched++;
    return this.fake.interaction.select({ ...input, ...this.at(member, place) });
  }
  modalSubmit(member: Member, place: Place, input: ModalArgs): InteractionHandle {
    this.dispatched++;
    return this.fake.interaction.modalSubmit({ ...input, ...this.at(member, place) });
  }
  autocomplete(member: Member, place: Place, input: AutocompleteArgs): InteractionHandle {
    this.dispatched++;
    return this.fake.interaction.autocomplete({ ...input, ...this.at(member, place) });
  }

  /** Waits until every interaction dispatched so far has been handled to the end. */
  settle(timeoutMs?: number): Promise<void> {
    return this.bot.idle(this.dispatched, timeoutMs);
  }

  /** Recorded calls grouped by interaction token (one pass over the log). */
  callsByToken(): Map<string, RecordedCall[]> {
    const by = new Map<string, RecordedCall[]>();
    for (const c of this.fake.calls) {
      const token = c.interaction?.token;
      if (!token) continue;
      const list = by.get(token);
      if (list) list.push(c);
      else by.set(token, [c]);
    }
    return by;
  }

  /** Forgets the fake's log, messages and interactions so waits and memory stay small. */
  reset(): void {
    this.fake.reset();
  }
}

// ---------------------------------------------------------------------------------------------
// Reading what the bot sent

export const APOLOGY_RE = /Something went wrong on my side|couldn't reach storage|could not reach storage/i;
export const COOLDOWN_RE = /going a little fast/i;

/** The message body of a call (callback `data`, or a webhook body). */
export function messageBody(call: RecordedCall): Record<string, unknown> | undefined {
  const body = call.body as Record<string, unknown> | undefined;
  if (!body) return undefined;
  if (call.route === 'interactionCallback') return body.data as Record<string, unknown> | undefined;
  return body;
}

export function textOf(body: Record<string, unknown> | undefined): string {
  if (!body) return '';
  const embeds = (body.embeds as APIEmbed[] | undefined) ?? [];
  return [
    typeof body.content === 'string' ? body.content : '',
    ...embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ]
    .filter(Boolean)
    .join('\n');
}

export function sampleOf(handle: InteractionHandle, calls: readonly RecordedCall[] = []): Sample {
  const callback = calls.find((c) => c.route === 'interactionCallback');
  const rejected = calls.find((c) => c.status >= 400);
  const text = calls.map((c) => textOf(messageBody(c))).join('\n');
  const last = calls.reduce((t, c) => Math.max(t, c.time), Number.NEGATIVE_INFINITY);
  const error = rejected
    ? `${rejected.route} answered ${rejected.status}`
    : !callback
      ? 'no interaction callback'
      : APOLOGY_RE.test(text)
        ? 'the bot apologised (handler error)'
        : undefined;
  return {
    firstMs: callback ? callback.time - handle.dispatchedAt : Number.NaN,
    finalMs: calls.length ? last - handle.dispatchedAt : Number.NaN,
    ...(error ? { error } : {}),
    cooldown: COOLDOWN_RE.test(text),
    calls: calls.length,
  };
}

export interface FoundComponent {
  customId: string;
  /** 2 button, 3 string select, … */
  type: number;
  /** Values of a string select's options. */
  values: string[];
  /** The message the component is on (for button/modal payloads), when the fake knows it. */
  message?: APIMessage;
}

interface RawComponent {
  type: number;
  custom_id?: string;
  options?: Array<{ value: string }>;
  components?: RawComponent[];
  component?: RawComponent;
}

function flatten(components: RawComponent[] | undefined): RawComponent[] {
  return (components ?? []).flatMap((c) => [
    c,
    ...flatten(c.components),
    ...(c.component ? flatten([c.component]) : []),
  ]);
}

/**
 * Components the bot sent for an interaction, latest message first, with the message each one is
 * on. `originalMessage` covers callbacks that carried the message themselves (type 4 or 7).
 */
export function componentsOf(calls: readonly RecordedCall[], originalMessage?: APIMessage): FoundComponent[] {
  const found: FoundComponent[] = [];
  for (const call of [...calls].reverse()) {
    const body = messageBody(call);
    const response = call.response as APIMessage | undefined;
    const message = response && typeof response === 'object' && 'id' in response ? response : originalMessage;
    for (const c of flatten(body?.components as RawComponent[] | undefined)) {
      if (!c.custom_id || c.type === 1) continue;
      found.push({
        customId: c.custom_id,
        type: c.type,
        values: (c.options ?? []).map((o) => o.value),
        ...(message ? { message } : {}),
      });
    }
  }
  return found;
}

export interface ModalSpec {
  customId: string;
  inputs: Array<{ customId: string; value?: string; placeholder?: string; maxLength?: number; required: boolean }>;
}

/** The modal of a type-9 callback body, or undefined when the callback was something else. */
export function modalOf(callback: { type: number; data?: unknown }): ModalSpec | undefined {
  if (callback.type !== 9) return undefined;
  const data = callback.data as { custom_id: string; components?: RawComponent[] };
  const inputs = flatten(data.components)
    .filter((c) => c.type === 4 && c.custom_id)
    .map((c) => {
      const t = c as RawComponent & { value?: string; placeholder?: string; max_length?: number; required?: boolean };
      return {
        customId: t.custom_id!,
        ...(t.value !== undefined ? { value: t.value } : {}),
        ...(t.placeholder !== undefined ? { placeholder: t.placeholder } : {}),
        ...(t.max_length !== undefined ? { maxLength: t.max_length } : {}),
        required: t.required ?? true,
      };
    });
  return { customId: data.custom_id, inputs };
}
