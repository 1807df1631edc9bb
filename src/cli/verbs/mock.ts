/**
 * `advisor mock plan --profile FILE [--count N] [--focus CATEGORY]`: the mock-interview questions
 * chosen for this member, in interview order, plus questions to ask the program (`toAsk`, not
 * counted in N).
 * `advisor mock feedback --question TEXT --answer FILE`: feedback on one answer. TEXT may be a
 * bank question's id or wording (then its metadata is used) or any question the member typed.
 * With OPENAI_API_KEY set, feedback also gains coaching prose, one follow-up question and `llm`;
 * the measured metrics and notes stay exactly as the rules produce them.
 */
import { UserError } from '../../core/errors.js';
import { formatRef } from '../../knowledge/outline.js';
import { CATEGORIES, citesFor, DEPARTURE_CITES, isCategory } from '../../mock/bank.js';
import { declineAdvice, declineFeedback, isPoliteDecline, revealsRanking } from '../../mock/decline.js';
import {
  answerFeedback,
  cleanSummary,
  isDepartureQuestion,
  uncheckedFor,
  FEEDBACK_CONFIG,
  resolveQuestion,
  type AnswerFeedback,
} from '../../mock/feedback.js';
import { mockPlan, PLAN_CONFIG, type MockPlan, type PlannedQuestion } from '../../mock/plan.js';
import { SESSION_CONFIG } from '../../mock/session.js';
import { mockFeedbackProse } from '../../llm/features/mock.js';
import { cliLlm, llmJson, llmNoteLines } from '../llm.js';
import { wrapBullet, wrapParagraph } from '../format-paragraph.js';
import type { Verb, VerbInput, VerbOutput } from '../types.js';

const USAGE_PLAN = 'mock plan --profile FILE [--count N] [--focus CATEGORY]';
const USAGE_FEEDBACK = 'mock feedback --question TEXT --answer FILE [--profile FILE]';
const USAGE = `${USAGE_PLAN} | ${USAGE_FEEDBACK}`;

/** A spoken answer is a few hundred words; 64 KB is far beyond any real one. */
export const ANSWER_MAX_BYTES = 64 * 1024;
const QUESTION_MAX_CHARS = 1000;

const OPTIONS_OF: Record<'plan' | 'feedback', readonly string[]> = {
  // --profile serves both: the plan is built from it, and feedback holds a departure it records
  // against an answer about leaving.
  plan: ['count', 'focus'],
  feedback: ['question', 'answer'],
};

function rejectForeignOptions(sub: 'plan' | 'feedback', values: VerbInput['values']): void {
  const other = sub === 'plan' ? 'feedback' : 'plan';
  for (const name of OPTIONS_OF[other]) {
    if (values[name] !== undefined)
      throw new UserError(
        `--${name}: only for "mock ${other}" (usage: advisor ${sub === 'plan' ? USAGE_PLAN : USAGE_FEEDBACK})`,
      );
  }
}

function countOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const { minCount, maxCount } = PLAN_CONFIG;
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < minCount || n > maxCount) {
    throw new UserError(
      `--count: ${JSON.stringify(value)} is not a whole number from ${minCount} to ${maxCount}, e.g. --count 8`,
    );
  }
  return n;
}

function focusOption(value: string | boolean | undefined) {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isCategory(value)) {
    throw new UserError(`--focus: ${JSON.stringify(value)} is not a category; use one of ${CATEGORIES.join(', ')}`);
  }
  return value;
}

const questionJson = (q: PlannedQuestion) => ({
  id: q.id,
  category: q.category,
  text: q.text,
  shows: q.shows,
  framework: q.framework,
  hint: q.hint,
  followUps: q.followUps,
  expectsInformatics: q.expectsInformatics,
  ...(q.audience ? { audience: q.audience } : {}),
  ...(q.tags ? { tags: q.tags } : {}),
  ...(q.direction ? { direction: q.direction } : {}),
  why: q.why,
  sources: citesFor(q),
});

