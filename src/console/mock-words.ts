/**
 * A bare mock-interview control word typed at the console's top level, where no mock is running
 * (the mock loop reads its own moves while a session is open). Newcomer trial 23 typed "end" after a
 * session had paused and "new" after a focus error: both were answered as /ask questions ("When your
 * training ends."). Such a line is a move meant for a mock, so the member is told none is open and
 * how to start or continue one. Only a line that is nothing but a move (with at most "mock",
 * "session", "interview" or "question" beside it) counts: "end of residency?" stays a question.
 */
const MOVE = String.raw`(?:end|stop|finish|quit|exit|pause|next|skip|hint|retry|again|repeat|resume|continue|restart|new|start(?: over)?)`;
const NOUN = String.raw`(?:the |this |a |my )?(?:mock|session|interview|question|practice)s?`;
const BARE_MOVE = new RegExp(String.raw`^(?:${MOVE}(?:\s+${NOUN}){0,2}|${NOUN}\s+${MOVE})[.!]?$`, 'i');

export function isBareMockMove(text: string): boolean {
  return BARE_MOVE.test(text.trim());
}

export const NO_MOCK_IN_PROGRESS =
  'No mock interview is in progress, so there is nothing to end, skip or restart. Type /mock start to begin one or to continue a paused session (a paused session is kept for a day). To ask something, type the full question or use /ask <question>.';
