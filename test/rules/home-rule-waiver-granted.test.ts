import { describe, expect, it } from 'vitest';
import { noteHomeRuleBinds } from '../../src/rules/redflag-rules/visa-notes.js';

// Profiles AG (session 33), p399: a research J-1 whose two-year rule was waived through a No Objection
// Statement was still told the rule closes her H-1B. A waiver granted by any route frees the member;
// one applied for, pending or denied does not.
describe('a J-1 home rule waived by another route than Conrad 30', () => {
  it('no longer binds once a No Objection Statement, an IGA or a hardship waiver is granted', () => {
    for (const note of [
      'Research fellow on a J-1 research scholar visa; DS-2019 marked subject to 212(e); No Objection Statement waiver from the Philippine government approved in 2023',
      'J-1 research scholar, subject to the two-year home rule; no objection letter granted 2024',
      'Postdoc on J-1, two-year rule applies, IGA waiver obtained through the VA in 2022',
    ])
      expect(noteHomeRuleBinds(note)).toBe(false);
  });

  it('still binds while a waiver is only applied for, pending or denied', () => {
    for (const note of [
      'J-1 research scholar, subject to the two-year home rule; no objection statement applied for, pending',
      'J-1 research scholar, subject to the two-year home rule; waiver denied in 2024',
      'J-1 research scholar, subject to the two-year home rule',
    ])
      expect(noteHomeRuleBinds(note)).toBe(true);
  });
});
