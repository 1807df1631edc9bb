/**
 * The board-certification list answered "none" with a remark ("none, I only passed FCPS part 1",
 * "no board yet, only MRCP part 1"): read as no board certification, the step finished, and the
 * member told the remark has no place in the profile. Never "Please type add, done…" or "is not
 * one of". Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { noneAnswer } from '../../src/app/profile/setup-console.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('boards-none.sqlite');

/** Up to the board-certification list: the basics, then two steps skipped. */
const TO_BOARDS = ['/profile setup', 'pakistani', 'j1', 'fellowship', 'skip', 'skip'];

describe('"none" with a remark at the board-certification list', () => {
  it('at the list question: none yet, remark said not stored, next step asked', async () => {
    const r = await consoleRun([...TO_BOARDS, 'none - I have only cleared FCPS part 1 so far', 'quit'], 'list.sqlite');
    expect(r.stdout).not.toMatch(/Please type add, done/);
    expect(r.stdout).toMatch(/Board certification: read "none - I have only cleared FCPS part 1 so far" as none yet/);
    expect(r.stdout).toMatch(/"I have only cleared FCPS part 1 so far" has no place in this list/);
    expect(r.stdout).toMatch(/so it is not stored/);
    expect(r.stdout).toMatch(/step 5 of 11: Exams/);
  });

  it('at the board question of a new entry: the same, nothing added', async () => {
    const r = await consoleRun(
      [...TO_BOARDS, 'add', 'not board certified yet, just passed part one of MRCP', 'quit'],
      'item.sqlite',
    );
    expect(r.stdout).not.toMatch(/is not one of: An ABMS member board/);
    expect(r.stdout).toMatch(/read "not board certified yet, just passed part one of MRCP" as none yet/);
    expect(r.stdout).toMatch(/"passed part one of MRCP" has no place in this list/);
    expect(r.stdout).toMatch(/step 5 of 11: Exams/);
  });
});

describe('noneAnswer', () => {
  it.each([
    ['none, i only passed FCPS part 1', 'i only passed FCPS part 1'],
    ['no board yet, only MRCP part 1', 'MRCP part 1'],
    ['not certified, just part one of my boards', 'part one of my boards'],
    ["haven't got one yet but sitting ABIM next year", 'sitting ABIM next year'],
  ])('"%s" is none, remark "%s"', (raw, remark) => {
    expect(noneAnswer(raw)).toEqual({ remark });
  });

  it.each(['none', 'nope', 'no, that is all', 'none, nothing else'])('"%s" is none with no remark', (raw) => {
    expect(noneAnswer(raw)).toEqual({});
  });

  it.each(['not sure', 'no idea', 'add', 'India', 'other'])('"%s" is not a none', (raw) => {
    expect(noneAnswer(raw)).toBeUndefined();
  });
});
