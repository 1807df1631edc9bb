/**
 * Text analysis shared by the index and the query side of retrieval: one normaliser, one
 * tokenizer, one stop-word list and one (deliberately light) stemmer, so a guide and a member's
 * question always reduce to the same terms.
 */

/**
 * Spelling variants folded before tokenizing. Order matters: apostrophes first ("don't" →
 * "dont"), then the exam and visa names so "J-1", "J1", "Step 2 CK" and "step2ck" agree.
 */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/['’`]/g, ''],
  [/\be-mail/g, 'email'],
  // "#1" after a rank verb is a place on a rank list ("if I rank program A #1"), not a top-choice
  // message; elsewhere ("my #1 program") it names the member's top choice.
  [/\b(rank(?:ed|ing|s)?(?: (?!if\b|but\b|and\b)\w+){0,3}) (?:#\s?1|number one)\b/g, '$1 first'],
  [/#\s?1\b|\bnumber one\b/g, ' top choice '],
  // A lower place on a rank list ("my #2") is the next program on it.
  [/#\s?([2-9])\b/g, ' number $1 '],
  [/\b([jho])-?1(b?)\b/g, '$11$2'],
  // …and the dependent statuses the same way ("H-4", "H4"; "J-2", "J2").
  [/\b([hj])-([24])\b/g, '$1$2'],
  [/\bstep[\s-]?2\s?ck\b/g, 'step2 ck'],
  [/\bstep[\s-]?([123])\b/g, 'step$1'],
  [/\bpgy[\s-]?(\d)\b/g, 'pgy$1'],
  // Numbers as members type them read as their words: a span in short units ("2 yrs", "6mo",
  // "3wks") is the same span spelled out, and an ordinal in digits ("1st", "2nd") is the word, so
  // "3 yrs since graduation" meets "three years since graduation" and "1st attempt" "first attempt".
  [/\b(\d+)\s?(?:yrs?|years?)\b/g, '$1 years'],
  [/\byrs\b/g, 'years'],
  [/\byr\b/g, 'year'],
  [/\b(\d+)\s?(?:mos|mo|mths?|mnths?|months?)\b/g, '$1 months'],
  [/\b(\d+)\s?(?:wks?|weeks?)\b/g, '$1 weeks'],
  [/\b1st\b/g, 'first'],
  [/\b2nd\b/g, 'second'],
  [/\b3rd\b/g, 'third'],
  [/\b4th\b/g, 'fourth'],
  [/\b5th\b/g, 'fifth'],
  [/\b6th\b/g, 'sixth'],
  // A resident's year told in words is the PGY year ("a 2nd-year IM resident", "third year of my
  // surgery residency" = PGY-3), so "PGY2" and "second year resident" name the same member.
  ...(['first', 'second', 'third'] as const).flatMap((n, i): Array<readonly [RegExp, string]> => [
    [new RegExp(String.raw`\b${n}[\s-]year ((?:(?!(?:after|before|since|post|out|from|into|in|and|or|of|following|without)\b)[a-z]+ ){0,2})(?=residents?\b|residency\b)`, 'g'), `pgy${i + 1} $1`],
    [new RegExp(String.raw`\b${n} year of (?:my |the |our )?((?:[a-z]+ )?)(?=residency\b)`, 'g'), `pgy${i + 1} of $1`],
  ]),
  // A postdoc is a research post, whatever it is called ("postdoc", "post-doc", "postdoctoral fellow").
  [/\bpost-?docs?\b|\bpostdoctoral\b/g, 'postdoctoral research'],
  // "Cert" is how members shorten a certification ("board cert", "Epic cert").
  [/\bcerts?\b/g, 'certification'],
  [/\bpre[\s-]?match\b/g, 'prematch'],
  [/\bthank[\s-]?you\b/g, 'thankyou'],
  [/\bset[\s-]up\b/g, 'setup'],
  // A stock interview question made only of stop words; keep it findable as one term.
  [/\btell me about yourself\b/g, 'tmay'],
  // Phrasings whose usual words mean something else here, folded to the meaning:
  // failing the match is going unmatched, not an exam failure ("2 failed match attempts")…
  [/\b(?:fail(?:ed|ing|s)?|unsuccessful) (?:to |in |at )?(?:the |a |my )?(?:\w+ )?match(?:ing|es)? (?:attempts?|cycles?|tries|rounds?|seasons?)\b/g, 'unmatched cycles'],
  [/\b(?:fail(?:ed|ing|s)?|unsuccessful) (?:to |in |at )?(?:the |a |my )?(?:\w+ )?match(?:ing|es)?\b/g, 'unmatched'],
  [/\bmatch (?:attempts|cycles|tries|rounds)\b/g, 'unmatched cycles'],
  // …ranking one's priorities is prioritising, not a rank list…
  [/\b(?:rank|ranking|order|ordering|sort|sorting)(?: (?:my|your|the|competing|many|multiple|several|different))? (?:priorities|tasks|to ?dos?|workload|deadlines)\b/g, 'prioritise'],
  [/\bprioriti[sz]\w*|\bpriorities\b|\bpriority\b/g, 'prioritise'],
  // …ranking programs (the member's own list) is the rank list, not a program ranking the member…
  [/\brank(?:ing)? (?:only |just )?(?:one|1|a single|two|three|four|five|\d+|a few|few|many|all|my|the|every|each|more|fewer|several)? ?(?:programs?|places)\b/g, 'rank list programs'],
  // …making up for something is compensating, not earning; making one up is inventing it…
  [/\bmak(?:e|es|ing) up for\b/g, 'compensate for'],
  [/\bmak(?:e|es|ing) (one|it|them|something|stuff|things|an? \w+) up\b/g, 'invent $1'],
  [/\bmak(?:e|es|ing) up (?=an? |some |my |the |one\b|examples?\b|stories\b|a story\b|facts\b|numbers\b|data\b|something\b)/g, 'invent '],
  // …and leaving a residency is resigning from it, not a place ("left my residency abroad").
  [/\b(?:left|leave|leaving|quit|quitting|dropped out of|walked away from|walked out of) (?:my |the |a |our )?(?:\w+ )?(?:residency|training program|training|program)\b/g, 'resigned from residency'],
  // …and asking a program how you did after an interview is asking how it will rank you.
  [/\b(ask|asking|know|find out)(?: (?:him|her|them|the \w+))? (?:how (?:i|we) did|how (?:i|it) went|how i performed|where i stand)\b/g, '$1 how they will rank me'],
  // British spellings the guides spell the American way.
  [/\bbehaviour/g, 'behavior'],
];

/**
 * The short names members give a green card (permanent residence) spelled out, so every reader of
 * the question (scope, the curated matcher, the citizen and visa readings) sees the status itself:
 * "GC", "greencard", "LPR", and "PR" where it names a status the member has or gets ("I'm a PR",
 * "got my PR", "PR holder"), not "PR" in other senses (points, a press release).
 */
export function spellOutStatus(text: string): string {
  return text
    .replace(/\bgreen-?cards?\b/gi, (m) => (/s$/i.test(m) ? 'green cards' : 'green card'))
    .replace(/\bgreen-?card(holders?)\b/gi, 'green card $1')
    .replace(/\bgcs?\b(?![-/]?ms\b)/gi, 'green card')
    .replace(/\blprs?\b/gi, 'permanent resident')
    .replace(
      /\b((?:i am|i'm|i’m|im|i have|i've|i’ve|ive|have|has|got|get|getting|received|hold|holding|with|on|as|am|is|being|my|our)\s+(?:a\s+|an\s+|my\s+|the\s+)?(?:u\.?s\.?a?\.?\s+|american\s+)?)pr\b(?![-\s]*(?:points?|pathways?|express|newswire|release)\b)/gi,
      '$1permanent resident',
    )
    .replace(/\b(?:u\.?s\.?a?\.?|american)\s+pr\b(?![-\s]*(?:points?|newswire|release)\b)/gi, 'US permanent resident')
    .replace(/\bpr\s+(holders?|status|card)\b/gi, 'permanent resident $1');
}

export function normalizeText(text: string): string {
  // Upper-case "US"/"U.S." is the country; lower-case "us" is the pronoun (a stop word).
  let out = text.replace(/\bU\.?S\.?(?=[^A-Za-z]|$)/g, 'USA').toLowerCase();
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  return out;
}

/** Lower-cased words and numbers, after `normalizeText`; no stop-word removal or stemming. */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * Function words and question filler ("how do i", "can someone tell me") that would otherwise
 * dominate short questions. Domain words ("program", "informatics") stay: BM25's IDF already
 * discounts them where they are everywhere.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can cant could couldnt did didnt do does doesnt doing dont down during each
  few for from further get gets getting got had hadnt has hasnt have havent having he her here hers
  herself him himself his how i id ill im ive if in into is isnt it its itself just let lets like me
  more most my myself no nor not now of off on once only or other our ours ourselves out over own
  please really same she should shouldnt so some still such than that thats the their theirs them
  themselves then there theres these they theyre this those through to too under until up us very
  was wasnt we were werent what whats when where which while who whom why will with wont would
  wouldnt you youre your yours yourself yourselves anyone someone something anything thing things
  tell know want need ok okay hi hello thanks pls plz u ur yeah yes kind sort much many way
  go going basically actually even ever good example examples describe give`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Conservative suffix stripping: plurals, "-ing", "-ed" and a final "e", so "letters"/"letter",
 * "failed"/"fail" and "writing"/"write" meet. Words with digits are left alone ("h1b", "step2").
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** "plann" → "plan", "gett" → "get", but "call" and "pass" keep their double letter. */
function undouble(w: string): string {
  const last = w.at(-1);
  return last && last === w.at(-2) && !'lsz'.includes(last) ? w.slice(0, -1) : w;
}

/** A token → its index term, or null for stop words and single letters. */
export function processTerm(token: string): string | null {
  if (STOP_WORDS.has(token)) return null;
  if (token.length < 2) return null;
  return stem(token);
}

/**
 * Agent nouns indexed under their verb as well, so "who should write my letters" reaches a
 * section about "writers". Index side only: a query keeps the member's exact word.
 */
const ALSO_INDEX_AS: Readonly<Record<string, string>> = {
  writer: 'writ',
  recommender: 'recommend',
  interviewer: 'interview',
  applicant: 'apply',
  application: 'apply',
};

/** A document token → its index terms (the stem, plus the verb for agent nouns). */
export function indexTerms(token: string): string[] | null {
  const term = processTerm(token);
  if (!term) return null;
  const also = ALSO_INDEX_AS[term];
  return also ? [term, also] : [term];
}

/** Text → index terms, in order, stop words removed. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const term = processTerm(t);
    if (term) out.push(term);
  }
  return out;
}
