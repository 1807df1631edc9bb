import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLINE } from '../../src/knowledge/outline.js';
import { BANK, CATEGORIES, cites, citesFor, FRAMEWORKS, questionById, questionsIn } from '../../src/mock/bank.js';
import { FLAG_IDS } from '../../src/rules/redflag-types.js';
import { ROOT } from '../helpers/cli.js';

describe('mock question bank', () => {
  it('holds at least 60 questions', () => {
    expect(BANK.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every question a unique, stable kebab-case id', () => {
    const ids = BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('covers every contract category, and only those', () => {
    expect(new Set(BANK.map((q) => q.category))).toEqual(new Set(CATEGORIES));
    for (const c of CATEGORIES) expect(questionsIn(c).length, c).toBeGreaterThanOrEqual(3);
  });

  it('gives each question what a strong answer shows, a framework, a short hint and 1-2 follow-ups', () => {
    for (const q of BANK) {
      expect(q.text.trim().length, q.id).toBeGreaterThan(10);
      expect(q.shows.trim().length, q.id).toBeGreaterThan(20);
      expect(FRAMEWORKS, q.id).toContain(q.framework);
      expect(q.hint.trim().length, q.id).toBeGreaterThan(20);
      expect(q.hint.match(/[.!?](?:\s|$)/g)?.length ?? 0, `${q.id} hint is one or two sentences`).toBeLessThanOrEqual(
        2,
      );
      expect(q.followUps.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.followUps.length, q.id).toBeLessThanOrEqual(2);
    }
  });

  it('writes every question, coaching line and follow-up as a full sentence', () => {
    for (const q of BANK) {
      expect(q.text, q.id).toMatch(/^[A-Z"“].{8,}[.?]$/);
      expect(q.shows, q.id).toMatch(/^[A-Z].{18,}\.$/);
      expect(q.hint, q.id).toMatch(/^[A-Z"“].{18,}[.!?]$/);
      for (const f of q.followUps) expect(f, q.id).toMatch(/^[A-Z"“].{12,}[.?]$/);
    }
  });

  it('judges these answers without asking for an informatics angle, and only these', () => {
    // Questions about character, conduct, a red flag's facts or the member's own logistics: coaching
    // them to add informatics would be off the point. Every other question expects the angle.
    expect(BANK.filter((q) => !q.expectsInformatics).map((q) => q.id)).toEqual([
      'colleagues-describe-you',
      'why-this-specialty',
      'how-will-you-rank-us',
      // The member's own clinical plan during a CI fellowship (round fix24): logistics, not informatics.
      'keep-clinical-skills',
      // A residency's own question (trial 21): answered well with no informatics link.
      'why-residency-again',
      'why-left-residency',
      // A red flag's facts, like the residency left (trial 18): no informatics angle asked for.
      'why-not-continued-after-prelim',
      // Why a categorical place after the prelim year now (round facts33): the member's own plan.
      'why-categorical-from-prelim',
      'why-left-residency-other',
      'adapt-to-us-system',
      'rf-exam-failure',
      'rf-gap-health',
      'rf-gap-on-cv',
      // A lapsed board certification or licence (round fix24): the plan to restore it, its facts.
      'rf-lapsed-credentials',
      // A medical board action told in a note (round facts36b): its facts and outcome, not informatics.
      'rf-board-action',
      'rf-clinical-currency',
      'rf-time-away-from-patients',
      'rf-professionalism',
      'rf-visa-sponsorship',
      'rf-fellowship-eligibility',
      'rf-challenges-in-training',
      'team-conflict',
      'mistake',
      'critical-feedback',
      'under-pressure',
      'ethical-dilemma',
      'challenging-case',
      'leadership-initiative',
      'disagreed-with-supervisor',
      'ask-img-support',
      'ask-mentorship',
      'ask-graduate-outcomes',
      'ask-clinical-balance',
      'ask-fellows-typical-week',
      'ask-visa-history',
    ]);
  });

  it('expects an informatics angle where the question is about informatics, and not in a polite refusal', () => {
    // Feedback adds "no-informatics-angle" only where this is true, so it must follow the question.
    for (const q of BANK) {
      if (q.category === 'informatics' || q.framework === 'informatics-angle')
        expect(q.expectsInformatics, q.id).toBe(true);
      if (q.answer === 'polite-decline') expect(q.expectsInformatics, q.id).toBe(false);
    }
    // A plain story about teamwork or a mistake is not marked down for leaving informatics out.
    expect(BANK.filter((q) => q.category === 'behavioral' && !q.expectsInformatics).map((q) => q.id)).toEqual(
      expect.arrayContaining(['team-conflict', 'mistake', 'under-pressure']),
    );
  });

  it('marks exactly the program questions as ones the member asks', () => {
    for (const q of BANK) expect(q.direction === 'to-program', q.id).toBe(q.category === 'program');
  });

  it('covers every red-flag id with at least one red-flag question', () => {
    for (const id of FLAG_IDS) {
      const covering = questionsIn('red-flag').filter((q) => q.tags?.includes(id));
      expect(covering.length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('has the anchor questions with the right category, framework and audience', () => {
    expect(questionById('tell-me-about-yourself')).toMatchObject({ category: 'opener', framework: 'three-part' });
    expect(questionById('why-clinical-informatics')).toMatchObject({
      category: 'motivation',
      expectsInformatics: true,
    });
    expect(questionById('why-study-abroad')).toMatchObject({ category: 'img', audience: 'us-citizen' });
    expect(questionById('adapt-to-us-system')).toMatchObject({ category: 'img', audience: 'non-us' });
    expect(questionById('home-vs-us-system')).toMatchObject({ category: 'img', audience: 'non-us' });
    expect(questionById('ask-ehr-governance')).toMatchObject({ category: 'program', direction: 'to-program' });
  });

  it('covers the informatics scenarios and behavioral themes the coaching relies on', () => {
    for (const id of [
      'ehr-data-project',
      'implementation-challenges',
      'comfort-with-data',
      'alert-fatigue',
      'cds-design',
      'stakeholder-conflict',
      'pdsa-cycle',
    ]) {
      expect(questionById(id)?.category, id).toBe('informatics');
    }
    for (const id of [
      'team-conflict',
      'mistake',
      'critical-feedback',
      'adapted-new-system',
      'under-pressure',
      'ethical-dilemma',
    ]) {
      expect(questionById(id)?.category, id).toBe('behavioral');
    }
  });

  it('cites only outline sections, and sections that exist in guides already written', () => {
    const outline = OUTLINE as Record<string, readonly string[]>;
    for (const q of BANK) {
      for (const r of citesFor(q)) {
        expect(outline[r.doc], `${q.id} cites ${r.doc}`).toBeDefined();
        expect(outline[r.doc], `${q.id} cites ${r.doc}#${r.section}`).toContain(r.section);
        const file = join(ROOT, 'knowledge', `${r.doc}.md`);
        if (existsSync(file)) expect(readFileSync(file, 'utf8'), `${r.doc}#${r.section}`).toContain(`{#${r.section}}`);
      }
    }
    for (const c of CATEGORIES) expect(cites[c].length, c).toBeGreaterThan(0);
  });

  it('points a red-flag question at its own red-flag section as well as the interview section', () => {
    const q = questionById('rf-exam-failure');
    expect(q && citesFor(q)).toEqual(
      expect.arrayContaining([
        { doc: 'explaining-red-flags', section: 'red-flags-in-the-interview' },
        { doc: 'red-flags', section: 'exam-failures' },
      ]),
    );
  });
});
