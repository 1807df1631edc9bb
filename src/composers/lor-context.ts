/**
 * Shared facts the letter composers (ask email, writer package) read from a profile: the target in
 * words, the member's informatics items, and which letter writer to address. Pure.
 */
import { UserError } from '../core/errors.js';
import type { InformaticsItem, Letter, Profile } from '../core/profile/schema.js';
import { writerStrength } from '../rules/letter-slots.js';
import { alreadyAsked } from '../rules/letters.js';

/** What the member is applying to, as it reads in a sentence ("... applying for X"). */
export function targetPhrase(profile: Profile): string {
  const spec = profile.specialty?.trim();
  switch (profile.target) {
    case 'ci-fellowship':
      return spec
        ? `a clinical informatics (CI) fellowship, building on my training in ${spec}`
        : 'a clinical informatics (CI) fellowship';
    case 'residency-informatics-track':
      return spec
        ? `${spec} residency programs with an informatics track`
        : 'residency programs with an informatics track';
    default:
      return spec
        ? `${spec} training with a clinical informatics focus (a CI fellowship or an informatics residency track)`
        : 'clinical informatics training (a CI fellowship or an informatics residency track)';
  }
}

/** Short target label for subjects and headings. */
export function targetShort(profile: Profile): string {
  switch (profile.target) {
    case 'ci-fellowship':
      return 'clinical informatics fellowship';
    case 'residency-informatics-track':
      return profile.specialty ? `${profile.specialty} residency (informatics track)` : 'residency (informatics track)';
    default:
      return 'clinical informatics application';
  }
}

const HANDS_ON: ReadonlySet<InformaticsItem['kind']> = new Set(['project', 'job', 'research', 'publication']);

/** Hands-on informatics work (projects, jobs, research, publications), in the member's order. */
export function handsOnInformatics(profile: Profile): InformaticsItem[] {
  return (profile.informatics ?? []).filter((i) => HANDS_ON.has(i.kind));
}

/** Courses, certificates and degrees: the learning side of the member's informatics. */
export function informaticsLearning(profile: Profile): InformaticsItem[] {
  return (profile.informatics ?? []).filter((i) => !HANDS_ON.has(i.kind));
}

/**
 * The writer to address: the one named (case-insensitive), else the strongest writer not yet asked
 * (no `asked` date, or one still in the future), else the strongest overall. Null when the profile
 * lists no writers. A name that matches nobody is the member's input error and lists the writers.
 */
export function chooseWriter(profile: Profile, today: string, name?: string): Letter | null {
  const letters = profile.letters ?? [];
  if (name !== undefined) {
    const wanted = name.trim().toLowerCase();
    const hit = letters.find((l) => l.writer.trim().toLowerCase() === wanted);
    if (hit) return hit;
    throw new UserError(
      letters.length
        ? `--writer: "${name}" is not one of your letter writers (${letters.map((l) => l.writer).join(', ')})`
        : `--writer: "${name}" cannot be used: your profile lists no letter writers (add them under "letters")`,
    );
  }
  if (!letters.length) return null;
  // Same order as rankWriters (score, then the member's order), kept as Letter objects.
  const ranked = letters
    .map((l, i) => ({ l, i, score: writerStrength(l, profile, today).score }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.l);
  return ranked.find((l) => !alreadyAsked(l, today)) ?? ranked[0] ?? null;
}

/**
 * How the member's US EHR experience may be named without overclaiming: "working with Epic" only
 * when they used it hands-on; "seeing Epic in use" when they only watched (an observership).
 */
export function usEhrPhrase(profile: Profile): { email: string; prompt: string } | undefined {
  const usce = profile.usce ?? [];
  const used = usce.find((u) => u.ehr && u.handsOn === true);
  if (used) return { email: `, including working with ${used.ehr}`, prompt: ` (including ${used.ehr})` };
  const seen = usce.find((u) => u.ehr);
  if (seen)
    return { email: `, including seeing ${seen.ehr} in use`, prompt: ` (including what you saw of ${seen.ehr})` };
  return undefined;
}
