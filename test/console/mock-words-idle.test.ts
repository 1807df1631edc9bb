/**
 * Newcomer trial 23, finding 14: "end" typed after a mock had paused, and "new" after a focus error,
 * were answered as /ask questions. A line that is only a mock move, typed when no mock runs, gets
 * "no mock in progress" and how to start one; a real question using the same words is still asked.
 */
import { describe, expect, it } from 'vitest';
import { isBareMockMove } from '../../src/console/mock-words.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

describe('a mock move typed when no mock runs', () => {
  it.each([
    'end',
    'new',
    'Skip.',
    'next question',
    'stop the mock',
    'end session',
    'resume',
    'start over',
    'mock end',
    'hint',
  ])('"%s" is a move', (line) => {
    expect(isBareMockMove(line)).toBe(true);
  });

  it.each([
    'end of residency?',
    'when does the rank list end',
    'new grad gap',
    'what is a hint of burnout in an interview answer',
    'next steps after match',
    'how do I end my personal statement',
  ])('"%s" is a question, not a move', (line) => {
    expect(isBareMockMove(line)).toBe(false);
  });

  it('the console says no mock is in progress instead of answering', async () => {
    const r = await consoleRun(['end', 'new']);
    expect(r.stdout.match(/No mock interview is in progress/g)).toHaveLength(2);
    expect(r.stdout).toMatch(/\/mock start/);
    expect(r.stdout).not.toMatch(/You asked:/);
  });
});
