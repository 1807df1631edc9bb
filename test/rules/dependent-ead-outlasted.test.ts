import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redFlags } from '../../src/rules/redflags.js';
import type { Profile } from '../../src/core/profile/schema.js';

const DIR = join(import.meta.dirname, '../corpus/profiles');
const file = readdirSync(DIR).find((f) => f.startsWith('p358-'))!;
const base = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { profile: Profile; today: string };

/** The member with her current note rewritten. */
const withNote = (note: string): Profile => {
  const p = structuredClone(base.profile);
  p.timeline!.at(-1)!.note = note;
  return p;
};
const visa = (p: Profile) => {
  const f = redFlags(p, base.today).flags.find((x) => x.id === 'visa-sponsorship');
  return f ? `${f.why} ${f.actions.join(' ')}` : '';
};

describe("a dependant's EAD that the principal's status ends before the training would", () => {
  it('says plainly it cannot carry the training and names a visa of her own, in other wordings', () => {
    for (const note of [
      "Clinical research coordinator (J-2 EAD; my husband's DS-2019 ends December 2027)",
      'Research coordinator on a J-2 EAD; his J-1 program runs until 2028-02',
      'Research coordinator, J-2 EAD (spouse postdoc position ending Jun 2029)',
    ]) {
      const t = visa(withNote(note));
      expect(t, note).toMatch(/cannot carry a residency/);
      expect(t, note).toMatch(/J-1 sponsored by ECFMG/);
      expect(t, note).toMatch(/Statement of Need/);
      expect(t, note).not.toMatch(/whether it accepts a J-2 EAD for the whole/);
    }
  });
  it('keeps the GME question when no end is given, or the end comes after the training', () => {
    for (const note of [
      'Clinical research coordinator (J-2 EAD)',
      "Research coordinator on a J-2 EAD; my husband's J-1 program ends December 2033",
    ]) {
      const t = visa(withNote(note));
      expect(t, note).not.toMatch(/cannot carry/);
      expect(t, note).toMatch(/whether it accepts a J-2 EAD for the whole/);
    }
  });
});
