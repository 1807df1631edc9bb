/**
 * An answer that is not a value: the member says they do not know, have not decided, or name two
 * choices without picking one ("I don't know which one", "still deciding between IM and FM", "no idea
 * honestly", "maybe pediatrics"). Stored, it would be quoted back as if it were the value (a
 * specialty "not sure yet" in a letter ask, a plan asking "Why not sure yet?"). Read by meaning, in
 * three parts: not knowing, not having decided, and a choice left open between two or more.
 */

/** Not knowing: "I don't know", "idk", "no idea", "not sure", "can't say", "unsure", "unknown". */
const NOT_KNOWING =
  /\b(?:i\s*)?(?:do\s*n[o']?t|don[’']?t|dont|did\s*n[o']?t|didnt|can\s*n[o']?t|can[’']?t|cant|cannot)\s+(?:really\s+|yet\s+|even\s+)?(?:know|tell|say|remember|recall|decide)\b|\b(?:idk|dunno|tbd|tbc)\b|\bno\s+(?:idea|clue)\b|\bnot\s+(?:(?:really|quite|yet|totally|fully|100%)\s+)?(?:sure|certain|decided|known|clear|settled|fixed|final)\b|\b(?:unsure|uncertain|undecided|unknown|undetermined|unclear)\b|\bhard to say\b/i;

/** Not having decided: "haven't decided", "still deciding", "still thinking", "yet to choose". */
const UNDECIDED =
  /\b(?:have\s*n[o']?t|havent|has\s*n[o']?t|not\s+yet|yet\s+to|still\s+(?:to|need\s+to))\s+(?:\w+\s+)?(?:decided?|chosen|choose|picked?|made\s+up|figured|settled)\b|\b(?:deciding|torn\s+between)\b|\b(?:still|i\s*(?:am|'m|m)|currently|now)\s+(?:\w+\s+)?(?:thinking|figuring|considering|weighing|choosing|debating|exploring)\b|\b(?:to\s+be|yet\s+to\s+be)\s+(?:decided|determined|confirmed|chosen)\b|\bdepends\s+on\b|\bwhichever\b|^\s*(?:either|any|anything|both|all|open)\s*[.!]*\s*$/i;

/** A value said with a doubt in front of it: "maybe pediatrics", "probably IM", "leaning towards FM". */
const TENTATIVE =
  /^\s*(?:maybe|perhaps|possibly|probably|likely|most\s+likely|hopefully|i\s+(?:think|guess|suppose)|leaning\s+(?:towards?|to)|thinking\s+(?:of|about))\b|[(,;–—-]\s*(?:maybe|perhaps|possibly|probably|likely|i\s+(?:think|guess))\s*\)?[.!?]*\s*$/i;

/** Two or more choices with none picked: "IM or FM", "either peds or family med". */
const ALTERNATIVES = /\S\s+or\s+\S|\beither\b|\bbetween\b.+\band\b/i;

export type Hedge = 'unknown' | 'undecided' | 'tentative' | 'alternatives';

/**
 * What kind of non-answer this is, or undefined when it reads as a value. `oneValue` is for fields
 * that hold a single thing (a specialty, a name): there "A or B" is a choice left open; in a title
 * ("Sepsis or septic shock alert audit") it is not tested.
 */
export function hedgeOf(raw: string, oneValue = true): Hedge | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  if (/^\?+$/.test(s)) return 'unknown';
  if (NOT_KNOWING.test(s)) return 'unknown';
  if (UNDECIDED.test(s)) return 'undecided';
  if (TENTATIVE.test(s)) return 'tentative';
  if (oneValue && ALTERNATIVES.test(s)) return 'alternatives';
  return undefined;
}

/** The message for a hedge typed where a value belongs: what it was read as, and that nothing is stored. */
export function hedgeMessage(raw: string, hedge: Hedge): string {
  const said = `"${raw.trim()}"`;
  switch (hedge) {
    case 'unknown':
      return `${said} says you do not know yet, so it is not stored as an answer`;
    case 'undecided':
      return `${said} says you have not decided yet, so it is not stored as an answer`;
    case 'tentative':
      return `${said} sounds like a leaning, not a decision, so it is not stored as an answer: type the value alone if it is your choice`;
    case 'alternatives':
      return `${said} names more than one choice, so it is not stored as an answer: type the one you choose`;
  }
}
