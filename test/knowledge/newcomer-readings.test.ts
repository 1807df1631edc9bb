/**
 * Readings a newcomer trial found wrong (an IMG with an unfinished residency abroad, a green card,
 * an Epic analyst job, applying to an IM residency): each is checked in other voices than hers.
 */
import { describe, expect, it } from 'vitest';
import { personalNote, noteLeads } from '../../src/app/views/ask.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { answerQuestion, refersBack, type AskOptions } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string, opts: AskOptions = {}) => answerQuestion(index, q, opts);

describe('a sentence whose pronoun names something only the sentence before names is not shown alone', () => {
  it.each([
    ['Programs can see them about two weeks later (July 16 that season).'],
    ['They usually answer within a week.'],
    ['Send them early, with your CV attached.'],
  ])('points back: %s', (s) => {
    expect(refersBack(s)).toBe(true);
  });

  it.each([
    ['Ask a writer early and remind them two weeks before the deadline.'],
    ['It is worth asking each program in writing.'],
    ['Programs read letters from writers who saw your work.'],
  ])('stands alone: %s', (s) => {
    expect(refersBack(s)).toBe(false);
  });

  it('an answer about training after residency carries no calendar line cut from its list item', () => {
    const a = ask('can i do the CI fellowship later after IM residency, how many yrs total?');
    expect(a.answer).not.toMatch(/^Programs can see them/m);
  });
});

describe('a question that names the asker’s own status keeps the answer on who needs a visa', () => {
  it.each([
    ['do i need ECFMG certification with a green card?'],
    ['green card holder here - ECFMG certificate still needed??'],
  ])('%s', (q) => {
    const a = ask(q, { noVisa: true });
    expect(a.answer).toMatch(/ECFMG certification/);
    expect(a.answer).toMatch(/^\*\*Yes\.\*\*/);
  });

  it('a yes/no lead survives when the visa clause of its sentence goes', () => {
    const a = ask('Which programs have CI tracks?', { audience: 'us-citizen', noVisa: true });
    expect(a.answer).not.toMatch(/sponsor/i);
  });
});

describe('a member’s own job or a non-physician writer in her application is in scope', () => {
  it.each([
    ['does my epic analyst job count as clinical experience?'],
    ['i work as a data analyst at a hospital, is that considered clinical experience'],
    ['my current role is Cerner analyst. Does it count as US clinical experience or not?'],
  ])('her job, asked about as experience: %s', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/clinical experience/i);
  });

  it.each([['tips for my epic analyst job interview at a startup'], ['how do I become a data analyst at an EHR vendor']])(
    'a job hunt outside training stays out: %s',
    (q) => {
      expect(ask(q).kind).toBe('out-of-scope');
    },
  );

  it.each([
    ['my letter from my epic manager is not from a doctor, does it help or hurt me?'],
    ['my letter writer isnt a doctor, she is our IT director. does that hurt me?'],
  ])('a non-physician writer: %s', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('letters#non-physician-writers');
  });
});

describe('a residency applicant with no completed residency asking about a CI fellowship', () => {
  const applicant: Profile = {
    version: 1,
    citizenship: 'us-permanent-resident',
    target: 'residency-informatics-track',
    residencies: [{ country: 'Nigeria', specialty: 'family medicine', from: '2021-07', to: '2022-06', completed: false }],
  };

  it('a residency applicant with no completed residency is told, first, that the residency is her route', () => {
    const a = ask('Can I apply to a clinical informatics fellowship if I have not done a US residency?');
    const note = personalNote(applicant, a, '2026-12-05');
    expect(note).toMatch(/no completed residency/);
    expect(note).toMatch(/residency you are applying to is the route/);
    expect(noteLeads(a)).toBe(true);
  });

  it.each([['should i have applied for CI fellowship instead of IM residency?']])(
    'a residency applicant asking whether she should have gone for the fellowship is told residency first: %s',
    (q) => {
      const a = ask(q);
      expect(a.answer).toMatch(/completed residency/);
      expect(personalNote(applicant, a, '2026-12-05')).toMatch(/residency you are applying to is the route/);
    },
  );

  it('a residency applicant who completed a residency abroad gets the general answer, with no note', () => {
    const done: Profile = { ...applicant, residencies: [{ ...applicant.residencies![0]!, completed: true, to: '2024-06' }] };
    const a = ask('Can I apply to a clinical informatics fellowship if I have not done a US residency?');
    expect(personalNote(done, a, '2026-12-05')).toBeUndefined();
  });
});
