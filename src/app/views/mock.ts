/**
 * /mock as Views: the question on screen, the feedback on an answer, the end-of-session summary,
 * the history, and the small notices around them (a session in progress, a stale button). Built
 * from the engines' data (src/mock/*) and the stored session (src/app/mock/records.ts); every
 * button carries the session, owner and question index (src/app/mock/ids.ts). With a model, the
 * feedback and the summary also carry its prose (src/app/mock/coach.ts) below or above the
 * measurements, which are shown exactly as the engine made them.
 */
import { factClaims } from '../../mock/claims.js';
import { declineAdvice, isPoliteDecline } from '../../mock/decline.js';
import { humanMonth, monthOfDay } from '../../core/dates.js';
import { formatRef } from '../../knowledge/outline.js';
import { citesFor, questionById } from '../../mock/bank.js';
import {
  cleanSummary,
  FEEDBACK_CONFIG,
  spokenLength,
  uncheckedFor,
  type AnswerFeedback,
  type NoteId,
} from '../../mock/feedback.js';
import { currentQuestion, isStoryQuestion, lastAttempt, summary, type SessionState } from '../../mock/session.js';
import type { Category, Question } from '../../mock/types.js';
import type { LlmUse } from '../../llm/features/common.js';
import { llmNoteSections } from '../llm.js';
import { historyId, moveId, resumeId, startId } from '../mock/ids.js';
import type { MockHistoryEntry, MockOrigin, StoredMockSession } from '../mock/records.js';
import { button, memberText, pressAction, type Action, type Field, type Section, type View } from '../view.js';
import { SETUP_BUTTON_ID } from './no-profile.js';
import { SHARE_TEXT } from './redflag.js';

const CATEGORY_LABEL: Record<Category, string> = {
  opener: 'Opener',
  motivation: 'Motivation',
  img: 'Your international training',
  'red-flag': 'Red flag',
  informatics: 'Informatics',
  behavioral: 'Behavioral',
  program: 'For the program',
};

const FRAMEWORK_LINE: Record<Question['framework'], string> = {
  star: 'Tell it as a STAR story: Situation, Task, Action (most of the time), Result.',
  'three-part': 'Three parts: a short background, two or three formative experiences, why this field.',
  // Also used for comparisons (home system vs US care): one concrete example, not necessarily a problem.
  'informatics-angle':
    'One concrete example from your own work, the informatics lens on it, your evidence, where you are heading.',
  'problem-action-result': 'Name the issue plainly, say what you did, finish on what changed.',
  direct: 'A short, factual answer.',
  departure:
    'Four parts: the fact (what you left and when), the reason in a sentence without blaming anyone, what you did and learned since, why you are ready to finish training now.',
};

/** Shown under every answer prompt in the console, where the Answer button cannot be. */
const CONSOLE_ANSWER_HINT = 'your answer on one line';

const ANSWER_EXCERPT_CHARS = 600;

