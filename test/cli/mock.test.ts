import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/mock/bank.js';
import { EXAMPLE_PROFILE, runCli, runCliJson, scratchDir, writeJson } from '../helpers/cli.js';

const dir = scratchDir();
const TODAY = ['--today', '2026-09-01'];

const STORY =
  'During my medicine rotation, abnormal potassium results were often seen late. My role was to find out why. ' +
  'I pulled a month of result timestamps from the EHR and I met the night nurses to map who saw each result first. ' +
  'I proposed a callback step in the workflow, and as a result late acknowledgements dropped by half within six weeks.';

interface PlanJson {
  questions: {
    id: string;
    category: string;
    text: string;
    shows: string;
    framework: string;
    hint: string;
    followUps: string[];
  }[];
  toAsk: { id: string; category: string; text: string }[];
}

interface FeedbackJson {
  words: number;
  estimatedSeconds: number;
  star: { situation: boolean; task: boolean; action: boolean; result: boolean };
  fillers: { count: number; top: string[] };
  notes: { id: string; message: string }[];
}

describe('advisor mock plan', () => {
  it('prints the contract shape: questions with id, category and text, plus coaching', () => {
    const out = runCliJson<PlanJson>(['mock', 'plan', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(out.questions).toHaveLength(8);
    // Each question as the bank has it: the text, the coaching and the follow-ups a member reads.
    for (const q of out.questions) {
      const banked = questionById(q.id);
      expect(banked, q.id).toBeDefined();
      // The example member's only US time is an observership: the limited-USCE coaching is fitted
      // to that (no "during your US clinical time"); every other question is the bank's as it stands.
      const fitted = q.id === 'rf-limited-usce';
      // Her current work is an informatics role: "why CI" gets its second half (why a fellowship
      // now rather than staying in that role), so its text and coaching are the bank's plus that.
      const why = q.id === 'why-clinical-informatics';
      expect(q).toEqual(
        expect.objectContaining({
          id: banked!.id,
          category: banked!.category,
          framework: banked!.framework,
          ...(why ? {} : { text: banked!.text, shows: banked!.shows }),
          ...(fitted || why ? {} : { hint: banked!.hint, followUps: banked!.followUps }),
        }),
      );
      if (fitted) expect(q.followUps.join(' ')).not.toMatch(/your US clinical time/);
      if (why) {
        expect(q.text).toMatch(/^Why clinical informatics, and why a fellowship now rather than staying in/);
        expect(q.hint.startsWith(banked!.hint)).toBe(true);
        expect(q.shows.startsWith(banked!.shows)).toBe(true);
      }
    }
    expect(out.questions.slice(0, 2).map((q) => q.id)).toEqual(['tell-me-about-yourself', 'why-clinical-informatics']);
    expect(out.toAsk.every((q) => q.category === 'program')).toBe(true);
  });

  it('honours --count and --focus', () => {
    const out = runCliJson<PlanJson>([
      'mock',
      'plan',
      '--profile',
      EXAMPLE_PROFILE,
      '--count',
      '5',
      '--focus',
      'behavioral',
      ...TODAY,
    ]);
    expect(out.questions.map((q) => q.category)).toEqual([
      'opener',
      'motivation',
      'behavioral',
      'behavioral',
      'behavioral',
    ]);
  });

  it('prints readable text without --json', () => {
    const r = runCli(['mock', 'plan', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Mock interview: 8 questions/);
    expect(r.stdout).toMatch(/questions for you to ask them/);
  });

  it.each([
    [['--count', '0'], /--count: "0"/],
    [['--count', '21'], /--count: "21"/],
    [['--count', 'many'], /--count: "many"/],
    [['--focus', 'vibes'], /--focus: "vibes"/],
  ])('rejects %j with exit 2 and one line naming the option', (extra, message) => {
    const r = runCli(['mock', 'plan', '--profile', EXAMPLE_PROFILE, ...extra, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('rejects a missing profile option and a missing file with exit 2', () => {
    expect(runCli(['mock', 'plan', ...TODAY]).code).toBe(2);
    const r = runCli(['mock', 'plan', '--profile', join(dir, 'nope.json'), ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json/);
  });
});

describe('advisor mock feedback', () => {
  it('prints the contract shape for an answer file', () => {
    const answer = writeJson(dir, 'story.txt', STORY);
    const out = runCliJson<FeedbackJson>([
      'mock',
      'feedback',
      '--question',
      'Tell me about a time you used data to improve care.',
      '--answer',
      answer,
    ]);
    expect(out.words).toBeGreaterThan(50);
    expect(out.estimatedSeconds).toBe(Math.round((out.words / 140) * 60));
    expect(out.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(out.fillers).toEqual({ count: 0, top: [] });
    // A complete story of 61 words: only its length is noted, with the words and the time it takes.
    expect(out.notes).toEqual([
      {
        id: 'too-short',
        message: expect.stringMatching(
          /^At 26 seconds \(61 words\) the interviewer learns very little\. Next time add /,
        ),
      },
    ]);
  });

  it('returns notes with contract ids, quoting the member', () => {
    const answer = writeJson(dir, 'blame.txt', 'Um, the exam was unfair. Um, like, I mean, it was not my fault.');
    const out = runCliJson<FeedbackJson>(['mock', 'feedback', '--question', 'rf-exam-failure', '--answer', answer]);
    const ids = out.notes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['too-short', 'blame', 'fillers']));
    expect(out.notes.find((n) => n.id === 'blame')?.message).toMatch(/unfair/);
    expect(out.fillers.top[0]).toBe('um');
  });

  it.each([
    ['an empty answer', () => writeJson(dir, 'empty.txt', '  \n\n')],
    ['a 1 MB answer', () => writeJson(dir, 'huge.txt', 'word '.repeat(210_000))],
    [
      'a binary answer',
      () => {
        const p = join(dir, 'binary.bin');
        writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
        return p;
      },
    ],
    ['a missing answer file', () => join(dir, 'missing.txt')],
  ])('exits 2 on %s', (_label, make) => {
    const r = runCli(['mock', 'feedback', '--question', 'Why clinical informatics?', '--answer', make()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^advisor: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 without a question or an answer option', () => {
    const answer = writeJson(dir, 'ok.txt', STORY);
    expect(runCli(['mock', 'feedback', '--answer', answer]).stderr).toMatch(/--question/);
    expect(runCli(['mock', 'feedback', '--question', 'Why?']).stderr).toMatch(/--answer/);
  });
});

describe('advisor mock sub-commands', () => {
  it('rejects an unknown or missing sub-command with exit 2', () => {
    const unknown = runCli(['mock', 'interview']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown sub-command "interview"/);
    expect(runCli(['mock']).code).toBe(2);
  });

  it('rejects options that belong to the other sub-command', () => {
    const r = runCli(['mock', 'plan', '--profile', EXAMPLE_PROFILE, '--answer', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--answer: only for "mock feedback"/);
  });
});

describe('advisor mock feedback on a ranking question', () => {
  it('coaches a polite decline, by bank id or by the question as typed', () => {
    const polite = writeJson(
      dir,
      'decline.txt',
      'Thank you, I enjoyed today. I will finalise my list after my interviews.',
    );
    for (const question of ['how-will-you-rank-us', 'Where will you rank our program?']) {
      const out = runCliJson<FeedbackJson & { decline?: { revealsRanking: boolean; advice: string } }>([
        'mock',
        'feedback',
        '--question',
        question,
        '--answer',
        polite,
      ]);
      expect(out.notes.map((n) => n.id)).not.toContain('too-short');
      expect(out.decline).toMatchObject({ revealsRanking: false });
      expect(out.decline?.advice).toMatch(/polite decline/);
    }
  });

  it('says so when the answer gives a ranking away', () => {
    const eager = writeJson(dir, 'eager.txt', 'You are my first choice and I will rank you first.');
    const out = runCliJson<FeedbackJson & { decline?: { revealsRanking: boolean } }>([
      'mock',
      'feedback',
      '--question',
      'So, where are you going to rank us?',
      '--answer',
      eager,
    ]);
    expect(out.decline?.revealsRanking).toBe(true);
    const text = runCli(['mock', 'feedback', '--question', 'how-will-you-rank-us', '--answer', eager]).stdout;
    expect(text.replace(/\s+/g, ' ')).toMatch(/gives a ranking or a promise away/);
  });
});
