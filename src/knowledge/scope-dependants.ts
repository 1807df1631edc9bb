/**
 * Round ask66: a spouse's or child's visa FOR the member's own training is the visa guide's
 * (dependent-status: J-2 with a J-1, H-4 with an H-1B), whoever asks; a relative's visa for
 * anything else (a parent's visit, a sibling's studies, a cousin's job) stays the consulate's.
 * Session 33's lead found both sides of this line crossed: "my wife needs a visa to come with me
 * when I start fellowship, which one?" was declined as everyday life, while the rule for family
 * visas was read by words, not by whose training the visa serves.
 *
 * A dependant of the member's training, told in any order: a spouse or child, joined to the member
 * (coming with, joining, accompanying, through or on the member's visa, as a dependant), and the
 * member's training or training visa named. Visits, tourist or student visas, and a spouse's own
 * job or studies are not this case. Input is normalised text (scope.ts).
 */
const SPOUSE_OR_CHILD = String.raw`(?:wife|husband|spouse|partner|fianc\w*|kids?|children|child|son|daughter|baby|family)`;
/** Joined to the member: the member's visa carries them, or they come with the member. */
const JOINED = new RegExp(
  [
    String.raw`\b(?:come|coming|move|moving|go|going|travel\w*|join|joining|accompany\w*|bring|bringing|take|taking|relocat\w*)\b(?: \w+){0,3} (?:with me|along|me there|me in the us|me to the us)\b`,
    String.raw`\b(?:join|joining|accompany\w*) me\b`,
    String.raw`\b(?:bring|bringing|take|taking) my (?:\w+ )?${SPOUSE_OR_CHILD}\b`,
    String.raw`\b(?:through|on|under|via|with|from) my (?:\w+ )?(?:j1|h1b|visa|status|sponsorship|ds ?2019)\b`,
    String.raw`\b(?:as|be) (?:my |a )?(?:dependents?|dependants?)\b`,
    String.raw`\b(?:j2|h4)\b`,
  ].join('|'),
);
const MEMBER_TRAINING = /\b(?:j1|h1b|residency|residencies|fellowship|training|program|programme|match\w*|pgy ?\d|intern year|gme|ecfmg)\b/;
const OTHER_PURPOSE =
  /\b(?:tourist|visitor|visit|visiting|b1|b2|b1b2|f1|student visa|study|studies|studying|university|college|school admission|her (?:own )?(?:job|employer|company)|his (?:own )?(?:job|employer|company)|h1b lottery|green card|citizenship|graduation|ceremony)\b/;
const SPOUSE_OR_CHILD_TOLD = new RegExp(String.raw`\b(?:my|our) (?:\w+ )?${SPOUSE_OR_CHILD}\b`);

/** A spouse or child whose visa is asked about as the member's dependant in training. */
export function dependantOfMemberTraining(text: string): boolean {
  return SPOUSE_OR_CHILD_TOLD.test(text) && JOINED.test(text) && MEMBER_TRAINING.test(text) && !OTHER_PURPOSE.test(text);
}
