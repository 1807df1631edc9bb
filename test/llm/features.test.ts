import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeLorEmail, declineSentence } from '../../src/composers/lor-email.js';
import { targetPhrase } from '../../src/composers/lor-context.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { askWithLlm } from '../../src/llm/features/ask.js';
import { LLM_NOTES } from '../../src/llm/features/common.js';
import { inventedFacts } from '../../src/llm/features/facts.js';
import { personalGapDraft } from '../../src/llm/features/gap.js';
import { personalLorEmail } from '../../src/llm/features/lor-email.js';
import { fallbackFollowUp, mockFeedbackProse, mockSummaryProse } from '../../src/llm/features/mock.js';
import { redFlagNarrative } from '../../src/llm/features/redflag.js';
import { guardModel, memoryCounter } from '../../src/llm/guard.js';
import { answerFeedback } from '../../src/mock/feedback.js';
import { mockPlan } from '../../src/mock/plan.js';
import { answer as answerStep, startSession } from '../../src/mock/session.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { redFlags } from '../../src/rules/redflags.js';
import { startFakeOpenAi, type FakeOpenAi, type Scripted } from '../fake-openai/server.js';
import {
  BLAMING_GAP_DRAFT,
  exampleProfile,
  gapInput,
  GOOD_GAP_DRAFT,
  INVENTED_GAP_DRAFT,
  MEMBER_MARKERS,
  OTHER_MARKERS,
  otherProfile,
  TODAY,
} from './fixtures.js';
import { fakeModel, fenced, llmContext } from './helpers.js';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

// A question answered from guide passages (a curated FAQ answer is shown as written, without the model).
const QUESTION = 'How do I map my IMG experience to informatics skills?';
const index = () => getKnowledge().index;

describe('ask', () => {
  it('answers from the fenced top passages, citing them inline', async () => {
    const standard = answerQuestion(index(), QUESTION);
    const ref = `${standard.passages[0]!.doc}#${standard.passages[0]!.section}`;
    fake.script({ json: { answer: `Aim for at least half [${ref}].` } });
    const r = await askWithLlm(llmContext(fake), index(), QUESTION);
    expect(r.llm).toEqual({ used: true });
    expect(r.answer.answer).toBe(`Aim for at least half [${ref}].`);
    expect(r.answer.passages.map((p) => `${p.doc}#${p.section}`)).toEqual([ref]);
    const passages = fenced(fake.requests[0]!.text, 'passages')!;
    expect(passages.startsWith(`[${ref}] `)).toBe(true);
    expect(fenced(fake.requests[0]!.text, 'question')).toBe(QUESTION);
  });

  it('makes no call when retrieval says the guides do not cover the question', async () => {
    const offTopic = 'how do I bake sourdough bread';
    expect(answerQuestion(index(), offTopic).covered).toBe(false);
    const r = await askWithLlm(llmContext(fake), index(), offTopic);
    expect(r.answer.covered).toBe(false);
    expect(r.llm).toEqual({ used: false });
    expect(fake.requests).toHaveLength(0);
  });

  it('falls back when the answer cites a passage it was not given', async () => {
    fake.script({ json: { answer: 'Four letters [visas#j1-waiver].' } });
    const r = await askWithLlm(llmContext(fake), index(), QUESTION);
    expect(r.answer).toEqual(answerQuestion(index(), QUESTION));
    expect(r.llm).toMatchObject({ used: false, reason: 'failed-checks', note: LLM_NOTES['failed-checks'] });
    expect(fake.requests).toHaveLength(1);
  });

  it('falls back when the answer cites nothing', async () => {
    fake.script({ json: { answer: 'Four letters, trust me.' } });
    expect((await askWithLlm(llmContext(fake), index(), QUESTION)).llm.used).toBe(false);
  });

  it('caps a 10 000-character answer and neutralises mentions and masked links', async () => {
    const ref = `${answerQuestion(index(), QUESTION).passages[0]!.doc}#${answerQuestion(index(), QUESTION).passages[0]!.section}`;
    const long = `@everyone <@&123> read [this](https://evil.example) [${ref}]. ${'More detail here. '.repeat(600)}`;
    expect(long.length).toBeGreaterThan(10_000);
    fake.script({ json: { answer: long } });
    const r = await askWithLlm(llmContext(fake), index(), QUESTION);
    expect(r.llm.used).toBe(true);
    expect(r.answer.answer.length).toBeLessThanOrEqual(3500);
    expect(r.answer.answer).not.toMatch(/@everyone|<@&123>|evil\.example/);
    expect(r.answer.answer.startsWith('＠everyone @role read this')).toBe(true);
  });

  it('sends the question and the guides only: no profile facts, with or without consent', async () => {
    fake.script({ json: { answer: 'x' } });
    await askWithLlm(llmContext(fake, { consent: false }), index(), QUESTION);
    for (const m of [...MEMBER_MARKERS, ...OTHER_MARKERS]) expect(fake.requests[0]!.text).not.toContain(m);
  });

  it('without a model answers exactly as before', async () => {
    const r = await askWithLlm(undefined, index(), QUESTION);
    expect(r).toEqual({ answer: answerQuestion(index(), QUESTION), llm: { used: false } });
  });
});

