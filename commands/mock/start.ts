/**
 * /mock start [focus] [count] — a mock interview, one question at a time (see launch.ts for where
 * it runs and buttons.ts for the steps). A session already in progress is offered back (Resume /
 * Start over). Without a profile the member still practises the general questions, with the
 * setup offer on the first question.
 *
 * Console: `/mock start [focus] [count]`, then type answers; `hint`, `skip`, `retry`, `next`,
 * `end` steer the session; the session is in the store, so leaving and coming back resumes it.
 */
import { UserError } from '../../src/core/errors.js';
import { renderText } from '../../src/console/render.js';
import type { ConsoleIO } from '../../src/console/types.js';
import type { AppContext } from '../../src/app/context.js';
import { coachFor } from '../../src/app/mock/coach.js';
import { applyMove, beginMockSession, type MoveOutcome } from '../../src/app/mock/flow.js';
import { MOVES, type Move } from '../../src/app/mock/ids.js';
import type { MockOrigin, StoredMockSession } from '../../src/app/mock/records.js';
import { notice, type View } from '../../src/app/view.js';
import { activeSessionView, goneView, sessionView } from '../../src/app/views/mock.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { CATEGORIES, isCategory } from '../../src/mock/bank.js';
import { PLAN_CONFIG } from '../../src/mock/plan.js';
import { mockComponents } from './buttons.js';
import { launchSession } from './launch.js';
import { StoreUnavailableError } from '../../src/store/errors.js';

const FOCUS_LABEL: Record<string, string> = {
  opener: 'Opener (tell me about yourself)',
  motivation: 'Motivation (why informatics)',
  img: 'Your international training',
  'red-flag': 'Red flags (gaps, exams, attempts)',
  informatics: 'Informatics scenarios',
  behavioral: 'Behavioral (STAR stories)',
  program: 'Questions to ask the program',
};

export function originFrom(focus: string | undefined, count: number | undefined): MockOrigin {
  if (focus !== undefined && !isCategory(focus)) {
    throw new UserError(`focus: "${focus}" is not a question category; use one of ${CATEGORIES.join(', ')}`);
  }
  const { minCount, maxCount } = PLAN_CONFIG;
  if (count !== undefined && (!Number.isInteger(count) || count < minCount || count > maxCount)) {
    throw new UserError(`count: ${count} is not a whole number from ${minCount} to ${maxCount}`);
  }
  return { kind: 'plan', ...(focus ? { focus } : {}), ...(count !== undefined ? { count } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Console: a loop over the same steps, typed instead of pressed.

const CONSOLE_HELP =
  'Type your answer on one line, or one of: hint, skip, retry, next, end. /quit pauses; the session is kept for a day.';

async function consoleLoop(ctx: AppContext, io: ConsoleIO, start: StoredMockSession): Promise<View> {
  let session = start;
  const fresh = session.generic && session.state.attempts.length === 0;
  let screen: View = sessionView(session, io.userId, { lead: CONSOLE_HELP, ...(fresh ? { offerSetup: true } : {}) });
  // An answer typed while no question was open (after feedback, before "next" or "retry"): kept,
  // never dropped (newcomer trial 18 lost two answers that way), and used once a question is open.
  let held: string | undefined;
  for (;;) {
    const line = await io.prompt(`${renderText(screen)}\n`);
    if (line === undefined || line.trim() === '/quit') {
      return notice(
        `Session paused and saved. Run /mock start to continue where you left off (kept for a day).${held ? `\nThe answer you typed but did not send is not saved; here it is to copy:\n> ${held}` : ''}`,
      );
    }
    const word = line.trim().toLowerCase();
    if (!word) continue;
    const using = word === 'use' && held !== undefined && session.state.phase === 'question';
    const move: Move = using
      ? 'answer'
      : (MOVES as readonly string[]).includes(word) && word !== 'answer'
        ? (word as Move)
        : 'answer';
    const text = using ? (held as string) : line;
    // The feedback is on screen and no question is open: keep the text and say what to do with it.
    if (move === 'answer' && !using && session.state.phase === 'feedback' && !session.state.ended) {
      held = line.trim();
      screen = sessionView(session, io.userId, { lead: heldLead(session) });
      continue;
    }
    const request = {
      sessionId: session.state.id,
      index: session.state.index,
      move,
      ...(move === 'answer' ? { text } : {}),
    };
    const out = await applyMoveOnce(ctx, io.userId, request);
    if (!out) {
      // The store did not answer (twice): stay in the interview, on the same question, and give the
      // member back what they typed, instead of dropping out with their answer lost.
      const typed = move === 'answer' ? `\nWhat you typed, to paste again:\n> ${line.trim()}` : '';
      screen = sessionView(session, io.userId, {
        lead: `Not saved: my storage did not answer just now, so nothing changed and you are still on this question. Try again in a moment.${typed}`,
      });
      continue;
    }
    switch (out.kind) {
      case 'gone':
        return goneView(io.userId);
      case 'replaced':
      case 'moved-on':
        session = out.current;
        screen = sessionView(session, io.userId);
        break;
      case 'refused':
        screen = sessionView(out.current, io.userId, { lead: `Not now: ${out.message}` });
        break;
      case 'hint':
        session = out.session;
        screen = sessionView(session, io.userId, { hint: out.hint });
        break;
      case 'moved': {
        session = out.session;
        if (move === 'answer') held = undefined;
        // "retry" reopens the question the kept answer was typed under: it is that try, sent now.
        if (move === 'retry' && held !== undefined) {
          const sent = await applyMoveOnce(ctx, io.userId, {
            sessionId: session.state.id,
            index: session.state.index,
            move: 'answer',
            text: held,
          });
          if (sent?.kind === 'moved') {
            held = undefined;
            session = sent.session;
            screen = sessionView(session, io.userId, await coachFor(ctx, io.userId, session, 'answer'));
            break;
          }
        }
        const extras = await coachFor(ctx, io.userId, session, move);
        if (session.state.ended) {
          const lost = held
            ? { lead: `The answer you typed but did not send was not counted; here it is to copy:\n> ${held}` }
            : {};
          return sessionView(session, io.userId, { ...extras, ...lost });
        }
        // A new question is open: the kept answer waits for the member's word, since it was typed
        // before this question was shown.
        const lead =
          held !== undefined && session.state.phase === 'question'
            ? `The answer you typed earlier is kept. Type "use" to send it as your answer to this question, or type a new answer (that replaces it):\n> ${held}`
            : undefined;
        screen = sessionView(session, io.userId, { ...extras, ...(lead ? { lead } : {}) });
        break;
      }
    }
  }
}

/** Said when an answer arrives while the feedback on the last one is on screen. */
function heldLead(session: StoredMockSession): string {
  const n = session.state.index + 1;
  const last = n >= session.state.questions.length;
  return `Kept your answer, not sent yet: question ${n} is already answered and its feedback is below. Type "retry" to send what you typed as a new try at question ${n}${last ? '' : `, or "next" to see question ${n + 1} and then "use" to send it there`}.`;
}

/**
 * applyMove, tried a second time after a short pause when the store did not answer; undefined when
 * it failed both times. Safe to repeat: the move names the question it answers, so if the first
 * write landed late the second is refused as stale and the current session is shown.
 */
async function applyMoveOnce(
  ctx: AppContext,
  userId: string,
  request: Parameters<typeof applyMove>[2],
): Promise<MoveOutcome | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await applyMove(ctx, userId, request);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      ctx.logger.warn('store unavailable', { kind: 'command', name: 'console mock', attempt: attempt + 1 });
      if (attempt === 0) await new Promise((r) => setTimeout(r, 500));
    }
  }
  return undefined;
}

