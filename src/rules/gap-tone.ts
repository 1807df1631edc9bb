/**
 * Advisory notes on the tone of a member's gap explanation, for the human-facing views only: the
 * JSON `lint` keeps the contract's five ids. Newcomer trial 17: a draft that said "I am very sorry",
 * "I promise I will work very hard if given a chance" and told an in-law's illness came back "no
 * problems found by the 5 checks". The guides (knowledge/explaining-red-flags.md) ask for the
 * reason as one plain sentence of context, no apology or plea, and no private medical details.
 *
 * Read by meaning, not by a list of the trial's sentences: an apology is the writer saying sorry
 * for themselves (not "sorry to hear", not sympathy for someone else's loss); a plea asks for a
 * chance or promises effort in return for one (not "I promise to bring" in a plain plan); a family
 * medical detail is a named relative together with a diagnosis, a treatment or a course of illness.
 */
export interface ToneNote {
  id: 'apology' | 'pleading' | 'family-medical-detail';
  quote: string;
  message: string;
}

const sentences = (text: string): string[] =>
  text
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Saying sorry for oneself: "I am (very) sorry", "I apologise", "my apologies", "please forgive me". */
const APOLOGY =
  /\b(?:I(?:'m| am| was| feel)?\s+(?:(?:very|so|truly|deeply|really|sincerely|extremely)\s+)*(?:sorry|ashamed|apologetic)\b(?!\s+(?:to hear|for (?:your|the|their|his|her) loss|to (?:learn|read|see) that))|I\s+(?:sincerely\s+|deeply\s+)?apologi[sz]e|(?:my|our)\s+(?:sincere\s+|deepest\s+)?apologies|(?:please\s+)?forgive\s+(?:me|my)|I\s+(?:deeply\s+)?regret\s+(?:my|that I|having|the (?:gap|break|delay))|excuse\s+(?:me\s+for|my))/i;

/** Asking for a chance, or promising effort in exchange for one. */
const PLEA = [
  /\b(?:if|once|when)\s+(?:I\s+(?:am|was|were|get|got)\s+)?(?:given|offered|granted|allowed)\s+(?:a|an|the|one|this|that|another)\s+(?:\w+\s+)?(?:chance|opportunity)\b/i,
  /\b(?:please\s+)?(?:give|grant|offer|allow)\s+me\s+(?:a|an|one|this|the|another|just one)\s+(?:\w+\s+)?(?:chance|opportunity)\b/i,
  /\b(?:one|last|another|second)\s+chance\b/i,
  /\bI\s+(?:beg|am begging|humbly (?:request|ask|beg))\b/i,
  /\bpromis\w*\b[^.!?]{0,40}?\b(?:work|study|try|strive|labou?r)\w*\s+(?:\w+\s+){0,2}?(?:hard(?:er)?|day and night|tirelessly|my (?:very )?best|harder than)/i,
  /\bpromis\w*\b[^.!?]{0,30}?\b(?:never (?:let|disappoint)|not (?:let|disappoint)|won't (?:let|disappoint)|will not (?:let|disappoint))/i,
  /\bplease\s+(?:consider|accept|understand|do not|don't)\s+(?:me|my)\b/i,
];

const RELATIVE =
  /\b(?:my|our|his|her|their)\s+(?:(?:late|elderly|ailing|sick|younger|older|little|only)\s+)?(?:mother|father|mom|mum|dad|parents?|(?:mother|father|sister|brother|son|daughter|parents?)[- ]in[- ]law|in-?laws|husband|wife|spouse|son|daughter|child|children|baby|brother|sister|sibling|grandmother|grandfather|grandparents?|uncle|aunt|family member|relative)\b/i;

/** A diagnosis, a treatment or the course of an illness: the details programs do not need. */
const MEDICAL_DETAIL =
  /\b(?:cancer|tumou?r|chemo\w*|radiotherapy|radiation|stroke|dialysis|kidney|renal|liver|cirrhosis|heart (?:attack|failure|surgery)|cardiac|bypass|dementia|alzheimer\w*|parkinson\w*|paraly\w*|bedridden|bed-ridden|surgery|surgeries|operation|amputat\w*|ICU|intensive care|ventilat\w*|diagnos\w*|leuk(?:a)?emia|lymphoma|diabet\w*|depress\w*|psychiatric|schizophren\w*|bipolar|transplant|hospitali[sz]\w*|admitted to|terminal|palliative|hospice|metasta\w*|fracture\w*|coma|seizure\w*|epilep\w*|covid|infection|sepsis|autism|disabilit\w*|miscarriage|pregnancy complications?|stage (?:[1-4]|I{1,3}V?|IV))\b/i;
const ILL = /\b(?:ill|illness|sick|sickness|disease|condition|health (?:problem|issue|crisis)s?|unwell|fell ill)\b/i;

const cut = (s: string): string => (s.length <= 140 ? s : `${s.slice(0, 137)}…`);

export function toneNotes(text: string): ToneNote[] {
  const all = sentences(text);
  const out: ToneNote[] = [];
  const sorry = all.find((s) => APOLOGY.test(s));
  if (sorry) {
    out.push({
      id: 'apology',
      quote: cut(sorry),
      message:
        'Your draft apologises. A gap is a fact to explain, not a fault to apologise for: programs read an apology as the gap weighing on you. State the reason in one plain sentence and move to what you did.',
    });
  }
  const plea = all.find((s) => PLEA.some((re) => re.test(s)));
  if (plea) {
    out.push({
      id: 'pleading',
      quote: cut(plea),
      message:
        'Your draft pleads (asks for a chance, or promises effort in return for one). It reads as asking for sympathy rather than showing readiness: replace it with evidence of what you have already done and one concrete plan.',
    });
  }
  const health = all.filter((s) => RELATIVE.test(s) && (MEDICAL_DETAIL.test(s) || ILL.test(s)));
  const detailed = health.find((s) => MEDICAL_DETAIL.test(s));
  if (detailed || health.length >= 2) {
    out.push({
      id: 'family-medical-detail',
      quote: cut(detailed ?? health[0]!),
      message:
        "Your draft gives details of a relative's health. One sentence of context is enough (for example that you cared for a family member through an illness); leave out the diagnosis, treatment and course: they are your relative's private information and programs do not need them.",
    });
  }
  return out;
}
