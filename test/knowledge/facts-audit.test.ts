// A fact audit (session 25) read the guides' strategy-deciding facts against the bodies' own pages.
// These tests pin what it corrected: the two-year rule bars named categories (not "most work visas"),
// Step 3 needs no residency first (FSMB), and dates from seasons that are over say so.
import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/knowledge/load.js';

const guides = loadGuides();
const section = (ref: string): string => {
  const [doc, slug] = ref.split('#');
  const s = guides.find((g) => g.id === doc)?.sections.find((x) => x.slug === slug);
  if (!s) throw new Error(`no section ${ref}`);
  return s.text;
};

describe('facts the audit corrected', () => {
  it('names what the J-1 two-year rule bars, and says other categories such as the O-1 are not on that list', () => {
    const j1 = section('visas#j1-sponsorship');
    expect(j1).not.toMatch(/most US work visas/);
    expect(j1).toMatch(/H or L status/);
    expect(j1).toMatch(/O-1, are not on that list/);
  });

  it('says an IMG can sit Step 3 without a residency, with the FSMB conditions', () => {
    const h1b = section('visas#h1b-for-training');
    expect(h1b).toMatch(/do not need a residency to sit Step 3/);
    expect(h1b).toMatch(/ECFMG certification/);
    expect(h1b).toMatch(/FSMB/);
  });

  it('marks dates from an ended season as past and points to the current season', () => {
    const nrmp = section('matches#nrmp-main-match');
    expect(nrmp).toMatch(/2026 season, which ended/);
    expect(nrmp).toMatch(/2027 Match Day/);
    expect(nrmp).not.toMatch(/\$50/);
    expect(section('matches#amia-ci-match')).toMatch(/July 2027 it is expected in early December 2026/);
    expect(section('letters#asking-and-timing')).toMatch(/which ended in May 2026/);
  });
});