async function consoleStart(args: string[], ctx: AppContext, io: ConsoleIO): Promise<View> {
  const [a, b] = args;
  const focus = a && !/^\d+$/.test(a) ? a : undefined;
  const countText = focus ? b : a;
  const count = countText === undefined ? undefined : /^\d+$/.test(countText) ? Number(countText) : NaN;
  if (Number.isNaN(count)) throw new UserError(`count: "${countText}" is not a number; e.g. /mock start behavioral 3`);
  const origin = originFrom(focus, count);
  let r = await beginMockSession(ctx, io.userId, origin);
  if (r.kind === 'active') {
    const choice = await io.prompt(
      `${renderText(activeSessionView(r.current, io.userId, origin))}\nType "resume" or "new":`,
    );
    const word = choice?.trim().toLowerCase();
    if (word === 'new') r = await beginMockSession(ctx, io.userId, origin, { replace: true });
    else if (word === 'resume') return consoleLoop(ctx, io, r.current);
    else return notice('Nothing changed. Your session is still saved; run /mock start again to resume it.');
  }
  if (r.kind !== 'started') return notice('Nothing changed.');
  return consoleLoop(ctx, io, r.session);
}

export const startSub: Subcommand = {
  name: 'start',
  description: 'A mock interview, one question at a time, with feedback on each answer',
  options: (sub) =>
    sub
      .addStringOption((o) =>
        o
          .setName('focus')
          .setDescription('Practise one kind of question (default: a full interview built from your profile)')
          .addChoices(...CATEGORIES.map((c) => ({ name: FOCUS_LABEL[c] ?? c, value: c }))),
      )
      .addIntegerOption((o) =>
        o
          .setName('count')
          .setDescription(`How many questions (default ${PLAN_CONFIG.defaultCount})`)
          .setMinValue(PLAN_CONFIG.minCount)
          .setMaxValue(PLAN_CONFIG.maxCount),
      ),
  async execute(interaction, ctx) {
    const origin = originFrom(
      interaction.options.getString('focus') ?? undefined,
      interaction.options.getInteger('count') ?? undefined,
    );
    // Personal: ephemeral in a server (the thread notice or the session itself), normal in a DM.
    await deferFor(interaction, true);
    const owner = interaction.user.id;
    const r = await beginMockSession(ctx, owner, origin);
    if (r.kind === 'active') {
      await sendView(interaction, activeSessionView(r.current, owner, origin));
      return;
    }
    await launchSession(interaction, ctx, r.session);
  },
  components: mockComponents,
  console: {
    usage: ['/mock start [focus] [count]  (then type answers; hint, skip, retry, next, end)'],
    run: ({ args }, ctx, io) => consoleStart(args, ctx, io),
  },
};
