/**
 * Custom ids of /mock's buttons and modal. Each carries everything its handler needs, because a
 * press may arrive after a restart, when only the store remains:
 *
 *   mock:<move>:<sessionId>:<ownerId>:<index>   move = answer | hint | skip | retry | next | end
 *   mock:submit:<sessionId>:<ownerId>:<index>   the Answer modal
 *   mock:resume:<sessionId>:<ownerId>           continue the stored session
 *   mock:new:<ownerId>:plan:<focus|any>:<count|0>   start a session from a plan
 *   mock:new:<ownerId>:flag:<flagId>            start a one-question session for a red flag
 *   mock:over:<ownerId>:…                       the same, replacing the session in progress
 *   mock:history:<ownerId>                      past sessions
 *   mock:flag:<flagId>                          from /redflag (the report is personal, so the presser is the owner)
 *
 * The owner id lets a handler refuse a stranger politely before touching the store; the session
 * id tells a button of a finished or replaced session from the current one; the question index
 * tells a button left on an earlier question from the one on screen now.
 */
import { customId } from '../../discord/command.js';
import { isFlagId } from '../../rules/redflag-types.js';
import type { MockOrigin } from './records.js';

export const MOVES = ['answer', 'hint', 'skip', 'retry', 'next', 'end'] as const;
export type Move = (typeof MOVES)[number];

export const moveId = (move: Move | 'submit', sessionId: string, ownerId: string, index: number): string =>
  customId('mock', move, sessionId, ownerId, index);

export const resumeId = (sessionId: string, ownerId: string): string => customId('mock', 'resume', sessionId, ownerId);

export const historyId = (ownerId: string): string => customId('mock', 'history', ownerId);

/** `mock:new` starts (or offers resume when one is in progress); `mock:over` starts over. */
export function startId(ownerId: string, origin: MockOrigin, opts: { over?: boolean } = {}): string {
  const action = opts.over ? 'over' : 'new';
  return origin.kind === 'flag'
    ? customId('mock', action, ownerId, 'flag', origin.flag)
    : customId('mock', action, ownerId, 'plan', origin.focus ?? 'any', origin.count ?? 0);
}

/** `args` of a `mock:new` / `mock:over` id (after the prefix) → the owner and how to start; undefined when malformed. */
export function parseNewArgs(args: readonly string[]): { ownerId: string; origin: MockOrigin } | undefined {
  const [ownerId, kind, a, b] = args;
  if (!ownerId) return undefined;
  if (kind === 'flag' && a && isFlagId(a)) return { ownerId, origin: { kind: 'flag', flag: a } };
  if (kind !== 'plan') return undefined;
  const count = Number(b ?? '0');
  return {
    ownerId,
    origin: {
      kind: 'plan',
      ...(a && a !== 'any' ? { focus: a } : {}),
      ...(Number.isInteger(count) && count > 0 ? { count } : {}),
    },
  };
}

/** `args` of a move/submit id → session, owner and question index; undefined when malformed. */
export function parseMoveArgs(
  args: readonly string[],
): { sessionId: string; ownerId: string; index: number } | undefined {
  const [sessionId, ownerId, index] = args;
  const i = Number(index);
  if (!sessionId || !ownerId || !Number.isInteger(i) || i < 0) return undefined;
  return { sessionId, ownerId, index: i };
}