function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)} …`;
}

const position = (s: SessionState): string => `${s.index + 1} of ${s.questions.length}`;

function originLabel(origin: MockOrigin, generic: boolean): string {
  const what =
    origin.kind === 'flag'
      ? `one question for your red flag: ${SHARE_TEXT[origin.flag as keyof typeof SHARE_TEXT]?.title ?? origin.flag}`
      : origin.focus
        ? `focus: ${CATEGORY_LABEL[origin.focus as Category] ?? origin.focus}`
        : 'a full mock interview';
  return generic ? `${what} (general questions)` : what;
}

/** citesFor keeps a guide written for one side of the citizenship split only for that side's questions. */
function sourcesLine(q: Question): string {
  return `Guides: ${citesFor(q)
    .map((r) => `\`${formatRef(r)}\``)
    .join(', ')}`;
}

function hintSection(q: Question, hint: string): Section {
  return {
    title: 'Hint',
    body: hint,
    fields: [{ name: 'A strong answer shows', value: q.shows }],
    tone: 'info',
  };
}

/** Buttons while a question waits for an answer. */
function questionActions(s: StoredMockSession, owner: string): Action[][] {
  const { id, index } = s.state;
  return [
    [
      button(moveId('answer', id, owner, index), 'Answer', { style: 'primary', hint: CONSOLE_ANSWER_HINT }),
      button(moveId('hint', id, owner, index), 'Hint', { style: 'secondary', hint: 'hint' }),
      button(moveId('skip', id, owner, index), 'Skip', { style: 'secondary', hint: 'skip' }),
      button(moveId('end', id, owner, index), 'End', { style: 'danger', hint: 'end' }),
    ],
  ];
}

/** Buttons under the feedback on an answer. */
function feedbackActions(s: StoredMockSession, owner: string): Action[][] {
  const { id, index, questions } = s.state;
  const last = index + 1 >= questions.length;
  return [
    [
      button(moveId('next', id, owner, index), last ? 'See summary' : 'Next question', {
        style: 'primary',
        hint: 'next',
      }),
      button(moveId('retry', id, owner, index), 'Retry', { style: 'secondary', hint: 'retry' }),
      button(moveId('hint', id, owner, index), 'Hint', { style: 'secondary', hint: 'hint' }),
      button(moveId('end', id, owner, index), 'End', { style: 'danger', hint: 'end' }),
    ],
  ];
}

/** The model's coaching on one answer (src/app/mock/coach.ts): prose (null when not written) and the follow-up. */

/** The coaching notes in the member's words (the ids are for scripts and the JSON output). */
export const NOTE_LABEL: Record<NoteId, string> = {
  'too-long': 'Too long',
  'too-short': 'Too short',
  'no-result': 'No result',
  blame: 'Sounds like blame',
  fillers: 'Filler words',
  'no-informatics-angle': 'No link to informatics',
};

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const noteLabel = (id: string): string => NOTE_LABEL[id as NoteId] ?? id;

export interface CoachProse {
  prose: string | null;
  followUp: string;
  llm: LlmUse;
}

/** The model's prose for the summary (null when not written). */
export interface SummaryProse {
  prose: string | null;
  llm: LlmUse;
}

export interface SessionViewOptions {
  /** A line shown above, e.g. why an older button brought the member here. */
  lead?: string;
  /** The hint text to show with the question or feedback. */
  hint?: string;
  /** Shown once, on the first question: the member has no profile (general questions + setup offer). */
  offerSetup?: boolean;
  /** With a model configured: coaching on the answer just given (feedback view). */
  coach?: CoachProse;
  /** With a model configured: prose for the summary (summary view). */
  summaryProse?: SummaryProse;
}

export function questionView(s: StoredMockSession, owner: string, opts: SessionViewOptions = {}): View {
  const q = currentQuestion(s.state);
  if (!q) return summaryView(s, owner);
  const retrying = s.state.attempts.some((a) => a.questionId === q.id);
  const lines = [
    opts.lead,
    opts.offerSetup
      ? 'You have no profile yet, so these are general questions. Add your profile for a plan built around your own story and red flags.'
      : undefined,
    `**Question ${position(s.state)}**${retrying ? ' (another try)' : ''} · ${CATEGORY_LABEL[q.category]}`,
  ].filter(Boolean);
  const actions = questionActions(s, owner);
  if (opts.offerSetup) {
    actions.push([
      button(SETUP_BUTTON_ID, 'Set up my profile', { style: 'secondary', hint: '/profile import <path>' }),
    ]);
  }
  return {
    text: lines.join('\n'),
    sections: [
      {
        title: q.text,
        body: q.parts?.line ?? FRAMEWORK_LINE[q.framework],
        footer: `Answer with what you would say out loud: ${spokenLength(q).aim} spoken. Hint shows how to build it.`,
      },
      ...(opts.hint ? [hintSection(q, opts.hint)] : []),
    ],
    actions,
    personal: true,
  };
}

const yesNo = (b: boolean) => (b ? 'yes' : 'not heard');

function metricsFields(fb: AnswerFeedback, story: boolean, q?: Question): Field[] {
  const { minSeconds, maxSeconds, wordsPerMinute } = FEEDBACK_CONFIG;
  // The aim follows the question's own kind (a red flag about a minute, a visa question a few sentences).
  const aim = q ? spokenLength(q).aim : `${minSeconds}-${maxSeconds} s`;
  return [
    {
      name: 'Length',
      value: `${fb.words} words, about ${fb.estimatedSeconds} seconds spoken at ${wordsPerMinute} words a minute (aim for ${aim})`,
    },
    {
      name: 'STAR parts',
      value: story
        ? `Situation: ${yesNo(fb.star.situation)} · Task: ${yesNo(fb.star.task)} · Action: ${yesNo(fb.star.action)} · Result: ${yesNo(fb.star.result)}`
        : 'Not scored: this question does not ask for a story.',
    },
    {
      name: 'Filler words',
      value: fb.fillers.count ? `${fb.fillers.count} (most often: ${fb.fillers.top.join(', ')})` : 'none heard',
    },
  ];
}

/** "3 notes → 1": how a retry compares with the try before it. */
function progressLine(s: SessionState): string | undefined {
  const q = s.questions[s.index];
  const tries = s.attempts.filter((a) => a.questionId === q);
  if (tries.length < 2) return undefined;
  const [before, now] = [tries[tries.length - 2]!.feedback, tries[tries.length - 1]!.feedback];
  const stars = (f: AnswerFeedback) => Object.values(f.star).filter(Boolean).length;
  return `Compared with your previous try: notes ${before.notes.length} → ${now.notes.length}, STAR parts ${stars(before)} → ${stars(now)} of 4, ${before.words} → ${now.words} words.`;
}

/** The coach's prose and the follow-up question, after the measured notes (which stay as they are). */
function coachSections(c: CoachProse): Section[] {
  return [
    ...(c.prose
      ? [
          {
            title: 'Coach',
            // Model text is untrusted: shown as text, never as markdown or mentions.
            body: memberText(c.prose),
            footer: 'Written by the AI model from your answer and its notes.',
            tone: 'info' as const,
          },
        ]
      : []),
    {
      title: 'A follow-up they might ask',
      body: `> ${memberText(c.followUp)}`,
      footer: `Practise it out loud, or ${pressAction('Retry')} to answer the question again.`,
    },
    ...llmNoteSections(c.llm),
  ];
}

export function feedbackView(s: StoredMockSession, owner: string, opts: SessionViewOptions = {}): View {
  const q = currentQuestion(s.state);
  const a = lastAttempt(s.state);
  if (!q || !a) return questionView(s, owner, opts);
  const fb = a.feedback;
  // Advice given below the checks (what the answer says, a question to decline, a fact to correct):
  // the checks' verdict is then not headed "No notes" (newcomer trial 20 read decline advice under it).
  const claimList = factClaims(a.answer);
  const adviceBelow = Boolean(fb.advice?.length) || isPoliteDecline(q) || claimList.length > 0;
  const notes: Section = fb.notes.length
    ? {
        title: 'What to work on',
        // Notes quote the member's own words, so they are shown as text.
        body: fb.notes.map((n) => `- **${noteLabel(n.id)}**: ${memberText(n.message)}`).join('\n'),
        tone: 'warning',
      }
    : {
        title: adviceBelow ? 'The 6 checks: nothing to note; advice below' : 'No notes',
        body: cleanSummary(fb),
        // Advice on what the answer says stands beside it: not an all-clear.
        tone: adviceBelow ? 'info' : 'success',
      };
  // What the answer gives as its reason, or a departure the profile records and the answer leaves out.
  const advice: Section[] = fb.advice?.length
    ? [
        {
          title: 'On what your answer says',
          body: fb.advice.map((x) => `- ${memberText(x)}`).join('\n'),
          tone: 'warning',
        },
      ]
    : [];
  const progress = progressLine(s.state);
  // What the answer asserts, checked against the guides (apart from the notes, which judge how it is told).
  const claims: Section[] = claimList.map((c) => ({
    title: 'A fact to correct before you say this',
    body: `You said: "${memberText(c.quote)}"\n${c.message}`,
    footer: `Source: ${c.source}`,
    tone: 'warning',
  }));
  // An answer built in parts: say what the checks cannot see (its structure), notes or none.
  const limits = uncheckedFor(q);
  const unchecked: Section[] = limits ? [{ title: 'What these checks cannot see', body: limits, tone: 'info' }] : [];
  const decline: Section[] = isPoliteDecline(q)
    ? [{ title: 'A question to decline politely', body: memberText(declineAdvice(a.answer)), tone: 'info' }]
    : [];
  return {
    text: [opts.lead, `**Feedback · question ${position(s.state)}**${a.retry ? ` (try ${a.retry + 1})` : ''}`]
      .filter(Boolean)
      .join('\n'),
    sections: [
      {
        title: q.text,
        body: `> ${memberText(excerpt(a.answer, ANSWER_EXCERPT_CHARS).replace(/\s*\n+\s*/g, ' '))}`,
        fields: metricsFields(fb, isStoryQuestion(q), q),
        ...(progress ? { footer: progress } : {}),
      },
      ...claims,
      ...decline,
      ...advice,
      ...unchecked,
      { ...notes, footer: sourcesLine(q) },
      ...(opts.coach ? coachSections(opts.coach) : []),
      ...(opts.hint ? [hintSection(q, opts.hint)] : []),
    ],
    actions: feedbackActions(s, owner),
    personal: true,
  };
}

/** One line per question: what happened to it, with the latest attempt's metrics. */
function progressLines(s: SessionState): string[] {
  return s.questions.map((id, i) => {
    const q = questionById(id);
    const text = q?.text ?? id;
    const tries = s.attempts.filter((a) => a.questionId === id);
    const last = tries.at(-1);
    if (last) {
      const fb = last.feedback;
      // The feedback said "STAR parts: not scored" for a question that asks for no story: the
      // summary must not give it a score after all ("STAR 1/4" read as a weak answer).
      const star = q && isStoryQuestion(q) ? `STAR ${Object.values(fb.star).filter(Boolean).length}/4, ` : '';
      const notes = fb.notes.length ? fb.notes.map((n) => noteLabel(n.id).toLowerCase()).join(', ') : 'no notes';
      const again = tries.length > 1 ? `, ${tries.length} tries` : '';
      return `${i + 1}. ${text} — answered${again}: ${fb.words} words, ~${fb.estimatedSeconds} s, ${star}${notes}`;
    }
    if (s.skipped.includes(id)) return `${i + 1}. ${text} — skipped`;
    return `${i + 1}. ${text} — not reached`;
  });
}

/**
 * A false claim in an answer's last try, kept in the summary: the feedback said it once, and it is
 * the sentence that would hurt most in a real interview, so it leads "Practise next" (a trial found
 * it gone from the summary while the notes' counts were all there).
 */
function factsToCorrect(s: SessionState): string[] {
  return s.questions.flatMap((id, i) => {
    const last = s.attempts.filter((a) => a.questionId === id).at(-1);
    if (!last) return [];
    return factClaims(last.answer).map(
      (c) =>
        `Correct a fact in your answer to question ${i + 1} before you say it in an interview: "${memberText(excerpt(c.quote, 120))}" says your training abroad equals a US residency or makes you eligible, which it does not (${c.source}).`,
    );
  });
}

/** An answer's words, for comparing two answers (case and punctuation aside). */
const answerWords = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);

/**
 * The same story given to several different questions. Each answer's checks look at that answer
 * alone, so a polished story pasted under "What happened with the exam?" passes them all; the
 * summary, which sees every answer, says so. Two answers count as the same when at least 80% of
 * the words of either appear in the other.
 */
function repeatedAnswer(state: StoredMockSession['state']): string | undefined {
  const latest = new Map<string, string>();
  for (const a of state.attempts) latest.set(a.questionId, a.answer);
  const answers = [...latest.entries()].map(([id, text]) => ({ id, words: answerWords(text) }));
  const same = (x: Set<string>, y: Set<string>) => {
    const shared = [...x].filter((w) => y.has(w)).length;
    return Math.min(x.size, y.size) >= 10 && shared >= 0.8 * Math.max(x.size, y.size);
  };
  let largest: string[] = [];
  for (const a of answers) {
    const group = answers.filter((b) => same(a.words, b.words)).map((b) => b.id);
    if (group.length > largest.length) largest = group;
  }
  if (largest.length < 2) return undefined;
  const texts = largest.map((id) => `"${questionById(id)?.text ?? id}"`);
  return `You gave nearly the same answer to ${largest.length} different questions (${texts.join(', ')}). The checks judge each answer on its own and cannot tell whether it answers what was asked: give each question its own answer, aimed at what it asks.`;
}

export function summaryView(
  s: StoredMockSession,
  owner: string,
  opts: { lead?: string; summaryProse?: SummaryProse } = {},
): View {
  const sum = summary(s.state);
  const head = `**Mock interview finished**: ${sum.answered} of ${sum.total} answered, ${sum.skipped} skipped${sum.notReached ? `, ${sum.notReached} not reached` : ''}.`;
  const sections: Section[] = [];
  const prose = opts.summaryProse;
  if (prose?.prose) {
    sections.push({
      title: 'In short',
      body: memberText(prose.prose),
      footer: 'Written by the AI model from your answers and the measurements in this summary.',
      tone: 'info',
    });
  }
  sections.push({ title: 'Question by question', body: progressLines(s.state).join('\n') });
  if (sum.answered) {
    sections.push({
      title: 'Across your answers',
      fields: [
        {
          name: 'Average length',
          value: `${sum.averageWords} words, about ${sum.averageSeconds} seconds`,
          inline: true,
        },
        ...(sum.star.of
          ? [
              {
                name: 'STAR parts covered (story questions)',
                value: `Situation ${sum.star.situation}/${sum.star.of} · Task ${sum.star.task}/${sum.star.of} · Action ${sum.star.action}/${sum.star.of} · Result ${sum.star.result}/${sum.star.of}`,
              },
            ]
          : []),
        {
          name: 'Most common notes',
          value: sum.commonNotes.length
            ? sum.commonNotes.map((n) => `${noteLabel(n.id)} (${times(n.count)})`).join(', ')
            : 'none',
        },
        { name: 'Hints used · retried', value: `${sum.hintsUsed} · ${sum.retried}`, inline: true },
      ],
      tone: 'info',
    });
  }
  const repeated = repeatedAnswer(s.state);
  sections.push({
    title: 'Practise next',
    body: [...factsToCorrect(s.state), ...(repeated ? [repeated] : []), ...sum.practiseNext]
      .map((p) => `- ${p}`)
      .join('\n'),
  });
  if (sum.toAsk.length) {
    sections.push({
      title: 'Questions for you to ask them at the end',
      body: sum.toAsk.map((t) => `- ${t.text}`).join('\n'),
      footer: 'Saved in your history: /mock history.',
    });
  }
  if (prose) sections.push(...llmNoteSections(prose.llm));
  return {
    text: [opts.lead, head].filter(Boolean).join('\n'),
    sections,
    actions: [
      [
        button(startId(owner, { kind: 'plan' }), 'Start another', { style: 'primary', hint: '/mock start' }),
        button(historyId(owner), 'History', { style: 'secondary', hint: '/mock history' }),
      ],
    ],
    personal: true,
  };
}

/** Whatever the session is showing now: the question, the feedback on it, or the summary. */
export function sessionView(s: StoredMockSession, owner: string, opts: SessionViewOptions = {}): View {
  if (s.state.ended || s.state.phase === 'summary') return summaryView(s, owner, opts);
  return s.state.phase === 'feedback' ? feedbackView(s, owner, opts) : questionView(s, owner, opts);
}

/** Starting while a session is in progress: resume it, or start over with what was asked for. */
export function activeSessionView(current: StoredMockSession, owner: string, wanted: MockOrigin): View {
  const st = current.state;
  const answered = new Set(st.attempts.map((a) => a.questionId)).size;
  const started = humanMonth(monthOfDay(st.createdAt.slice(0, 10)));
  return {
    text: '**You have a mock interview in progress.**',
    sections: [
      {
        body: `${originLabel(current.origin, current.generic)}, started ${started}: on question ${Math.min(st.index + 1, st.questions.length)} of ${st.questions.length}, ${answered} answered so far.`,
        footer: 'Starting over saves what you have answered so far to your history.',
        tone: 'info',
      },
    ],
    actions: [
      [
        button(resumeId(st.id, owner), 'Resume', { style: 'primary', hint: 'resume' }),
        button(startId(owner, wanted, { over: true }), 'Start over', { style: 'danger', hint: 'new' }),
      ],
    ],
    personal: true,
  };
}

export const NOT_YOURS =
  'This mock interview belongs to someone else, so I left it alone. Start your own with /mock start.';

export function goneView(owner: string): View {
  return {
    text: 'That mock interview has finished or expired (a session is kept for a day after its last step).',
    sections: [{ body: 'Start a new one with /mock start; past sessions are in /mock history.' }],
    actions: [
      [
        button(startId(owner, { kind: 'plan' }), 'Start a new one', { style: 'primary', hint: '/mock start' }),
        button(historyId(owner), 'History', { style: 'secondary', hint: '/mock history' }),
      ],
    ],
    personal: true,
  };
}

export const REPLACED_LEAD = 'That button belongs to an earlier mock interview. Here is the one in progress:';
export const MOVED_ON_LEAD = 'That button is from an earlier question. Here is where you are now:';

function historyLine(e: MockHistoryEntry): string {
  const day = e.endedAt.slice(0, 10);
  const s = e.summary;
  const parts = [`${s.answered} of ${s.total} answered`];
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (s.answered) {
    parts.push(`avg ${s.averageWords} words`);
    if (s.star.of) parts.push(`Action ${s.star.action}/${s.star.of}, Result ${s.star.result}/${s.star.of}`);
    const top = s.commonNotes[0];
    parts.push(top ? `most common note: ${noteLabel(top.id).toLowerCase()}` : 'no notes');
  }
  return `- **${day}** · ${originLabel(e.origin, e.generic)}: ${parts.join(' · ')}`;
}

export function historyView(entries: readonly MockHistoryEntry[], owner: string): View {
  if (!entries.length) {
    return {
      text: 'No finished mock interviews yet. When you finish (or end) one, its summary is kept here.',
      sections: [],
      actions: [[button(startId(owner, { kind: 'plan' }), 'Start one', { style: 'primary', hint: '/mock start' })]],
      personal: true,
    };
  }
  return {
    text: `**Your mock interviews** (latest ${entries.length}, newest first)`,
    sections: [
      {
        body: entries.map(historyLine).join('\n'),
        footer: 'The last 20 sessions are kept. /profile delete removes them with everything else.',
      },
    ],
    actions: [[button(startId(owner, { kind: 'plan' }), 'Start another', { style: 'primary', hint: '/mock start' })]],
    personal: true,
  };
}
