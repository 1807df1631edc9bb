/**
 * A gap draft takes an informatics item's date from the entry it explains, and from the entry's own
 * words when they date the item's part of it later ("hospitalist; Epic builder for order sets since
 * 2022"): judge of p348, whose draft said "since Jul 2019" for work the timeline starts in 2022. A
 * year alone stays a year. Members and wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { informaticsWhen } from '../../src/composers/gap-facts.js';
import { monthIndex } from '../../src/core/dates.js';

const TODAY = '2027-03-01';

const member = (note: string): Profile => ({
  version: 1,
  citizenship: 'us-permanent-resident',
  visa: 'not-needed',
  target: 'ci-fellowship',
  medSchool: { country: 'Egypt', graduated: '2010-06' },
  timeline: [
    { from: '2011-01', to: '2013-12', activity: 'clinical', note: 'internist, Giza' },
    { from: '2014-01', to: '2015-12', activity: 'personal', note: 'moved abroad with my family' },
    { from: '2016-01', to: 'present', activity: 'us-clinical', note },
  ],
  informatics: [{ kind: 'project', title: 'Cerner sepsis alert redesign', outcome: 'alert fatigue down 30%' }],
});

describe('informaticsWhen: the item’s own start inside a longer entry', () => {
  it.each([
    ['hospitalist, Dayton; led the Cerner sepsis alert redesign since 2021', '2021-01', true],
    ['hospitalist (Dayton) — Cerner sepsis alert redesign from March 2022 onwards', '2022-03', false],
    ['hospitalist; Cerner sepsis alert redesign, starting in 2023-05', '2023-05', false],
  ])('%s', (note, from, yearOnly) => {
    const w = informaticsWhen(member(note), member(note).informatics![0]!, TODAY)!;
    expect(w.from).toBe(monthIndex(from));
    expect(Boolean(w.yearOnly)).toBe(yearOnly);
  });

  it.each([
    // The stated year is the job's, not the item's clause: the entry's start stands.
    ['hospitalist since 2016, Dayton; led the Cerner sepsis alert redesign'],
    // A year before the entry began cannot be the item's start inside it.
    ['hospitalist; Cerner sepsis alert redesign since 2012'],
    // A clause about the residency itself dates the training, not the item.
    ['internal medicine residency, Dayton, final year from July 2026; Cerner sepsis alert redesign'],
    // One shared word is not enough to tie a dated clause to the item.
    ['hospitalist, Cerner sepsis alert redesign; sepsis committee member since 2020'],
    // No stated start at all.
    ['hospitalist; led the Cerner sepsis alert redesign'],
  ])('keeps the entry’s start: %s', (note) => {
    const w = informaticsWhen(member(note), member(note).informatics![0]!, TODAY)!;
    expect(w.from).toBe(monthIndex('2016-01'));
    expect(w.yearOnly).toBeUndefined();
  });
});
