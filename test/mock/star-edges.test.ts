/**
 * STAR parts where a detail of the reading decides (round six of issue 15): corpus answers whose
 * label a small change to the reader would break, single sentences from them (with their question),
 * and short answers a member could give. Each expectation is the reading the labels ask for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { detectStar, firstAction } from '../../src/mock/star.js';

type Star = Partial<Record<'situation' | 'task' | 'action' | 'result', boolean>>;

/** [answers/file/id, {note: given}, {STAR part: found}], as labelled. */
const ITEMS: [string, Record<string, boolean>, Star][] = [
  ['answers/seen-heldout-c/an-h3-030', { 'no-result': true }, { result: false }],
  ['answers/blind-a/an-a-015', {}, { result: true }],
  ['answers/seen-heldout-g/an-h7-029', {}, { action: false }],
];

const items = new Map<string, Record<string, unknown>>();
function item(key: string): Record<string, unknown> {
  const [kind, file] = key.split('/');
  if (!items.has(key))
    for (const line of readFileSync(new URL(`../corpus/${kind}/${file}.jsonl`, import.meta.url), 'utf8').split('\n'))
      if (line.trim()) {
        const x = JSON.parse(line) as Record<string, unknown>;
        items.set(`${kind}/${file}/${String(x.id)}`, x);
      }
  return items.get(key)!;
}

const check = (question: string, answer: string, ids: Record<string, boolean>, star: Star) => {
  const fb = answerFeedback(question, answer);
  for (const [id, given] of Object.entries(ids)) expect([id, fb.notes.some((n) => n.id === id)]).toEqual([id, given]);
  for (const [part, found] of Object.entries(star))
    expect([part, fb.star?.[part as keyof Star]]).toEqual([part, found]);
};

describe('corpus answers, as labelled', () => {
  it.each(ITEMS.map(([key, ids, star]) => ({ key, ids, star })))('$key', ({ key, ids, star }) => {
    const x = item(key);
    check(String(x.question ?? ''), String(x.answer), ids, star);
  });
});

describe('single sentences from labelled answers', () => {
  it.each([
    {
      question: 'Why did you leave your previous residency?',
      answer:
        "So I left after my first year, in 2023, and, um, I took a research job at a cardiology institute, where I've been, like, building the registry database, and, uh, we published one paper from it last year.",
      star: { result: true },
    },
    {
      question: 'Tell me about a time you used data to solve a problem.',
      answer:
        'Our department head was worried that we used too much carbapenem, and she asked me to find out where it was being used and why.',
      star: { result: false },
    },
    {
      question: 'Describe a challenge you faced during an EHR go-live.',
      answer:
        'The challenge was that the admission order set had been built with the outpatient medication list as the default, so every admission pulled in drugs the patient had stopped months ago.',
      star: { result: false },
    },
    {
      question: 'Tell me about a project where you used technology to solve a problem.',
      answer:
        'When I was working in a community health centre in Lombok in 2022, many elderly patients with hypertension stopped coming for control after the first visit.',
      star: { result: false },
    },
    {
      question: 'What draws you to clinical informatics?',
      answer: 'I am a people person, and I enjoy bringing a team together and making sure everyone feels supported.',
      star: { action: false },
    },
  ])('$answer', ({ question, answer, star }) => check(question, answer, {}, star));
});

const STORY_Q = 'Tell me about a time you improved a process.';

describe('answers a member could give', () => {
  it('reads a change the member only hopes an audit will show as no result', () => {
    expect(
      detectStar('I built the alert last month. We hope the audit will show the missed doses dropped by half.', STORY_Q)
        .result,
    ).toBe(false);
  });

  it("reads others' gratitude after the member's action as a result", () => {
    expect(detectStar('I rebuilt the handover sheet and the night nurses were grateful.', STORY_Q).result).toBe(true);
  });

  it('counts "I have run…" as something done, and "I now review…" after an event as a habit, outside a story', () => {
    const q = 'What are your strengths?';
    expect(detectStar('I have run two quality projects on our ward.', q).action).toBe(true);
    expect(detectStar('Since the outage happened, I now review every alert myself.', q).action).toBe(false);
  });

  it('counts a change after an action told without "I" as a result', () => {
    expect(
      detectStar('Rebuilt the discharge checklist with the nurses. Readmissions fell after that.', STORY_Q),
    ).toMatchObject({ action: true, result: true });
    expect(detectStar('Rebuilt the discharge checklist with the nurses. Readmissions fell.', STORY_Q)).toMatchObject({
      action: true,
      result: true,
    });
  });

  it('reads a change told under "When I was working in…" as the setting unless it is measured', () => {
    const q = 'Tell me about a project where you used technology to solve a problem.';
    expect(
      detectStar('When I was working in Lombok, many patients stopped coming after we moved the clinic.', q).result,
    ).toBe(false);
    expect(detectStar('When I was working in Lombok, missed visits dropped to 15 a month.', q).result).toBe(true);
  });

  it('counts what a member does now as an action in a summary of themselves, and a Step pass as no result', () => {
    const q = 'Tell me about yourself.';
    expect(detectStar('I am an internist from Lagos. I build dashboards for our sepsis team.', q).action).toBe(true);
    expect(detectStar('I graduated from Cairo in 2018. I got a first-time pass on all three Steps.', q).result).toBe(
      false,
    );
    expect(detectStar('I graduated from Cairo in 2018 and passed Step 2 CK with a score of 248.', q).result).toBe(
      false,
    );
  });

  it('reads no setting in a sentence that opens on "That Friday" or "Within" a named place', () => {
    expect(detectStar('That Friday I rebuilt the checklist. Errors fell by half.', STORY_Q).situation).toBe(false);
    expect(
      detectStar('Within Riverside Hospital, I rebuilt the checklist. Errors fell by half.', STORY_Q).situation,
    ).toBe(false);
  });

  it('quotes the first action up to a title at the end of the window', () => {
    expect(firstAction('I built a new sepsis form with Dr. Osei and the nurses.')).toBe(
      'I built a new sepsis form with Dr.…',
    );
  });
});
