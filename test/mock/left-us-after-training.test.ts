import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { practisedAbroadAfterUsTraining } from '../../src/mock/left-us-after-training.js';
import type { Profile } from '../../src/core/profile/schema.js';

const DIR = join(import.meta.dirname, '../corpus/profiles');
const load = (id: string) => {
  const f = readdirSync(DIR).find((x) => x.startsWith(`${id}-`))!;
  return JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { profile: Profile; today: string };
};

describe('practice abroad after a US residency', () => {
  it('reads a J-1 graduate who went home and a US-trained internist who moved abroad', () => {
    const nepal = load('p351');
    expect(practisedAbroadAfterUsTraining(nepal.profile, nepal.today)?.j1).toBe(true);
    const beirut = load('p357');
    const b = practisedAbroadAfterUsTraining(beirut.profile, beirut.today);
    expect(b?.j1).toBe(false);
    expect(b?.usPracticeFirst).toBe(true);
  });
  it('leaves alone a member back in US practice, or one with under a year abroad', () => {
    const beirut = load('p357');
    const back = structuredClone(beirut.profile);
    back.timeline!.at(-1)!.to = '2026-06';
    back.timeline!.push({ from: '2026-07', to: 'present', activity: 'us-clinical', note: 'Hospitalist, Ohio' });
    expect(practisedAbroadAfterUsTraining(back, beirut.today)).toBeUndefined();
    const short = structuredClone(beirut.profile);
    short.timeline!.at(-1)!.from = '2027-01';
    expect(practisedAbroadAfterUsTraining(short, beirut.today)).toBeUndefined();
    // Never in the US for residency: not this question.
    const p354 = load('p354');
    expect(practisedAbroadAfterUsTraining(p354.profile, p354.today)).toBeUndefined();
  });
});
