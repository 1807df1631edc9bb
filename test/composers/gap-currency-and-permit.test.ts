/**
 * Round fix28 (judges of p424/p431, trial 23 finding 12): the draft never claims an undated
 * observership as keeping current, and a member whose status waits for a work permit is offered
 * that reason as a question in the notes, never in the draft.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { currencySentence } from '../../src/composers/gap-context.js';
import { explainableGaps } from '../../src/rules/gap-select.js';
import type { Profile } from '../../src/core/profile/schema.js';

const dir = 'test/corpus/profiles';
const load = (id: string): { profile: Profile; today: string } =>
  JSON.parse(readFileSync(`${dir}/${readdirSync(dir).find((f) => f.startsWith(`${id}-`))!}`, 'utf8'));

describe('currency is claimed only from dated activities', () => {
  it.each(['p424', 'p431'])('%s: no undated observership claimed', (id) => {
    const { profile, today } = load(id);
    expect(currencySentence(profile, today)?.text ?? '').not.toMatch(/completing a US observership/);
  });
  it('a dated observership after the last patient care is still named', () => {
    const { profile, today } = load('p424');
    const p: Profile = {
      ...profile,
      timeline: [...(profile.timeline ?? []), { from: '2026-03', to: '2026-04', activity: 'observership' }],
    };
    expect(currencySentence(p, today)?.text).toMatch(/completing an observership from Mar 2026 to Apr 2026/);
  });
});

describe('a wait for a work permit is offered, not invented', () => {
  const base = load('p424');
  const withNote = (note: string): Profile => ({
    ...base.profile,
    timeline: (base.profile.timeline ?? []).map((e) =>
      e.activity === 'personal'
        ? { ...e, note: 'Moved to Miami with my husband' }
        : e.to === 'present'
          ? { ...e, note }
          : e,
    ),
  });
  const notesFor = (p: Profile) => {
    const gap = explainableGaps(p, base.today)[0]!;
    return composeGapDraft(p, gap, base.today);
  };
  it.each([
    'On H-4 as my husband’s dependant; EAD approved in 2020',
    'Green card pending (I-485 filed), work permit came later',
    'asylum case still open; EAD renewed',
  ])('offers it for "%s"', (note) => {
    const d = notesFor(withNote(note));
    expect(d.notes.join(' ')).toMatch(/waiting for your work permit/);
    expect(d.text).not.toMatch(/work permit|work authori[sz]ation/i);
  });
  it.each(['Research coordinator, Miami', 'TPS holder; EAD valid to 2028'])('not for "%s"', (note) => {
    expect(notesFor(withNote(note)).notes.join(' ')).not.toMatch(/waiting for your work permit/);
  });
});