describe('explain-gap', () => {
  it("sends this member's facts, the composer draft and the rule findings, fenced as data", async () => {
    fake.script({ json: { draft: GOOD_GAP_DRAFT } });
    const input = gapInput(exampleProfile(), 'My own draft about USMLE preparation.');
    const r = await personalGapDraft(llmContext(fake), input);
    expect(r).toMatchObject({ text: GOOD_GAP_DRAFT, fromModel: true, lint: [], llm: { used: true } });
    const text = fake.requests[0]!.text;
    for (const m of MEMBER_MARKERS) expect(fenced(text, 'facts')).toContain(m);
    expect(fenced(text, 'composerDraft')).toBe(input.draft.text);
    expect(fenced(text, 'ruleFindings')).toMatch(/Red flag training-gap \(low\): Aug 2018 – Nov 2019/);
    expect(fenced(text, 'ruleFindings')).toMatch(/Checks of the member's own draft: .*no-outcome/);
    expect(fenced(text, 'memberDraft')).toBe('My own draft about USMLE preparation.');
  });

  it('never puts another member’s data in the prompt, even when their calls interleave', async () => {
    fake.fallback((req) => ({ json: { draft: req.text.includes('Peru') ? 'B' : GOOD_GAP_DRAFT } }));
    await Promise.all([
      personalGapDraft(llmContext(fake, { userKey: 'a' }), gapInput(exampleProfile())),
      personalGapDraft(llmContext(fake, { userKey: 'b' }), gapInput(otherProfile())),
    ]);
    const mine = fake.requests.filter((r) => r.text.includes('Egypt'));
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) for (const m of OTHER_MARKERS) expect(r.text).not.toContain(m);
  });

  it('repairs a draft that fails the linter, sending the lint messages back', async () => {
    fake.script({ json: { draft: BLAMING_GAP_DRAFT } }, { json: { draft: GOOD_GAP_DRAFT } });
    const r = await personalGapDraft(llmContext(fake), gapInput());
    expect(r).toMatchObject({ text: GOOD_GAP_DRAFT, fromModel: true, llm: { used: true } });
    expect(fake.requests).toHaveLength(2);
    const repair = fake.requests[1]!.body.messages!.at(-1)!.content;
    expect(repair).toMatch(/^Your previous reply did not pass the advisor's checks:\n- blame: /);
    expect(repair).toContain('- no-informatics-link: ');
    expect(fenced(repair, 'previousReply')).toBe(BLAMING_GAP_DRAFT);
  });

  it('shows the composer draft when the repaired draft still fails', async () => {
    fake.script({ json: { draft: BLAMING_GAP_DRAFT } }, { json: { draft: BLAMING_GAP_DRAFT } });
    const input = gapInput();
    const r = await personalGapDraft(llmContext(fake), input);
    expect(r).toEqual({
      text: input.draft.text,
      fromModel: false,
      lint: lintGapExplanation(input.draft.text),
      llm: { used: false, reason: 'failed-checks', note: LLM_NOTES['failed-checks'] },
    });
    expect(fake.requests).toHaveLength(2);
  });

  it('rejects a draft that invents an institution and a year', async () => {
    fake.script({ json: { draft: INVENTED_GAP_DRAFT } }, { json: { draft: INVENTED_GAP_DRAFT } });
    const r = await personalGapDraft(llmContext(fake), gapInput());
    expect(r.fromModel).toBe(false);
    expect(fake.requests[1]!.body.messages!.at(-1)!.content).toMatch(
      /not in the profile.*"2021".*"Mayo"|not in the profile.*"Mayo"/,
    );
  });

  it('uses the repair turn for a reply that breaks the schema, and no more calls', async () => {
    fake.script({ content: '{"text": "wrong key"}' }, { json: { draft: BLAMING_GAP_DRAFT } });
    const r = await personalGapDraft(llmContext(fake), gapInput());
    expect(r.fromModel).toBe(false);
    expect(fake.requests).toHaveLength(2);
  });

  it('without consent makes no call and says why', async () => {
    const input = gapInput();
    const r = await personalGapDraft(llmContext(fake, { consent: false }), input);
    expect(r).toMatchObject({ text: input.draft.text, fromModel: false, llm: { used: false, reason: 'no-consent' } });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('lor-ask email', () => {
  const profile = exampleProfile();
  const composed = composeLorEmail(profile, { today: TODAY });
  const findings = reviewLetters(profile, TODAY).findings;
  const goodBody = composed.body.replace(
    'Dear Dr. Lee,',
    'Dear Dr. Lee,\n\nI hope the new academic year is treating you well.',
  );

  it('uses a personal email that keeps the decline sentence and the target', async () => {
    fake.script({ json: { subject: composed.subject, body: goodBody } });
    const r = await personalLorEmail(llmContext(fake), { profile, email: composed, findings });
    expect(r).toMatchObject({ body: goodBody, fromModel: true, llm: { used: true } });
    const text = fake.requests[0]!.text;
    expect(fenced(text, 'declineSentence')).toBe(declineSentence());
    expect(fenced(text, 'target')).toBe(targetPhrase(profile));
    expect(fenced(text, 'facts')).toContain('Letter writer: Dr. Lee');
    expect(fenced(text, 'facts')).not.toContain('Ms. Ortiz'); // only the writer addressed
    expect(fenced(text, 'findings')).toContain('informatics-share-low');
    expect(fenced(text, 'findings')).not.toContain('Dr. Haddad');
  });

  it('repairs an email without the honourable decline, then falls back if still missing', async () => {
    const noDecline = goodBody.replace(declineSentence(), '');
    fake.script(
      { json: { subject: composed.subject, body: noDecline } },
      { json: { subject: composed.subject, body: noDecline } },
    );
    const r = await personalLorEmail(llmContext(fake), { profile, email: composed, findings });
    expect(r).toMatchObject({ subject: composed.subject, body: composed.body, fromModel: false });
    expect(fake.requests[1]!.body.messages!.at(-1)!.content).toContain('word for word');
  });

  it('rejects an email that drops the target', async () => {
    fake.script(
      { json: { subject: 's', body: goodBody.replace(targetPhrase(profile), 'a job') } },
      { json: { subject: 's', body: goodBody } },
    );
    const r = await personalLorEmail(llmContext(fake), { profile, email: composed, findings });
    expect(r.fromModel).toBe(true);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('mock', () => {
  const question = 'Tell me about a time you improved a process.';
  const answerText =
    'In my residency in Cairo the discharge summaries were late. I built a checklist in the EHR and trained the team. Late summaries fell by a third.';
  const fb = answerFeedback(question, answerText);

  it('adds prose and one adaptive follow-up, leaving the metrics as they are', async () => {
    const before = structuredClone(fb);
    fake.script({
      json: { feedback: 'Your EHR checklist is a clear action.', followUp: 'How did you measure the late summaries?' },
    });
    const r = await mockFeedbackProse(llmContext(fake, { consent: false }), {
      question,
      answer: answerText,
      feedback: fb,
    });
    expect(r).toEqual({
      feedback: 'Your EHR checklist is a clear action.',
      followUp: 'How did you measure the late summaries?',
      llm: { used: true },
    });
    expect(fb).toEqual(before);
    const text = fake.requests[0]!.text;
    expect(fenced(text, 'answer')).toBe(answerText);
    expect(fenced(text, 'metrics')).toMatch(/^Length: \d+ words/);
  });

  it('falls back to a deterministic follow-up when the model fails', async () => {
    fake.script({ refusal: 'no' });
    const r = await mockFeedbackProse(llmContext(fake), { question, answer: answerText, feedback: fb });
    expect(r).toEqual({
      feedback: null,
      followUp: fallbackFollowUp(question, fb),
      llm: expect.objectContaining({ reason: 'refusal' }),
    });
  });

  it('rejects a follow-up that is not a question', async () => {
    fake.script(
      { json: { feedback: 'Good.', followUp: 'Tell me more' } },
      { json: { feedback: 'Good.', followUp: 'Tell me more' } },
    );
    const r = await mockFeedbackProse(llmContext(fake), { question, answer: answerText, feedback: fb });
    expect(r.feedback).toBeNull();
    expect(r.followUp).toMatch(/\?$/);
  });

  it('writes a session summary on top of the unchanged summary', async () => {
    const plan = mockPlan(exampleProfile(), TODAY, { count: 3 });
    const started = startSession(plan, { id: 's1', now: '2026-06-01T00:00:00Z' });
    if (!started.ok) throw new Error(started.error.message);
    const answered = answerStep(started.value, answerText);
    if (!answered.ok) throw new Error(answered.error.message);
    fake.script({ json: { summary: 'Your answers were short; practise adding a result.' } });
    const r = await mockSummaryProse(llmContext(fake), answered.value);
    expect(r.prose).toBe('Your answers were short; practise adding a result.');
    expect(r.summary.answered).toBe(1);
    expect(fenced(fake.requests[0]!.text, 'answers')).toContain(answerText);
  });
});

describe('redflag narrative', () => {
  const profile = exampleProfile();
  const report = redFlags(profile, TODAY);

  it('adds a narrative naming the most severe flag; the flags stay as the rules made them', async () => {
    const before = structuredClone(report);
    fake.script({
      json: {
        narrative:
          'Clinical currency comes first: add recent hands-on clinical work. Your Step 1 story then shows growth.',
      },
    });
    const r = await redFlagNarrative(llmContext(fake), { profile, report });
    expect(r.narrative).toMatch(/^Clinical currency comes first/);
    expect(r.report).toEqual(before);
    expect(fenced(fake.requests[0]!.text, 'flags')).toMatch(/^1\. clinical-currency \(high\)/);
  });

  it('rejects a narrative that explains the flags away', async () => {
    const denial = { json: { narrative: 'Clinical currency is not a problem; you have no red flags.' } };
    fake.script(denial, denial);
    const r = await redFlagNarrative(llmContext(fake), { profile, report });
    expect(r).toMatchObject({ narrative: null, llm: { reason: 'failed-checks' } });
    expect(r.report).toEqual(redFlags(profile, TODAY));
  });

  it('makes no call without flags or without consent', async () => {
    await redFlagNarrative(llmContext(fake), { profile, report: { flags: [], notGiven: [] } });
    const r = await redFlagNarrative(llmContext(fake, { consent: false }), { profile, report });
    expect(r.llm.reason).toBe('no-consent');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('every failure mode gives the deterministic answer and a note, never a throw', () => {
  const modes: Array<[string, Scripted[], string]> = [
    ['500s', [{ status: 500 }, { status: 500 }, { status: 500 }], 'server-error'],
    ['429 with a long retry-after', [{ status: 429, headers: { 'retry-after': '60' } }], 'rate-limited'],
    ['a hang past the deadline', [{ hang: true }], 'timeout'],
    ['a refusal', [{ refusal: 'I will not.' }], 'refusal'],
    ['invalid JSON twice', [{ content: 'nope' }, { content: 'still nope' }], 'invalid-output'],
    ['finish_reason length', [{ length: true }], 'length'],
  ];
  for (const [name, script, reason] of modes) {
    it(`${name} → ${reason}`, async () => {
      const llm = llmContext(fake, { deadlineMs: 1200 });
      const profile = exampleProfile();
      const fb = answerFeedback('Why informatics?', 'Because I like data and the EHR.');

      fake.script(...script);
      const ask = await askWithLlm(llm, index(), QUESTION);
      expect(ask.answer).toEqual(answerQuestion(index(), QUESTION));
      expect(ask.llm).toEqual({ used: false, reason, note: LLM_NOTES[reason as keyof typeof LLM_NOTES] });

      fake.reset();
      fake.script(...script);
      const gap = await personalGapDraft(llm, gapInput(profile));
      expect(gap.fromModel).toBe(false);
      expect(gap.llm).toEqual({ used: false, reason, note: LLM_NOTES[reason as keyof typeof LLM_NOTES] });

      fake.reset();
      fake.script(...script);
      const mock = await mockFeedbackProse(llm, {
        question: 'Why informatics?',
        answer: 'Because I like data and the EHR.',
        feedback: fb,
      });
      expect(mock.feedback).toBeNull();
      expect(mock.llm).toEqual({ used: false, reason, note: LLM_NOTES[reason as keyof typeof LLM_NOTES] });
    });
  }
});

describe('quota', () => {
  it('after the daily quota the member gets the deterministic answer and a note, with no call', async () => {
    const model = guardModel(fakeModel(fake), { counter: memoryCounter(), dailyQuota: 1, concurrency: 2 });
    const llm = llmContext(fake, { model });
    const ref = answerQuestion(index(), QUESTION).passages[0]!;
    fake.fallback({ json: { answer: `Yes [${ref.doc}#${ref.section}].` } });
    expect((await askWithLlm(llm, index(), QUESTION)).llm.used).toBe(true);
    const second = await askWithLlm(llm, index(), QUESTION);
    expect(second.answer).toEqual(answerQuestion(index(), QUESTION));
    expect(second.llm).toEqual({ used: false, reason: 'quota', note: LLM_NOTES.quota });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('invented-fact heuristic', () => {
  it('flags numbers and mid-sentence proper nouns the sources lack', () => {
    expect(inventedFacts('I worked at Mayo Clinic for 3 years.', ['I worked for years.'])).toEqual([
      '3',
      'Mayo',
      'Clinic',
    ]);
  });
  it('accepts facts from the sources, months, and ordinary acronyms', () => {
    expect(
      inventedFacts('In June 2019 I passed Step 1 and used the EHR with Dr. Lee.', ['Step 1, Jun 2019, pass; Dr. Lee']),
    ).toEqual([]);
  });
  it('checks a name after "Dr." even though it follows a full stop', () => {
    expect(inventedFacts('I asked Dr. Smith.', ['Dr. Lee'])).toEqual(['Smith']);
  });
});
