/**
 * /mock's buttons and modal (custom ids in src/app/mock/ids.ts). Every handler:
 * 1. checks the owner id in the custom id against the presser (a stranger gets an ephemeral "this
 *    session belongs to someone else" and nothing is read or changed);
 * 2. acknowledges before touching the store (except Answer, whose modal must be the first response);
 * 3. reads the session from the store, so a press after a restart continues where it was.
 */
import { MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { AppContext } from '../../src/app/context.js';
import { coachFor } from '../../src/app/mock/coach.js';
import { applyMove, beginMockSession, resumeMockSession, type MoveOutcome } from '../../src/app/mock/flow.js';
import { moveId, parseMoveArgs, parseNewArgs, type Move } from '../../src/app/mock/ids.js';
import { ANSWER_KEPT, forgetUnsentAnswer, keepUnsentAnswer, unsentAnswer } from '../../src/app/mock/pending.js';
import { listMockHistory, type MockOrigin } from '../../src/app/mock/records.js';
import { codeBlock } from '../../src/app/views/copyable.js';
import { StoreUnavailableError } from '../../src/store/errors.js';
import { isFlagId } from '../../src/rules/redflag-types.js';
import { memberText, type View } from '../../src/app/view.js';
import {
  activeSessionView,
  goneView,
  historyView,
  MOVED_ON_LEAD,
  NOT_YOURS,
  REPLACED_LEAD,
  sessionView,
} from '../../src/app/views/mock.js';
import type { ComponentHandler, ComponentInteraction } from '../../src/discord/command.js';
import { deferFor, NO_MENTIONS, sendView } from '../../src/discord/respond.js';
import { textModal } from '../../src/discord/text-modal.js';
import {
  acknowledgeStep,
  closedThreadNotice,
  closeSessionThread,
  inClosedThread,
  launchSession,
  messageIsEphemeral,
  postNextStep,
  replaceStep,
} from './launch.js';

export const STALE_MOCK_BUTTON =
  'That mock-interview button is not one I recognise. Start a new session with /mock start.';

async function ephemeralNotice(interaction: ComponentInteraction, content: string): Promise<void> {
  if (interaction.deferred || interaction.replied) {
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  } else {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}

/** The member may only act on their own session; anyone else is told so, nothing is read. */
async function isOwner(interaction: ComponentInteraction, ownerId: string): Promise<boolean> {
  if (ownerId === interaction.user.id) return true;
  await ephemeralNotice(interaction, NOT_YOURS);
  return false;
}

/** When a submitted answer cannot be recorded, give the member their text back so it is not lost. */
function unsavedAnswer(text: string | undefined): View | undefined {
  if (!text?.trim()) return undefined;
  return {
    text: 'Your answer was not recorded, so here it is to copy:',
    sections: [{ body: memberText(text) }],
    personal: true,
  };
}

/**
 * A button of a session that is over, pressed in that session's thread (left open because the
 * bot could not lock it): a private note pointing to the current session, nothing posted there.
 */
async function answerInOldThread(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  out: MoveOutcome,
): Promise<boolean> {
  if (out.kind !== 'gone' && out.kind !== 'replaced') return false;
  const current = out.kind === 'replaced' ? out.current : undefined;
  if (!interaction.channel?.isThread() || interaction.channelId === current?.threadId) return false;
  await ephemeralNotice(interaction, closedThreadNotice(current));
  // Only the latest step keeps live buttons; an archived thread refuses the edit, which is fine.
  await interaction.editReply({ components: [], allowedMentions: NO_MENTIONS }).catch(() => undefined);
  return true;
}

/** Shows what a move led to (see MoveOutcome). */
async function showOutcome(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  ctx: AppContext,
  move: Move,
  out: MoveOutcome,
  answerText?: string,
): Promise<void> {
  const owner = interaction.user.id;
  const lost = unsavedAnswer(answerText);
  if (await answerInOldThread(interaction, out)) {
    if (lost) await sendView(interaction, lost, { ephemeral: true });
    return;
  }
  switch (out.kind) {
    case 'gone':
      await postNextStep(interaction, goneView(owner));
      if (lost) await sendView(interaction, lost, { ephemeral: true });
      return;
    case 'replaced':
    case 'moved-on': {
      const lead = out.kind === 'replaced' ? REPLACED_LEAD : MOVED_ON_LEAD;
      await postNextStep(interaction, sessionView(out.current, owner, { lead }));
      if (lost) await sendView(interaction, lost, { ephemeral: true });
      return;
    }
    case 'refused':
      await ephemeralNotice(interaction, out.message);
      if (lost) await sendView(interaction, lost, { ephemeral: true });
      return;
    case 'hint':
      await replaceStep(interaction, sessionView(out.session, owner, { hint: out.hint }));
      return;
    case 'moved': {
      // The model (when configured) writes after the move is saved: the session is never held.
      const extras = await coachFor(ctx, owner, out.session, move);
      await postNextStep(interaction, sessionView(out.session, owner, extras));
      // The summary is posted: the thread becomes a read-only transcript.
      if (out.session.state.ended) await closeSessionThread(interaction.client, ctx, out.session.threadId);
      return;
    }
  }
}

/** A button left in a finished session's archived or locked thread: answered politely, nothing read. */
async function refusedInClosedThread(interaction: ComponentInteraction): Promise<boolean> {
  if (!inClosedThread(interaction)) return false;
  await ephemeralNotice(interaction, closedThreadNotice());
  return true;
}

/** Hint, Skip, Retry, Next, End: one handler each, the same shape. */
function moveHandler(move: Exclude<Move, 'answer'>): ComponentHandler {
  return async (interaction, ctx, args) => {
    const m = parseMoveArgs(args);
    if (!m) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
    if (!(await isOwner(interaction, m.ownerId))) return;
    if (await refusedInClosedThread(interaction)) return;
    const i = interaction as ButtonInteraction;
    await acknowledgeStep(i);
    await showOutcome(i, ctx, move, await applyMove(ctx, i.user.id, { sessionId: m.sessionId, index: m.index, move }));
  };
}

/** Answer: the modal first (no store access allowed before it), the session is read on submit. */
const answerButton: ComponentHandler = async (interaction, _ctx, args) => {
  const m = parseMoveArgs(args);
  if (!m) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
  if (!(await isOwner(interaction, m.ownerId))) return;
  if (await refusedInClosedThread(interaction)) return;
  const kept = unsentAnswer(m.ownerId, m.sessionId, m.index);
  await (interaction as ButtonInteraction).showModal(
    textModal({
      customId: moveId('submit', m.sessionId, m.ownerId, m.index),
      title: `Your answer to question ${m.index + 1}`,
      inputId: 'answer',
      label: 'What you would say out loud',
      description: 'Type or paste it as you would speak it: 1-2 minutes is about 140-280 words.',
      placeholder: 'Start the way you would in the room…',
      ...(kept ? { value: kept } : {}),
    }),
  );
};

const answerSubmit: ComponentHandler = async (interaction, ctx, args) => {
  const m = parseMoveArgs(args);
  if (!m) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
  if (!(await isOwner(interaction, m.ownerId))) return;
  const i = interaction as ModalSubmitInteraction;
  const text = i.fields.getTextInputValue('answer');
  await acknowledgeStep(i);
  let out: MoveOutcome;
  try {
    out = await applyMove(ctx, i.user.id, { sessionId: m.sessionId, index: m.index, move: 'answer', text });
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    // The store is down: the typed answer is kept here so the member can send it again.
    keepUnsentAnswer(i.user.id, m.sessionId, m.index, text);
    ctx.logger.warn('mock answer kept after a store failure', { userId: i.user.id, operation: e.operation });
    const block = codeBlock(text);
    await sendView(
      i,
      { text: ANSWER_KEPT, sections: [{ body: block ?? memberText(text) }], personal: true },
      { ephemeral: true },
    );
    return;
  }
  forgetUnsentAnswer(i.user.id, m.sessionId, m.index);
  await showOutcome(i, ctx, 'answer', out, out.kind === 'moved' ? undefined : text);
};

/** A new message in reply to a button: private when the button's message was, or sits in a closed thread. */
const privately = (interaction: ComponentInteraction): boolean =>
  messageIsEphemeral(interaction) || inClosedThread(interaction);

/** Starts a session (or offers resume / start over) in answer to a button. */
async function startFromButton(
  interaction: ComponentInteraction,
  ctx: AppContext,
  origin: MockOrigin,
  replace: boolean,
): Promise<void> {
  const owner = interaction.user.id;
  const r = await beginMockSession(ctx, owner, origin, { replace });
  if (r.kind === 'active') {
    await sendView(interaction, activeSessionView(r.current, owner, origin), { update: true });
    return;
  }
  // Starting over ends the old session: its thread becomes a transcript too.
  if (r.replaced) await closeSessionThread(interaction.client, ctx, r.replaced.threadId);
  await launchSession(interaction, ctx, r.session);
}

/** Resume / Start over sit on the offer message, which the result replaces. */
const resumeButton: ComponentHandler = async (interaction, ctx, args) => {
  const [sessionId, ownerId] = args;
  if (!sessionId || !ownerId) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
  if (!(await isOwner(interaction, ownerId))) return;
  await interaction.deferUpdate();
  const out = await resumeMockSession(ctx, interaction.user.id, sessionId);
  if (out.kind === 'moved') return launchSession(interaction, ctx, out.session, { lead: 'Welcome back.' });
  if (out.kind === 'replaced') return launchSession(interaction, ctx, out.current, { lead: REPLACED_LEAD });
  await sendView(interaction, goneView(interaction.user.id), { update: true });
};

/** `mock:over`: start over (closes the session in progress); replaces the offer message. */
const overButton: ComponentHandler = async (interaction, ctx, args) => {
  const parsed = parseNewArgs(args);
  if (!parsed) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
  if (!(await isOwner(interaction, parsed.ownerId))) return;
  await interaction.deferUpdate();
  await startFromButton(interaction, ctx, parsed.origin, true);
};

/** `mock:new`: start one from a summary, history or notice; a new message, the old one stays. */
const newButton: ComponentHandler = async (interaction, ctx, args) => {
  const parsed = parseNewArgs(args);
  if (!parsed) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
  if (!(await isOwner(interaction, parsed.ownerId))) return;
  await interaction.deferReply(privately(interaction) ? { flags: MessageFlags.Ephemeral } : {});
  await startFromButton(interaction, ctx, parsed.origin, false);
};

const historyButton: ComponentHandler = async (interaction, ctx, args) => {
  const [ownerId] = args;
  if (!ownerId) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
  if (!(await isOwner(interaction, ownerId))) return;
  await interaction.deferReply(privately(interaction) ? { flags: MessageFlags.Ephemeral } : {});
  await sendView(interaction, historyView(await listMockHistory(ctx, ownerId), ownerId));
};

/**
 * `mock:flag:<flagId>` from a /redflag report: one question rehearsing that flag. The report is
 * personal (ephemeral in servers), so whoever presses it is the member it is about.
 */
const flagButton: ComponentHandler = async (interaction, ctx, args) => {
  const [flag] = args;
  if (!flag || !isFlagId(flag)) return ephemeralNotice(interaction, STALE_MOCK_BUTTON);
  await deferFor(interaction, true);
  await startFromButton(interaction, ctx, { kind: 'flag', flag }, false);
};

export const mockComponents: Record<string, ComponentHandler> = {
  'mock:answer': answerButton,
  'mock:submit': answerSubmit,
  'mock:hint': moveHandler('hint'),
  'mock:skip': moveHandler('skip'),
  'mock:retry': moveHandler('retry'),
  'mock:next': moveHandler('next'),
  'mock:end': moveHandler('end'),
  'mock:resume': resumeButton,
  'mock:over': overButton,
  'mock:new': newButton,
  'mock:history': historyButton,
  'mock:flag': flagButton,
};