function runPlan({ values, ctx }: VerbInput): VerbOutput {
  const path = values.profile;
  if (typeof path !== 'string' || path === '') {
    throw new UserError(`--profile: required, the path of your profile JSON file (usage: advisor ${USAGE_PLAN})`);
  }
  const count = countOption(values.count);
  const focus = focusOption(values.focus);
  const profile = ctx.readProfile(path);
  const plan = mockPlan(profile, ctx.today, { ...(count !== undefined ? { count } : {}), ...(focus ? { focus } : {}) });
  return {
    json: {
      questions: plan.questions.map(questionJson),
      toAsk: plan.toAsk.map(questionJson),
      didNotFit: plan.didNotFit,
      notGiven: plan.notGiven,
      ...(plan.lead ? { lead: plan.lead } : {}),
    },
    text: renderPlan(plan),
  };
}

function renderPlan(plan: MockPlan): string {
  const lines = [`Mock interview: ${plan.questions.length} question${plan.questions.length === 1 ? '' : 's'}`, ''];
  if (plan.lead) lines.push(...wrapParagraph(plan.lead, ''), '');
  plan.questions.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.category}] ${q.text}`);
    lines.push(...wrapParagraph(`Why: ${q.why}`, '   '));
    lines.push(...wrapParagraph(`A strong answer shows: ${q.shows}`, '   '));
    lines.push(...wrapParagraph(`Hint (${q.framework}): ${q.hint}`, '   '));
    lines.push(...wrapParagraph(`Possible follow-up: ${q.followUps.join(' / ')}`, '   '));
    lines.push('');
  });
  if (plan.toAsk.length) {
    lines.push('At the end, questions for you to ask them:');
    for (const q of plan.toAsk) lines.push(...wrapBullet(`${q.text} (${q.hint})`));
    lines.push('');
  }
  if (plan.didNotFit.length) {
    lines.push(
      ...wrapParagraph(
        `${plan.didNotFit.length} more red-flag question${plan.didNotFit.length > 1 ? 's' : ''} for your profile did not fit (${plan.didNotFit.join(', ')}); ask for more with --count.`,
        '',
      ),
    );
  }
  if (plan.notGiven.length) {
    lines.push(
      'Not given (the plan is more general than it could be):',
      ...plan.notGiven.flatMap((x) => wrapBullet(x)),
    );
  }
  return lines.join('\n').trimEnd();
}

async function runFeedback({ values, ctx }: VerbInput): Promise<VerbOutput> {
  const question = values.question;
  if (typeof question !== 'string' || !question.trim()) {
    throw new UserError(
      `--question: required, the interview question as text or a question id (usage: advisor ${USAGE_FEEDBACK})`,
    );
  }
  if (question.length > QUESTION_MAX_CHARS) {
    throw new UserError(
      `--question: ${question.length} characters is too long for a question (at most ${QUESTION_MAX_CHARS})`,
    );
  }
  const path = values.answer;
  if (typeof path !== 'string' || path === '') {
    throw new UserError(
      `--answer: required, the path of a text file with your answer (usage: advisor ${USAGE_FEEDBACK})`,
    );
  }
  const answer = ctx.readText(path, 'answer', ANSWER_MAX_BYTES);
  if (!answer.trim()) throw new UserError(`${path}: answer is empty; write what you would say in the file`);
  if (answer.trim().length > SESSION_CONFIG.maxAnswerChars) {
    throw new UserError(
      `${path}: answer is ${answer.trim().length} characters; at most ${SESSION_CONFIG.maxAnswerChars} (a spoken answer is 1-2 minutes)`,
    );
  }
  const bank = resolveQuestion(question);
  const profile = typeof values.profile === 'string' && values.profile ? ctx.readProfile(values.profile) : undefined;
  const raw = answerFeedback(bank ?? question, answer, profile ? { profile } : {});
  // "Where will you rank us?" is answered with a polite decline, not judged as a story.
  const decline = isPoliteDecline(bank ?? question);
  const fb = decline ? declineFeedback(raw) : raw;
  const llm = await cliLlm(values);
  const prose = llm ? await mockFeedbackProse(llm, { question: bank ?? question, answer, feedback: fb }) : undefined;
  const declineNote = decline ? declineAdvice(answer) : undefined;
  const text = renderFeedback(
    bank?.text ?? question.trim(),
    fb,
    (bank ? citesFor(bank) : isDepartureQuestion(question) ? DEPARTURE_CITES : []).map(formatRef),
    declineNote,
  );
  const coaching = prose?.feedback ? ['', 'Coaching:', ...wrapParagraph(prose.feedback, '  ')] : [];
  const follow = prose ? ['', `Follow-up question: ${prose.followUp}`] : [];
  return {
    json: {
      words: fb.words,
      estimatedSeconds: fb.estimatedSeconds,
      star: fb.star,
      fillers: fb.fillers,
      notes: fb.notes.map((n) => ({ id: n.id, message: n.message })),
      ...(fb.advice?.length ? { advice: fb.advice } : {}),
      question: { text: bank?.text ?? question.trim(), ...(bank ? { id: bank.id, sources: citesFor(bank) } : {}) },
      ...(declineNote ? { decline: { revealsRanking: revealsRanking(answer), advice: declineNote } } : {}),
      ...(prose
        ? { ...(prose.feedback ? { feedback: prose.feedback } : {}), followUp: prose.followUp, llm: llmJson(prose.llm) }
        : {}),
    },
    text: prose ? [text, ...coaching, ...follow, ...llmNoteLines(prose.llm)].join('\n') : text,
  };
}

function renderFeedback(question: string, fb: AnswerFeedback, sources: string[], decline?: string): string {
  const mark = (b: boolean) => (b ? 'yes' : 'not found');
  const lines = [
    `Question: ${question}`,
    '',
    `Length: ${fb.words} words, about ${fb.estimatedSeconds} seconds at ${FEEDBACK_CONFIG.wordsPerMinute} words a minute`,
    `STAR: situation ${mark(fb.star.situation)}, task ${mark(fb.star.task)}, action ${mark(fb.star.action)}, result ${mark(fb.star.result)}`,
    `Filler words: ${fb.fillers.count}${fb.fillers.top.length ? ` (most often: ${fb.fillers.top.join(', ')})` : ''}`,
    '',
  ];
  if (decline) lines.push(...wrapBullet(decline), '');
  if (fb.notes.length) {
    lines.push('What to work on:');
    for (const n of fb.notes) lines.push(...wrapBullet(`[${n.id}] ${n.message}`));
  } else {
    lines.push(cleanSummary(fb));
  }
  if (fb.advice?.length) {
    lines.push('', 'On what your answer says:');
    for (const a of fb.advice) lines.push(...wrapBullet(a));
  }
  const unchecked = uncheckedFor(question);
  if (unchecked) lines.push('', ...wrapBullet(unchecked));
  if (sources.length) lines.push('', `Sources: ${sources.join(', ')}`);
  return lines.join('\n');
}

export const verb: Verb = {
  usage: USAGE,
  options: {
    profile: { type: 'string' },
    count: { type: 'string' },
    focus: { type: 'string' },
    question: { type: 'string' },
    answer: { type: 'string' },
  },
  run(input) {
    const [sub, ...extra] = input.positionals;
    if (sub !== 'plan' && sub !== 'feedback') {
      throw new UserError(
        sub === undefined
          ? `mock: say which: "mock plan" or "mock feedback" (usage: advisor ${USAGE})`
          : `mock: unknown sub-command "${sub}"; use "plan" or "feedback" (usage: advisor ${USAGE})`,
      );
    }
    if (extra.length)
      throw new UserError(
        `mock ${sub}: unexpected argument "${extra[0]}" (usage: advisor ${sub === 'plan' ? USAGE_PLAN : USAGE_FEEDBACK})`,
      );
    rejectForeignOptions(sub, input.values);
    return sub === 'plan' ? runPlan(input) : runFeedback(input);
  },
};
