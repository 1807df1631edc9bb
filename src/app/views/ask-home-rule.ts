/**
 * /ask, private replies only: what the two-year home-residence rule means for a member whose
 * profile shows training on a J-1 that has ended, when the answer is about an H-1B or about the
 * rule itself.
 *
 * Newcomer trial 18: a J-1 preliminary-year graduate back home asked "could I get H-1B instead?"
 * without naming her J-1, and was told only "Step 3 first". For her the J-1's home-residence rule
 * decides first (INA 212(e), restated in visas#j1-sponsorship): no H visa and no green card until
 * two years at home in total or a waiver, Step 3 or not. The profile has her dates, so the note
 * says when the two years could be complete, kept an "if" because the profile cannot say where
 * she lived. The note leads an H-1B answer (it changes what that answer means for her) and
 * follows an answer about the rule itself.
 */
import { humanMonth, humanMonths } from '../../core/dates.js';
import type { Profile } from '../../core/profile/schema.js';
import type { Answer } from '../../knowledge/answer.js';
import { j1HomeProgress } from '../../rules/redflag-rules/standing.js';

const PREFIX = 'For you: your profile shows training on a J-1';

/** The curated answer about the rule itself, where the member's own count adds to the answer. */
const RULE_FAQ = 'j1-home-then-h1b';

/**
 * An answer about the H-1B: its section or curated id, or a visa answer that names the H-1B early
 * ("which programs sponsor an H-1B?" is answered by the sponsorship answer, which names both visas).
 */
function aboutH1b(answer: Answer): boolean {
  if ((answer.topic ?? '').startsWith('visas#h1b') || /^(?:h1b|cap-)/.test(answer.faqId ?? '')) return true;
  const visa = (answer.topic ?? '').startsWith('visas') || /sponsor/.test(answer.faqId ?? '');
  return visa && /\bH-1B\b/.test((answer.answer ?? '').slice(0, 400));
}

function aboutRule(answer: Answer): boolean {
  return answer.faqId === RULE_FAQ;
}

/** The note, or undefined when the profile shows no ended J-1 training or the answer is elsewhere. */
export function homeRuleNote(profile: Profile, answer: Answer, today: string | undefined): string | undefined {
  if (!today || !answer.covered) return undefined;
  // Already a US citizen or green-card holder, or on an H-1B now: the rule is not what decides.
  if (profile.citizenship === 'us-citizen' || profile.citizenship === 'us-permanent-resident') return undefined;
  if (profile.visa === 'h1b') return undefined;
  // An answer about the rule itself already says what it closes: it gets the count only.
  const rule = aboutRule(answer);
  const h1b = !rule && aboutH1b(answer);
  if (!h1b && !rule) return undefined;
  const progress = j1HomeProgress(profile, today);
  if (!progress) return undefined;
  const count = progress.away
    ? progress.away.months >= 24
      ? ` Your timeline shows about ${humanMonths(progress.away.months)} since ${humanMonth(progress.away.from)} with no US training or work in it: if you lived in your home country all that time, the two years may already be met.`
      : ` Your timeline shows about ${humanMonths(progress.away.months)} since ${humanMonth(progress.away.from)} with no US training or work in it: if you have lived in your home country all that time and stay there, the two years would be complete around ${humanMonth(progress.away.metBy)}.`
    : '';
  const what = h1b
    ? ' An ECFMG-sponsored J-1 carries the two-year home-residence requirement, so an H-1B (and a green card) stays closed until you have spent two years in total in your home country or obtained a waiver, whatever your Step 3 result: Step 3 is needed on top of that, not instead. The rule does not bar a new J-1.'
    : '';
  return `${PREFIX} (ended ${humanMonth(progress.ended)}).${what}${count} Confirm with ECFMG.`;
}

/** Whether the note goes before the answer: it does on an H-1B answer, which it changes. */
export function homeRuleNoteLeads(note: string | undefined, answer: Answer): boolean {
  return note !== undefined && note.startsWith(PREFIX) && !aboutRule(answer) && aboutH1b(answer);
}
