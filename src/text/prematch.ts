/**
 * The pre-match email checks as plugins over one parsed email. Each combines a speech act (the
 * member asks, requests, offers, promises, sets a condition) with a topic (how the program ranks
 * the member, a commitment, a personal disclosure, an attachment) and who it is about, and skips
 * negated acts, reported speech and quoted rules. "Applicants and programs make independent
 * ranking decisions" is a rule stated, not an ask; "I would be grateful for any indication of
 * where I stand" is an ask, however polite.
 */
import { daysBetween } from '../core/dates.js';
import type { PrematchContext, PrematchKind } from '../rules/prematch-context.js';
import {
  clausesOf,
  CONDITION,
  FIRST_PERSON_COMMIT,
  isNegatedAsk,
  isQuestion,
  isRequest,
  isUnderstanding,
  NEGATED_OFFER,
  NEGATION,
  SOMEONE_ELSE,
} from './acts.js';
import type { Hit, TextCheck } from './check.js';
import { findIn, withForms, type Sentence, type Span, type TextDoc } from './document.js';

export interface PrematchCheckContext {
  context: PrematchContext;
  /** YYYY-MM-DD, standing in for a missing sendDate. */
  today: string;
  /** Thresholds (PREMATCH_CHECK_CONFIG in src/rules/prematch-check.ts). */
  limits: { thankYouMaxDays: number; maxUpdatesPerProgram: number };
}

type Check = TextCheck<string, PrematchCheckContext>;

/** Sentences the member wrote as the message (not the greeting, closing or signature lines). */
const bodySentences = (doc: TextDoc): Sentence[] =>
  doc.sentences.filter((s) => s.role === 'body' || s.role === 'greeting' || s.role === 'closing');

/**
 * What one sentence gives a check: a hit that stands; a hit read only loosely, reported when no
 * sentence gives one that stands; and whether a rule about the whole email (`global`) set it aside.
 */
interface Reading {
  hit?: Hit;
  loose?: Hit;
  skipped?: boolean;
}

/**
 * Every place a sentence-by-sentence check fires, in one pass, in the order that blanking each found
 * sentence and running the check again would give them (the first is the check's own hit). A found
 * sentence is dropped from the list, so its neighbours become each other's; reading resumes at the
 * sentence before it (a check may read the sentence after). Loose hits come after every standing
 * one. `global` names sentences a rule about the whole email reads: dropping one after that rule set
 * a sentence aside reads the email again from its start. With `all` false, only the first hit.
 * (Round fix20: fix19 re-parsed the whole email once per place found, about half the check's time.)
 */
function sentenceHits(
  body: readonly Sentence[],
  read: (sents: readonly Sentence[], i: number) => Reading | undefined,
  all: boolean,
  global?: (s: Sentence) => boolean,
): Hit[] {
  const sents = [...body];
  const hits: Hit[] = [];
  let loose: { s: Sentence; hit: Hit }[] = [];
  let skipped = false;
  /** Drop a found sentence; where reading resumes. */
  const drop = (s: Sentence): number => {
    const p = sents.indexOf(s);
    if (p < 0) return -1;
    sents.splice(p, 1);
    if (skipped && global?.(s)) {
      loose = [];
      skipped = false;
      return 0;
    }
    const from = Math.max(p - 1, 0);
    loose = loose.filter((l) => l.s !== s && sents.indexOf(l.s) < from);
    return from;
  };
  let i = 0;
  for (;;) {
    for (; i < sents.length; i++) {
      const r = read(sents, i);
      if (!r) continue;
      if (r.skipped) skipped = true;
      if (r.loose && !r.hit) loose.push({ s: sents[i]!, hit: r.loose });
      if (!r.hit) continue;
      hits.push(r.hit);
      if (!all || !r.hit.sentence) return hits;
      const from = drop(r.hit.sentence);
      if (from < 0) return hits;
      i = from - 1;
    }
    if (!loose.length) return hits;
    loose.sort((a, b) => sents.indexOf(a.s) - sents.indexOf(b.s));
    const first = loose[0]!;
    hits.push(first.hit);
    if (!all || !first.hit.sentence) return hits;
    const from = drop(first.hit.sentence);
    if (from < 0) return hits;
    i = from;
  }
}

// ---- who: the program named is the program addressed -----------------------------------------

/** Nouns that stand for the program's side when a name comes before them ("the Whitmore committee"). */
const PROGRAM_NOUN = /^(?:program|programme|committee|team|fellowship|residency|faculty|department|track|pathway)$/;

/**
 * The email read with the program's own name as the second person: in a note to Oakmont,
 * "Oakmont ranking me to match would let me rank Oakmont first" says what "you ranking me … rank
 * you first" says, and "the Whitmore committee" is "your committee". A trade or an ask names its
 * two sides by who acts on whom; whether the member writes "you" or the program's name (its full
 * name, its first words, with or without "'s") does not change who that is. Only the trade and
 * ask checks read this view; the others need the name itself (a named program is a specific).
 */
const AS_YOU = new WeakMap<TextDoc, Map<string, TextDoc>>();
export function programAsYou(doc: TextDoc, program: string | undefined): TextDoc {
  if (!program) return doc;
  const words = normProgram(program).split(' ').filter(Boolean);
  // The run must open on a word that tells programs apart ("Riverside", not "University").
  const heads = new Set(words.filter((w) => w.length >= 3 && !PROGRAM_STOP.has(w) && !SPECIALTY.has(w)).slice(0, 1));
  if (!heads.size) return doc;
  let byName = AS_YOU.get(doc);
  if (!byName) AS_YOU.set(doc, (byName = new Map()));
  const hit = byName.get(program);
  if (hit) return hit;
  const lowerWriter = !/[A-Z]/.test(doc.text);
  const sentences = doc.sentences.map((s) => {
    const forms: (string | null | undefined)[] = s.tokens.map(() => undefined);
    let changed = false;
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      const w = normProgram(t.value);
      if (!heads.has(w) || (!/^[A-Z]/.test(t.value) && !lowerWriter)) continue;
      // Extend over the following words of the program's name, in order ("Riverside General").
      let at = words.indexOf(w) + 1;
      let j = k + 1;
      while (j < s.tokens.length && at < words.length && normProgram(s.tokens[j]!.value) === words[at]) {
        j++;
        at++;
      }
      const possessive = /^'s?$/.test(s.tokens[j]?.canon ?? '');
      // A name before a noun modifies it ("the Hollins rank list", "the Whitmore committee"): "your".
      const next = s.tokens[j];
      // "Pinecrest signals I am among…": a word the tagger reads as a noun is the program's verb when
      // a subject pronoun or a determiner follows it at once.
      const afterNext = s.tokens[j + 1]?.canon ?? '';
      const verbReading = /^(?:i|me|you|we|they|he|she|that|it|its|my|your|their|our|a|an|the)\b/.test(afterNext);
      const nounNext = next !== undefined && (PROGRAM_NOUN.test(next.canon) || (next.pos === 'NOUN' && !verbReading));
      forms[k] = possessive || nounNext ? 'your' : 'you';
      for (let x = k + 1; x < j; x++) forms[x] = null;
      if (possessive) forms[j] = null;
      // After "the" the name is attributive whatever follows ("the Hollins rank list").
      if (s.tokens[k - 1]?.canon === 'the') {
        forms[k] = 'your';
        forms[k - 1] = null;
      }
      changed = true;
      k = possessive ? j : j - 1;
    }
    return changed ? withForms(s, forms) : s;
  });
  const view: TextDoc = { ...doc, sentences };
  byName.set(program, view);
  return view;
}

// ---- topic: how the program ranks or sees the member ----------------------------------------

const RANK_WORD =
  '(?:rank|ranks|ranked|ranking|rankings|list|listed|listing|place|placed|placing|put|position|positioned)';

/**
 * The member as the object of the program's ranking or selection, or their standing and chances.
 * The member's own rank list ("my rank list", "when I submit my list") is not it.
 */
/**
 * Whether applying is worth it for the member, asked of the program ("should I still apply?",
 * "advise me whether to apply"): the member's standing before the list exists, unless an
 * eligibility rule is what decides it (see ELIGIBILITY_ASKED).
 */
const SHOULD_I_APPLY =
  /(?<!\b(?:visas?|h-?1b|j-?1|h-?4|ead|sponsor\w*|eligib\w*|requirements?|certif\w*)\b[^.?!]*)\bshould i (?:still |even |really |then |bother (?:to )?|bother )?(?:apply|applying)(?: (?:to|at|for|with) (?:you|your (?:\w+ )?(?:program|programme|track|fellowship)|the (?:\w+ )?(?:program|programme|track|fellowship)|it|here))?(?: at all| or not| this (?:year|cycle|season))?(?= ?[?,.!;]|$| or (?:not|should|would|focus|look|wait)\b)/;
const WHETHER_TO_APPLY =
  /(?<!\b(?:visas?|h-?1b|j-?1|h-?4|ead|sponsor\w*|eligib\w*|requirements?|certif\w*)\b[^.?!]*)\b(?:(?:whether|if) i should|(?:advise|encourage|recommend) me (?:to|whether to|if i should)) (?:still |even |really )?apply(?: (?:to|at|for|with) (?:you|your (?:\w+ )?(?:program|programme|track|fellowship)|the (?:\w+ )?(?:program|programme|track|fellowship)|it|here))?(?: at all| or not| this (?:year|cycle|season))?(?= ?[?,.!;]|$| or (?:not|should|would|focus|look|wait)\b)/;
/** The program asked to judge it: "do you think I should still apply to Northwood?". */
const THINK_I_SHOULD_APPLY =
  /(?<!\b(?:visas?|h-?1b|j-?1|h-?4|ead|sponsor\w*|eligib\w*|requirements?|certif\w*)\b[^.?!]*)\b(?:you|the (?:\w+ )?(?:committee|program|programme|director)) (?:\w+ ){0,2}?(?:think|advise|recommend|suggest|feel|believe) (?:that )?i should (?:still |even |really )?(?:apply|bother applying)\b/;

/**
 * Session 30 (text47): an eligibility rule asked about in the same email ("do you accept applicants
 * who graduated more than five years ago?", "is a J-1 accepted?") makes "I need to know if I should
 * apply" the consequence of that rule, the member's own decision, not a request to be judged.
 */
const ELIGIBILITY_ASKED =
  /\b(?:accept|accepts|accepted|consider|considers|take|takes|admit|admits|allow|allows|eligible|open to)\b (?:\w+ ){0,3}?(?:applicants?|candidates?|graduates?|imgs?|people|doctors|physicians|anyone|those) (?:who|with|from|that|whose|holding|on|needing|requiring|beyond|outside|more than|over)\b|\b(?:eligib\w*|visa|j-?1|h-?1b|sponsor\w*|graduation (?:year|date|cut-?off)|year of graduation|years? since (?:my )?graduation|time since graduation|cut-?off|requirements?)\b/;

const ABOUT_ME: readonly RegExp[] = [
  // Round eleven: the member on the list at all ("whether I made it onto it", "if my name made
  // the cut"), however the list is referred to.
  /\b(?:whether|if) (?:i|my (?:name|application|file)) (?:\w+ )?(?:made|make|got|get) (?:it )?(?:onto|on to|into|past|through) (?:it|the (?:[\w-]+ )?(?:list|cut|round)|your (?:[\w-]+ )?list)\b|\b(?:i|my (?:name|application|file)) (?:\w+ )?(?:made|make) (?:the|your) (?:\w+ )?cut\b/,
  new RegExp(
    `\\b${RANK_WORD} (?:\\w+ ){0,2}(?:me|myself|my (?:application|candidacy|candidature|file|profile|dossier)|my file|my name)\\b`,
  ),
  // Session 28: "are" too, for a plural stand-in read as the member ("whether candidates like me are
  // usually considered seriously" → "whether i are usually considered seriously").
  /\b(?:i|me|my (?:application|candidacy|candidature|file|profile|dossier)|my name) (?:\w+ ){0,4}(?:be|been|being|am|are|is|was|were|get|got|getting) (?:\w+ )?(?:ranked|placed|listed|matched|selected|chosen|considered|included|offered|accepted|put|taken seriously)\b/,
  // "my visa status", "my financial situation" are other matters; "my current standing" is this one.
  /\bmy (?:(?!visa\b|immigration\b|work\b|legal\b|marital\b|financial\b|health\b|family\b|exam\b|ecfmg\b|certification\b|licens\w*\b|employment\b|own\b|last\b|final\b|only\b|one\b|second\b|third\b|big\b|first\b|top\b|1st\b)\w+ )?(?:ranking|rank|position|place|placement|spot|standing|status|chances?|odds|shot|likelihood|probability|prospects?|competitiveness|candidacy (?:status|standing)|situation on|place on|standing on)\b(?! (?:order )?list)(?! (?:of|for|to|with) (?:\w+ ){0,2}?(?:h-?1b|j-?1|visas?|sponsorship|waivers?|licen[cs]e|licensure|eligib\w*|ecfmg|certification|green card)\b)(?! (?:at|as|in|with) (?:my|our|a|an)\b| (?:at|in) the (?!program|programme|committee|match|fellowship)\w+)/,
  // The member and the program's list in one clause, in either order: "if I am on the safe side of
  // your list", "whether I was high on Canfield's list", "where on your list I might fall". The
  // member's own list ("my list", "mine") is not the program's.
  // "…grateful to know when the fellowship's rank list is submitted" asks about the list's date.
  /\b(?:i|me|my (?:name|application|file|candidacy|profile))\b(?:(?!\b(?:when|how many|how long|what time|what date)\b)[^,;.?!]){0,60}?\b(?:your|the (?:program|programme|committee|team|fellowship)'s|(?!my\b)[a-z]+'s) (?:(?!my\b)[\w-]+ ){0,2}(?:rank |ranking |match |final )?list\b|\b(?:your|the (?:program|committee)'s|(?!my\b)[a-z]+'s) (?:(?!my\b)[\w-]+ ){0,2}list\b[^,;.?!]{0,40}?\b(?:i|me|my name)\b/,
  // Hope kept alive for a place: "whether I should continue to keep hope for a place at Northfield",
  // "should I keep my hopes alive for a spot".
  /\b(?:keep|keeping|hold|holding|continue|continuing|still|give up|giving up|abandon|lose|losing)(?: to)? (?:\w+ )?(?:hope|hopes|hoping)\b(?: (?:\w+ )?(?:alive|up))? (?:for|of) (?:a|an|my|the) (?:\w+ )?(?:place|position|spot|seat|match|offer|future)\b|\bhopes? (?:\w+ )?alive\b/,
  /\b(?:my|keep my|get my) hopes? (?:\w+ )?(?:up|for a (?:place|position|spot|seat))\b|\b(?:feeling|interest)(?:'s| (?:\w+ )?(?:is|was|being|to be)) (?:\w+ ){0,3}(?:mutual|reciprocated|shared)\b|\b(?:feeling|interest|enthusiasm|excitement|sentiment)s? (?:\w+ ){0,2}(?:goes|go|going|runs?|works?|cuts?) both ways\b|\b(?:any|some|a|real|still|what) (?:\w+ )?(?:hope|chance|possibility|shot|future) (?:for me|that i|of me|of my)\b|\b(?:is there|do i (?:still )?have|i (?:still )?have) (?:any|a|some|still) (?:\w+ )?(?:hope|chance|shot|possibility)\b(?! (?:for (?:a |an )?(?:\w+ )?(?:tour|visit|meeting|call|elective|rotation|chat)\b|to (?!(?:match|be (?:ranked|matched|selected|offered|accepted|chosen)|get in|land|secure|train|join)\b)\w+|(?:that )?(?:you|your|the|they|someone|somebody|anyone|it|its|this|we)\b))/,
  /\b(?:i|my (?:application|candidacy|candidature|file|profile)) (?:\w+ ){0,2}(?:remains?|is|am|still|stays?|be|being|was|were) (?:\w+ )?(?:competitive|in consideration|under consideration|in the running|in the mix|in the frame|in the hunt|viable|strong enough|on track|in contention|in range|within range|in (?:the |your )?(?:matching |match )?(?:zone|range)|within (?:\w+ )?reach|safe|looked on (?:\w+ )?favou?rably|viewed (?:\w+ )?favou?rably|seen (?:\w+ )?favou?rably)\b/,
  /\b(?:offer(?:s|ed|ing)?|extend(?:s|ed|ing)?|giv(?:e|es|ing)|guarantee(?:s|ing)?|promis(?:e|es|ing)|reserv(?:e|es|ing)|hold(?:s|ing)?|sav(?:e|es|ing)|assur(?:e|ing)) me (?:a|the|an|one of (?:your|the)|your) (?:\w+ )?(?:position|spot|place|seat|slot|contract|residency|fellowship)\b|\b(?:take|accept|choose|select|match with) me\b(?! (?:to|through|around|along|on (?:a|the)|back to|for (?:a|the) (?:tour|walk|coffee|lunch|dinner))\b)/,
  // Still in the program's sights, or time to look elsewhere: "am I still on Calder Valley's radar",
  // "should I be hedging my bets elsewhere" (only ever read in an ask).
  // "Keep me in your thoughts" is a plea to be remembered, not a question of standing.
  /\b(?:i|my (?:name|application|file|candidacy))\b (?:\w+ ){0,2}(?:on|off) (?:your|its|their|the (?:\w+ )?(?:committee|program|programme)'s|(?:[a-z]+ ){0,2}[a-z]+'s) radar\b|\b(?:should|must|do|need) i (?:\w+ ){0,2}(?:hedg\w* my bets|look\w* elsewhere)\b/,
  /\b(?:do|does|would|will|could|can) (?:i|my (?:application|file|candidacy)) (?:still )?(?:stand|have) (?:a|any) (?:\w+ )?(?:chance|shot|hope|prayer) (?:with|at|of (?:matching|getting in|being))\b/,
  // Round twenty-three: the same chance asked with another verb in front ("do you think someone with
  // my profile stands a realistic chance with you?", "whether I still have any real shot at
  // Brookfield"); a chance to do something else ("a chance to visit") is not it.
  /\b(?:i|my (?:application|file|candidacy)) (?:still )?(?:stand|stands|have|has|had|hold|holds) (?:a|an|any) (?:\w+ ){0,2}(?:chance|shot|prayer)\b(?= (?:with|at|of (?:matching|getting in|being|landing|joining)|here|there)\b)/,
  /\bmove me (?:up|down|higher)\b|\bmy (?:\w+ )?(?:place|position|standing) (?:has )?(?:changed|improved|moved)\b/,
  /\bwhere (?:i|my (?:application|candidacy|candidature|file|profile|dossier)|my name) (?:\w+ )?(?:stand|stands|fall|falls|rank|ranks|am|is|sit|sits|lie|lies|land|lands|fit|fits|end up|ended up|would be|will be|might be|currently (?:stand|am))\b/,
  /\bwhere (?:am|do|would|will|might|did|could|should) (?:i|my application) (?:\w+ )?(?:stand|fall|rank|sit|land|fit|be|lie)\b|\bwhere (?:am|do|would|will|might|did) i\b.{0,40}\b(?:list|rank|ranking|position|order)\b/,
  /\bhow (?:i|my (?:application|candidacy|candidature|file|profile|dossier)) (?:\w+ )?(?:stand|stands|rank|ranks|compare|compares|stack|stacks|fare|fares|measure|measures|sit|sits|land|lands|fall|falls|place|places|fit|fits|am doing|was seen|was viewed|was perceived|came across|performed|did)\b/,
  // Standing as a comparison with the pool: "where my file lands compared with the others",
  // "how I measure up against this year's applicants", "my application among those you interviewed".
  /\b(?:i|me|my (?:\w+ )?(?:application|candidacy|candidature|file|profile|dossier|interview))\b[^.;?!]{0,40}?\b(?:relative to|compared (?:with|to)|in comparison (?:with|to)|against|among|alongside|versus|vs) (?:the |your |this year's |all |other )*(?:\w+ )?(?:candidates|applicants|interviewees|pool|people you|others|rest|field|cohort)\b/,
  // Round twenty-four: the member, or what stands for them (background, profile, record), set
  // beside other people with a verb of comparing, with or without "how": "do you think my profile
  // compares similarly to theirs?", "I wonder how my background compares with the other candidates".
  /\b(?:i|me|my (?:\w+ )?(?:application|candidacy|candidature|file|profile|dossier|interview|background|experience|record|credentials|cv|scores?|qualifications|portfolio))\b (?:\w+ ){0,2}?(?:compares?|compared|stacks? up|stacked up|measures? up|measured up|fares?|fared) (?:\w+ ){0,2}?(?:to|with|against|among|next to|alongside|beside) (?:theirs|them|those|these|others|the others|the rest|(?:the |your |this year's |other |previous |past |last year's |former |all |their )*(?:\w+ )?(?:candidates|applicants|interviewees|pool|people|others|field|cohort|fellows|residents|matches|graduates|ones|peers))\b/,
  // Session 24: the member as a candidate, or with a shot, for one of the program's places: "whether
  // someone with my profile is a realistic candidate for one of your two positions", "do u think
  // I've got a real shot at one of ur 3 spots". The places must be the program's.
  /\b(?:i|me|my (?:application|candidacy|file|profile))\b[^.;?!]{0,60}?\b(?:candidate|contender|shot|chance|prayer|in the running|in contention)\b[^.;?!]{0,30}?\b(?:for|at|of (?:getting|landing|securing|taking)) (?:one of |a |an )?(?:your|ur|its|their|the (?:program|programme|track|fellowship|committee)'s|[a-z]+'s|the) (?:[\w-]+ ){0,2}(?:positions?|spots?|places?|seats?|slots?|openings?)\b(?! (?:on|at|in|for) (?:the|a|your) (?:\w+ )?(?:tour|call|panel|dinner|lunch|social|event|session|webinar|visit))/,
  // Round twenty-four: the chance of a place asked as whether hoping for it is realistic:
  // "whether it would be realistic for me to hope for a place at Tallmadge".
  /\b(?:realistic|unrealistic|reasonable|sensible|wise|possible) (?:for me )?to (?:\w+ )?(?:hope|expect|aim|count|bank|plan) (?:\w+ )?(?:for|on|to get|to land|to secure) (?:a|an|the|one of (?:the|your)) (?:\w+ )?(?:place|spot|position|seat|slot|match|offer)\b/,
  /\bhow (?:you|your \w+|the (?:committee|program|team|faculty)) (?:\w+ ){0,2}(?:see|saw|view|viewed|regard|rate|rated|evaluate|evaluated|assess|assessed|perceive|perceived|consider|considered|rank|ranked|score|scored) (?:me|my)\b/,
  /\b(?:on|onto|in|make|made|making|high on|top of|near the top of|part of) (?:your|the) (?:\w+ )?(?:rank(?:ing)?|match|final|ranked) list\b/,
  /\b(?:i|me|my \w+) (?:\w+ ){0,2}(?:am|is|be|was|were|being|land|landing|end up|fall|sit) (?:\w+ ){0,4}(?:on|in|onto|high on|higher on|at the top of|near the top of|low on|top of) (?:your|the) (?:\w+ ){0,3}list\b/,
  /\b(?:high|higher|highly|low|top|near the top|at the top) (?:on|of) (?:your|the program's|the committee's) (?:\w+ ){0,2}list\b/,
  // "the rank-to-match number", "how deep the rank to match goes": the program's process, not the member.
  /\branked to match\b|\brank (?:me )?to match\b(?! (?:number|numbers|rate|ratio|depth|figure|count|threshold|policy|rule|process)\b)|\bwithin (?:the|your) (?:matching|match|matched) (?:range|zone|spots?)\b/,
  // Session 36: the member on the program's side of its line: "is my name above the line?", "will I
  // land below your cut-off". The line is the program's, so any verb of being or landing will do.
  /\b(?:i|my (?:name|application|file|candidacy))\b (?:\w+ ){0,3}?(?:above|below|over|under|past|beneath) (?:the|your|its) (?:\w+ )?(?:line|cut ?off|cut|bar|threshold)\b/,
  // "am I likely to be one of the fellows you match": the member among those the program takes.
  /\b(?:i|me)\b (?:\w+ ){0,4}?(?:one of|among) (?:the|your) (?:\w+ )?(?:fellows|residents|trainees|people|candidates|applicants|ones) (?:(?:that|whom|who) )?(?:you|the (?:program|committee)|your \w+) (?:\w+ )?(?:match|matches|rank|ranks|take|takes|choose|chooses|select|selects|pick|picks|offer|offers)\b/,
  // "my last chance to match" is the member's opportunity, not the odds of it.
  // Round twenty-three: "a realistic shot at matching with you" is the same chance, said plainly.
  /(?<!\b(?:last|final|only|second|another|fresh|golden|big) )\b(?:chances?|odds|likelihood|likely|probability|possibility|prospects?|hope|shot) (?:\w+ ){0,2}(?:of|that|for|to|at) (?:me |i )?(?:\w+ )?(?:match|matching|matched|be matched|being matched|be ranked|being ranked|be selected|being selected|be offered|being offered|get in|getting in|join|joining|land|landing|secure|securing|obtain|obtaining|be accepted|being accepted|train(?:ing)? (?:with|at|there|here))\b/,
  /\b(?:will|would|could|can|might|am|do) i (?:\w+ ){0,2}(?:match|be matched|be ranked|be selected|be offered|be accepted|get (?:a|the|one of the) (?:spot|position|place|seat)|land (?:a|the) (?:spot|position)|have (?:a|any) (?:real |good |fair |reasonable )?(?:chance|shot)(?! to (?!(?:match|be (?:ranked|matched|selected|offered|accepted|chosen)|get in|land|secure|train|join)\b)\w+| for (?:a |an )?(?:\w+ )?(?:tour|visit|meeting|call|chat|elective|rotation)\b))\b/,
  /\bwhether (?:i|my (?:application|candidacy|candidature|file|profile|dossier)) (?:\w+ ){0,2}(?:match|matched|be matched|be ranked|am ranked|are ranking|be selected|be offered|be accepted|(?:have|has) a (?:\w+ )?(?:chance|shot)|stand a (?:\w+ )?chance|am (?:still )?(?:in|on|under) (?:consideration|the list|your list)|am competitive|am a (?:\w+ )?(?:candidate|contender)|made (?:the|your) (?:cut|list))\b/,
  /\bif (?:i|my (?:application|candidacy|candidature|file|profile|dossier)) (?:will|would|am going to|am likely to|might|could|can|have|stand|am (?:still )?(?:in|on|under)|am competitive|am a|made|am ranked|was ranked|am being) (?:\w+ ){0,2}(?:match|matched|be matched|be ranked|ranked|be selected|be offered|be accepted|chance|shot|consideration|list|competitive|candidate|contender|cut)\b/,
  /\bi (?:will|am going to|would|am likely to|am set to) (?:\w+ )?(?:match|be matched|be ranked|be selected|be offered|get (?:a|the) (?:spot|position))\b/,
  // Session 34: the program asked to judge the member with a quality of a candidate: "would you
  // consider me competitive for your fellowship?", "do you see me as a viable applicant?".
  /\b(?:consider|find|see|regard|rate|view|deem|judge|think of|count|class) me (?:\w+ )?(?:as )?(?:an? )?(?:\w+ )?(?:competitive|viable|realistic|strong|serious|likely|suitable|credible) ?(?:candidate|applicant|contender|prospect|fit|choice|match|enough|for|to|this|$)/,
  // "How competitive would you say my application is?", "how strong a candidate I am".
  /\bhow (?:\w+ )?(?:competitive|strong|likely|well-placed|well placed|realistic|good|viable) (?:\w+ ){0,5}?(?:i am|i was|i would be|i might be|i look|my (?:application|candidacy|candidature|file|profile|chances)(?: \w+)? (?:is|was|are|were|would be|looks?|stands?))\b/,
  /\b(?:am i|i am|i was|was i|is my application) (?:\w+ )?(?:competitive|a (?:\w+ )?(?:candidate|contender|fit) (?:you|for you|your program|for your)|in the running|in the mix|in the frame|in the hunt|under (?:serious )?consideration|still in consideration)\b/,
  /\b(?:you|your (?:program|team|committee|fellowship|department)|the (?:program|committee)) (?:\w+ ){0,2}(?:will|would|intend to|plan to|are going to|is going to|might|may|could|can|do|does|did|are|is|have|has) (?:\w+ )?(?:rank|ranking|ranked|list|listing|place|placing|take|taking|choose|choosing|select|selecting|match|matching|offer|offering|accept|accepting|consider|considering|interested in|want|wanting) (?:\w+ )?(?:me|my (?:application|candidacy|candidature|file|profile|dossier))\b/,
  /\b(?:you|your (?:program|team|committee)) (?:\w+ ){0,2}(?:feel|think|see|view) (?:about )?(?:me|my (?:application|candidacy|fit))\b/,
  // How the program judges the member, in any verb of judging: "whether the committee sees me as a
  // strong candidate", "if the faculty rated me among the top applicants", "was I rated highly".
  // Round seventeen: "as" + a role names the judgement only when the role is one of selection (a
  // candidate, a fit, a future resident); "consider me as the answer to our prayers", "think of me
  // as a resource" ask for something else.
  /\b(?:you|your (?:\w+ )?(?:program|team|committee|faculty|fellowship)|the (?:\w+ )?(?:program|committee|faculty|team)|they) (?:\w+ ){0,2}(?:sees?|saw|views?|viewed|regards?|regarded|rates?|rated|thinks? of|thought of|perceives?|perceived|judges?|judged|scores?|scored|(?:considers?|considered)(?= me as)|seeing|viewing|regarding|rating|thinking (?:of|about)|perceiving|judging|looking (?:up)?on|weighing|(?:considering)(?= (?:me|my \w+) (?:as|favou?rably|positively|seriously))) (?:me|my (?:\w+ )?(?:application|candidacy|candidature|interview|file))\b(?! as (?!someone\b|somebody\b|(?:a |an |the |one of (?:your |the )?|your |part of )?(?:[\w-]+ ){0,3}?(?:candidate|applicant|fit|match|resident|fellow|trainee|choice|contender|option|addition|member|prospect|pick|hire|colleague|intern|recruit|future)s?\b))|\b(?:i|me|my (?:application|candidacy|interview)) (?:\w+ ){0,2}(?:was|were|am|is|be|been) (?:\w+ )?(?:rated|scored|judged|assessed|evaluated|viewed|seen|regarded) (?:\w+ )?(?:among|as|highly|well|favou?rably|high|in the top)\b/,
  // Session 23: the member inside the stretch of applicants the program will reach, rank or take:
  // "whether I am within the range of applicants the committee expects to reach on its list",
  // "if I fall among the candidates you are likely to offer". A group the member belongs to by
  // background ("among the applicants from Brazil") names no selection and is left.
  /\b(?:i|my (?:name|application|file|candidacy)) (?:\w+ ){0,2}(?:am|is|be|was|were|fall|falls|fit|fits|sit|sits|land|lands|come|comes) (?:\w+ )?(?:within|in|among|inside|into) (?:the|your|its) (?:[\w-]+ ){0,2}?(?:(?:range|group|number|set|pool|band|bracket|tier|portion|part|circle|list) of )?(?:applicants|candidates|interviewees|people|names)\b[^.;?!]{0,60}?\b(?:reach|reaches|reached|rank|ranks|ranked|match|matches|matched|take|takes|offer|offers|select|selects|choose|chooses|fill|fills|interview again|consider seriously)\b/,
  // Standing in the program's group of the chosen: "if I am in your top 5", "did I make the cut",
  // "am I in or out", "near the top".
  /\b(?:i|me|my (?:\w+ )?(?:name|application|file)) (?:\w+ ){0,2}(?:am|is|be|was|were|made|make|making|get|got|fall|land) (?:\w+ )?(?:in|into|among|within|on|onto) (?:your|the) (?:\w+ )?(?:top(?: \w+)?|shortlist|short list|cut|group|tier)\b|\b(?:make|made|making) (?:the|your) (?:\w+ )?(?:cut|shortlist|short list)\b|\bam i (?:\w+ )?in or (?:am i )?out\b|\b(?:i|my name|me) (?:\w+ ){0,3}(?:near|at|close to) the (?:very )?top\b/,
  // The member receiving what the program gives: "will I be receiving a position with you".
  /\b(?:i|me) (?:\w+ ){0,3}(?:receiv\w*|get|getting|obtain\w*|secur\w*|land\w*|earn\w*|be given|be offered) (?:a|an|one of (?:your|the)|the|your) (?:\w+ )?(?:position|spot|place|seat|slot|offer|contract)\b/,
  // The member's expectation or fit put as a question of selection: "should I expect to match with
  // you", "whether I am a likely match", "a realistic option for me", "how did my interview compare".
  /\b(?:should|can|could|may|might) i (?:\w+ )?(?:expect|hope|count on|plan on|assume) (?:to|that i (?:will|would)) (?:\w+ )?(?:match|be matched|be ranked|be offered|be selected|get (?:a|the|one))\b|\b(?:i|me) (?:\w+ ){0,2}(?:am|be|was|would be) (?:a|an) (?:\w+ )?(?:likely|good|strong|probable|possible|realistic) match\b|\b(?:realistic|viable|likely|reasonable|safe) (?:option|choice|possibility|target|bet|place) for me\b|\bhow (?:did|does|do|would) (?:my|i) (?:\w+ )?(?:interview|performance|application|candidacy|file|profile|scores?)? ?(?:compare|stack up|rank|measure up|fare)\b/,
  // Selection named as a noun with the member as its object: "selection of me", "my name is
  // likely to come up on Match Day".
  /\b(?:selection|selecting|choosing|ranking|acceptance|accepting|matching|consideration) of me\b|\bmy (?:selection|acceptance|admission)\b|\bmy name (?:\w+ ){0,3}(?:come up|appear|show up|be called)\b/,
  // Likelihood of the member's selection: "how likely is it that I end up matching there".
  /\bhow (?:\w+ )?(?:likely|probable|realistic|possible|feasible) (?:\w+ ){0,4}(?:i|my (?:\w+ )?(?:application|candidacy)) (?:\w+ ){0,3}(?:match|matching|matched|be ranked|ranked|get in|getting in|be selected|be chosen|be offered|join|joining)\b/,
  /\bwhat (?:you|your (?:program|team|committee)) (?:\w+ ){0,2}(?:think|thought|decided|decide|feel|felt) (?:of|about) (?:me|my (?:application|candidacy|interview))\b/,
  // Standing as a position: "would you say I am in a strong position for your program?".
  /\b(?:i|me|my (?:\w+ )?(?:application|candidacy|file)) (?:\w+ ){0,2}(?:am|is|was|be|stand|stands) (?:in )?(?:a |an )?(?:strong|good|competitive|weak|decent|solid|favou?rable|realistic|safe) (?:position|standing|place|spot)\b/,
  // How the member was taken: "any hint of how my interview was received", "how I came across".
  /\bhow (?:i|my (?:\w+ )?(?:application|candidacy|interview|file|presentation)) (?:\w+ ){0,2}(?:was|were|came|went|has been|had been) (?:\w+ )?(?:received|perceived|viewed|seen|judged|rated|assessed|evaluated|across|down)\b/,
  // Standing as how things look from the program's side: "how things look from your side",
  // "where things stand on your end"; session 35: "…where things stand with my application" (the
  // member's own file, not a visa or a document: those name another matter).
  /\bwhere (?:things|it|matters|everything) (?:\w+ )?(?:stand|stands|sit|sits) (?:\w+ )?(?:with|regarding|on|for) (?:me|my (?:\w+ )?(?:application|candidacy|candidature|file|interview|ranking))\b/,
  /\b(?:how|where) (?:things|it|matters|everything|my case) (?:\w+ )?(?:look|looks|stand|stands|seem|seems|sit|sits) (?:\w+ )?(?:from|on|at) (?:your|the (?:program|committee|programme)(?:'s)?) (?:side|end|part)\b|\bhow (?:things|it|everything|matters) (?:\w+ )?(?:look|looks|seem|seems|stand|stands) (?:\w+ )?for me\b(?! (?:with|regarding|about) (?:the |my )?(?:visa|housing|schedule|travel|dates?))/,
  // The member's effect on the program's choice: "whether my interview moved the needle for the
  // committee", "am I someone the committee would like to see back".
  /\b(?:my (?:\w+ )?(?:interview|application|visit|performance|answers?|presentation)|i) (?:\w+ ){0,2}(?:moved the needle|made (?:a|an|any|enough of an?) (?:\w+ )?(?:impression|difference|mark)|stood out|left (?:a|an|any) (?:\w+ )?impression)\b|\b(?:am i|i am|i was|was i) (?:someone|somebody|a (?:\w+ )?(?:candidate|person|applicant|doctor)) (?:that |whom |who )?(?:you|the (?:\w+ )?(?:committee|program|programme|faculty|team)|your \w+) (?:\w+ ){0,2}(?:would|will|might|could) (?:\w+ ){0,2}(?:like|want|choose|pick|rank|take|see|welcome|keep)\b/,
  // The member's expectation of the program's yes, or distance from its line: "should I expect
  // good news from Riverside in March", "how close am I to the line".
  /\b(?:(?:should|can|could|may|might|do) i|i (?:should|can|could|may|might)) (?:\w+ )?(?:expect|hope for|look forward to|count on|anticipate) (?:\w+ ){0,2}?(?:good news|a (?:\w+ )?(?:match|offer|place|spot|position)|an offer|a yes)\b|\bhow (?:close|far) (?:am i|i am|is my (?:\w+ )?(?:application|file|name|candidacy)) (?:\w+ )?(?:from|to) (?:the |your )?(?:line|cut|top|cutoff|cut-off|bar|list|mark)\b/,
  // Whether the member may hope, or whether the application is still alive: "is there reason for me
  // to be optimistic about Match Day", "if my application is still alive at Riverside".
  /\b(?:should|can|could|may) i (?:\w+ )?(?:be|feel|remain|stay) (?:\w+ )?(?:optimistic|hopeful|confident|worried|concerned|pessimistic)\b|\b(?:reason|cause|grounds) (?:\w+ )?for me to (?:be |feel |remain )?(?:optimistic|hopeful|confident|worried|concerned)\b|\bmy (?:application|candidacy|file|chances?) (?:is |are )?(?:still )?(?:alive|in play|dead)\b/,
  // The program's view of the member or its decision on them: "whether my interview went as well
  // on your end", "where the committee landed after discussing my file".
  /\bmy (?:interview|application|visit|performance|file|candidacy) (?:\w+ ){0,3}(?:went|came across|landed|was (?:received|seen|viewed|perceived))\b.{0,40}\b(?:on|from|at) (?:your|the (?:program|programme|committee|faculty)(?:'s)?) (?:end|side|part)\b|\bwhere (?:you|the (?:\w+ )?(?:committee|program|programme|faculty|team)|your \w+) (?:\w+ )?(?:landed|stands?|stood|came down|ended up|came out)\b.{0,40}\b(?:my|me)\b/,
  // Whether the member should wait for this program or look elsewhere: the chances asked sideways.
  // "Should I be looking into other options, or is it reasonable for me to wait for Match day?"
  /\bshould i (?:\w+ ){0,2}(?:look(?:ing)? (?:into|at|for)|keep|keeping|consider|considering|pursue|pursuing|explore|exploring) (?:\w+ ){0,2}(?:other|alternative|backup|more) (?:options|programs|programmes|offers|places|plans|paths)\b|\b(?:is it|would it be|will it be) (?:\w+ ){0,2}(?:reasonable|sensible|realistic|wise|worth (?:it|my while)|safe|advisable) (?:for me )?to (?:wait|hold out|keep|count|hope|plan|rely|bet)\b(?! (?:\w+ )?(?:for|on) (?!(?:a |an |the |one of (?:the|your) |my )?(?:\w+ )?(?:place|spot|position|seat|slot|match|matching|offer|interview|you|your|this|it|that|them|here|being|getting|hearing)\b))/,
  // Round seven. The member's life plans hinging on the program's decision, asked of it: "should I
  // be planning on staying in Chicago", "whether I should be preparing for a move to Riverside",
  // "is it worth waiting for Pinehurst". A night at a hotel is logistics, not the decision.
  /\b(?:(?:should|do|would|can|could) i|i should) (?:\w+ ){0,2}(?:plan(?:ning)?|prepar(?:e|ing)|count(?:ing)?|get(?:ting)? ready|arrang(?:e|ing)) (?:\w+ ){0,2}(?:on|for|to) (?:stay(?:ing)?|mov(?:e|ing)|relocat\w*|a move|a relocation)\b(?!(?: \w+){0,4} (?:hotels?|motel|inn|airbnb|overnight|nights?|weekend|interview|second look|visit|afternoon|morning|evening|day|sessions?|calls?|meetings?|events?|zoom|line|online|until|till))|\bworth (?:\w+ )?(?:waiting|holding out|holding on|hanging on) (?:for|on) (?:you|your (?:program|programme|team|fellowship)|(?!(?:the|a|an|my|it|this|that|them|him|her)\b)[a-z]+)\b/,
  // The member's fit or position as the program judges it: "whether the faculty considered me a
  // good fit", "whether I'm in a good position for one of the two spots", "whether my interview
  // left the committee with a favourable view", "how my candidacy was received", "whether a spot at
  // St. Aldric's looks likely for me", "my situation with Pinecrest".
  /\b(?:consider(?:s|ed)?|found|finds?|thought|think|thinks|saw|sees?|judged?) me (?:\w+ )?(?:a|an|the) (?:\w+ ){0,2}(?:fit|match|candidate|choice|addition)\b|\b(?:i|me|my (?:application|candidacy|file|name)) (?:\w+ ){0,2}(?:am|is|be|was|being) in (?:a|an) (?:\w+ )?(?:good|strong|decent|great|solid|reasonable|bad|weak|poor|favou?rable|competitive) (?:position|spot|place)\b|\b(?:am|is|was) (?:i|my (?:application|candidacy|file|name)) (?:\w+ )?in (?:a|an) (?:\w+ )?(?:good|strong|decent|great|solid|reasonable|bad|weak|poor|favou?rable|competitive|safe) (?:position|spot|place)\b|\bmy (?:\w+ )?(?:interview|application|visit|candidacy|presentation) (?:\w+ ){0,2}left (?:you|the (?:\w+ )?(?:committee|faculty|team|program|panel)|your \w+) with (?:a|an|any|some) (?:\w+ )?(?:impression|view|opinion|feeling|sense)\b|\bhow (?:i|my (?:\w+ )?(?:application|candidacy|file|interview)) (?:was|were|has been|had been) (?:\w+ )?(?:received|taken|judged|rated|read|discussed)\b|\b(?:spot|position|place|seat|offer|match)\b[^;?!]{0,60}\b(?:looks?|seems?|is|be) (?:\w+ )?(?:likely|realistic|probable|on the cards|in the cards) for me\b|\bmy (?:situation|standing|status|position|chances|case) (?:\w+ )?(?:with|at) (?:you|your (?:\w+ )?(?:program|team|committee)|the (?:program|committee)|(?!(?:my|our|the|a|an|this|that|home|work|school|immigration|uscis|ecfmg|eras|nrmp|amia|embassy|consulate|visa)\b)[a-z]+)\b|\b(?:realistic|viable|likely|reasonable|safe) (?:\w+ )?(?:destination|target|prospect|option|place to (?:train|match))\b(?:(?<=\b(?:i|me|my)\b[^.]*)|(?=[^.]*\b(?:i|me|my)\b))/,
  // The program taking the member, said with any subject that names it: "if Riverside intends to
  // rank me", "whether the team would welcome me back", "if you feel the same way about me".
  /\b(?!i\b|we\b|they\b|someone\b|somebody\b|anyone\b|shuttle\b|driver\b|coordinator\b)[a-z]+ (?:\w+ ){0,2}(?:intends? to|plans? to|is going to|will|would|wants? to) (?:\w+ )?(?:rank|welcome|choose|select|offer|match with) me\b|\b(?:you|your \w+|the (?:program|committee|team|faculty)) (?:\w+ ){0,2}(?:feel|feels|felt) (?:the same|similarly|likewise)(?: way)? (?:about|towards?|for) me\b|\b(?:end|ends|ended|ending) up (?:matching|being (?:ranked|matched|chosen))\b/,
  // Being ruled out, still looked at, or how the faculty felt the interview went: "that I haven't
  // been ruled out", "am I still someone you are seriously looking at", "how did the faculty feel
  // my interview went", "whether my file is heading in the right direction with the committee".
  /\b(?:i|me|my (?:application|candidacy|file|name)) (?:\w+ ){0,3}(?:been|was|were|am|is|be|get|got|being) (?:\w+ )?(?:ruled out|eliminated|excluded|passed over|screened out|taken off|dropped from|cut from)\b|\b(?:am i|i am|was i) (?:still )?(?:someone|somebody|a (?:\w+ )?(?:candidate|person|applicant))\b[^.?]{0,40}\b(?:you|the (?:\w+ )?(?:committee|program|faculty|team)) (?:\w+ ){0,2}(?:are|is|were) (?:\w+ )?(?:looking at|considering|keen on|interested in|thinking (?:about|of))\b|\b(?:(?:you|the (?:\w+ )?(?:committee|program|faculty|team)) (?:\w+ ){0,2}(?:are|is|were)|(?:are|is|were) (?:you|the (?:\w+ )?(?:committee|program|faculty|team))) (?:\w+ )?(?:looking at|considering|keen on|interested in) me\b|\bhow (?:did|does|do|would) (?:you|your \w+|the (?:\w+ )?(?:faculty|committee|program|team|panel|interviewers?)) (?:\w+ )?(?:feel|think|judge|rate|see) (?:about )?(?:my (?:\w+ )?(?:interview|application|visit|performance|presentation)|the interview (?:went|go))\b|\bmy (?:application|file|candidacy) (?:\w+ ){0,2}(?:heading|going|moving|progressing|trending) (?:\w+ ){0,4}(?:with|at|for) (?:you|your \w+|the (?:\w+ )?(?:committee|program|faculty|team))\b/,
  // Viewed favourably, still in contention, a match within the realm of possibility, holding one's
  // breath: "if my candidature is being favourably viewed", "did I do enough to stay in contention",
  // "is a match at Riverside within the realm of possibility for me", "should I hold my breath".
  /\b(?:i|my (?:application|candidacy|candidature|file|profile|interview|name)) (?:am|was|is|were|have been|has been|had been|would be|will be|be)(?: being| still)? (?:favou?rably|positively|well|highly|seriously|kindly|warmly) (?:viewed|seen|regarded|received|considered|rated|judged|assessed)\b|\b(?:was|is|am|were) (?:i|my (?:application|candidacy|candidature|file|profile|interview)) (?:being )?(?:favou?rably|positively|well|highly|seriously|kindly|warmly) (?:viewed|seen|regarded|received|considered|rated|judged|assessed)\b|\b(?:did|have) i (?:\w+ ){0,2}(?:do|done) enough\b(?! (?:\w+ )?(?:reading|preparation|research|homework|practice|to prepare)\b| (?:\w+ )?(?:for|before) the (?:second look|visit|interview|call|meeting)\b)|\bto (?:stay|remain|keep) (?:\w+ )?(?:in contention|in the running|in the mix|in the frame|in the hunt|under consideration|in consideration|in the mix|on (?:your|the) (?:\w+ )?list)\b|\b(?:spot|position|place|seat|offer|match)\b[^;?!]{0,60}\b(?:achievable|attainable|within (?:the realm of possibility|reach|the realm of the possible)) for me\b|\bhold (?:my|our) breath (?:for|on|about)\b/,
  // The program picturing the member in its class, the member on the right track with it, good
  // enough for it, its excitement about the member: "if I am someone Riverside sees in its next
  // class", "am I on the right track with you", "whether my interview was good enough for
  // Riverside", "is my application something the committee is excited about".
  /\b(?:me|someone|somebody)\b[^.?]{0,40}\b(?:sees?|pictures?|imagines?|envisions?|wants?) (?:\w+ )?(?:in|as part of|joining|on) (?:its|your|their|the) (?:\w+ )?(?:class|cohort|team|intake)\b|\b(?:see|sees|picture|pictures|imagine|imagines|envision|envisions) me (?:\w+ )?(?:in|as part of|joining|on) (?:its|your|their|the) (?:\w+ )?(?:class|cohort|team|intake|program)\b|\b(?:am i|i am|is my (?:\w+ )?(?:application|file|candidacy)|my (?:\w+ )?(?:application|file|candidacy) is) (?:\w+ )?(?:on the right track|in good shape|looking good|doing (?:well|ok|okay|alright|fine)|in a good spot) (?:with|at|for) (?:you|your \w+|the (?:\w+ )?(?:committee|program|faculty|team)|[a-z]+)\b|\b(?:my (?:\w+ )?(?:interview|application|performance|file|profile|scores?)|i) (?:\w+ ){0,2}(?:was|is|were|are|am|would be|be) (?:\w+ )?(?:good|strong|impressive|competitive) enough (?:for|to)\b|\b(?:was|am|is|were) (?:i|my (?:\w+ )?(?:interview|application|performance|file|profile)) (?:\w+ )?(?:good|strong|impressive|competitive) enough (?:for|to)\b|\b(?:is|are|was|were) (?:you|the (?:\w+ )?(?:committee|program|faculty|team)) (?:\w+ )?(?:excited|enthusiastic|keen|positive|warm) (?:about|on|toward|towards) (?:me|my)\b|\b(?:you|the (?:\w+ )?(?:committee|program|faculty|team)) (?:\w+ ){0,2}(?:is|are|was|were|feel|felt) (?:\w+ )?(?:excited|enthusiastic|keen|positive|warm) (?:about|on|toward|towards) (?:me|my)\b|\bmy (?:\w+ )?(?:application|candidacy|file|interview) (?:\w+ )?(?:something|one) (?:that )?(?:you|the (?:\w+ )?(?:committee|program|faculty|team)) (?:\w+ ){0,2}(?:is|are|was|were|would be) (?:\w+ )?(?:excited|enthusiastic|keen|interested|positive)\b/,
  // Room for the member at the program, and whether to widen the search: "is Riverside likely to
  // have room for me next year", "should I keep Riverside as my anchor or widen my search".
  /\b(?:have|has|be|find|make) (?:\w+ )?(?:room|space|a (?:place|spot|position|seat)) for me\b(?! to| (?:on|at|in|for|during) (?:the|a|your) (?:[\w-]+ )?(?:tour|call|panel|bus|shuttle|dinner|lunch|social|event|session|table|meeting|webinar|conference|talk|visit|second look|car|van|hotel))|\b(?:should i|i should)\b[^.?]{0,60}\b(?:widen|broaden|expand) (?:my|the) (?:search|net|options)\b/,
  // Round twenty-two: the program's view of the member asked with "how" ("how my application is
  // being viewed by the committee", "how I was perceived"), and the member's match named as a thing
  // whose likelihood is asked ("how likely a match at Aspen Grove is for someone like me", "how
  // realistic a place here would be for me").
  /\bhow (?:i|my (?:\w+ )?(?:application|candidacy|candidature|file|profile|interview|performance|dossier)) (?:am|is|was|were|has been|have been|had been|would be|will be)(?: being| still)? (?:\w+ )?(?:viewed|seen|regarded|received|perceived|judged|assessed|rated|evaluated|considered|looked (?:at|upon))\b/,
  /\bhow (?:\w+ )?(?:likely|probable|realistic|possible|feasible|achievable) (?:is )?(?:a|an|my|the) (?:\w+ )?(?:match|matching|place|spot|position|offer|seat|acceptance)\b[^.?;]{0,60}?\b(?:is|would be|will be|might be|seems?) for (?:me|i|myself)\b/,
  // Round twenty-five: the member asking the program to judge whether applying is worth it for
  // them ("how competitive would I be?", "should I still apply?", "is it worth my applying?", "am I
  // wasting my time?", "do I stand a chance?") asks where they stand before the list exists. The
  // program's own competitiveness or intake ("how competitive is the track?") names no member, and
  // whether to apply because of a visa or eligibility rule is an eligibility question.
  /\bhow (?:\w+ )?(?:competitive|strong|viable|realistic) (?:an? (?:\w+ )?(?:candidate|applicant) )?(?:would|will|might|could|am|do|can) i (?:\w+ )?(?:be|look|seem|appear|stand)\b(?! (?:required|expected)\b)/,
  SHOULD_I_APPLY,
  WHETHER_TO_APPLY,
  THINK_I_SHOULD_APPLY,
  /\bmy (?:application|file|profile|candidacy) (?:\w+ ){0,2}worth (?:submitting|sending|filing|the (?:fee|effort|time|trouble))\b|\b(?:can|could|will|would|might) i (?:\w+ )?(?:get in|get into (?:you|your \w+|the (?:program|programme|track|fellowship))|make it in)\b/,
  /\b(?:worth|point|sense|use) (?:\w+ ){0,2}?(?:(?:my|me) (?:\w+ )?applying|for me to (?:\w+ )?apply|(?:my|your) (?:time|while|effort|money) (?:for me )?to (?:\w+ )?apply|me to apply)\b/,
  /\b(?:am i|would i be|will i be|if i am|if i would be|whether i am|whether i would be|if i(?:'m| am) just|i would be|i might be) (?:just |only |simply )?(?:wasting|losing) (?:my|your|everyone's|the committee's|our) (?:time|money|effort|fees?)\b|\bwaste of (?:\w+ )?(?:time|money|effort) (?:for me to (?:\w+ )?apply|(?:for )?me applying|if i (?:apply|applied))\b/,
  /\b(?:do|does|would|will|could|can) (?:i|my (?:application|file|candidacy|profile)) (?:still |even |really )?(?:stand|have) (?:a|any) (?:\w+ ){0,2}(?:chance|shot|prayer)(?: at all| or not| here| there| really)?(?= ?[?,.!;]|$)/,
  // Session 29 (text46): the member's prospects with the program read as a state or an outcome of
  // selection, most often through a stand-in ("whether applicants with a background like mine are
  // realistically competitive at Eastbrook", "how people with my profile tend to fare"): competitive,
  // seriously considered, given a look, faring or getting through, said of the member.
  /\bi (?:\w+ ){0,2}?(?:am|are|is|be|would be|will be|were) (?:\w+ ){0,2}?(?:competitive|viable|considered|in (?:the running|contention|the mix))\b(?! for (?:a |an |the )?(?:\w+ )?(?:visa|waiver|h-?1b|j-?1|sponsorship|scholarship|grant|award|tour|elective|rotation)\b)|\bi (?:\w+ ){0,3}?(?:fare|fares|fared|get on|gets on|succeed|succeeds|make it|makes it|get through|gets through|get (?:\w+ )?(?:consideration|a (?:\w+ )?look|an interview|interviews|shortlisted|ranked|matched|selected|taken|chosen)|gets (?:\w+ )?(?:consideration|a (?:\w+ )?look|shortlisted|ranked|matched|selected)|stands? (?:a|an|any) (?:\w+ ){0,2}(?:chance|shot|prospect))\b/,
];

/** A request that the program promise, commit or reserve: "commit to ranking me", "hold a spot". */
const COMMIT_ASK: readonly RegExp[] = [
  /\b(?:you|your (?:\w+ )?(?:program|programme|team|committee|fellowship)|the (?:\w+ )?(?:program|programme|committee|team)) (?:\w+ ){0,3}(?:promise|commit|guarantee|assure|pledge|reassure)\b/,
  /\b(?:promise|commitment|guarantee|assurance|pledge|reassurance) (?:\w+ ){0,2}(?:from you|from your|from the program|that you|that your|that the program|that i (?:will|would|am)|of a (?:\w+ )?(?:position|spot|place)|regarding my|about my|on my)\b/,
  // "You have my commitment" is the member's own, not one asked for.
  /\b(?:ask|asking|request|requesting|need|needing|want|wanting|hope for|hoping for|seek|seeking|get|have) (?!(?:\w+ )?my\b)(?:\w+ ){0,2}(?:a |your |some |any )?(?:promise|commitment|guarantee|assurance|reassurance)\b/,
  /\b(?:hold|reserve|save|keep|secure) (?:a|the|one|your) (?:\w+ )?(?:spot|position|place|seat|slot) (?:for me|open for me)\b/,
  // Round twenty-seven: a confirmation asked that the member will get a place ("in return I would
  // ask for a confirmation that I will receive one of your two positions") asks the program to commit.
  /\b(?:confirmation|confirm|word|assurance|guarantee|promise|commitment) (?:\w+ ){0,3}?that i (?:will|would|am going to|shall|can) (?:\w+ ){0,2}?(?:receive|get|be offered|be given|obtain|secure|have|be taking|take up|be granted) (?:one of|a|an|the|your) (?:\w+ ){0,3}?(?:positions?|spots?|places?|seats?|slots?|offers?|contracts?)\b/,
  // The same promise in the passive: "that a place will be kept for me", "a seat will be waiting for me".
  /\b(?:spot|position|place|seat|slot|offer)s? (?:\w+ ){0,4}?(?:kept|held|reserved|saved|set aside|guaranteed|assured|promised|waiting|secured|available|there) (?:\w+ )?(?:for|to) me\b/,
  /\b(?:count on|rely on|be sure of|be certain of) (?:\w+ )?(?:a|the|being|getting|your) (?:\w+ )?(?:spot|position|place|rank|ranking|offer|matched|ranked)\b/,
];

/** The program taking the member or guaranteeing it: "offer me the position", "guarantee that I match". */
const OFFER_ME: readonly RegExp[] = [
  /\b(?:offer(?:s|ed|ing)?|extend(?:s|ed|ing)?|giv(?:e|es|ing)|guarantee(?:s|ing)?|promis(?:e|es|ing)|reserv(?:e|es|ing)|hold(?:s|ing)?|sav(?:e|es|ing)|assur(?:e|ing)) me (?:a|the|an|one of (?:your|the)|your) (?:\w+ )?(?:position|spot|place|seat|slot|contract|residency|fellowship)\b/,
  /\b(?:guarantee|promise|assure me|ensure|make sure) (?:\w+ ){0,2}(?:that )?i (?:\w+ )?(?:match|will match|am matched|will be matched|get|land|am ranked|will be ranked)\b/,
];

/** The program's own process: dates, deadlines, positions. Never an ask about the member. */
const PROCESS_ONLY =
  /\b(?:deadline|due|certif(?:y|ied|ication)|submit(?:ted)?|open|opens|close|closes|timeline|schedule|date|dates|how many|number of (?:positions|spots|fellows)|positions do you|spots do you)\b/;

/** An ask with no content of its own that points back: "Any indication would help me plan." */
const POINTS_BACK =
  /\b(?:kindly|please) (?:let me know|advise|confirm|inform me)\b|\b(?:any|some|a little|a small|even a|even a small|even the smallest|the slightest|a general) (?:\w+ )?(?:indication|insight|hint|sense|idea|information|clarity|feedback|word|signal|guidance|reassurance|clue)\b|\b(?:it|this|that|such information) would (?:\w+ )?(?:help|mean|be)\b|\b(?:appreciate|value|welcome) (?:it|this|that|any)\b|\blet me know (?:if|whether) (?:that|this|it) (?:is|would be|sounds)\b|\bsomething (?:you|the (?:program|committee)) (?:would|might|could) (?:\w+ )?consider\b/;

/** Someone standing in for the member: "whether someone with my background has a real shot". */
const MEMBER_PROXY =
  /\b(?:someone|somebody|a candidate|an applicant|applicants|candidates|people|a person|an img|imgs|a doctor|doctors|a graduate|graduates|physicians|a physician)(?: (?:with|like) (?:me|myself|my (?:[\w-]+ ){0,2}?(?:background|profile|scores?|record|cv|application|history|gap|path|journey|story|training|experience|credentials|qualifications))| (?:with|of|from) (?:(?:a|an|the) )?(?:[\w-]+ ){0,3}?(?:like|such as|similar to) (?:me|mine|my own)| (?:with|of|from) my (?:[\w-]+ ){0,2}?(?:background|profile|record|path|age|training|experience|story|history|credentials|qualifications|kind))\b/g;
/**
 * Session 29 (text46): a stand-in for the member followed by an aside between commas ("someone with
 * my path, a foreign graduate who finished residency years ago, stands a real chance"): the aside
 * describes the stand-in, so the member is the subject of what follows it.
 */
const PROXY_ASIDE = /\bi, [^,;?!.]{1,90}, /g;

/** "Tell me whether the fellowship accepts J-1 holders": the member told, not the member judged. */
const TOLD_ME =
  /\b(tell|let|inform|remind|advise|update|email|ask|help) me\b(?! (?:know )?(?:if|whether|where|how) i\b)/g;

export function rankingTopic(raw: string): RegExp | undefined {
  // "ACGME-I" is not the member.
  const text = raw
    .replace(MEMBER_PROXY, 'i')
    .replace(PROXY_ASIDE, 'i ')
    .replace(TOLD_ME, '$1 them')
    .replace(/(\w)-i\b/g, '$1-x')
    // Session 36: a hyphenated compound of ranking words is the same phrase ("am I rank-to-match?",
    // "a top-of-the-list candidate"): read the compound as words so the phrases below see it.
    .replace(/\b[a-z]+(?:-[a-z]+){1,4}\b/g, (w) =>
      /\b(?:rank\w*|match\w*|list|top|line|cut)\b/.test(w.replace(/-/g, ' ')) ? w.replace(/-/g, ' ') : w,
    );
  // Round twenty-four: the member inside the set the program takes ("whether I am within the
  // range of applicants your track usually ranks to match") is the member's standing, in an ask
  // as in a trade's condition.
  return (
    ABOUT_ME.find((re) => re.test(text)) ??
    COMMIT_ASK.find((re) => re.test(text)) ??
    (WITHIN_INTAKE.test(text) ? WITHIN_INTAKE : undefined)
  );
}

/**
 * In an ask, the member and the program's ranking named together ("whether my file is among those
 * the committee is likely to place high enough to match"). "Tell me", "let me know" only make the
 * member the one told; the program's own process ("when is the rank list due") is not about them.
 */
const MEMBER_REF = /\b(?:i|me|my|myself|mine)\b/;
const TOLD =
  /\b(?:tell|let|inform|give|send|help|show|remind|advise|update|email|reply to|get back to) me\b|\bme know\b|\bif i may\b|\bi have (?:a|one|another|two|a few) (?:\w+ )?questions?\b|\bi (?:was|am) (?:wondering|curious)\b|\bi wonder\b|\bi would (?:like|love) to (?:know|ask|understand)\b|\bmay i (?:\w+ )?ask\b/g;
const RANK_SIGNAL =
  /\b(?:rank(?:s|ed|ing)?|place(?:d)? (?:\w+ )?(?:high|highly|low|top)|(?:high|highly|low) enough|to match|matching (?:positions|spots|range)|among (?:those|the (?:\w+ )?(?:candidates|applicants))|in the running|in the mix|in the frame|in the hunt|shortlist(?:ed)?|consider(?:ed|ing)? (?:\w+ )?(?:favou?rably|seriously|strongly)|odds|likely to (?:match|be (?:ranked|chosen|selected|offered)))\b/;
export function looseRankingTopic(text: string): boolean {
  if (PROCESS_ONLY.test(text) || !STRONG_ASK.test(text)) return false;
  const t = text.replace(TOLD, ' ');
  for (const m of t.matchAll(new RegExp(RANK_SIGNAL.source, 'g'))) {
    // The member ranking is their own list ("if I were to sign a letter stating I will rank you
    // first"): not the program's ranking of them.
    if (MEMBER_RANKS.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    // The member must be near the ranking words: "whether my file is among those … to match".
    if (MEMBER_REF.test(t.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30))) return true;
  }
  return false;
}
const MEMBER_RANKS =
  /\bi (?:(?:will|would|shall|am going to|plan to|intend to|could|can|might|also|then|definitely|certainly|still|now) )*$/;

/** An explicit ask, not a politeness formula: a question, "could you", "may I ask", "whether I". */
const STRONG_ASK =
  /\?|\b(?:could|would|can|might|will) you\b|\bplease (?:tell|let|share|confirm|indicate|advise)|\bmay i (?:\w+ )?(?:ask|know|inquire|enquire)\b|\b(?:whether|if) (?:i|my)\b/;

/** A condition on the program telling the member where they stand: "provided you can confirm that I…". */
const INFO_VERB = new RegExp(
  `\\b${'(?:you|your (?:\\w+ )?(?:program|programme|team|committee|fellowship)|the (?:\\w+ )?(?:program|programme|committee|team))'} (?:(?!i\\b)\\w+ ){0,4}?(?:confirm|tell|let me know|assure|reassure|indicate|signal|promise|guarantee|give me (?:\\w+ ){0,2}(?:sign|indication|idea|assurance|word|hint|nod|wink|signal))\\b`,
);

/**
 * A condition on the member learning where they stand: "if I knew I was high on your list", "if I
 * had some sense that…". Setting it as a condition fishes for the answer as surely as asking.
 */
const KNOWING =
  /\b(?:(?:if|provided(?: that)?|providing(?: that)?|as long as|so long as|on (?:the )?condition that|assuming(?: that)?|once|when) i|were i to|should i|had i) (?:\w+ )?(?:knew|know|could know|were told|was told|heard|hear|learned|found out|(?:can|could|will|would) be (?:sure|certain|assured|reassured|confident|promised|guaranteed|told|informed)|(?:am|was|were|get|got) (?:sure|certain|assured|reassured|promised|guaranteed)|receive (?:\w+ )?(?:assurance|confirmation|word)|(?:had|have|get|got|receive|received|see|saw) (?:some |any |an? |the |just a |even a )?(?:\w+ )?(?:sense|idea|indication|sign|signal|assurance|confirmation|word|hint|nod|wink))\b/;

const PROGRAM_CANNOT =
  /\b(?:you|the (?:\w+ )?(?:program|committee)|programs) (?:\w+ )?(?:can not|cannot|may not|could not|are not (?:able|allowed|permitted)|is not (?:able|allowed|permitted)|are unable|is unable|will not be able) (?:to )?(?:\w+ )?(?:tell|share|say|disclose|reveal|discuss|give|let me know|comment)\b/;

/** A condition's empty opening: "if it turns out that", "if it is the case that". */
const EMPTY_CONDITION =
  /\bif it (?:\w+ )?(?:turns out|turned out|is the case|were the case|so happens|happens|emerges|becomes clear|is decided|has been decided) (?:that )?|\bif it (?:would be|were|is|was|should be|might be) (?:\w+ )?(?:possible|feasible|permissible|okay|ok|acceptable|allowed) (?:for me )?to (?=(?:receive|get|have|hear|know|see|learn)\b)/g;

/**
 * A hope about the member's own place on the program's list, said beside the member's first place
 * for the program: "I will rank Ridgeway first … and I hope I sit high on your list as well". Alone,
 * "I hope to match with you" is a wish; joined to the member's own ranking, or marked as returned
 * ("as well", "too", "in return"), it asks the program to say how it will rank them.
 */
const HOPED_STANDING =
  /\b(?:hope|hoping|wish|trust|pray|praying)\b[^.;?!]{0,30}?\b(?:i (?:\w+ ){0,3}?(?:am|sit|stand|be|rank|land|fall|figure|feature|appear|end up|place|come|score|do)\w* (?:\w+ ){0,2}?(?:high|higher|highly|well|near the top|at the top|toward the top|towards the top|first|top|up there)\b[^.;?!]{0,20}?\b(?:on|in|of|with) (?:your|you)\b|you (?:will |would |might |could )?(?:\w+ )?(?:rank|place|list|put|see|consider) me (?:\w+ )?(?:high|highly|well|first|at the top|to match|near the top))/;
/**
 * Session 23: the program's side of the member's first place required or asked for as something to
 * be known: "I am prepared to rank Birchwood first, but I need to know that Birchwood will do the
 * same for me", "I have to be sure you would return the favour". Beside the member's own first
 * place it is both the trade's condition and a request to be told how the program will rank them.
 */
const RETURN_ASKED =
  /\b(?:need|needs|needed|want|wanted|must|would like|have|had|ask|asking|require) (?:to )?(?:know|hear|be (?:sure|certain|assured|told|confident)|see|learn|get (?:a |some )?(?:confirmation|assurance|word))\b[^.;?!]{0,30}?\b(?:you|your (?:\w+ )?(?:program|programme|team|committee)|the (?:\w+ )?(?:program|programme|committee|team)|(?!i\b|we\b|it\b|this\b|that\b)[a-z]+) (?:will|would|can|could|is going to|are going to|plans? to|intends? to) (?:\w+ )?(?:do the same|return the favou?r|reciprocate|feel the same|rank me (?:the same|likewise|similarly|as high\w*|first|highly|high|at the top))\b/;
const memberFirstPlace = (x: string | undefined): boolean =>
  x !== undefined && (MEMBER_OFFER.test(x) || TOP_CHOICE.some((r) => r.test(x)));
function returnAsked(t: string, prior: string | undefined): boolean {
  if (!RETURN_ASKED.test(t) || TRADE_DISOWNED.test(t) || isNegatedAsk(t)) return false;
  return memberFirstPlace(t) || memberFirstPlace(prior);
}
const RETURNED_MARK = /\b(?:as well|too|also|likewise|in return|in turn|the same|equally|similarly)\b/;
function hopedStanding(t: string, prior: string | undefined): boolean {
  if (!HOPED_STANDING.test(t) || NEGATION.test(t.slice(0, HOPED_STANDING.exec(t)!.index).slice(-12))) return false;
  const mine = (x: string) => MEMBER_OFFER.test(x) || TOP_CHOICE.some((r) => r.test(x));
  return RETURNED_MARK.test(t) || mine(t) || (prior !== undefined && mine(prior));
}

/**
 * The hope told as what the program gives back: an exchange word or a shared certainty. (Session 35:
 * "so that neither of us has to gamble"; and "I will list Bayside in first position, and I trust that
 * you will place me in first position also": the two halves in one sentence, probe-v34.)
 */
const HOPE_AS_RETURN =
  /\b(?:in (?:exchange|return|turn)|for (?:both|the two) of us|we (?:can |could |would |will )?both|neither of us|from both sides|mutual\w*|(?:return|returns|returned) the favou?r)\b|\byou (?:will |would |might |could )?(?:\w+ )?(?:rank|place|list|put) me (?:\w+ )?(?:first|at the top|number one|#1)\b[^.;?!]{0,12}\b(?:too|as well)\b/;
/** The program's half named in the same sentence as the member's own first place, "also" or "likewise" marking it returned. */
const PROGRAM_HALF_TOO =
  /\byou (?:will |would |might |could )?(?:\w+ )?(?:rank|place|list|put) me (?:\w+ )?(?:first|at the top|number one|#1|in (?:the )?first (?:position|place|spot)|on top)\b[^.;?!]{0,12}\b(?:too|as well|also|likewise|in return)\b/;
const hopeIsTradeHalf = (t: string): boolean =>
  HOPE_AS_RETURN.test(t) || (PROGRAM_HALF_TOO.test(t) && memberFirstPlace(t.slice(0, PROGRAM_HALF_TOO.exec(t)!.index)));

/**
 * A leading supposition about the member being matched or placed ("if I were to match at X", "in
 * case I end up matching here", "should I be matched to your fellowship") holds the only ranking
 * words of the sentence: the question after it asks about something else.
 */
const SUPPOSITION =
  /^(?:and |but |so |also )?(?:if|in case|should|were|assuming|supposing|once|when|in the event that)(?: (?:that|it turns out that))? (?:i|we)\b[^,;?]{0,90}\b(?:match\w*|matched|placed|ranked|accepted|selected|join\w*|end up)\b[^,;?]{0,60},/;
function supposedMatchOnly(sentence: string, topic: RegExp): boolean {
  const m = SUPPOSITION.exec(sentence);
  if (!m) return false;
  const cond = m[0];
  const main = sentence.slice(m[0].length);
  // Round twenty-four: "if I could have some assurance that I will be ranked to match, I would…"
  // conditions on being told or assured, not on matching: the member fishes for the answer.
  if (KNOWING.test(cond) || INFO_VERB.test(cond) || COMMIT_ASK.some((re) => re.test(cond))) return false;
  const g = new RegExp(topic.source, 'g');
  const inCond = [...sentence.matchAll(g)].every((x) => x.index + x[0].length <= cond.length);
  // "If I am not going to be ranked, I would appreciate knowing": an ask to know with no content
  // of its own asks about the supposition itself.
  if (/\b(?:know|knowing|knew|tell me|let me know|hear|hearing|informed|told|confirm|advise|aware|warn)\b/.test(main))
    return false;
  return (
    inCond &&
    rankingTopic(main) === undefined &&
    !looseRankingTopic(main) &&
    !/\b(?:chances?|odds|likely|realistic\w*)\b/.test(main)
  );
}

/**
 * The member's own match as a hope or a supposition, not a question: "if I'm lucky enough to match",
 * "once we match with you", "I hope to match at Riverside". "If I will match" (after a verb of
 * knowing: "tell me if I will match") is a question and is not read here.
 */
const HOPED_MATCH =
  /\b(?:if|once|when|should|in case|assuming|after) (?:i|we) (?:am |are )?(?:(?:\w+ )?(?:lucky|fortunate|blessed|privileged) enough to |do |end up |get to |happen to )?(?:match|matched|matching|join|joining)\b(?: (?:with|at|to|in|into) (?:you|us|your \w+|the \w+|[a-z]+))?|\b(?:i|we) (?:\w+ )?(?:hope|am hoping|are hoping|wish|would love|look forward) (?:to|that (?:i|we) (?:will|would|can|could|might|may)) (?:\w+ )?(?:match|matching|join|joining)\b(?: (?:with|at|to|in|into) (?:you|us|your \w+|the \w+|[a-z]+))?/g;
function hopedMatchOnly(sentence: string): boolean {
  let masked = sentence;
  for (const m of sentence.matchAll(HOPED_MATCH)) {
    if (/^if\b/.test(m[0]) && WHETHER_HOST.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
  }
  if (masked === sentence) return false;
  return (
    rankingTopic(masked) === undefined &&
    !looseRankingTopic(masked) &&
    !/\b(?:chances?|odds|likely|realistic\w*|stand|standing)\b/.test(masked)
  );
}

/**
 * Round seventeen: a request for the program's answer with no content of its own ("just lmk",
 * "Please consider it.", "What do you think?", "I'd value your thoughts on this"). Right after a
 * trade it asks the program to say whether it takes the deal, which is to say how it will rank or
 * take the member. After anything else it asks nothing about ranking.
 */
const BARE_ANSWER_ASK =
  /^(?:[\w-]+,? )?(?:(?:so|just|please|kindly|then|and|but|do|pls|plz) )*(?:(?:lmk|let me know|tell me)(?: (?:what you think|your thoughts|if (?:that|this) (?:works|is possible|is acceptable)))?|get back to me|think (?:about|over) (?:it|this|that)|think it over|(?:re)?consider (?:it|this|that|(?:my|this|the|such an?) (?:\w+ )?(?:offer|proposal|idea|arrangement|request))|what do you (?:think|say)|(?:i would|i'd|i will|i) (?:really |truly )?(?:be grateful for|welcome|appreciate|value) your (?:thoughts|view|views|answer|reply|response|decision) on (?:this|that|it|my (?:offer|proposal))|(?:is|would) (?:that|this) (?:be )?(?:possible|acceptable|agreeable|ok|okay)|(?:would|will|does|could|can) (?:that|this|it) work(?: for (?:you|your (?:\w+ )?(?:side|program|programme|team|committee)))?|(?:could|can|would|will) you (?:please |kindly )?confirm (?:that )?(?:this|that|it) (?:is|would be) (?:acceptable|agreeable|ok|okay|fine|possible|workable)|(?:(?:a|it'?s a|is it a|is that a|do we have a|have we got a) )?deal ?\?|(?:agreed|fair(?: enough)?|sounds? (?:fair|good|ok|okay|reasonable)|(?:how|what) about (?:it|that)|yes or no|(?:are )?we good|in or out) ?\?|(?:give|send|show) me (?:a|the|some|any|your) (?:little |small |tiny |quick )?(?:sign|signal|word|nod|hint|green light|thumbs up)(?: and (?:it is|it's|that is|i am|i will|consider it) (?:\w+ ){0,2}(?:done|yours|sealed|settled|deal))?)(?: (?:please|seriously|kindly|soon|asap|at your convenience))?[^a-z0-9]*$/;

/** A trade in one sentence, read as quid-pro-quo reads it (its main readings). */
function tradeIn(t: string): boolean {
  if (TRADE_DISOWNED.test(t) || isUnderstanding(t) || RULE_STATED.test(t)) return false;
  const cond = CONDITION.test(t) || TIMED_CONDITION.test(t) || INVERTED_SHOULD.test(t) || IMPERATIVE_CONDITION.test(t);
  const offer = MEMBER_OFFER.test(t) ? MEMBER_OFFER : ENABLED_OFFER.test(t) ? ENABLED_OFFER : undefined;
  // "If it would help the committee, I am ready to commit": the program's half is a benefit to the
  // member's standing, which the offer would buy; asking whether it helps is not asking to be ranked.
  if (standingBoughtNotAsked(t) || conditionClauses(t).some((c) => PROGRAM_BENEFIT.test(c))) return false;
  return (
    (cond && offer !== undefined && programSideIn(t) && !negatedNear(t, offer) && !RETURN_REFUSED.test(t)) ||
    placementTrade(t) ||
    tradeFrame(t) !== undefined ||
    (EXCHANGE_PAIR.test(t) && !negatedNear(t, EXCHANGE_PAIR))
  );
}

/**
 * Round twenty-two: what the member prays for ("I pray every night that Allah will guide your heart
 * to choose me", "I pray that you will take me") is a wish put to God, a religious appeal that
 * overshare reports, not a question put to the program: like "I hope to match with you" it asks
 * nothing. The prayer's words are blanked (keeping offsets) before the topic is looked for, so an
 * ask elsewhere in the sentence ("…, and could you tell me where I stand?") still counts.
 */
const PRAYER_CONTENT = /\b(?:pray|praying|prayed|prayers?)\b[^,;?]*?(?=, and\b|, but\b|;|\?|$)/g;
const unprayed = (t: string): string => t.replace(PRAYER_CONTENT, (m) => ' '.repeat(m.length));

/**
 * Round twenty-three: a sign from the program wished for to settle the member's own list ("a small
 * sign from the program would let me decide my list with confidence", "a little signal from your
 * side would help me finalise my rank list"). Said as a wish, it still asks the program to say how
 * it will rank the member: the only sign that could settle the member's list is that one.
 */
const SIGN_WISHED =
  /\b(?:a|an|any|some|the|one|even a|just a) (?:[\w-]+ ){0,2}?(?:sign|signal|hint|indication|word|nod|clue|idea|sense)\b (?:from (?:you|your (?:\w+ )?(?:side|end|program|programme|committee|team|faculty))|from the (?:\w+ )?(?:program|programme|committee|team|faculty)|on your (?:side|end))\b[^.;?!]{0,40}?\b(?:would|could|might|will) (?:\w+ )?(?:let|help|allow|enable|permit) me\b[^.;?!]{0,50}?\b(?:list|rank\w*|decid\w*|decision|choose|choice|order)\b/;

/**
 * Round twenty-four: a short comment on the deal between the trade and the ask for an answer
 * ("I rank you #1, you rank me in your top 3. Fair for both sides. Let me know.") leaves the ask
 * answering the trade: a sentence of a few words with no ask of its own.
 */
function shortComment(t: string): boolean {
  return t.split(/\s+/).length <= 6 && !/\?/.test(t) && !isRequest(t);
}

/**
 * Session 30 (text47): the program's ranking of the member set as the condition of the member's own
 * pledge ("should your committee rank me high enough to match, I promise you the first place on my
 * list", "if your committee is able to place me high on its list, you will stand above every other
 * program on mine") is the program's half of a trade, which quid-pro-quo reports. It states terms;
 * it puts no question to the program. Being told, assured or shown where the member stands stays an
 * ask, since that condition fishes for the answer ("if u can tell me Halden likes me, I'll rank u
 * 1st"), and so does a question or request for the program's answer elsewhere in the email. An
 * offer of a place outside the Match set as the condition is left as it was: the corpus labels it
 * both ways (DISPUTED.md, pm-h4-023).
 */
const DEED_SUBJECT =
  '(?:you|your (?:[\\w-]+ )?(?:program|programme|team|committee|fellowship|faculty|department|track)|the (?:[\\w-]+ )?(?:program|programme|committee|team|fellowship|faculty|department|track))';
const PROGRAM_DEED = new RegExp(
  `\\b${DEED_SUBJECT} (?:(?!i\\b|me\\b)[\\w-]+ ){0,6}?(?:rank|ranks|ranked|ranking|place|places|placed|put|puts|list|lists|listed|position|positions|positioned|match|matches|matched)(?: me| my (?:name|application|file|candidacy))\\b` +
    // The same deed in the passive: "should I be ranked high enough to match by your committee".
    '|\\b(?:i|my (?:name|application|file|candidacy)) (?:am|is|are|be|get|gets|were|was) (?:\\w+ )?(?:ranked|placed|listed|put) (?:[\\w-]+ ){0,3}?(?:high|highly|first|top|enough|to match)\\b',
);
/** What makes a condition a request to be told rather than a deed: telling, assuring, a sign, certainty. */
const TOLD_OR_ASSURED =
  /\b(?:tell|tells|told|let me know|confirm|confirms|assure|assures|assurance|reassur\w*|guarantee\w*|promise|promises|indicat\w*|signal\w*|sign|hint|word|know|knew|hear|learn|certainty|security|sure|certain|likes? me|feel|feels|think|thinks|see|sees)\b/;
/** The sentence with each deed condition of a member's pledge blanked (offsets kept). */
function pledgeDeedsMasked(t: string): string {
  if (TRADE_DISOWNED.test(t) || RETURN_REFUSED.test(t) || t.includes('?')) return t;
  let out = t;
  for (const c of openedConditions(t)) {
    if (!PROGRAM_DEED.test(c.text) || TOLD_OR_ASSURED.test(c.text)) continue;
    if (!pledgeOutside(t, c.start, c.end) && !MEMBER_WITHDRAWS.test(t.slice(c.end))) continue;
    out = out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end);
  }
  return out;
}

/**
 * One sentence read for a ranking question; the sentences before it may carry the topic. A topic
 * read only loosely is `seen.loose`, reported only when no sentence asks outright.
 */
function rankingHitAt(sents: readonly Sentence[], i: number, seen: Reading): Hit | undefined {
  const s = sents[i]!;
  if (confirmsTrade(s.canon, sents[i - 1]?.canon)) return { sentence: s };
  // Session 34: a hope that the program will rank the member "first too", stated as the program's
  // half of an exchange ("in exchange I hope you will also rank me first", "…so we can both be sure"),
  // is the trade quid-pro-quo reports; it asks nothing more (AX pm-h50-013, probe-v26).
  if (hopedStanding(s.canon, sents[i - 1]?.canon) && !hopeIsTradeHalf(s.canon))
    return { sentence: s, span: findIn(s, HOPED_STANDING) ?? s };
  if (returnAsked(s.canon, sents[i - 1]?.canon)) return { sentence: s, span: findIn(s, RETURN_ASKED) ?? s };
  if (SIGN_WISHED.test(s.canon) && !isNegatedAsk(s.canon) && !PROGRAM_CANNOT.test(s.canon))
    return { sentence: s, span: findIn(s, SIGN_WISHED) ?? s };
  // A bare request for the program's answer, after a trade or at the end of the trade's sentence.
  const tail = s.canon.split(/[,;.!?] /).pop()!;
  if (
    BARE_ANSWER_ASK.test(tail) &&
    (tradeIn(tail === s.canon ? (sents[i - 1]?.canon ?? '') : s.canon.slice(0, -tail.length)) ||
      (tail === s.canon && i > 1 && shortComment(sents[i - 1]!.canon) && tradeIn(sents[i - 2]!.canon)) ||
      (tail === s.canon && i > 0 && rankingTopic(sents[i - 1]!.canon) !== undefined))
  )
    return { sentence: s };
  const deedless = pledgeDeedsMasked(s.canon);
  for (const clause of clausesOf(s)) {
    // "if it turns out that I am not ranked…" is "if I am not ranked…".
    const c = {
      ...clause,
      text: deedless
        .slice(clause.offset, clause.offset + clause.text.length)
        .replace(EMPTY_CONDITION, (m) => (m.endsWith(' to ') ? 'if i ' : 'if ')),
    };
    const asking = isQuestion(c.text) || isRequest(c.text) || (isQuestion(s.canon) && /\?/.test(c.text));
    // A condition on the program's rank or offer ("if you offer me the position…") asks for a
    // commitment; a condition on its ranking alone ("if you rank me to match, I…") is a trade.
    const commitCondition =
      infoAskedForOffer(c.text) ||
      (CONDITION.test(c.text) &&
        (COMMIT_ASK.concat(OFFER_ME).some((re) => re.test(c.text)) ||
          ((INFO_VERB.test(c.text) || KNOWING.test(c.text)) && rankingTopic(c.text) !== undefined)));
    if ((!asking && !commitCondition) || isNegatedAsk(c.text) || SOMEONE_ELSE.test(c.text)) continue;
    // Session 28 (text44): a place kept for the member, set as the condition of their own pledge
    // ("If Westbury can hold a slot for me, I'm yours"), is the program's half of a trade, which
    // quid-pro-quo reports; nothing is asked. An offer or a contract keeps the corpus convention
    // that such a condition also asks for the program's commitment (DISPUTED.md, pm-h4-023).
    // Session 34: a guarantee of the position, or the place promised in writing, is an offer in all
    // but name (probe-v33: "if you could send me a written guarantee of the position, I would…").
    if (
      !asking &&
      KEPT_PLACE.test(c.text) &&
      !/\b(?:offer\w*|contracts?|guarantee\w*|written|in writing)\b/.test(c.text) &&
      pledgeForGrant(s.canon)
    )
      continue;
    // "Would it make any difference if I committed to you now?": the member's standing is what
    // the offer would buy, not what is asked; the trade is quid-pro-quo's to report.
    if (standingBoughtNotAsked(s.canon)) continue;
    // "I know you cannot tell me where I stand": the program's inability stated, not an ask.
    if (PROGRAM_CANNOT.test(c.text) && !/\?/.test(c.text)) continue;
    if (isUnderstanding(c.text) && !isRequest(c.text.replace(/^.*?\b(?:know|understand|realize|aware)\b/, '')))
      continue;
    // The topic in the asking clause, or elsewhere in the sentence, or in the sentence
    // before when the ask has none of its own ("Any indication would help me plan.").
    const here = rankingTopic(unprayed(c.text));
    // The topic may sit in another clause of the sentence, but not in one that refuses the ask
    // or states the rule ("I know I should not ask about my position, so my question is…").
    const inSentence =
      here ??
      rankingTopic(
        clausesOf(s).reduce(
          (t, o) =>
            isNegatedAsk(o.text) ||
            (isUnderstanding(o.text) && !isRequest(o.text.replace(/^.*?\b(?:know|understand|realize|aware)\b/, '')))
              ? t.slice(0, o.offset) + ' '.repeat(o.text.length) + t.slice(o.offset + o.text.length)
              : t,
          unprayed(deedless),
        ),
      );
    const before = i > 0 && POINTS_BACK.test(c.text) ? rankingTopic(sents[i - 1]!.canon) : undefined;
    const loose = !inSentence && !before && (isQuestion(c.text) || isRequest(c.text)) && looseRankingTopic(c.text);
    const topic =
      inSentence ?? before ?? (loose ? RANK_SIGNAL : infoAskedForOffer(c.text) ? INFO_NOUN_GIVEN : undefined);
    if (!topic) continue;
    // "Do you accept applicants who graduated five years ago? I need to know if I should apply":
    // whether to apply follows from the rule asked, the member's own decision.
    if (
      (topic === SHOULD_I_APPLY || topic === WHETHER_TO_APPLY || topic === THINK_I_SHOULD_APPLY) &&
      sents.some(eligibilityAsked)
    ) {
      seen.skipped = true;
      continue;
    }
    if (!here && PROCESS_ONLY.test(c.text) && !inSentence) continue;
    // "If I were to match at Lakemont, would the program start H-1B processing…?": the member's
    // own matching posed as a supposition frames the question; what is asked is the main
    // clause, and it is about something else.
    if (supposedMatchOnly(s.canon, topic)) continue;
    // Session 28 (text44): the same when the member's hoped or supposed match sits anywhere in the
    // sentence ("Any projects I should read before July if I'm lucky enough to match?", "I hope to
    // match with you, and would be glad of reading suggestions"): what is asked is something else.
    if (hopedMatchOnly(s.canon)) continue;
    // Session 26 (newcomer trial 13): the quote is the words that carry the ask. A topic read
    // only loosely (a "chance" near a "list") is kept as a fallback while a later sentence may
    // ask about the member's standing outright; a topic in the sentence before ("…where I stand.
    // Any indication would help me plan.") is quoted with the ask, both sentences together.
    if (before && !inSentence) {
      const prev = sents[i - 1]!;
      if (prev.tokens.length + s.tokens.length <= 32) return { span: { start: prev.start, end: s.end } };
      const inPrev = findIn(prev, topic);
      return { sentence: prev, ...(inPrev ? { span: inPrev } : {}) };
    }
    const span = findIn(s, topic);
    const hit = { sentence: s, ...(span ? { span } : {}) };
    if (loose) {
      seen.loose ??= hit;
      continue;
    }
    return hit;
  }
  return undefined;
}

/** A sentence asking about eligibility: whether to apply then follows from the rule asked. */
const eligibilityAsked = (o: Sentence): boolean =>
  (isQuestion(o.canon) || isRequest(o.canon)) && ELIGIBILITY_ASKED.test(o.canon);

function rankingAt(sents: readonly Sentence[], i: number): Reading | undefined {
  const seen: Reading = {};
  const hit = rankingHitAt(sents, i, seen);
  return hit ? { ...seen, hit } : seen.loose || seen.skipped ? seen : undefined;
}

const asksForRanking: Check = {
  id: 'asks-for-ranking',
  checks: 'questions or requests about how the program will rank you or your chances of matching there',
  run(named, { context }) {
    return sentenceHits(bodySentences(programAsYou(named, context.program)), rankingAt, false, eligibilityAsked)[0];
  },
  runAll(named, { context }) {
    return sentenceHits(bodySentences(programAsYou(named, context.program)), rankingAt, true, eligibilityAsked);
  },
};

// ---- quid pro quo --------------------------------------------------------------------------

/** The member's side of a trade: ranking, commitment, withdrawing or dropping other programs. */
// Session 25: moving the program up the list to first ("I will move Ridgeview to number one", "bump
// Ridgeview up to first place") is placing it first, a move the member can offer like ranking.
const ME_COMMIT_VERB =
  '(?:(?:move|moving|bump|bumping|shift|shifting|push|pushing|promote|promoting)(?= (?:[\\w-]+ ){1,3}?(?:up )?(?:to|into|in) (?:the )?(?:very )?(?:first|top|number one|#1|no\\. ?1)\\b)|(?<!\\b(?:my|your|the|a|our|own) )rank|ranking|(?<!\\b(?:my|rank|order|the|your|a|our|own) )list|listing|put|putting|(?<!\\b(?:a|an|the|my|your|our|one|own|first|top) )place|placing|keep(?= (?:you|your|it|[a-z]+) (?:\\w+ )?(?:first|top|at the top|number one|#1|on my list))|(?:make|making)(?! (?:(?:an?|my|the|our|this|that) )?(?:[\\w-]+ )?(?:decision|decisions|choice|choices|plans?|mind|sure|time|effort|arrangements?|sense)\\b)|commit|committing|confirm|confirming|withdraw|withdrawing|cancel|cancelling|canceling|decline|declining|turn down|turning down|sign|signing|accept(?:ing)?(?= (?:a|an|the|your|any) (?:\\w+ )?(?:offer|position|spot|place|contract)\\b| (?:it|at once|immediately|right away)\\b|\\s*[.!,;]|$)|forgo|forego|stop interviewing|drop|dropping|take (?:it|that|this|them) back|retract|retracting|inform the other|tell the other|email (?:them|the other)|not (?:rank|interview|apply|list|consider|go(?! (?:through|thru|on|back|home|out|crazy|mad)\\b))|pull out|pulling out|(?:take|taking) (?:my name|myself|my application|my registration) (?:out|off)|give up|cancel|pull|pulling|shred|shredding|tear up|tearing up|rip up|scrap|scrapping|abandon|abandoning|throw away|stop applying|stop (?:\\w+ ){0,2}applying)';
/** Words between "I" and the verb, never a new subject ("I hope you rank" is the program's act). */
const NOT_A_SUBJECT = '(?:(?!you\\b|your\\b|they\\b|the\\b|it\\b|programs?\\b|we\\b)[\\w-]+ )';
const MEMBER_OFFER = new RegExp(
  // "I would be in a position to rank": a modal said in six words is still the member's move.
  // Round thirty-three: the member as the one acted on ("I am still being considered for ranking")
  // is the program's act, not an offer.
  `\\bi (?!(?:am|was|have been|had been|will be|would be)(?: still| currently| now| also| even)?(?: being)? (?:considered|shortlisted|kept|held|eligible|[a-z]+ed) (?:for|to be)\\b)${NOT_A_SUBJECT}{0,6}?${ME_COMMIT_VERB}\\b` +
    '|\\b(?:you|your program|the program|[a-z]+) (?:will|would|could|shall) (?:\\w+ ){0,2}(?:be|stand|remain|sit|come|go|rank) (?:my )?(?:first|top|number one|#1|no\\. ?1|one and only|only)\\b' +
    '|\\bmy (?:first|top|#1|number one) (?:choice|rank|spot|position|place|preference) (?:will|would) (?:\\w+ )?(?:be|go to) (?:yours|you)\\b' +
    '|\\b(?:first|top) (?:place|spot|position) on my (?:rank )?list\\b|\\bmy one and only\\b',
);

/** The program's side: ranking the member, an offer, an assurance, information about their list. */
const PROGRAM_SIDE =
  '(?:you|your (?:\\w+ )?(?:program|programme|team|committee|fellowship|department|institution|faculty)|the (?:\\w+ )?(?:program|programme|committee|team|fellowship|faculty|department)|[a-z]+ (?:program|programme))';
const PROGRAM_VERB =
  '(?:returns? (?:that|the|my|this) (?:commitment|interest|feeling|favou?r|loyalty|sentiment)|rank|ranks|ranked|ranking|(?<!\\b(?:a|an|the|this|that) (?:[\\w-]+ )?)places?|put|puts|list|lists|offer|offers|commit|commits|guarantee|guarantees|assure|assures|reassure|promise|promises|confirm|confirms|let me know|tell me|tells me|match|matches|take|takes|accept|accepts|choose|chooses|select|selects|give|gives|indicate|indicates|reciprocate|reciprocates|do the same|return the favou?r|signal|signals|invite|invites|extend|extends|shortlist|shortlists|consider|considers|view|views|see|sees|regard|regards|favou?r|want|wants|show|shows|share|shares|make sure|ensure|secure|hold|reserve)';
const PROGRAM_RETURN = new RegExp(
  `\\b${PROGRAM_SIDE} (?:\\w+ ){0,5}?${PROGRAM_VERB}\\b` +
    '|\\b(?:i|me) (?:\\w+ ){0,2}(?:am|get|got|be|was|were|being|is) (?:\\w+ )?(?:ranked|matched|offered|chosen|selected|guaranteed|assured|promised|accepted|told|given|placed|listed|invited|shortlisted)\\b' +
    '|\\b(?:an|a|your|some|any) (?:\\w+ )?(?:offer|guarantee|assurance|reassurance|commitment|promise|indication|signal|confirmation) (?:from you|of a (?:spot|position)|that|regarding|about|of)\\b' +
    '|\\bif i (?:\\w+ )?(?:knew|know|could be sure|were sure|was sure|had|have|received|receive|got|get|heard|hear) (?:\\w+ ){0,3}(?:assurance|confirmation|indication|guarantee|sign|signal|word|feeling|sense|mutual|reciprocated|the same)\\b' +
    '|\\b(?:feeling|interest|commitment|enthusiasm|sentiment)s? (?:\\w+ )?(?:is|was|were|are|would be|to be) (?:\\w+ )?(?:mutual|reciprocated|shared|returned)\\b' +
    '|\\b(?:you|your (?:\\w+ )?(?:program|team|committee)|the (?:program|committee|team)) (?:\\w+ )?(?:feel|feels|felt|think|thinks) the same\\b',
);

/**
 * The program's answer about the member, named by its tone rather than its content: "if I hear good
 * news from Maplecroft", "if it's good news", "a positive word from your side". Set against the
 * member's first place it is the program's half of a trade: the news can only be how the program
 * sees the member. News about the member's own affairs ("good news about my visa") is not it.
 */
const FAVOURABLE_NEWS =
  /\b(?:good|positive|encouraging|favou?rable|happy|great|welcome|hopeful|promising) (?:news|word|answer|reply|response|feedback|signs?|signals?|indications?)\b(?! (?:about|on|regarding|concerning|from) (?:my|the) (?:visa|embassy|exam|step|usmle|scores?|results?|licen[cs]e|family|health|papers?|abstracts?|poster|grant))/;

/**
 * The condition part of a sentence: from "if" (or another condition word) to the next comma or
 * "then". "If I knew I was high on your list, I would rank you first": the condition is about how
 * the program ranks the member, which is the program's side of the trade however it is worded.
 */
function conditionClauses(text: string): string[] {
  const out: string[] = [];
  const any = new RegExp(`${CONDITION.source}|${INVERTED_SHOULD.source}|${ENABLING.source}`, 'g');
  for (const m of text.matchAll(any)) {
    // "to know, even informally, if I am…": "if" after a verb of knowing asks "whether".
    if (/^if\b/.test(m[0]) && WHETHER_HOST.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const rest = text.slice(m.index);
    const end = rest.search(/,|;|\bthen\b|\bi (?:would|will|could|shall)\b(?!.*\bi (?:would|will)\b)/);
    out.push(rest.slice(0, end > 0 ? end : undefined));
  }
  return out;
}

const WHETHER_HOST =
  /\b(?:know|knew|knowing|wonder\w*|ask\w*|tell|told|see|check|confirm|sure|learn|hear|clarify|indicate|understand|find out|curious|unsure|idea|sense|doubt)\b[^.;]{0,25}$/;

/**
 * A condition told as a moment in time on the program's act: "the moment Pinecrest signals I am
 * among its top candidates", "as soon as your committee tells me", "the day you confirm a spot".
 * The member's move waits on the program's, as it does after "if".
 */
const TIMED_CONDITION =
  /\b(?:the (?:very )?(?:moment|minute|instant|second|day|week)|as soon as|once|when|whenever|the first time) (?:that )?(?:you|your (?:\w+ )?(?:program|programme|committee|team|fellowship|faculty|director)|the (?:\w+ )?(?:program|programme|committee|team|fellowship|faculty|director))\b(?! (?:\w+ )?(?:open|opens|close|closes|start|starts|begin|begins|certif\w*|release|releases|publish|publishes|announce|announces))/;

/** "Should Brookfield rank me highly, …": a condition put by inversion. */
const INVERTED_SHOULD =
  /(?:^|[,;:] )(?:should|were|had) (?:[a-z]+ ){1,4}?(?:be )?(?:rank|ranked|place|placed|list|listed|offer|offered|consider|considered|take|taken|want|choose|chosen|select|selected|match|matched|put|assured|guaranteed|promised|reserved|kept|held|set aside|secured|given)\b/;

/**
 * The program's side named as a benefit to the member's standing rather than an act: "if it would
 * make any difference on the committee's side", "if it would tip things in my favour", "in case it
 * helps the committee decide". Set against the member's offer, it is the other half of a trade.
 */
const PROGRAM_BENEFIT =
  /\b(?:it|this|that|doing so|which|my \w+) (?:\w+ ){0,2}(?:would|will|could|might|can|may|does|did|helps?) (?:\w+ ){0,2}(?:help|make (?:a|any|the|some) (?:\w+ )?difference|change (?:anything|something|things|your|the)|tip (?:things|the balance|the scales|it)|matter|count|work in my favou?r)\b|\bin my favou?r\b|\b(?:ease|eases|simplify|simplifies|help with|speed up|settle) (?:the |your )?(?:[\w']+ ){0,2}(?:decision|deliberations?|choice|ranking)\b|\bon (?:your|the (?:\w+ )?(?:committee|program|programme|faculty)(?:'s)?) (?:side|end|part)\b|\bhelps? (?:\w+ ){0,2}(?:committee|program|programme|you|faculty|team) (?:\w+ )?(?:decide|decision|choose)\w*\b/;

/** A position granted, in the passive: "should a position be assured to me", "were a place guaranteed". */
const GRANTED_POSITION =
  /\b(?:spot|position|place|seat|slot|offer|match)s? (?:\w+ ){0,4}?(?:be |is |was |were |being )?(?:kept|held|reserved|saved|set aside|guaranteed|assured|promised|secured|given|offered)\b/;

/**
 * The program's act, read with its subject: "you (will) rank" is the program's side, but in "you
 * are where I want to train" or "you will be first on my list" the verb after "I" or "my" belongs
 * to the member. A new subject or the member's "my" between the program and the verb ends it.
 */
function programReturnIn(t: string): boolean {
  return returnMatches(t).length > 0;
}

/**
 * The loose reading keeps a new "I" between the program and its verb ("if I let you know I am ready
 * to commit"), but not the member's "my" ("you will be first on my list" is the member's list).
 */
function looseReturnIn(t: string): boolean {
  const re = new RegExp(PROGRAM_RETURN.source, 'g');
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (!/^(?:you|your)\b/.test(m[0]) || !/\bmy\b/.test(m[0])) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** The program told to act on the member: "Rank me highly and…", "just take me and…". */
const IMPERATIVE_ON_ME =
  /(?:^|[,;:.!] )(?:\w+,? )?(?:please |just |simply )?(?:rank|take|pick|choose|offer|put|place|list|accept|keep|hold|match with) (?:me|us)\b/;

/** Every match of PROGRAM_RETURN whose verb is the program's, overlapping ones included. */
function returnMatches(t: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = new RegExp(PROGRAM_RETURN.source, 'g');
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (!/^(?:you|your)\b/.test(m[0]) || !/\b(?:my|i|we)\b/.test(m[0].replace(/^\S+/, ''))) out.push(m);
    // A skipped match may hide a shorter one inside it ("you that I will be ranked").
    re.lastIndex = m.index + 1;
  }
  return out;
}

// `strict` reads the program's act with its subject (programReturnIn); the loose reading is kept
// where a condition or an exchange already ties the sentence ("would it help if I let you know…").
const programSideIn = (t: string, strict = false): boolean =>
  (strict ? programReturnIn(t) : looseReturnIn(t)) ||
  IMPERATIVE_ON_ME.test(t) ||
  conditionClauses(t).some((c) => FAVOURABLE_NEWS.test(c)) ||
  // "Hearing good news from your team would make my decision easy": the enabling subject is the news.
  (ENABLING.test(t) && FAVOURABLE_NEWS.test(t.slice(0, ENABLING.exec(t)!.index))) ||
  conditionClauses(t).some(
    (c) =>
      rankingTopic(c) !== undefined || PROGRAM_BENEFIT.test(c) || GRANTED_POSITION.test(c) || WITHIN_INTAKE.test(c),
  );

/**
 * The member inside the set the program will take, as a condition: "provided I am within the
 * positions you expect to fill", "as long as I fall among the residents your committee plans to
 * match". The set must be the program's intake (a verb of filling, taking, ranking or matching
 * with the program as subject), not a group of work ("among the fellows who run the project").
 */
const WITHIN_INTAKE =
  /\bi (?:am|be|fall|fit|land|sit|come|was|were|end up) (?:\w+ )?(?:within|among|inside|in|into|one of) (?:the |your )?(?:\w+ ){0,3}(?:positions?|spots?|places?|slots?|seats?|candidates|applicants|residents|fellows|range|number|group|cohort|class|people)\b[^.;]{0,40}\b(?:you|your (?:\w+ )?(?:program|programme|committee|team|fellowship|track|pathway|residency|faculty|department)|the (?:program|programme|committee)) (?:\w+ ){0,3}?(?:fill|take|rank|match|choose|select|offer|accept|admit|hire|keep)(?:s|ed|ing)?\b/;

/**
 * A condition put as what would make the member's move possible, with no "if": "knowing that I
 * would be ranked highly would allow me to rank you first", "a word from you that I am ranked to
 * match is all I need to…".
 */
const ENABLING =
  /\b(?:would|will) be (?:enough|sufficient|all (?:it takes|i need)) (?:for me )?to\b|\b(?:is|are|would be|will be) all (?:it would take|it takes|it will take|i (?:would )?need) (?:for me )?to\b|\b(?:knowing|hearing|learning|finding out) (?:where|how|whether|if) (?:i|my)\b|\bi (?:would|will) (?:only |just |simply )?need (?:\w+ ){0,3}(?:word|assurance|confirmation|sign|signal|indication|promise|guarantee)(?: from (?:you|your \w+|the \w+))? that\b|\b(?:knowing|hearing|learning|(?:a|an|any|some|the|just a|even a|one) (?:\w+ )?(?:word|assurance|sign|signal|indication|hint|nod|wink)|confirmation)\b(?: (?:from you|from the program|from your (?:\w+ )?(?:program|team|committee)))? that\b|\b(?:would|will|could) (?:\w+ )?(?:allow|let|enable|free|permit|help) me (?:to )?(?:\w+ )?(?:rank|put|place|list|commit|withdraw|decline|make)\b|\b(?:is|be) all (?:that )?i (?:would )?need (?:to|before)\b|\bthe only thing i (?:would )?need\b|\b(?:would|will|could) make it (?:\w+ )?(?:easy|easier|simple|simpler|straightforward|an? (?:\w+ )?(?:easy|simple|clear|obvious) (?:decision|choice)) (?:for me )?to\b|\b(?:would|will|could) make (?:my|the) (?:\w+ )?(?:decision|choice|ranking|list) (?:\w+ )?(?:easy|easier|simple|simpler|straightforward|obvious|clear)\b/;

/** The member's side told as enabled by the program's: "…would allow me to rank Brookfield first". */
const ENABLED_OFFER =
  /\bfor me to (?:\w+ )?(?:withdraw|stop|drop|cancel|decline|turn down|rank|commit|pull out|give up)\b|\bfor me to (?:\w+ )?(?:put|place|list|keep|make) (?:[\w-]+ ){1,3}?(?:first|on top|at the top|top|number one|#1|my first|my top)\b|\b(?:allow|let|enable|free|permit|help) me (?:to )?(?:\w+ )?(?:rank|put|place|list|commit|withdraw|decline|drop|cancel|give up|pull out of|turn down|make (?:you|it|\w+) (?:my )?(?:first|top|number one))\b|\bneed to (?:rank|put|place|list|commit)\b|\b(?:decide|deciding|settle|settling|choose|choosing|figure out|work out) where (?:you|your (?:\w+ )?(?:program|programme|fellowship)|it|(?!i\b)[a-z]+) (?:goes|go|sits|sit|lands|land|falls|fall|ranks|rank|belongs|will go|should go) (?:on (?:my|the) (?:\w+ )?list)?/;

/**
 * Reciprocity said outright, without "if": the member commits and, in the same sentence, hopes
 * or expects the program to do the same ("I am ready to commit to Brookfield, and I hope the
 * program can commit to me in the same way").
 */
const RECIPROCAL =
  /\breturn (?:it |that |the same )?in (?:full|equal|kind|like|the same) measure\b|\b(?:in the same way|the same way|likewise|in kind|the same|as well|too|also|equally|in return|mutual\w*|each other|reciproca\w*|similarly)\b/;
const HOPE_PROGRAM =
  /\b(?:hope|hoping|trust|expect|expecting|wish|count on|believe) (?:that )?(?:you|your (?:\w+ )?(?:program|programme|team|committee|fellowship)|the (?:\w+ )?(?:program|programme|committee|team|fellowship)|[a-z]+ (?:can|will|would|could|might))\b/;

/** An imperative to the program joined to the member's first place: "rank me to match and Riverside is my number one". */
const IMPERATIVE_TRADE =
  /(?:^|[,;:.!] )(?:\w+,? )?(?:just |please |simply )?(?:rank|take|pick|choose|match|offer|put) (?:me|us)\b.{0,60}\band (?:you|your \w+|it|[a-z]+) (?:is|are|will be|would be|becomes?|gets?) (?:my|the only)\b/;

const IMPERATIVE_CONDITION =
  /(?:^|[,;:.!] )(?:\w+,? )?(?:just |please |honestly,? |simply )?(?:(?:tell|promise|assure|show|give|guarantee|confirm|rank|offer|let) (?:me|us)\b|say the word\b).{0,100}\band (?:i (?:will|would|shall|can|am going to)|you (?:will|would) be (?:my|the only))\b/;

const RANKISH = /\b(?:rank\w*|list|spot|first|top|number one|#1|commit\w*|position|place|offer|match\w*)\b/;

const TRADE_WORDS =
  /\b(?:(?:my|your) (?:[\w-]+ ){0,2}?(?:first|top|#1|number one|loyalty|commitment)(?: \w+)? for (?:your|my) (?:[\w-]+ ){0,2}?(?:first|top|#1|number one|loyalty|commitment)|loyalty (?:for|with) loyalty|return (?:it |that |the same )?in (?:full|equal|like|the same) measure|in exchange|in return|in turn|quid pro quo|(?:mutual|reciprocal|two-way) (?:ranking|rank|commitment|arrangement|agreement|promise|understanding about|deal)|a deal|win-win|win win|scratch (?:my|each other's) back|make a deal|strike a deal|an arrangement|an agreement between us|reciprocate|(?:reach|reaching|come to|coming to|arrive at|strike) (?:an|some|a (?:\w+ )?) ?(?:understanding|arrangement|agreement))\b/;

/**
 * The exchange said as two matched acts, in either order: "you rank me high and I rank you first",
 * "I rank you #1, you rank me in your top 3" (round twenty-four: the member's half first).
 */
const EXCHANGE_PAIR =
  /\b(?:you|your \w+|the (?:program|programme|committee)) (?:\w+ )?(?:rank|put|place|list|choose|take|pick|want) me\b.{0,40}?\b(?:and|then|,|;) (?:i|i'll|i will|i would|i shall) (?:\w+ )?(?:rank|put|place|list|choose|pick|commit to|make) (?:you|your|it|riverside|\w+)\b|\b(?:i|i'll|i will|i would|i shall) (?:\w+ )?(?:rank|put|place|list) (?:you|your \w+)\b.{0,30}?(?:,|;|\band\b|\bwhile\b|\bin (?:exchange|return)\b) (?:you|your \w+|the (?:program|programme|committee)) (?:will |would |shall |can |could )?(?:rank|put|place|list|choose|take|pick) me\b/;

/**
 * "Would it help my chances if I ranked you first?", "would it be of any help if I confirm that you
 * will be my first rank?". What the member would do must concern their list or commitment ("if I
 * signed up for the elective" is not a trade).
 */
const WOULD_IT_HELP =
  /\b(?:would|will|could|does|do|might|can) (?:it|this|that|my (?:\w+ ){0,3}) (?:\w+ ){0,2}?(?:help|helpful|useful|of (?:\w+ )?(?:use|help|value|benefit|interest)|improve|increase|boost|change|affect|make (?:a|any) difference|make (?:things|it|matters|the \w+|your \w+) (?:\w+ )?(?:easier|simpler|clearer)|matter|count|strengthen|influence|benefit)\b.{0,80}\b(?:(?:if|that) i|were i to) (?=[^.?!]{0,100}\b(?:rank\w*|first|top|number one|#1|commit\w*|choice|pledge|withdraw\w*|letter of intent|declin\w*|only (?:program|one))\b)(?:\w+ ){0,3}(?:rank|commit|promise|pledge|tell|told|say|said|guarantee|withdraw|decline|put|list|confirm|state|declare|sign|write|assure|inform|let you know)(?!ments?\b|tees?\b)/;
/**
 * Session 36 (AZ pm-h52-066): the same question asked indirectly ("I was wondering whether it would
 * be useful to your committee if I committed early"), or with the condition inverted ("were I to
 * commit"). Read last, so that a reading above keeps its own quote.
 */
const WOULD_IT_HELP_INDIRECT =
  /\b(?:(?:would|will|could|does|do|might|can) (?:it|this|that|my (?:\w+ ){0,3})|(?:whether|if) (?:it|this|that) (?:would|will|could|might|may|can)(?: \w+)?(?: be)?) (?:\w+ ){0,2}?(?:help|helpful|useful|of (?:\w+ )?(?:use|help|value|benefit|interest)|improve|increase|boost|change|affect|make (?:a|any) difference|make (?:things|it|matters|the \w+|your \w+) (?:\w+ )?(?:easier|simpler|clearer)|matter|count|strengthen|influence|benefit)\b.{0,80}\b(?:(?:if|that) i|were i to) (?=[^.?!]{0,100}\b(?:rank\w*|first|top|number one|#1|commit\w*|choice|pledge|withdraw\w*|letter of intent|declin\w*|only (?:program|one))\b)(?:\w+ ){0,3}(?:rank|commit|promise|pledge|tell|told|say|said|guarantee|withdraw|decline|put|list|confirm|state|declare|sign|write|assure|inform|let you know)(?!ments?\b|tees?\b)/;
const MY_COMMITMENT_HELP =
  /\b(?:would|will|could|does|might|can) (?:my|me) (?:\w+ ){0,2}(?:ranking|committing|commitment|promise|pledge|listing|putting) (?:you|your|to you|to your|the program)\b.{0,60}\b(?:help|improve|increase|boost|change|affect|make (?:a|any) difference|matter|count|influence)\b/;

/**
 * The same question put the other way round, the member's move first: "if I tell you you're my #1,
 * does that bump me up on your list?", "say I put you at the top — would it raise me on yours?".
 * The question's verb is one of helping or of lifting the member (move, push, bump, lift me up).
 */
const MOVE_THEN_HELP =
  /\b(?:if|say|suppose|supposing|what if) i (?=[^.?!]{0,100}(?:\b(?:rank\w*|first|top|number one|commit\w*|pledge|withdraw\w*|letter of intent|only (?:program|one))\b|#1\b))(?:\w+ ){0,3}(?:rank|commit|promise|pledge|tell|told|say|said|guarantee|withdraw|put|list|confirm|state|declare|sign|write|assure|inform|let you know|make)\b[^.?!;]{0,100}?\s*[,-]+\s*(?:would|will|does|do|could|might|can) (?:that|it|this|doing so) (?:\w+ ){0,2}?(?:help|improve|increase|boost|bump|move|push|lift|raise|nudge|change|affect|make (?:a|any) difference|matter|count|influence|benefit|strengthen)\b/;

function negatedNear(text: string, re: RegExp): boolean {
  const m = re.exec(text);
  if (!m) return false;
  const before = text.slice(Math.max(0, m.index - 30), m.index + 2);
  return NEGATION.test(before) && !/\bif\b/.test(before);
}

/**
 * The trade read as a frame of three parts, each a lexicon of meaning rather than a sentence
 * shape: the member's side (ranking the program first, committing, withdrawing, dropping other
 * programs — as a verb or as a noun: "my commitment", "ranking you first"), the program's side
 * (ranking or taking the member, an assurance, a yes, a guaranteed spot — as a verb or a noun),
 * and what ties them (a condition, an exchange, a dependence, an enabling, "X and I will…", or a
 * question whether the member's move would help theirs). All three in one sentence is a trade,
 * however it is worded; two of three is not ("I will rank you first" alone is the member's plan).
 */
const MEMBER_SIDE_NOUN =
  /\b(?:(?:the same|equal|like|similar) (?:\w+ )?(?:consideration|treatment|commitment|loyalty|ranking|priority|place|spot|position) (?:from me|on my (?:\w+ )?list|in return)|[a-z]+ (?:will|would|is going to|shall) (?:\w+ )?(?:top|head|lead) my (?:\w+ )?list|my (?:[\w-]+ ){0,3}?(?:ranking|rank(?! (?:order )?list| order\b)|commitment|committing|pledge|vote|loyalty|first choice|first-place ranking|first place|number one|#1|top spot)|(?:a|an|my) (?:\w+ )?(?:commitment|pledge) (?:from me|on my part|to (?:you|your|the program))|(?:ranking|putting|placing|listing|making) (?:you|your (?:\w+ )?(?:program|programme|fellowship)|it|the program) (?:\w+ )?(?:first|top|number one|#1|my first)|committing (?:to|myself to) (?:you|your)|(?:that )?(?:you|your (?:\w+ )?(?:program|programme|fellowship)) (?:are|is|will be|would be) my (?:\w+ )?(?:first|top|number one|number-one|#1)|(?:first|top|#1|number one) (?:\w+ )?(?:on|of) my (?:rank )?list|(?:is|are) yours|(?:you|your (?:\w+ )?(?:program|programme)|[a-z]+) (?:at|in) (?:the (?:very )?top|first place|the first spot|number one)|(?:promise|give|offer|guarantee) you (?:the )?(?:first|top|number one|#1) (?:place|spot|position|rank)|(?:dropping|cancel+ing|withdrawing(?: from)?|pulling out of|declining|turning down) (?:my|all|the|every) (?:\w+ )?(?:other )?(?:interviews|programs|programmes|applications|offers|places))\b/;
const PROGRAM_SIDE_NOUN =
  /\b(?:(?:once|when|as soon as) i (?:\w+ )?(?:hear|know|learn|see) (?:that )?(?:you|your \w+|the (?:program|programme|committee|team)|[a-z]+) (?:\w+ )?(?:wants? me|want to (?:rank|take|have) me|(?:is|are) (?:\w+ )?interested in me)|where i (?:\w+ )?(?:would |will |might |could )?(?:land|stand|fall|sit|rank|end up) on (?:yours|your (?:\w+ )?list)|(?:a|an|any|some|the|one|your) (?:\w+ )?(?:encouragement|word|sign|signal|hint|indication|nod|reassurance|assurance|news|feedback) (?:from (?:your|the (?:\w+ )?(?:committee|program|programme|faculty|team)) (?:side|end|part)|(?:about|regarding|on|as to) (?:my|where i) (?:\w+ )?(?:position|standing|ranking|rank|place|chances|stand))|if (?:you|your \w+|the (?:program|programme|committee|team)|[a-z]+) (?:\w+ )?(?:wants? (?:me|to dance|the same|us)|(?:is|are) (?:\w+ )?(?:interested|keen)|likes? me|feels? the same)|(?:a|an|some|any|your|the|one|quick|firm|early|clear) (?:\w+ )?(?:yes|assurance|reassurance|guarantee|promise|offer|sign|signal|indication|confirmation|word|commitment|nod)(?: of (?:\w+ )?interest)? (?:from you|from your|from the|from (?!me\b|my\b)[a-z]+|that i|of a|of (?:a )?(?:spot|place|position|interest)|on your side|on your part)|your (?:\w+ )?(?:assurance|guarantee|promise|offer|confirmation|yes|commitment|word)|(?:a|an) (?:\w+ )?(?:guaranteed|assured|reserved|secured|firm|promised) (?:\w+ )?(?:spot|place|position|seat|offer|match|slot)|(?:secure|guarantee|earn|win|get|lock in|clinch|improve|help|raise|boost) (?:\w+ )?my (?:place|spot|position|seat|ranking|chances?|odds|match|standing|prospects)|(?:assure|promise|guarantee|offer|give) me (?:of )?(?:a|the|one|your) (?:\w+ )?(?:position|spot|place|seat|slot|offer)|i(?: am|'m) on your (?:\w+ )?list|(?:count|work|weigh) (?:\w+ )?in my favou?r|(?:some|any|a) (?:\w+ )?(?:sign|indication|signal|assurance|guarantee) (?:\w+ ){0,2}(?:that )?i (?:\w+ ){0,2}(?:match|be ranked|am ranked|will be|get)|i(?: am|'m)? (?:in|ranked|matched|chosen|taken)|(?:be|being|am|get|getting|was|were) (?:\w+ )?(?:ranked|chosen|selected|offered|matched|taken|considered|placed|listed) (?:\w+ ){0,2}by (?:you|your|the (?:\w+ )?(?:program|programme|committee|faculty|team)))\b/;
const TRADE_LINK =
  /\b(?:(?:persuaded|convinced|moved|tempted|swayed|encouraged) (?:\w+ ){0,6}by|(?:would|will|could) make it (?:\w+ )?(?:easy|easier|simple|simpler|straightforward|an? (?:\w+ )?(?:easy|simple|clear|obvious) (?:decision|choice)) (?:for me )?to|(?:would|will|shall) be (?:\w+ )?(?:met|repaid|returned|matched|rewarded|answered|reciprocated) (?:with|by)|(?:answer|answers|repay|repays|meet|meets|return|returns) (?:\w+ )?(?:loyalty|commitment|interest) with|if|in case|say the word|(?:enough|sufficient) for me to|provided(?: that)?|as long as|so long as|on (?:the )?condition|in exchange|in return|in turn|only if|assuming|the (?:very )?(?:moment|minute|instant|second|day) (?:that )?(?:you|i|your|the|it|we|they|he|she|[a-z]+ (?:tells?|lets?|says?|confirms?|offers?|ranks?))\b|as soon as|once|should (?:you|the|your|it)|depends? on|depending on|dependent on|contingent (?:on|upon)|hinges? on|conditional (?:on|upon)|would (?:\w+ )?(?:let|allow|enable|free|permit) me|(?:trade|swap|exchange) (?:\w+ ){0,3}(?:for|with)|for (?:a|an|your|the) (?:\w+ )?(?:guaranteed|assured|firm|secure[d]?|promised|reserved)|such as|and (?:i|you) (?:will|would|shall|can)|^with (?:a|an|some|your|any|just a) (?:\w+ ){0,3}(?:reassurance|assurance|sign|signal|word|indication|confirmation|guarantee|promise|nod)\b|(?:in order )?to (?:be|get) (?:\w+ )?(?:ranked|matched|chosen|selected|offered|considered)|(?:have|need|must|required) to (?:\w+ ){1,6}(?:to|before|for) (?:be|get|you)|and (?:you|it|your \w+|[a-z]+) (?:will|would) be my|(?:would|will|could|does|do|might|can|did) (?:it|this|that|my|an?|the|such) (?:\w+ ){0,4}(?:help|improve|count|make (?:a|any) difference|matter|change|affect|secure|strengthen|influence|increase|boost|raise|work in))\b|^(?:you|your \w+) [\w ]{1,30}(?:,|;|:) i\b|^(?:would|will|could|does|do|might|can|did) (?:[\w-]+ ){1,9}(?:help|improve|count(?! on)|change|affect|influence|matter|increase|boost|make (?:a|any) difference)\b/;
/** A trade disowned in the same sentence: "I expect nothing in return", "regardless of the outcome". */
const TRADE_DISOWNED =
  /\b(?:nothing|not anything|no (?:\w+ )?(?:commitment|promise|assurance|guarantee)s?) (?:\w+ ){0,2}(?:in return|in exchange|back|from you)|\b(?:regardless|irrespective|whatever (?:happens|the outcome)|no matter (?:what|how))\b|\b(?:not|never|without) (?:\w+ ){0,2}(?:asking|expecting|seeking|requesting|offering|trading|wanting|needing)\b/;

/** Anything in return refused: "without expecting anything in return", "I ask nothing in exchange". */
const RETURN_REFUSED =
  /\b(?:nothing|not anything|(?:not|never|without) (?:\w+ ){0,2}(?:expecting|asking|wanting|seeking|requesting|needing)(?: for)? (?:anything|something|any \w+)) (?:\w+ )?(?:in return|in exchange|back)\b/;

/** The program acting on the member ("rank me", "you confirm") or granting ("you can promise"). */
const GRANT_VERB =
  /\b(?:confirm\w*|assur\w*|reassur\w*|guarantee\w*|promis\w*|offer\w*|reciprocat\w*|do the same|return the favou?r|commit\w*|signal\w*|indicat\w*)\b/;
function programActsOnMember(t: string): boolean {
  // "you will be the first program on my rank list": "list" there is the member's noun, not the
  // program's act; "you are where I want to train": the verb after a new subject is not the
  // program's (returnMatches leaves both out).
  for (const m of returnMatches(t)) {
    if (/\b(?:my|i|we)\b/.test(m[0].replace(/^\S+/, ''))) continue;
    const around = t.slice(m.index, m.index + m[0].length + 20);
    if (/\b(?:me|my|i)\b/.test(around) || GRANT_VERB.test(m[0])) return true;
  }
  return false;
}

/** The program's side as interest returned: "the feeling is mutual", "the interest is returned". */
const MUTUAL =
  /\b(?:feeling|interest|commitment|enthusiasm|sentiment)s? (?:\w+ )?(?:is|was|were|are|would be|to be) (?:\w+ )?(?:mutual|reciprocated|shared|returned)\b/;

/**
 * Leaving the Match for the program: the member withdrawing from the Match, giving up their place
 * in it or signing outside it, set against an offer from the program (a position, a contract, a
 * pre-Match offer) in the same sentence or the one before. Whether put as a condition ("if such an
 * offer were possible, I would withdraw") or as a swap ("give up my place in the Match for a firm
 * offer"), it proposes a commitment outside the Match in return for a place.
 */
const MATCH_EXIT =
  /\b(?:withdraw\w*|pull\w* out|(?:tak\w*|took) (?:my name|myself|my application|my registration) (?:out|off)|leav\w*|leave|quit\w*|exit\w*|give up|giving up|step\w* out|drop\w* out|opt\w* out|forgo|forego|sidestep\w*|bypass\w*) (?:\w+ ){0,3}?(?:from |of )?(?:the |my place in the |my registration (?:in|with) the )?(?:nrmp |main |\w+ )?match\b|\b(?:withdraw\w*|cancel\w*|pull\w*) (?:my )?(?:match |nrmp )?(?:registration|rank list|certified list)\b|\b(?:sign|signing|accept|accepting|commit|committing) (?:\w+ ){0,4}?(?:outside (?:of )?the match|(?:before|ahead of|prior to) (?:the )?match(?: day)?|on the spot|immediately|at once|right away|straight away|today|tonight|now|this week)\b/;
const OUTSIDE_OFFER =
  /\b(?:offer\w*|contract|position|place|spot|post)\b(?:[^.;]{0,60}?)\b(?:outside (?:of )?the match|(?:before|ahead of|prior to) (?:the )?match(?: day)?|pre-?match)\b|\bpre-?match (?:\w+ )?(?:offer|contract|position|deal)\b|\b(?:if|should|were|provided|in return for|for|once|as soon as) (?:\w+ ){0,6}?(?:an?|the|such an?|your|firm|written) (?:\w+ )?(?:offer|contract)\b/;
function matchExitTrade(t: string, before: string | undefined): boolean {
  if (!MATCH_EXIT.test(t) || TRADE_DISOWNED.test(t) || RULE_STATED.test(t)) return false;
  if (!/\b(?:i|i'll|me|my)\b/.test(t)) return false;
  return OUTSIDE_OFFER.test(t) || (before !== undefined && OUTSIDE_OFFER.test(before));
}

/**
 * First place offered against first place asked, the second half said by ellipsis: "you would be
 * my number one if I could be yours", "put me at the top of your list and you will be at the top of
 * mine", "to be each other's first choice".
 */
const MUTUAL_FIRST =
  /\b(?:first|top|number one|#1)(?: place| spot| rank)? if i(?: am|'m)? (?:\w+ )?(?:first|top|number one|#1)\b|\btreat (?:you|your \w+|[a-z]+) (?:\w+ )?the (?:same )?way (?:you|your \w+|[a-z]+) (?:treats?|rank|ranks) me\b|\b(?:each other'?s?|one another'?s?) (?:\w+ )?(?:first|top|number one|#1|no\. ?1)\b|\b(?:both|we) (?:\w+ ){0,2}(?:each other'?s?|one another'?s?|mutual(?:ly)?) (?:\w+ )?(?:first|top|choice|pick)\b|\b(?:first|top|number one|#1|no\. ?1|head)\b[^.;]{0,80}\b(?:i|me) (?:\w+ ){0,3}(?:be|am|was|were|become) yours\b|\b(?:top|first|head|number one|#1) (?:\w+ ){0,2}(?:of|on) your (?:\w+ ){0,2}list\b[^.;]{0,80}\b(?:top|first|head|number one|#1) (?:\w+ ){0,2}(?:of|on) mine\b|\b(?:top|first|head|number one|#1) (?:\w+ ){0,2}(?:of|on) my (?:\w+ ){0,2}list\b[^.;]{0,80}\b(?:top|first|head|number one|#1) (?:\w+ ){0,2}(?:of|on) yours\b/;

/**
 * The member's first place given BECAUSE of the program's signal about ranking them: "since I now
 * feel confident that you will rank me well, I am returning the favour: you will be first on my
 * list", "your hint that I am ranked to match means I will repay it by putting you first". A
 * reason is a link like a condition: the member's list is being paid for the program's.
 */
const RETURNED =
  /\b(?:return\w* the favou?r|repay\w*|pay\w* (?:it|you) back|in gratitude for (?:your|the) (?:\w+ )?(?:signal|hint|assurance|word)|reciprocat\w*)\b/;
const CAUSE = /\b(?:since|because|as|now that|given that|seeing that|means?|so)\b/;
const PROGRAM_WILL_RANK_ME =
  /\b(?:[a-z]+|you|your (?:\w+ )?(?:program|programme|committee|team)|the (?:\w+ )?(?:program|programme|committee|team)) (?:will|would|is going to|are going to|plans? to|intends? to) (?:\w+ ){0,2}(?:rank|place|list|put|take|choose|match with|want) (?:me|my (?:application|file))\b|\b(?:i|me) (?:\w+ ){0,3}(?:am|be|was|being|were) (?:\w+ )?(?:ranked|placed|listed) (?:\w+ ){0,2}(?:to match|highly|high|well|first|at the top)\b|\b(?:signal|hint|sign|word|assurance|indication|nod)\b[^.;]{0,40}\b(?:i|me) (?:\w+ ){0,3}(?:ranked|placed|listed|matched|chosen|taken)\b/;
function returnedFavour(t: string): boolean {
  // A question about the program's ranking is an ask (asks-for-ranking), not the member paying for it.
  if (TRADE_DISOWNED.test(t) || /\?/.test(t)) return false;
  const mine = MEMBER_OFFER.test(t) || MEMBER_SIDE_NOUN.test(t) || TOP_CHOICE.some((r) => r.test(t));
  if (!mine || !PROGRAM_WILL_RANK_ME.test(t)) return false;
  return RETURNED.test(t) || CAUSE.test(t);
}

/**
 * The member's pledge offered as a way to better their standing: "would it be useful to the
 * committee if I were to sign a letter of intent stating I will rank you first", "I am prepared to
 * send a signed pledge to rank you first, if that would improve how the committee sees my file".
 */
const PLEDGE =
  /\b(?:letter of intent|(?:signed|formal|written) (?:\w+ )?(?:pledge|letter|statement|commitment|promise)|pledge|promise|commitment|put (?:it )?in writing|in writing)\b/;
const PLEDGE_ABOUT_FIRST =
  /\b(?:rank|put|place|list)\w* (?:[\w'-]+ ){0,4}?(?:first|top|number one|#1|no\. ?1)\b|\b(?:is|are|be) my (?:\w+ )?(?:first|top|number one|#1)\b|\bcommit\w* to (?:you|your|[a-z]+)\b/;
const BETTER_STANDING =
  /\b(?:be|is) (?:\w+ )?(?:useful|helpful|of (?:any |some )?(?:use|help|value)|valuable|worth (?:it|anything|something)|welcome|well received)\b|\b(?:strengthen|improve|help|boost|better|raise|count for (?:anything|something))\w*\b(?:[^.;]{0,40}\b(?:application|file|candidacy|chances|standing|position|committee sees|how (?:you|the committee)))?|\bcount (?:for )?(?:anything|something)\b/;
function pledgeForStanding(t: string): boolean {
  if (TRADE_DISOWNED.test(t) || RULE_STATED.test(t)) return false;
  if (!PLEDGE.test(t) && !/\bput (?:it |that )?in writing\b/.test(t)) return false;
  if (!PLEDGE_ABOUT_FIRST.test(t) || !BETTER_STANDING.test(t)) return false;
  return /\b(?:if|whether|would it|will it|could it|does it|should)\b/.test(t);
}

/**
 * The program expected to answer the member's move in kind: "I trust that Ashford will do the same
 * for me", "I hope Riverside will return the favour". Hope, trust or expectation × the program ×
 * reciprocation. Session 25: the expectation also as knowledge the offer rests on ("I would put
 * Redfern at the top of my list knowing that Redfern would do the same for me", "in the knowledge
 * that your program would rank me the same way").
 */
const EXPECTS_RETURN =
  /\b(?:hope|hoping|trust|trusting|expect|expecting|count on|counting on|believe|believing|confident|sure|knowing|in the knowledge|on the understanding|assured|certain)\b[^.;]{0,40}?\b(?:you|your (?:\w+ )?(?:program|programme|team|committee)|the (?:\w+ )?(?:program|programme|committee|team)|(?!i\b|we\b)[a-z]+) (?:(?:will|would|can|could|might) (?:\w+ )?(?:do (?:the same|likewise)|return the favou?r|reciprocate|feel the same|repay (?:it|that|the favou?r)|rank me (?:in )?(?:the same way|likewise|similarly|equally|in kind))|(?:does|do) (?:the same|likewise))(?: (?:way )?(?:for|to|with|about) me)?\b|\b(?:hope|hoping|trust|trusting|expect|expecting|count on|counting on|believe|believing|confident|sure)\b[^.;]{0,40}?\b(?:it|this|that|the (?:\w+ )?(?:feeling|choice|commitment|interest|sentiment|ranking|decision)|my (?:\w+ )?(?:choice|commitment|interest|ranking|decision)) (?:will|would|can|could|might|is|gets?) (?:\w+ )?(?:be )?(?:reciprocated|returned|mirrored|matched)\b/;

/**
 * The member promising to return the program's favour on their own list: "whatever favour the
 * program chooses to do for me at ranking time, I will surely return it in the same way with my own
 * list". Returning kindness in general ("I hope to return the favour by mentoring") names no list.
 */
const RETURN_IN_KIND =
  /\bi (?:will|would|shall|can|am going to|promise to) (?:\w+ )?(?:return|repay|reciprocate|mirror|answer|match) (?:it|that|this|them|the (?:favou?r|gesture|same|kindness))\b/;
function returnInKind(t: string): boolean {
  if (!RETURN_IN_KIND.test(t) || TRADE_DISOWNED.test(t)) return false;
  return (
    /\b(?:in (?:the same way|kind|like manner|equal measure)|with my (?:own )?(?:rank )?(?:list|ranking|rank)|on my (?:\w+ ){0,2}list)\b/.test(
      t,
    ) && /\b(?:rank\w*|list)\b/.test(t)
  );
}

// ---- round eight: the trade's three parts as concepts -----------------------------------------

/**
 * The member's alternatives: every other program, interview, offer or door, "everyone else's
 * list", "my bridges". Giving them up is the member's side of a trade as surely as ranking first.
 */
const ALTERNATIVES =
  "(?:(?:every|all|any|each|my|the|those)(?: of)? (?:(?:my|the|those) )?(?:\\w+ )?(?:other|remaining|different) (?:\\w+ )?(?:programs?|programmes?|interviews?|offers?|applications?|options?|doors?|places?|lists?|fellowships?|residenc(?:y|ies)|invitations?|hospitals?)|(?:my|all my|these|those|every|all|the) bridges|everyone else(?: ')?'?s (?:\\w+ )?lists?)";
const GIVE_UP_ALTERNATIVES = new RegExp(
  `\\b(?:cancel\\w*|drop\\w*|declin\\w*|turn(?:s|ed|ing)? down|withdraw\\w*|withdrew|tak(?:e|es|ing) (?:my name |myself )?(?:off|out of)|took (?:my name |myself )?(?:off|out of)|clos(?:e|es|ed|ing)|burn(?:s|ed|t|ing)?|walk(?:s|ed|ing)? away from|pull(?:s|ed|ing)? out of|let(?:ting)? go of|abandon\\w*|giv(?:e|ing) up|shut(?:ting)?|remov(?:e|ed|ing)|say(?:ing)? no to|scrap\\w*)(?: (?:[\\w-]+ ){0,2}?)(?:from |with |on |to |of )?${ALTERNATIVES}\\b|\\b${ALTERNATIVES} (?:\\w+ ){0,2}(?:comes?|go(?:es)?|will (?:come|go)|would (?:come|go)) off my (?:\\w+ )?list\\b`,
);
/** The member owns the move: "I", "my", or an offer with no subject ("Happy to take my name off…"). */
function memberGivesUp(t: string): RegExpExecArray | undefined {
  const m = GIVE_UP_ALTERNATIVES.exec(t);
  if (!m) return undefined;
  const before = t.slice(Math.max(0, m.index - 50), m.index);
  const mine =
    /\b(?:i|my|me)\b/.test(before + m[0]) ||
    /^(?:\w+,? )?(?:(?:i am|i'm|am|happy|ready|willing|glad|prepared|more than happy) to )?$/.test(t.slice(0, m.index));
  return mine ? m : undefined;
}

/**
 * The program's side as the member being wanted or having a place: "Riverside wants me", "a place
 * for me", "room for me", "tell me I am in", "that I am among those you plan to rank".
 */
const PROGRAM_FOR_ME =
  /\b(?:wants? me|want to (?:rank|take|have) me|(?:is|are) (?:\w+ )?(?:interested|keen) (?:in|on) me|(?:room|space|a (?:\w+ )?(?:place|spot|position|seat)) for me|i am in\b(?! (?:the|a|an|my|touch|town|\w+ing)\b)|i am (?:\w+ )?(?:among|on) (?:the|those|your)\b|(?:will|would|plans? to|intends? to) (?:\w+ )?rank me|(?:can|could|will|would|does|do|did|might|may|is willing to|are willing to) (?:\w+ )?(?:consider|take|accept|choose|select|pick|want|have|offer) me\b(?! (?:to|for (?:a|the) (?:\w+ )?(?:tour|call|visit|elective|rotation|meeting|chat|coffee|lunch|dinner))\b))/;

/**
 * Both sides named as "mine" and "yours" in one sentence: "a commitment could be made on my side,
 * were a similar indication given on yours". The parallel is itself the link.
 */
const SIDES_PAIR =
  /\b(?:from|on) my (?:side|part|end)\b[^.;?!]{0,80}\b(?:from|on) (?:yours|your (?:side|part|end))\b|\b(?:from|on) (?:yours|your (?:side|part|end))\b[^.;?!]{0,80}\b(?:from|on) my (?:side|part|end)\b/;
const COMMITMENT_NOUN =
  /\b(?:commitment|ranking|rank|pledge|promise|first place|first-place|first choice|number one|#1|loyalty)\b/;

/**
 * A question whether the member's move would better their standing, with the move as its
 * condition or its subject: "would the committee look more kindly on my file if I promised to rank
 * you first", "would it be helpful for the committee's decision if I committed now", "would my
 * committing to Riverside make any difference".
 */
const STANDING_BENEFIT =
  /\b(?:look|looks|think|thinks|view|views|see|sees|regard|regards|consider|considers|judge|judges) (?:\w+ ){0,2}(?:kindly|favou?rably|positively|highly|better|differently|more)\b|\b(?:be|is) (?:\w+ )?(?:helpful|useful|of (?:any |some )?(?:use|help|value)|valuable|worthwhile|an advantage|a plus)\b|\b(?:strengthen|improve|help|boost|raise|better|affect|change|influence|increase|tip)\w* (?:\w+ ){0,2}(?:my|how|the committee|your|the decision|anything|things|the balance|the scales)\b|\bmake (?:a|any|some|the|much) (?:\w+ )?difference\b|\bwork in my favou?r\b|\bcount (?:for|in)\b/;
const MEMBER_MOVE_IF =
  /\b(?:if|were|should|suppose|supposing|what if) i (?:\w+ ){0,3}?(?:commit\w* (?:myself )?(?:to (?:you|your|the program|(?!the\b|a\b|an\b|my\b|this\b|that\b|some\b|working\b)\w+\b(?! (?:project|study|course|elective|research|work)))|now|early|in writing|today)|promis\w* (?:\w+ ){0,2}(?:to rank|to commit|you)|pledg\w*|rank\w* (?:\w+ ){0,3}(?:first|top|number one|#1|highest)|put (?:\w+ ){1,3}(?:first|top|number one|#1)|(?:withdr\w*|cancel\w*|drop\w*|declin\w*) (?:\w+ ){0,2}(?:other|remaining|applications?|interviews?|offers?)|sign\w* (?:\w+ ){0,3}(?:letter|pledge|commitment|intent|contract)|make (?:you|it|\w+) my (?:first|top|number one|#1))|\bmy (?:\w+ )?(?:committing|commitment|pledge|promise|ranking (?:you|your|it|the)|withdrawing|withdrawal) (?:\w+ ){0,3}(?:to|from|of) (?:you|your|the|\w+)\b/;
function offerForStanding(t: string): boolean {
  if (!isQuestion(t) || TRADE_DISOWNED.test(t)) return false;
  if (!STANDING_BENEFIT.test(t)) return false;
  // The move inside the condition, however it is put: "if I were to let you know that Silverlake
  // would be at the very top of my list, would that make any difference…".
  return (
    MEMBER_MOVE_IF.test(t) ||
    conditionClauses(t).some(
      (c) => MEMBER_OFFER.test(c) || MEMBER_SIDE_NOUN.test(c) || TOP_CHOICE.some((r) => r.test(c)),
    )
  );
}

/**
 * The member's first place given because of what the program said before: "…that I would be
 * ranked well. Because of that, I have decided to rank Cedar Hollow first."
 */
const BECAUSE_OF_THAT =
  /^(?:\w+,? )?(?:because of (?:that|this|it)|for (?:that|this) reason|so|therefore|as a result|in response|in light of (?:that|this|your \w+)|after (?:that|this|hearing that|your (?:kind )?(?:note|word|message|email)))\b/;

/**
 * Round seventeen: the member's first place given because of the program's side, in one sentence:
 * "…, I decided to rank Bayview first, because I feel you also want me there", "Since Dr. Ortiz
 * said I was one of your top applicants, I have put you first", "now that I know you want me".
 * The cause clause (because, since, as, now that, given that, after…) must hold the program
 * ranking, wanting or judging the member; a reason of the program's work or fit ("because of the
 * sepsis work", "because the curriculum fits") or a time ("after the interview day") is not it.
 */
const CAUSE_OPEN =
  /(?:(?:^|[,;:] |\b(?:and|so|but) )(?:[\w-]+,? )?(?:as(?! (?:soon|long|well|much|far|a|an|the)\b)|after|following)|\b(?:because(?! of)|since|now that|given that|seeing that|knowing that))\b/g;
/** The member in the program's group of the chosen: "I was one of your top applicants". */
const AMONG_THEIR_BEST =
  /\b(?:i|me) (?:\w+ ){0,3}(?:am|was|were|be|is|are) (?:\w+ )?(?:one of|among) (?:your|the (?:program|programme|committee|faculty)'s) (?:\w+ ){0,2}?(?:top|best|strongest|favou?rite|leading|preferred|highest|first)\b/;
function causedByProgram(t: string): boolean {
  if (TRADE_DISOWNED.test(t) || /\?/.test(t) || isUnderstanding(t)) return false;
  for (const m of t.matchAll(CAUSE_OPEN)) {
    const from = m.index + m[0].length;
    const rest = t.slice(from);
    let end = rest.search(/[,;]|[.!]\W*$/);
    // A relative clause on the cause's noun belongs to the cause: "after our call, in which you
    // said I would be ranked well, I…" reads the program's word inside it.
    const rel =
      end < 0
        ? null
        : /^, (?:in which|during which|at which|on which|where|when|in whom)\b[^,;]*/.exec(rest.slice(end));
    if (rel) end += rel[0].length;
    const clause = end < 0 ? rest : rest.slice(0, end);
    if (NEGATION.test(t.slice(Math.max(0, m.index - 14), from))) continue;
    const programSide =
      PROGRAM_FOR_ME.test(clause) ||
      PROGRAM_WILL_RANK_ME.test(clause) ||
      AMONG_THEIR_BEST.test(clause) ||
      (rankingTopic(clause) !== undefined && /\b(?:you|your)\b/.test(clause));
    if (!programSide) continue;
    // The member's first place is told outside the cause.
    const outside = t.slice(0, m.index) + ' , ' + t.slice(from + clause.length);
    if ((MEMBER_OFFER.test(outside) || TOP_CHOICE.some((r) => r.test(outside))) && !negatedNear(outside, MEMBER_OFFER))
      return true;
  }
  return false;
}

/**
 * A sign from the program set as the condition of the member's offer: "a commitment could be made
 * on my side, were a similar indication to be given on yours". Asking to be told is an ask for
 * ranking information as well as a trade.
 */
const INFO_NOUN_GIVEN =
  /\b(?:indication|sign|signal|word|assurance|reassurance|hint|confirmation|nod)\b[^.;]{0,30}?\b(?:from you|from your|on yours|from yours|on your (?:side|part|end)|(?:be |is |were |was |being )?(?:given|offered|sent|received|shared))\b/;
function infoAskedForOffer(t: string): boolean {
  // A trade whose program half is being told or shown: "were I to receive some small sign…
  // regarding where I might sit on your list, I would…", "to know whether my name might appear
  // high on your list, since in that case I could…". The condition fishes for the answer.
  const halves = placementTrade(t) ? placementHalves(t) : undefined;
  if (halves && INFO_IN_CONDITION.test(halves[0])) return true;
  if (TRADE_DISOWNED.test(t) || !(CONDITION.test(t) || INVERTED_SHOULD.test(t))) return false;
  if (!conditionClauses(t).some((c) => INFO_NOUN_GIVEN.test(c) && !ENABLING.test(c))) return false;
  return MEMBER_OFFER.test(t) || MEMBER_SIDE_NOUN.test(t) || SIDES_PAIR.test(t) || memberGivesUp(t) !== undefined;
}

const INFO_IN_CONDITION =
  /\b(?:sign|signal|hint|word|indication|assurance|reassurance|confirmation|nod|wink|idea|sense)\b|\b(?:hear|know|knew|learn|told|tell me|let me know|find out)\b/;

/**
 * A question asking the program to confirm the exchange just offered: "…I will make sure Ashgrove
 * is the first name on mine. Is that something I can count on?", "Can I rely on that?", "Deal?".
 */
const CONFIRM_BACK =
  /\b(?:count|rely|depend|bank) on (?:that|this|it)\b|\b(?:is|would|could) (?:that|this|it) (?:\w+ ){0,2}(?:something (?:i|we) (?:can|could) (?:count|rely|depend|bank) on|fair)\b|\b(?:do we have|is it) a deal\b|^deal\b/;
function confirmsTrade(t: string, prior: string | undefined): boolean {
  return (
    prior !== undefined &&
    isQuestion(t) &&
    CONFIRM_BACK.test(t) &&
    (placementTrade(prior) || tradeFrame(prior) !== undefined || (CONDITION.test(prior) && programSideIn(prior)))
  );
}

/** A question whether the member's move would help, with no ask to be told where they stand. */
function standingBoughtNotAsked(t: string): boolean {
  const bought =
    offerForStanding(t) ||
    pledgeForStanding(t) ||
    WOULD_IT_HELP.test(t) ||
    WOULD_IT_HELP_INDIRECT.test(t) ||
    MY_COMMITMENT_HELP.test(t);
  // Session 34: a question that names the member's chances or standing as what the move would
  // change ("would it improve my chances if I promised to rank you first?") asks the program to judge
  // them, as well as offering the trade (corpus: such items want or do not care about the ask).
  return bought && !INFO_VERB.test(t) && !KNOWING.test(t) && !(t.includes('?') && MY_STANDING_NAMED.test(t));
}
const MY_STANDING_NAMED =
  /\bmy (?:\w+ )?(?:chances?|odds|standing|prospects|likelihood|position (?:on|in) (?:your|the) (?:\w+ )?list)\b/;

/** What marks an ask as the program's half of an exchange: "from your side", "that I am also…". */
const IN_RETURN_MARK =
  /\b(?:from|on) your (?:side|part|end)\b|\bin (?:return|turn)\b|\blikewise\b|\b(?:i|my \w+) (?:am|is|are|be|was) (?:\w+ )?(?:also|too)\b/;

function tradeFrame(t: string): RegExp | undefined {
  if (TRADE_DISOWNED.test(t) || isUnderstanding(t)) return undefined;
  const member = MEMBER_OFFER.test(t) || MEMBER_SIDE_NOUN.test(t) || ENABLED_OFFER.test(t);
  if (!member) return undefined;
  const program =
    programActsOnMember(t) ||
    PROGRAM_SIDE_NOUN.test(t) ||
    PROGRAM_BENEFIT.test(t) ||
    MUTUAL.test(t) ||
    FAVOURABLE_NEWS.test(t) ||
    // "…if I knew I had a real shot there": the member learning where they stand is the program's half.
    KNOWING.test(t);
  if (!program || !TRADE_LINK.test(t)) return undefined;
  return MEMBER_OFFER.test(t) ? MEMBER_OFFER : MEMBER_SIDE_NOUN.test(t) ? MEMBER_SIDE_NOUN : ENABLED_OFFER;
}

/**
 * Round nine: the trade read as two placements on two lists, tied by a dependency. The member's
 * side is the program put high on the member's own list, in any words ("the first position on
 * mine", "straight to the top of my list", "number one for me", "my first and only choice", "make
 * my own list reflect it"); the program's side is the member's place with the program, or the
 * same feeling returned ("my spot on your list", "high up with you", "the same consideration from
 * your side", "return the favour", "reciprocity"). The dependency splits the sentence: a
 * condition ("if", "should I hear", "were I to", "as long as", "with some sign…, I could") or an
 * imperative joined by "and" holds the program's side; "in that case", "if so" follow it. Only
 * the two halves on either side of the split count, so "if I do not match, my first choice…" has
 * no program side in its condition.
 */
const MY_TOP_PLACE =
  /\b(?:first|top|number one|#1|no\. ?1|highest|summit|peak|apex|pinnacle|head)\b[^.;?!]{0,25}?\b(?:on|of|in) (?:mine|ours|(?:my|our) (?:own )?(?:rank )?(?:order )?list)\b|\b(?:mine|my (?:own )?(?:rank )?list) (?:\w+ ){0,3}(?:have|has|show|shows|reflect|mirror|match|read|reads|start with|starts with)\b|\b(?:first|number one|#1|top choice|first choice) for me\b|\bmy (?:very )?(?:first|top|number one|#1|only)(?: and only)? (?:\w+ )?(?:choice|pick|option|preference)\b|\b(?:rank|put|place|keep|list)(?:s|ed|ing)? (?!me\b|us\b)(?:[\w-]+ ){0,3}?(?:above|ahead of|over) (?:everyone|everybody|all|every|any|the rest|the others)\b|\b(?:gets?|has|earns?|wins?|takes?) my (?:\w+ )?(?:first place|top spot|number one|#1|first|vote)\b|\b(?:heads?|tops?|leads?) my (?:\w+ )?list\b|\b(?:rank|put|place|list|keep|make)(?:s|ed|ing)? (?!me\b|us\b)(?:[\w-]+ ){0,3}?(?:first|number one|#1|at the (?:very )?(?:top|summit|peak|apex|pinnacle|head))\b/;
const THEIR_PLACE_FOR_ME =
  /\b(?:the same|similar|equal|like) (?:\w+ ){0,2}(?:consideration|regard|feeling|treatment|interest|priority|commitment)\b|\breturn(?:s|ed|ing)? the (?:favou?r|feeling|sentiment|regard|interest)\b|\b(?:regard|feeling|interest|favou?r|sentiment|consideration|enthusiasm)s? (?:\w+ ){0,3}(?:returned|reciprocated|shared|mutual)\b|\breciproc\w+|\b(?:on|from) (?:yours|your (?:side|part|end))\b|\b(?:your|its|their) (?:\w+ )?list\b|\b(?:i|me|my name) (?:\w+ ){0,2}(?:high|high up|near the top|at the top|up there) (?:with|for|on|at) (?:you|your|the (?:\w+ )?(?:committee|program|programme))\b|\b(?:i|i'm|me) (?:\w+ ){0,2}(?:a|your|the) (?:\w+ )?(?:priority|top pick|top choice|first choice|favou?rite) (?:for|to|with) (?:you|your|the)\b|\b(?:sure|certain|confident|assured) (?:of|about) (?:a|my|the) (?:\w+ )?(?:place|spot|position|seat|match|offer)\b|\b(?:lean\w*|inclined|tilt\w*) (?:\w+ )?(?:my way|towards me|toward me|in my direction|in my favou?r)\b/;
/** Where the condition opens: "if", "provided", "as long as" anywhere; an inversion or "with a sign…" only at a clause's start. */
const PLACEMENT_CONDITION =
  /\b(?:if|provided(?: that)?|as long as|so long as|on (?:the )?condition that|assuming|in the event(?: that)?|in case)\b|(?:^|[,;:] )(?:(?:should|were|had) (?!been\b|better\b)\w+|with (?:a|an|some|any|just a|even a)\b)/;
const PLACEMENT_THEN =
  /(?:,\s*|\s+)(?:since |and )?(?:in that case|in which case|if so|if that is so|if that is the case)\b/;
const PLACEMENT_IMPERATIVE = /^(?:just |please |simply )?(?!and\b|so\b|then\b)[a-z]+ (me\b.*)\band\b(.*)$/;

/** The program's half (the condition) and the member's half (the rest) of a sentence, if it has a dependency. */
function placementHalves(t: string): [string, string] | undefined {
  const then = PLACEMENT_THEN.exec(t);
  if (then) return [t.slice(0, then.index), t.slice(then.index + then[0].length)];
  const imp = PLACEMENT_IMPERATIVE.exec(t);
  if (imp) return [imp[1]!, imp[2]!];
  const c = PLACEMENT_CONDITION.exec(t);
  if (!c) return undefined;
  // Session 26: a condition opening a clause after ";" or "," ("…quickly; should you place me…")
  // starts at its word, not at the mark (which would end the condition before it began).
  const lead = /^[,;:] /.exec(c[0])?.[0].length ?? 0;
  const rest = t.slice(c.index + lead);
  const end = rest.search(/[,;]|\bthen\b/);
  // A condition that runs to the end qualifies what came before it ("I will rank you first if…").
  // The member's half stops at the next independent clause ("…; Riverside is my first choice").
  return end < 0
    ? [rest, t.slice(0, c.index).split(';').pop()!]
    : [rest.slice(0, end), rest.slice(end + 1).split(';')[0]!];
}

/**
 * Session 26 (text41): the program's first place said as no other coming before it, in any words:
 * "no other program will come before Wrenfield on mine", "nothing will be placed ahead of you on my
 * list", "I would put no program before yours". The negation is the meaning here, so it is read apart
 * from MY_TOP_PLACE (whose negation check would take "no other" for a refusal).
 */
const NONE_BEFORE_YOU =
  /\b(?:no|nothing|not a single|not one|none)\b (?:other )?(?:[\w-]+ ){0,2}?(?:will|would|could|is going to|shall)? ?(?:be )?(?:come|comes|coming|sit|sits|go|goes|rank|ranked|ranks|placed|put|listed|stand|stands|be) (?:\w+ )?(?:before|ahead of|above|over|higher than) (?!me\b|us\b)[\w-]+|\b(?:put|place|rank|list)(?:s|ed|ing)? (?:no|not a single|not one) (?:other )?(?:program\w*|fellowship|option|place|one)s? (?:\w+ )?(?:before|ahead of|above|over) (?!me\b|us\b)[\w-]+/;
/**
 * Session 26 (text41): the program thinking well of the member, set as the condition of the member's
 * first place: "should your committee look upon my candidacy with favour", "were the committee to view
 * my application kindly", "in case the faculty thinks well of my file".
 */
const FAVOUR_FOR_ME =
  /\b(?:looks?|looked|looking|views?|viewed|viewing|regards?|regarded|sees?|saw|considers?|considered|judges?|judged|receives?|received|thinks?|thought)(?: (?:up)?on| of)? (?:me|my (?:\w+ )?(?:candidacy|candidature|application|file|profile|interview|dossier)) (?:\w+ )?(?:with (?:\w+ )?favou?r|favou?rably|kindly|positively|well|highly|warmly|fondly)\b|\b(?:looks?|looked|looking|views?|viewed|regards?|regarded|considers?|considered) (?:with (?:\w+ )?favou?r|favou?rably|kindly|positively) (?:up)?on (?:me|my (?:\w+ )?(?:candidacy|candidature|application|file|profile))\b|\bthinks? (?:well|highly|kindly|warmly) of (?:me|my)\b/;

function placementTrade(t: string): boolean {
  if (TRADE_DISOWNED.test(t) || isUnderstanding(t)) return false;
  const halves = placementHalves(t);
  if (!halves) return false;
  const [theirs, mine] = halves;
  const mineHit =
    (MY_TOP_PLACE.test(mine) && !negatedNear(mine, MY_TOP_PLACE)) ||
    memberGivesUp(mine) !== undefined ||
    NONE_BEFORE_YOU.test(mine);
  const theirsHit =
    THEIR_PLACE_FOR_ME.test(theirs) ||
    rankingTopic(theirs) !== undefined ||
    PROGRAM_FOR_ME.test(theirs) ||
    FAVOUR_FOR_ME.test(theirs);
  return mineHit && theirsHit;
}

const RULE_STATED =
  /\b(?:rules?|polic(?:y|ies)|code of conduct|agreement|nrmp|regulations?)\b.{0,60}\b(?:prohibit\w*|forbid\w*|bar|bars|ban|bans|do not allow|does not allow|not allowed|not permitted|may not|must not|neither (?:side|party)|no (?:side|party|one) (?:may|can|is allowed))\b|\b(?:neither|no) (?:side|party|applicant|program|programme) (?:\w+ )?(?:may|can|should|is allowed to|is permitted to)\b/;

/** A quoted stretch of words; an apostrophe inside a word ("don't") does not close it. */
const QUOTE_DISOWNED =
  /\b(?:should not|must not|may not|cannot|can not|never|not (?:\w+ ){0,2}(?:propos\w*|offer\w*|doing so|do so|suggest\w*|mak\w*)|rules?|against|prohibit\w*|forbid\w*|not allowed)\b/;
const QUOTED = /(?<!\w)['"](?:[^'"]|(?<=\w)'(?=\w)){6,}?['"](?!\w)/g;

/**
 * Round twenty-one: a condition said as a sign from the program that the member's move would
 * come with, anywhere in the sentence: "I would be able to make Delmont my clear first choice with
 * a little reassurance from your side", "given some indication that I am ranked to match, I could
 * withdraw elsewhere", "after a word from you about my position, I would commit". The sign must be
 * the program's (from you, that…, about my position), not thanks or news of the member's own.
 */
const SIGN_CONDITION =
  /\b(?:with|given|after|following|upon|on|in exchange for|for) (?:(?:just|only|even|simply) )?(?:a|an|some|your|any|the|one|a little|a bit of|a small|a little bit of) (?:[\w-]+ ){0,2}?(?:reassurance|assurance|sign|signal|word|indication|confirmation|guarantee|promise|nod|hint)s? (?:from (?:you|your|the (?:program|programme|committee|team))|that (?:i|my|you|your)|about (?:my|where i)|regarding (?:my|where i)|on (?:my|where i))\b/;

/**
 * Round thirty-three: the member's list made to depend on the program's interest in the member:
 * "my final rank order will be guided largely by the level of interest your programme shows in my
 * candidacy", "my final order will follow the interest the programs show in me". The member's
 * ranking is offered as the answer to the program's signal, a trade put as a rule of the member's
 * own. "My list will reflect my interest in the program" (the member's interest) is not it.
 */
const MY_LIST_DEPENDS =
  /\bmy (?:\w+ ){0,2}?(?:rank order list|rank list|rank order|order|list|ranking|rankings|choices)\b (?:will|would|is going to|shall|is|are) (?:\w+ ){0,2}?(?:be guided|be shaped|be based|be determined|be decided|be driven|be influenced|depend|follow|reflect|mirror|track|hinge|rest)\b[^.;]{0,60}?\b(?:interest|enthusiasm|signals?|signs?|feedback|communication)\b[^.;]{0,40}?\b(?:in|for|toward|towards|to) (?:me|my (?:candidacy|application|file))\b/;

/**
 * Round thirty-three: the member's offer said with a pro-form ("I am ready to do so") whose
 * antecedent, in the sentence before, is committing to or ranking a program first; with a
 * condition on the program's side ("if it would make a difference for my application") it is the
 * same trade as "I will commit to ranking you first if it helps my chances".
 */
const PRO_FORM_OFFER =
  /\bi (?:am|would be|will be) (?:\w+ )?(?:ready|willing|happy|prepared|glad|more than happy) to (?:do so|do that|do it|do the same|make that commitment)\b|\bi (?:would|will|can|could) (?:\w+ )?(?:do so|do that|do it|do the same)\b/;
const COMMIT_FIRST_BEFORE =
  /\b(?:commit\w*|pledg\w*) (?:to|themselves to|myself to)\b|\b(?:rank\w*|put\w*|list\w*|plac\w*) (?:\w+ ){0,3}?(?:first|number one|#1|at the top|on top)\b/;

/** A question whether the member should favour other programs: advice asked, not a move offered. */
const ADVICE_ON_OTHERS =
  /\b(?:(?:whether|if) (?:i|we) (?:should|ought to|need to|must|had better|would be wise to)|(?:should|ought|must|do) (?:i|we)(?: not)?(?: to)?) (?:\w+ ){0,2}?(?:rank|ranking|move|moving|place|placing|put|putting|list|listing|prioriti[sz]e|favou?r) (?:\w+ )?(?:other|others|another|the rest|different|alternative|them)\b[^?.;]*/g;

// ---- session 28 (text44): the trade read as a pledge against a grant ------------------------

/**
 * The member's pledge said as a state or an idiom rather than a ranking verb. A CLASS, because a
 * commitment is said with idioms more than with verbs, and each idiom here means the same act: the
 * member giving the program their place ("I'm yours", "I would consider myself bound to…", "I give
 * my word", "bind myself wholly to…", "come to you without reservation", "commit fully", "give
 * such a commitment"), or no other program put above it ("nobody else above it", "would not think
 * of ranking any other program above it"), or an alternative given up ("let that offer go",
 * "release that offer", "turn it down"). The canon spells contractions out ("i am yours").
 */
const MEMBER_PLEDGE = new RegExp(
  [
    '\\b(?:i|we) (?:am|are|will be|would be|shall be|could be) (?:\\w+ )?yours\\b(?! (?:sincerely|truly|faithfully))',
    '\\b(?:consider|regard|count|see|hold|declare) (?:myself|ourselves) (?:as )?(?:\\w+ )?(?:bound|committed|pledged|promised|tied|yours)\\b',
    '\\bbind(?:ing)? (?:myself|me|ourselves|us)\\b',
    // Session 30 (text47): "I give you my assurance that…" is the member's word given, like a promise.
    '\\b(?:give|giving|have|offer|offering) (?:you )?my (?:\\w+ )?(?:word|promise|pledge|assurance|guarantee)\\b',
    '\\b(?:no|any) other (?:\\w+ )?(?:program|programme|fellowship|residency|place|option|one|track)s? (?:\\w+ ){0,4}?(?:above|ahead of|before|higher|over) ?(?:it|you|them)?\\b',
    '\\b(?:nobody|no one|none|nothing) (?:else )?(?:\\w+ ){0,3}?(?:above|ahead of|higher than)\\b',
    '\\b(?:come|coming|go|going|join|joining|sign|signing|commit|committing) (?:to|with|on with) (?:you|us) (?:\\w+ )?(?:without (?:any )?(?:reservations?|hesitations?|conditions?|second thoughts?)|unconditionally|for certain|for sure)\\b',
    '\\b(?:let|letting) (?:that|the|this|my|it|them|those) (?:\\w+ )?(?:offer |position |post |job |contract )?go\\b',
    '\\b(?:release|releasing|relinquish\\w*|forfeit\\w*|refuse|refusing|turn(?:ing)? (?:it|that|this|them) down)(?: (?:that|the|this|my|every|all|those|any) (?:other )?(?:\\w+ )?(?:offers?|positions?|posts?|jobs?|contracts?|applications?|interviews?))?\\b',
    '\\bcommit(?:ted|ting|ment)? (?:\\w+ )?(?:fully|wholly|completely|entirely|totally|without reservation|unreservedly)\\b',
    '\\b(?:give|make|offer|provide|put) (?:you )?(?:such|that|this|a|my|this kind of|that kind of) (?:\\w+ )?(?:commitment|pledge|promise)\\b',
  ].join('|'),
);

/**
 * The program's side as a grant to the member: a place kept, held or reserved for them; being told
 * or assured that they will match; certainty, assurance or a word received from the program. It is
 * the half of a trade that the member's pledge is made to depend on.
 */
const PROGRAM_GRANT = new RegExp(
  [
    '\\b(?:you|your (?:\\w+ )?(?:program|programme|team|committee|fellowship|faculty|department)|the (?:\\w+ )?(?:program|programme|committee|team|fellowship|faculty|department)) (?:\\w+ ){0,6}?(?:keep|keeps|hold|holds|reserve|reserves|save|saves|set aside|sets aside|guarantee|guarantees|secure|secures|promise|promises|offer|offers|give|gives) (?:me |to me |for me )?(?:a|one|the|your|that|some) (?:\\w+ )?(?:place|spot|slot|position|seat|offer|contract|certainty|assurance|security)\\b',
    '\\b(?:tell|tells|told|assure|assures|assured|promise|promises|guarantee|guarantees|let|show|shows|confirm to|indicate to|reassure) (?:me|us) (?:know )?(?:that )?(?:i|we|my name|my application) (?:will|would|am going to|are going to|shall|can|is going to) (?:\\w+ )?(?:match|be matched|be ranked|be taken|be chosen|be offered|get in|make it|land)\\b',
    // "assure me that Hawthorne will match me": the program's act on the member, told to the member.
    '\\b(?:tell|tells|assure|assures|promise|promises|guarantee|guarantees|let|confirm to|indicate to|reassure) (?:me|us) (?:know )?(?:that )?(?:you|your (?:\\w+ )?(?:program|programme|committee|team)|the (?:\\w+ )?(?:program|programme|committee|team)) (?:will|would|are going to|is going to|can|intends? to|plans? to) (?:\\w+ )?(?:match|rank|take|accept|choose|select|offer) (?:me|us)\\b',
    '\\b(?:certainty|assurance|reassurance|clarity|security|guarantee|confirmation|word|sign|signal|indication|commitment|promise|yes) (?:\\w+ ){0,2}?from (?:you|your|the (?:\\w+ )?(?:program|programme|committee|team|fellowship|faculty))\\b',
  ].join('|'),
);

/** A place kept for the member by the program: "hold a slot for me", "keep one place for me". */
const KEPT_PLACE =
  /\b(?:keep|keeps|hold|holds|reserve|reserves|save|saves|set aside|sets aside)(?: me)? (?:a|an|one|the|your|that) (?:\w+ )?(?:place|spot|slot|position|seat)\b/;

/** A condition that is only the member matching: "if I match", "once I am matched with you". */
const OWN_MATCH_CONDITION =
  /\b(?:if|once|when|in case) (?:i|we) (?:do |ever |end up |happen to |am |are |get )?(?:match|matched|matching)(?: (?:at|with|to|in|into) (?:you|your (?:\w+ )?(?:program|programme|fellowship)|the (?:\w+ )?(?:program|programme|fellowship)|[a-z]+))?(?=\s*(?:[,;:.!?]|$))/g;

/** Where a condition opens: "if", "provided that", inverted "should"/"were", "the same day I have…". */
const CONDITION_OPEN =
  /\b(?:if|provided(?: that)?|providing(?: that)?|as long as|so long as|on (?:the )?condition(?: that)?|should|were|once|as soon as|assuming(?: that)?|in case|the (?:same |very )?(?:day|moment|minute|instant|week|hour) (?:that )?(?=i |you |your |the ))\b/g;

/** The clause a condition opens: up to a comma, a semicolon, "then" or the member's "i will/would". */
function openedConditions(t: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of t.matchAll(CONDITION_OPEN)) {
    if (/^if\b/.test(m[0]) && WHETHER_HOST.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    const rest = t.slice(m.index);
    // "if you can tell me I will match, I will…": an "I will" told to the member stays in the condition.
    const stop = rest
      .slice(m[0].length)
      .search(/[,;:?!]|\bthen\b|(?<!\b(?:me|us|that|whether) )\b(?:i|we) (?:would|will|shall|could|can|am|are|give)\b/);
    const len = stop >= 0 ? stop + m[0].length : rest.length;
    out.push({ text: rest.slice(0, len), start: m.index, end: m.index + len });
  }
  return out;
}

/** The member's side outside a span: a pledge, or an offer not negated where it stands. */
function pledgeOutside(t: string, start: number, end: number): boolean {
  const rest = t.slice(0, start) + ' '.repeat(end - start) + t.slice(end);
  if (MEMBER_PLEDGE.test(rest)) return true;
  return MEMBER_OFFER.test(rest) && !negatedNear(rest, MEMBER_OFFER);
}

/**
 * "If Westbury can hold a slot for me, I'm yours", "Provided that Kingsley keeps one place for me,
 * I will regard myself as committed", "I would withdraw every other application the same day I have
 * some certainty from you", "Should you be able to assure me that I will match, I shall release
 * that offer": the member's pledge made to depend on the program's grant, in either order.
 */
function pledgeForGrant(t: string): boolean {
  if (TRADE_DISOWNED.test(t) || RETURN_REFUSED.test(t)) return false;
  return openedConditions(t).some((c) => PROGRAM_GRANT.test(c.text) && pledgeOutside(t, c.start, c.end));
}

/**
 * The member's pledge (or a generic applicant's, standing in for them) set against what it would do
 * for them: "would it make any difference to your committee if I were to say I would come to you
 * without reservation?", "whether the program would value knowing that an applicant is ready to
 * commit fully, in case that might affect how you view them", "I am prepared to say so if it would
 * help". A proxy's pledge counts when the member pledges in the sentence before or after.
 */
const PLEDGE_WORTH =
  /\b(?:would|will|could|does|do|might|can|may) (?:it|this|that|such \w+|knowing \w+) (?:\w+ ){0,2}?(?:help|make (?:a|any|some|the) (?:\w+ )?difference|change|affect|matter|count|influence|weigh)\b|\b(?:if|in case|whether) (?:it|this|that|doing so|such \w+) (?:\w+ ){0,2}?(?:would|will|could|might|may|can)? ?(?:help|helps|make (?:a|any|some|the) (?:\w+ )?difference|makes (?:a|any|some|the) (?:\w+ )?difference|change|changes|affect|affects|matter|matters|count|counts|influence|influences|work in my favou?r)\b|\b(?:value|appreciate|welcome|weigh|count|consider) (?:\w+ ){0,2}?(?:knowing|hearing|learning|to know|to hear) that\b|\baffect (?:\w+ ){0,2}how (?:you|the (?:\w+ )?(?:committee|program|programme|faculty)|they) (?:\w+ ){0,2}?(?:view|see|rank|regard|judge|consider|look at)\b/;
const APPLICANT_PROXY =
  /\b(?:an? (?:\w+ )?(?:applicant|candidate|person|graduate|img)|someone|somebody)\b (?:\w+ ){0,3}?(?:is|was|were|be|are) (?:\w+ )?(?:ready|willing|prepared|happy|able) to (?:\w+ )?commit/;
const SELF_PLEDGE_PRO_FORM =
  /\bi (?:am|would be|will be) (?:\w+ )?(?:ready|willing|happy|prepared|glad|more than happy) to (?:say so|say that|say it|do so|do that|do it|put (?:it|that) in writing|confirm (?:it|that|this))\b/;
function pledgeForWorth(t: string, prior: string | undefined, next: string | undefined): boolean {
  if (!PLEDGE_WORTH.test(t) || TRADE_DISOWNED.test(t) || RETURN_REFUSED.test(t) || NEGATED_OFFER.test(t)) return false;
  if (/\b(?:if|were|should|suppose|what if|whether) i\b/.test(t) && MEMBER_PLEDGE.test(t)) return true;
  const pledgedNearby = [prior, next].some(
    (x) => x !== undefined && (MEMBER_PLEDGE.test(x) || (MEMBER_OFFER.test(x) && !negatedNear(x, MEMBER_OFFER))),
  );
  if (APPLICANT_PROXY.test(t) && pledgedNearby) return true;
  return (
    SELF_PLEDGE_PRO_FORM.test(t) &&
    prior !== undefined &&
    (MEMBER_PLEDGE.test(prior) || COMMIT_FIRST_BEFORE.test(prior))
  );
}

/**
 * Session 29 (text46): a commitment offered for what it would do to the member's standing, read as
 * three concepts rather than one sentence shape. (1) A commitment: committing, a pledge or promise,
 * a firm statement, the member (or "an applicant" standing in for them) saying they will come, join
 * or sign, or withdraw elsewhere. (2) Its worth to the program's view of the applicant: whether it
 * would change, matter, count, carry weight, bear on, influence or make a difference. (3) The member
 * putting their own commitment on the table: "if I told you…", "I can write such a statement", "if
 * so, count me as committed", "you have mine". A commitment asked about in general with nothing
 * offered ("I am simply curious") is not a trade.
 */
const COMMITMENT_CONCEPT =
  /\b(?:commit\w*|pledg\w*|promise|assurance that i|(?:firm|formal|written|signed|clear|binding) (?:\w+ )?(?:statement|word|declaration)|(?:my|his|her|their|a|an) word that|(?:will|would|shall|'ll) (?:\w+ )?(?:come|go|join|sign|train) (?:to|with|at|on)\b|(?:the|my|only) (?:\w+ )?(?:place|program|programme) (?:where )?i (?:will|would|shall) (?:go|join|come|train)|where i (?:will|would|shall) (?:go|train|come)|withdraw\w*|(?:rank|put|place|list)\w* (?:[\w'-]+ ){0,3}?(?:first|top|number one|#1))/;
const REGARD_WORTH =
  /\b(?:change|changes|changed|affect|affects|influenc\w*|matter|matters|count|counts|counted|carry (?:\w+ )?weight|carries (?:\w+ )?weight|weigh|weighs|make (?:a|any|some|the) (?:\w+ )?difference|makes (?:a|any|some|the) (?:\w+ )?difference|mean (?:something|anything|much)|means (?:something|anything|much)|(?:have|has|had) (?:a|any|some) (?:\w+ )?bearing|bear on|valuable|of (?:any |some )?(?:value|weight|consequence)|work in (?:my|their|his|her|the applicant's) favou?r|help\w* (?:\w+ ){0,3}?(?:how|the way|my (?:standing|position|chances|file|application|candidacy)))\b/;
/** The sentence asks or supposes: a question, "whether", "if", "in case", "hypothetically". */
const ASKS_OR_SUPPOSES =
  /\?|\b(?:whether|if|in case|should that|suppose|supposing|hypothetical\w*|in theory|theoretical\w*|i wonder|i was curious)\b/;
/** The member offering their own commitment, in the sentence or the next. */
const OWN_COMMITMENT_OFFERED =
  /\b(?:if|were|should|suppose|supposing|what if) i (?:\w+ ){0,2}?(?:told|tell|said|say|wrote|write|gave|give|offered|offer|promised|promise|committed|commit|stated|state|declared|declare|pledged|pledge|signed|sign|made|make)\b|\bi (?:\w+ ){0,3}?(?:ready|willing|happy|glad|prepared|able|pleased) to (?:\w+ ){0,3}?(?:give|offer|make|provide|write|sign|state|declare|put|send|commit|pledge|say|confirm)\b|\bi (?:can|could|will|would|shall) (?:\w+ ){0,2}?(?:give|offer|make|provide|write|sign|state|declare|put|send|pledge|confirm) (?:\w+ ){0,3}?(?:it|that|this|mine|one|such|the same|a (?:\w+ )?(?:statement|commitment|pledge|promise|letter))\b|\bcount me (?:as |in)|\byou (?:have|can have|would have) mine\b|\b(?:offer|give|make|provide) (?:you )?mine\b|\bmine (?:is yours|given|offered|stands)\b|\b(?:consider|take|count) (?:it|that|this|me|mine) (?:as )?(?:pledged|committed|promised|done|given|offered|yours|settled)\b|\bi (?:am|would be|will be) (?:\w+ ){0,2}?(?:ready|willing|happy|glad|prepared) to be (?:that|such|this) (?:\w+ )?(?:someone|one|person|applicant|candidate)\b/;
function commitmentForRegard(t: string, next: string | undefined): boolean {
  if (!COMMITMENT_CONCEPT.test(t) || !REGARD_WORTH.test(t) || !ASKS_OR_SUPPOSES.test(t)) return false;
  if (TRADE_DISOWNED.test(t) || RETURN_REFUSED.test(t) || RULE_STATED.test(t) || NEGATED_OFFER.test(t)) return false;
  if (OWN_COMMITMENT_OFFERED.test(t)) return true;
  // The offer in the next sentence, tied back by "if so", "if it would", or a pro-form of the pledge.
  return next !== undefined && OWN_COMMITMENT_OFFERED.test(next) && !/\b(?:not|never|no)\b/.test(next);
}

/**
 * Session 29 (text46): the program's grant named only by its noun in a condition ("if Cedar Ridge
 * could give me even a modest assurance", "should any reassurance come from your side"), against the
 * member withdrawing elsewhere in the main clause, however many words the clause takes to get there.
 */
const GRANT_NOUN =
  /\b(?:assurance|reassurance|guarantee|certainty|confirmation|indication|sign|signal|promise|commitment|word|offer|yes)\b/;
const GRANT_TO_ME =
  /\b(?:give|gives|gave|grant|offer|send|show|extend)s? (?:me|us)\b|\bfrom (?:you|your (?:\w+ )?side|your (?:\w+ )?(?:program|programme|committee|team))\b|\bcome from\b/;
const MEMBER_WITHDRAWS =
  /\bi (?:would|will|shall|could|can|am|'d) (?:[\w-]+ ){0,12}?(?:withdraw\w*|declin\w*|cancel\w*|drop\w*|turn\w* down|pull\w* out|release\w*|let (?:\w+ ){1,3}go)\b/;
function grantThenWithdraw(t: string): boolean {
  if (TRADE_DISOWNED.test(t) || RETURN_REFUSED.test(t) || RULE_STATED.test(t)) return false;
  return openedConditions(t).some(
    (c) =>
      GRANT_NOUN.test(c.text) &&
      GRANT_TO_ME.test(c.text) &&
      MEMBER_WITHDRAWS.test(t.slice(0, c.start) + ' '.repeat(c.end - c.start) + t.slice(c.end)),
  );
}

/**
 * One sentence read for a trade; its neighbours (before and after) may complete it. Blanking a
 * sentence the check found makes its neighbours each other's (sentenceHits).
 */
function quidHitAt(sents: readonly Sentence[], i: number): Hit | undefined {
  const s = sents[i]!;
  let t = s.canon;
  // A trade quoted in order to disown it ("…any arrangement of the kind 'I will rank you if you
  // rank me', and I am not doing so") is mentioned, not offered: read the sentence without it.
  const unquoted = t.replace(QUOTED, ' ');
  if (unquoted !== t && QUOTE_DISOWNED.test(unquoted)) t = unquoted;
  // Someone else's act is not the member's, unless it stands in for the member's own offered commitment.
  if (
    SOMEONE_ELSE.test(t) &&
    !/\bi (?:will|would|promise|commit)\b/.test(t) &&
    !commitmentForRegard(t, sents[i + 1]?.canon)
  )
    return undefined;
  // "I am not offering to rank you first in exchange for anything": the offer is refused, and
  // everything after the negated act is what is refused, unless a contrast reopens it.
  const refused = NEGATED_OFFER.exec(t);
  if (refused && !/\b(?:but|however|yet|though)\b/.test(t.slice(refused.index))) return undefined;
  // Session 25: the rule conceded and then set aside by a contrast ("I know your ranking is yours to
  // decide, but I would gladly put Redfern at the top of my list knowing that Redfern would do the
  // same for me"): what follows the contrast is the member's own offer, read alone.
  if (isUnderstanding(t)) {
    const turn = /,? \b(?:but|however|yet|that said|even so)\b,? /.exec(t);
    if (
      turn &&
      /\b(?:rank\w*|lists?|decid\w*|decisions?|rules?|independen\w*)\b/.test(t.slice(0, turn.index)) &&
      !isUnderstanding(t.slice(turn.index + turn[0].length))
    )
      t = t.slice(turn.index + turn[0].length);
    else if (!CONDITION.test(t.replace(/^.*?\b(?:independent(?:ly)?|rules?)\b/, ''))) return undefined;
  }
  // A rule stated ("the Match rules prohibit … in exchange for a ranking") with no offer of the member's own.
  if (RULE_STATED.test(t) && !FIRST_PERSON_COMMIT.test(t)) return undefined;
  // "I know the rules prohibit any promise in exchange for a ranking, so I will only say…": the
  // trade words belong to the rule's clause; only the member's own clauses are read.
  if (RULE_STATED.test(t)) {
    t = clausesOf(s)
      .filter((c) => !RULE_STATED.test(c.text) && !isUnderstanding(c.text))
      .map((c) => c.text)
      .join(', ');
    if (!t) return undefined;
  }
  // Session 28 (text44): the member's own match as the only condition ("I can confirm that I
  // would come to Beaumont without reservation if I match") is the Match's result, not something
  // the program grants: the pledge after it is a plan, read without the condition.
  t = t.replace(OWN_MATCH_CONDITION, (m) => ' '.repeat(m.length));
  const trade = TRADE_WORDS.exec(t);
  if (
    trade &&
    !negatedNear(t, TRADE_WORDS) &&
    !RETURN_REFUSED.test(t) &&
    !isNegatedAsk(t.slice(0, trade.index)) &&
    (MEMBER_OFFER.test(t) || PROGRAM_RETURN.test(t) || RANKISH.test(t))
  )
    return { sentence: s, span: findIn(s, TRADE_WORDS)! };
  if (IMPERATIVE_TRADE.test(t)) return { sentence: s, span: findIn(s, IMPERATIVE_TRADE) ?? s };
  if (EXCHANGE_PAIR.test(t) && !negatedNear(t, EXCHANGE_PAIR)) return { sentence: s, span: findIn(s, EXCHANGE_PAIR)! };
  if (returnAsked(t, sents[i - 1]?.canon)) return { sentence: s, span: findIn(s, RETURN_ASKED) ?? s };
  if (WOULD_IT_HELP.test(t) || MY_COMMITMENT_HELP.test(t))
    return { sentence: s, span: findIn(s, WOULD_IT_HELP.test(t) ? WOULD_IT_HELP : MY_COMMITMENT_HELP)! };
  // "Tell me I'm ranked to match and I'll put you at #1": an imperative that sets a condition.
  const cond =
    CONDITION.test(t) ||
    SIGN_CONDITION.test(t) ||
    TIMED_CONDITION.test(t) ||
    IMPERATIVE_CONDITION.test(t) ||
    ENABLING.test(t) ||
    INVERTED_SHOULD.test(t);
  // Session 26: the member asking whether to favour other programs ("…or if I should rank other
  // programs higher?", "should I move the others above you?") seeks advice; it offers nothing.
  const offerText = t.replace(ADVICE_ON_OTHERS, ' ');
  const offer = MEMBER_OFFER.test(offerText) ? MEMBER_OFFER : ENABLED_OFFER.test(offerText) ? ENABLED_OFFER : undefined;
  if (cond && offer && programSideIn(t) && !negatedNear(t, offer) && !RETURN_REFUSED.test(t))
    return { sentence: s, span: findIn(s, offer)! };
  // The program's sign asked for as what the member's move comes with: "…my clear first choice
  // with a little reassurance from your side about my position on the list".
  if (offer && SIGN_CONDITION.test(t) && !negatedNear(t, offer) && !RETURN_REFUSED.test(t) && !TRADE_DISOWNED.test(t))
    return { sentence: s, span: findIn(s, SIGN_CONDITION) ?? findIn(s, offer)! };
  if (offer && PROGRAM_RETURN.test(t) && RECIPROCAL.test(t) && HOPE_PROGRAM.test(t) && !negatedNear(t, offer))
    return { sentence: s, span: findIn(s, offer)! };
  const framed = tradeFrame(offerText);
  if (framed && !negatedNear(t, framed)) return { sentence: s, span: findIn(s, framed) ?? s };
  if (matchExitTrade(t, sents[i - 1]?.canon)) return { sentence: s, span: findIn(s, MATCH_EXIT) ?? s };
  if (MUTUAL_FIRST.test(t) && !negatedNear(t, MUTUAL_FIRST)) return { sentence: s, span: findIn(s, MUTUAL_FIRST) ?? s };
  if (returnedFavour(t)) return { sentence: s, span: findIn(s, PROGRAM_WILL_RANK_ME) ?? s };
  if (pledgeForStanding(t)) return { sentence: s, span: findIn(s, PLEDGE) ?? s };
  if (returnInKind(t)) return { sentence: s, span: findIn(s, RETURN_IN_KIND) ?? s };
  // The member's first place told, then the program expected to answer it: "I have decided to
  // rank Ashford first. … I trust that Ashford will do the same for me."
  if (
    EXPECTS_RETURN.test(t) &&
    !TRADE_DISOWNED.test(t) &&
    [t, sents[i - 1]?.canon ?? ''].some((x) => MEMBER_OFFER.test(x) || TOP_CHOICE.some((r) => r.test(x)))
  )
    return { sentence: s, span: findIn(s, EXPECTS_RETURN) ?? s };
  // Round eight: the trade read by concept. Giving up the alternatives against the program
  // wanting the member or having a place for them; both sides named as "mine" and "yours";
  // a question whether the member's move would better their standing.
  const gives = memberGivesUp(t);
  if (
    gives &&
    (cond || TRADE_LINK.test(t)) &&
    (programSideIn(t, true) || PROGRAM_FOR_ME.test(t) || PROGRAM_SIDE_NOUN.test(t) || OUTSIDE_OFFER.test(t)) &&
    !negatedNear(t, GIVE_UP_ALTERNATIVES) &&
    !TRADE_DISOWNED.test(t)
  )
    return { sentence: s, span: findIn(s, GIVE_UP_ALTERNATIVES) ?? s };
  if (offer && cond && PROGRAM_FOR_ME.test(t) && !negatedNear(t, offer) && !TRADE_DISOWNED.test(t))
    return { sentence: s, span: findIn(s, offer) ?? s };
  if (SIDES_PAIR.test(t) && COMMITMENT_NOUN.test(t) && !TRADE_DISOWNED.test(t))
    return { sentence: s, span: findIn(s, SIDES_PAIR) ?? s };
  if (offerForStanding(t)) return { sentence: s, span: findIn(s, MEMBER_MOVE_IF) ?? s };
  if (placementTrade(t))
    return {
      sentence: s,
      span: findIn(s, MY_TOP_PLACE) ?? findIn(s, NONE_BEFORE_YOU) ?? findIn(s, FAVOUR_FOR_ME) ?? s,
    };
  if (causedByProgram(t)) return { sentence: s, span: findIn(s, MEMBER_OFFER) ?? s };
  const prior = sents[i - 1]?.canon;
  if (
    prior &&
    BECAUSE_OF_THAT.test(t) &&
    (MEMBER_OFFER.test(t) || TOP_CHOICE.some((r) => r.test(t))) &&
    PROGRAM_WILL_RANK_ME.test(prior) &&
    !/\?/.test(prior)
  )
    return { sentence: s, span: findIn(s, MEMBER_OFFER) ?? s };
  // The member's first place told, then a sign asked for in return: "I am ready to put Northgate
  // as my number one rank. I request only a small sign from your side that I am also in your
  // top positions."
  if (
    prior &&
    (MEMBER_OFFER.test(prior) || TOP_CHOICE.some((r) => r.test(prior))) &&
    (isRequest(t) || isQuestion(t)) &&
    (PROGRAM_SIDE_NOUN.test(t) || programSideIn(t) || rankingTopic(t) !== undefined) &&
    IN_RETURN_MARK.test(t) &&
    !TRADE_DISOWNED.test(t)
  )
    return { sentence: s, span: findIn(s, IN_RETURN_MARK) ?? s };
  if (MY_LIST_DEPENDS.test(t) && !TRADE_DISOWNED.test(t) && !negatedNear(t, MY_LIST_DEPENDS))
    return { sentence: s, span: findIn(s, MY_LIST_DEPENDS) ?? s };
  if (
    prior &&
    PRO_FORM_OFFER.test(t) &&
    COMMIT_FIRST_BEFORE.test(prior) &&
    (cond || TRADE_LINK.test(t)) &&
    (PROGRAM_BENEFIT.test(t) || programSideIn(t)) &&
    !negatedNear(t, PRO_FORM_OFFER) &&
    !TRADE_DISOWNED.test(t)
  )
    return { sentence: s, span: findIn(s, PRO_FORM_OFFER) ?? s };
  // Session 28 (text44): the pledge against the program's grant, or against what it would do for the member.
  if (pledgeForGrant(t)) return { sentence: s, span: findIn(s, PROGRAM_GRANT) ?? s };
  if (pledgeForWorth(t, prior, sents[i + 1]?.canon)) return { sentence: s, span: findIn(s, PLEDGE_WORTH) ?? s };
  if (commitmentForRegard(t, sents[i + 1]?.canon)) return { sentence: s, span: findIn(s, REGARD_WORTH) ?? s };
  if (grantThenWithdraw(t)) return { sentence: s, span: findIn(s, MEMBER_WITHDRAWS) ?? s };
  // Read last, so that a reading above keeps its own span.
  if (MOVE_THEN_HELP.test(t) && !negatedNear(t, MOVE_THEN_HELP))
    return { sentence: s, span: findIn(s, MOVE_THEN_HELP) ?? s };
  // Across two sentences: "If you rank me to match, please tell me. I would then rank you first."
  const next = sents[i + 1];
  if (
    cond &&
    programSideIn(t) &&
    next &&
    /\b(?:then|in return|in turn|in exchange|and i)\b/.test(next.canon) &&
    MEMBER_OFFER.test(next.canon)
  )
    return { sentence: next, span: findIn(next, MEMBER_OFFER)! };
  if (
    MEMBER_OFFER.test(t) &&
    next &&
    /^(?:in return|in exchange|in turn)\b/.test(next.canon) &&
    (PROGRAM_RETURN.test(next.canon) || isRequest(next.canon))
  )
    return { sentence: s, span: findIn(s, MEMBER_OFFER)! };
  if (WOULD_IT_HELP_INDIRECT.test(t)) return { sentence: s, span: findIn(s, WOULD_IT_HELP_INDIRECT) ?? s };
  return undefined;
}

function quidAt(sents: readonly Sentence[], i: number): Reading | undefined {
  const hit = quidHitAt(sents, i);
  return hit && { hit };
}

const quidProQuo: Check = {
  id: 'quid-pro-quo',
  checks: 'offers to trade your ranking or commitment for the program ranking you',
  run(named, { context }) {
    return sentenceHits(bodySentences(programAsYou(named, context.program)), quidAt, false)[0];
  },
  runAll(named, { context }) {
    return sentenceHits(bodySentences(programAsYou(named, context.program)), quidAt, true);
  },
};

// ---- top choice ----------------------------------------------------------------------------

/** Ranking something first: the program, or (checked in `declaresTopChoice`) a value the member holds. */
// (Session 35: a name of up to three words, hyphens and apostrophes kept: "I ranked Mid-Valley
// Health first", "I ranked St Luke's Informatics first".)
// Session 36 (AZ pm-h52-058): the program may be named as a track or residency and by its host
// ("the Internal Medicine Informatics Track at Cedars-Sinai"), not only as "the … program".
const RANK_X_FIRST =
  /\b(?:rank|ranking|ranked|list|listing|listed|place|placing|placed|put|putting) (?:you|(?:both|each|all) of (?:you|them|your (?:\w+ )?(?:programs|programmes|tracks|fellowships))|your (?:\w+ ){0,3}(?:program|programme|fellowship|track|institution|department)|(?:the|this) (?:(?!(?:the|a|an|of|from|for|with|in|on|at|to|by|about|and|or)\b)[\w'-]+ ){0,4}?(?:program|programme|fellowship|track|residency|pathway)(?: (?:at|in|of) [a-z][\w'-]*(?: [a-z][\w'-]*){0,2})?|it|[a-z][\w'-]*(?: [a-z][\w'-]*){0,2}) (?:as )?(?:my )?(?:first|#1|number one|number-one|no\. ?1|1st|at the (?:very )?top|highest|top|at (?:number one|#1|no\. ?1)|in (?:the )?first (?:place|position|spot|slot)|above (?:all|every|any) (?:\w+ )?(?:others?|programs?))\b/;

const TOP_CHOICE: readonly RegExp[] = [
  // "No program will stand above Holloway on my rank list": first place said by negation.
  /\b(?:no|none of the) (?:other )?(?:programs?|programmes?|places?|fellowships?|residency|residencies|hospitals?|institutions?) (?:\w+ )?(?:will|would|could|can|is going to) (?:\w+ )?(?:stand|rank|be|come|sit|go|be ranked|be placed|be listed|be put) (?:above|ahead of|higher than|before|over)\b/,
  // "the first program to invite me" is first in time, not in preference.
  /\b(?<!one of )(?<!among )(?:my|the|our) (?:\w+ )?(?:top|first|number one|number-one|#1|no\. ?1|1st|topmost|highest) (?:choice|pick|preference|priority(?! (?:this|that|these|for|in|during|has|had|was|right now|now|at|when|is to|will be to|remains to)\b)|option|program|programme|fellowship|destination|ranked program|place to train)\b(?!s)(?! (?:to|that|which|who|where|i)\b)(?! (?:for|of) (?:the |an? |my )?(?:interview|date|slot|time|day|rotation|elective|project|lunch|session|topic|hotel|flight)\b)/,
  RANK_X_FIRST,
  // First place as where the program sits on the member's list: "Riverside sits at number one",
  // "yours is the one I will rank highest", "in the first spot when I certify my list".
  /\b(?:sits?|stands?|comes?|is|are|will be|remains?) (?:now )?at (?:the (?:very )?top|number one|#1|no\. ?1|the head)\b(?! of (?!my\b)\w+)|\b(?:you|yours|it|your (?:\w+ ){0,2}(?:program|programme|fellowship)|[a-z]+) (?:is|are|will be|remains?) the (?:one|program|programme|place|fellowship) (?:that )?i (?:\w+ ){0,2}(?:rank|put|place|list|want) (?:\w+ )?(?:highest|first|top|most|number one|number-one|#1|no\. ?1|1st)(?!\w)|\b(?:in|into|at|to|occupy|occupies|take|takes|hold|holds|get|gets|earn|earns|earned|have|has) the (?:very )?(?:first|top|#1|number one|number-one) (?:spot|place|position|slot|line|row|rung)\b(?:(?=.*\b(?:my (?:\w+ )?list|i (?:certify|submit|finali[sz]e)|my rank)\b)|(?<=\b(?:my (?:\w+ )?list|i (?:certify|submit|finali[sz]e)|my rank)\b.*))/,
  // "#1" has no word boundary before it, so the start is "not after a letter".
  /(?<!\b(?:near|close to|towards|toward) (?:the )?)(?<![\w#])(?:first|top|#1|number[- ]one|no\. ?1|1st) (?:place |spot |position |slot |one |name |entry |program |programme )?(?:on|of|in) my (?:\w+ ){0,2}list\b/,
  /(?<!\b(?:near|close to|towards|toward) (?:the )?)\b(?:top|head|very top|first (?:position|place|spot|slot|line)) (?:of|on|in) my (?:\w+ ){0,2}list\b/,
  // First place said to the program or as ranking ahead of all: "number one for me", "which I'm
  // ranking ahead of all others".
  /\b(?:is|are|will be|remains?)(?:,? [\w ]{1,20},?)? (?:my |the )?(?:number one|number-one|#1|first|top)(?: choice| pick| program)? for me\b|\b(?:rank|ranking|ranked|put|putting|place|placing) (?:\w+ )?(?:ahead of|above|over) (?:(?:all|every|any) (?:\w+ )?(?:others?|programs?|programmes?)|the (?:rest|others|other (?:programs?|programmes?|places))|everyone else|all the (?:rest|others))\b/,
  // First place as a comparison no other program wins: "there is no program I would rather join
  // than Riverside", "nowhere I would rather train".
  /\b(?:no|not a single|not one) (?:other )?(?:program|programme|place|fellowship|residency|hospital|institution)s? (?:that )?i (?:would|could|will) (?:\w+ )?(?:rather|sooner|more gladly|more happily) (?:\w+ ){1,3}than\b|\bnowhere (?:else )?(?:that )?i (?:would|could) (?:\w+ )?(?:rather|sooner)\b|\bi would (?:\w+ )?rather (?:\w+ ){1,3}(?:here|there|at [a-z]+|with you) than (?:anywhere|any other)\b/,
  /\bmy (?:\w+ )?(?:first|top|#1|number one|no\. ?1) (?:\w+ )?(?:too|as well|also)\b|\b(?:also|too) my (?:first|top|#1|number one)\b/,
  /\b(?:is|are|will be|remains|remain|as|going to be)(?:,? (?:still|clearly|definitely|unquestionably|without (?:question|a doubt)|by far|beyond doubt|of course|now|officially|\w+ly),?)? (?:still |now )?(?:clearly |definitely |unquestionably |officially |\w+ly )?my (?:first|top|#1|number one|number-one|no\. ?1|1st)\b(?! (?:few|three|two|five|choices|programs))/,
  // First place as the program leading the member's list, going first when they rank, preferred
  // over anywhere else, or the clear winner: "Riverside tops my list", "it will go first when I
  // rank", "where I'd choose to be above anywhere else", "the clear winner among the programs".
  /\b(?:tops|topped|heads|headed|leads|led) my (?:\w+ ){0,2}list\b|\b(?:go|goes|going|come|comes|sit|sits|be) first (?:on my (?:\w+ ){0,2}list|when i (?:rank|certify|submit|finali[sz]e|make my list))\b|\b(?:above|over|more than|rather than|ahead of) (?:anywhere|any ?place|any other (?:program|programme|place|fellowship|residency))(?: else)?\b|\b(?:is|was|remains|will be) (?:the|my) (?:clear |obvious |outright |undisputed )?(?:winner|favou?rite|front-?runner)\b(?=\s*(?:[,.;!]|$| for me| among| of (?:all|the) (?:\w+ )?(?:programs|places|programmes)| on my list| in my))/,
  // First place as hope above all, or as nothing else coming close: "the program I'm hoping above
  // all to match with", "nothing else on my list comes close to Riverside".
  /\bi (?:am )?(?:\w+ )?(?:hoping|hope|want|wish|long|would like) (?:above all|most of all|more than anything(?: else)?) to (?:join (?!the (?:field|profession|specialty))|train (?:at|with|in|there|here)|match (?:at|with|there|here)|be (?:at|with|part of|there|here)|go (?:to|there))|\b(?:nothing|no (?:other )?(?:program|programme|place|fellowship))(?: else)? (?:\w+ ){0,4}(?:comes? close|compares?|measures up|competes?) (?:to|with)\b/,
  // Above the rest, a counterfactual single choice, "the one I want": "stands head and shoulders
  // above the rest", "if I could pick only one place to train, it would be Riverside".
  /\b(?:above|ahead of|beyond) (?:the rest|all the rest|the others|all (?:the )?others|every other (?:program|programme|place|option))\b(?= for me| in my (?:mind|eyes|book|view|heart)|[^.]*\bi (?:rank|put|place|would|will|choose)\b)|\bif i (?:could|had to|were to|were able to) (?:\w+ )?(?:pick|choose|select|rank|name|keep) (?:only |just )?(?:one|a single)\b[^.]{0,60}\b(?:it|that) (?:would|will) be\b|\b(?:is|will be) the (?:one|program|programme|place|fellowship) (?:that )?i (?:really |truly )?(?:want|choose|pick|prefer)\b(?! to (?:learn|see|ask|know|hear|read))/,
  // First place as a superlative of wanting: "the program I most want to join", "the place I
  // would most like to train".
  /\bthe (?:one |program |programme |fellowship |place |residency )?(?:that )?i (?:would )?most (?:want|wish|hope|like|would like|long) to (?:join|train|match|be|go|attend|spend)\b|\b(?:my|the) (?:single )?most (?:wanted|desired|preferred)\b/,
];

/** The member as the subject of a passive just before a verb of placing: "I am (being) placed…". */
const MEMBER_PASSIVE_BEFORE =
  /\b(?:i|me|my (?:name|application|file|candidacy)) (?:\w+ ){0,2}(?:am|was|is|be|been|being|were|get|got|gets)\s+$/;

export function declaresTopChoice(doc: TextDoc): Sentence | undefined {
  for (const s of bodySentences(doc)) {
    if (/\b(?:one of|among|a few of|two of|three of) (?:my|the) (?:\w+ )?(?:top|first|highest)\b/.test(s.canon))
      continue;
    // "another applicant said a program once told her 'rank us first…'": someone else's words.
    if (SOMEONE_ELSE.test(s.canon) && !/\bi (?:will|would|am|have|plan|intend)\b/.test(s.canon)) continue;
    // "I rank patient safety first": what is ranked must be the program (you, it, this program, a
    // name written with a capital, or left out: "put at the top"), not a value the member puts first.
    const programRanked = (m: RegExpExecArray): boolean => {
      // "whether I am placed in the top tier": the member is what is placed, by the program.
      if (
        /^(?:ranked|listed|placed|put) /.test(m[0]) &&
        MEMBER_PASSIVE_BEFORE.test(s.canon.slice(Math.max(0, m.index - 30), m.index))
      )
        return false;
      const obj = /^\w+ (\w+)/.exec(m[0])?.[1] ?? '';
      const named = new RegExp(`\\b${obj.charAt(0).toUpperCase()}${obj.slice(1)}\\b`).test(s.text);
      return /^(?:you|your|the|this|it|as|my|at|in|into|both|each|all)$/.test(obj) || named;
    };
    const m = TOP_CHOICE.map((r) => r.exec(s.canon)).find(
      (x, k) => x !== null && (TOP_CHOICE[k] !== RANK_X_FIRST || programRanked(x)),
    );
    if (!m) continue;
    if (NEGATION.test(s.canon.slice(Math.max(0, m.index - 25), m.index))) continue;
    return s;
  }
  return undefined;
}

/**
 * The email says the member told another program it was first ("I told Bellhaven it was my first choice").
 * Round twenty-seven: or says first place of two programs at once, each or both of them ("each of
 * your programs is my first choice", "I will rank both of you at number one").
 */
const REPORTED_TOP =
  /\b(?:told|said to|wrote to|informed|emailed|promised|assured|have told|had told) (?!you\b|your\b)(?:\w+ ){0,6}(?:that )?(?:\w+ ){0,3}(?:was|is|were|are|would be|will be) (?:\w+ )?(?:my|their) (?:\w+ )?(?:first|top|number one|#1|no\. ?1)\b|\b(?:told|written|wrote|said|sent|emailed|given|promised|say|tell|write|telling|writing|sending|send|giving|give|sharing|share|shared|passing|passed|emailing|saying) (?:exactly |just |much )?(?:the same|the same thing|something similar|a similar (?:\w+ )?(?:message|letter|email|note|news|word)|the (?:very )?same (?:[\w-]+ )?(?:message|letter|email|note|promise|news|words?|update|assurance|declaration|commitment)) (?:\w+ ){0,2}to (?!you\b|your\b)\w+|\b(?:could not|couldn't|cannot|can not|can't|unable to) (?:\w+ )?(?:choose|decide|pick|separate) between (?:the two of you|you two|you both|both of you|your (?:\w+ )?(?:program|programme|fellowship)s? and|you and [a-z]+)|\b(?:telling|told|tell|writing|wrote|written|write|saying|said|say) (?:them|the other (?:\w+ )?(?:program|programme|fellowship|team)) (?:exactly |just |much )?the same\b|\bboth (?:\w+ ){0,3}(?:are|were|will be|remain) (?:\w+ ){0,2}(?:first|top|number one|#1)\b|\b(?:equal|joint|tied for|shared) (?:first|top|number one|#1)\b|\b(?:each|both) (?:\w+ ){0,3}?(?:going to be|be|become|remain) (?:\w+ )?(?:my )?(?:first|top|number one|#1|no\. ?1)\b|\b(?:each|both|all) (?:of (?:you|your (?:\w+ )?(?:programs?|programmes?|tracks?|fellowships?)|them)|(?:\w+ ){0,2}(?:programs|programmes|tracks|fellowships)) (?:(?:truly|equally|really|genuinely|both|each|honestly) )?(?:is|are|will be|would be|remains?) (?:(?:truly|equally|really|genuinely|both|each) )?(?:my )?(?:first|top|number one|#1|no\. ?1)(?: choice| pick| program| programme)?\b(?! (?:few|three|five|handful|group|tier)\b)|\b(?:rank|ranking|put|putting|place|placing|list|listing) (?:both|each|all) (?:of )?(?:you|your (?:\w+ )?(?:programs?|programmes?|tracks?)|them|(?:\w+ )?(?:programs|programmes|tracks)) (?:at |as )?(?:number one|#1|no\. ?1|first|the top|at the top)\b/;

/** The member addressing several programs one by one: "to each of you", "each of your programs". */
const EACH_OF_YOU =
  /\b(?:to|for|with|tell|telling|assure|assuring) each of you\b|\beach of your (?:\w+ )?(?:programs|programmes|tracks|fellowships|institutions)\b/;

/** Proper names in a sentence that are not people ("Dr. Greer") and not common words. */
function namesIn(s: Sentence, from = 0, to = s.tokens.length): string[] {
  const out: string[] = [];
  s.tokens.forEach((t, k) => {
    if (k < from || k >= to) return;
    if (t.pos !== 'PROPN' || !/^[A-Z][a-z]{2,}/.test(t.value)) return;
    const prev = s.tokens[k - 1]?.canon ?? '';
    if (/^(?:dr\.?|prof\.?|professor|mr\.?|ms\.?|mrs\.?|doctor)$/.test(prev)) return;
    // A capital at the start of a sentence is a name only when the program is what it says
    // something about ("Northgate goes first"); "Decision made: …" is a plain word.
    const next = s.tokens[k + 1];
    if (
      k === 0 &&
      next &&
      next.pos !== 'PROPN' &&
      !/^(?:is|will|would|goes|go|sits|remains|tops|stays|comes|ranks|'s|was|,)$/i.test(next.value)
    )
      return;
    // "Children's" may come as one token or two: compare plain words.
    for (const w of normProgram(t.value).split(' ')) if (w.length > 2 && !COMMON_PROPER.has(w)) out.push(w);
  });
  return out;
}

const normProgram = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Two names for one program: the same distinctive words, one set inside the other ("Riverside"
 * and "Riverside Medical Center"), so a short name in `previous` is not another program.
 */
function sameProgram(a: string, b: string): boolean {
  const words = (x: string) =>
    normProgram(x)
      .split(' ')
      .filter((w) => w.length >= 3 && !PROGRAM_STOP.has(w));
  const [wa, wb] = [words(a), words(b)];
  if (normProgram(a) === normProgram(b)) return true;
  if (!wa.length || !wb.length) return false;
  const [small, big] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return small.every((w) => big.has(w));
}

const multipleTopChoice: Check = {
  id: 'multiple-top-choice',
  checks: 'a top-choice message after you already told another program it is your first choice',
  run(doc, { context }) {
    const declared = declaresTopChoice(doc);
    if (!declared) return undefined;
    // Session 28 (text44): first place told "to each of you" in one letter to several programs ("To
    // each of you I wish to state clearly: your program stands in the first place of my list") is said
    // of every program addressed. "Thank you both" to two faculty of one program distributes nothing.
    const reported = bodySentences(doc).find(
      (s) => REPORTED_TOP.test(s.canon) || (EACH_OF_YOU.test(s.canon) && TOP_CHOICE.some((re) => re.test(s.canon))),
    );
    if (reported)
      return { sentence: reported, span: reported, detail: { program: 'another program', date: 'an earlier date' } };
    // The email itself names a different program as the first choice (a template left over).
    if (context.program) {
      const ours = new Set(normProgram(context.program).split(' '));
      // Only a name the first place can be said of counts: up to the end of the top-choice phrase
      // ("Sierra Vista is my number one", "joining Tallis … as my #1"), not a town or a person in
      // what follows it ("since the day I walked around the clinic in Yuma"); the words every program
      // name has ("pathway", "medicine") name no other program.
      const others = bodySentences(doc)
        // Round twenty-four: every way the sentence says first place counts, not only the first
        // pattern found ("I will rank Quarry Hill first and Delmar first as well, since they are
        // equally my first choice").
        .flatMap((s) =>
          TOP_CHOICE.map((re) => re.exec(s.canon)).flatMap((m) => {
            if (!m) return [];
            const b = s.canonTok[m.index + m[0].length - 1] ?? s.tokens.length - 1;
            // Round eleven: the first place is said of a name in its own clause ("…, I will reciprocate
            // by putting Harrowgate at the very top"), not of a town told clauses earlier in a long
            // sentence ("the kind of work I did in Lahore"); a list after a colon spells out whom it
            // is said of ("is my first choice: Duncombe for its CDS work, and Elmstead for…").
            const head = s.canon.slice(0, m.index);
            const cut = Math.max(
              ...[
                ...head.matchAll(
                  /,\s+(?:and|but|so|which|where|since|because|as|while|when|from|to)\b|;|\u2014|\s-\s/g,
                ),
              ].map((x) => x.index + x[0].length),
              0,
            );
            const a = cut > 0 ? (s.canonTok[cut] ?? 0) : 0;
            // Round twenty-three: a relative "which" points back to the name right before it ("I would
            // be thrilled to train at Harrowgate, which I will also rank number one"): the first place
            // is said of that name, so the words just before the comma count too.
            const which = /,\s+which\b/.exec(head.slice(Math.max(0, cut - 8)));
            const comma = which && cut > 0 ? (s.canonTok[head.lastIndexOf(',', cut)] ?? 0) : -1;
            const antecedent = comma > 0 ? namesIn(s, Math.max(0, comma - 3), comma) : [];
            const listed = /^\s*:/.test(s.canon.slice(m.index + m[0].length)) ? namesIn(s, b + 1) : [];
            // Round twenty-four: a second first place joined to the first ("I will rank Quarry Hill
            // first and Delmar first as well"): the first place is said of that name too.
            const joined =
              /^,? and (?:also )?((?:[\w'-]+ ){1,5}?)(?:first|number one|#1|no\. 1|at the top|on top)\b/.exec(
                s.canon.slice(m.index + m[0].length),
              );
            const second = joined
              ? namesIn(s, b + 1, (s.canonTok[m.index + m[0].length + joined[0].length - 1] ?? b + 1) + 1)
              : [];
            // After it, only a name the same words were sent to ("…, which is what I wrote to Lakeview").
            const sentTo = s.tokens
              .map((_, k) => k)
              .filter(
                (k) =>
                  k >= b + 2 && /^(?:to|told|informed|emailed|promised|assured)$/.test(s.tokens[k - 1]?.canon ?? ''),
              );
            return [
              ...antecedent,
              ...namesIn(s, a, b + 2),
              ...listed,
              ...second,
              ...sentTo.flatMap((k) => namesIn(s, k, k + 1)),
            ];
          }),
        )
        .filter(
          (n) => !ours.has(n) && !GENERIC_WORDS.has(n) && !PROGRAM_STOP.has(n) && !SPECIALTY.has(n) && !DIVINE.has(n),
        );
      if (others.length && bodySentences(doc).some((s) => namesIn(s).some((n) => ours.has(n))))
        return {
          sentence: declared,
          span: declared,
          detail: { program: others[0]!.replace(/^./, (c) => c.toUpperCase()), date: 'in this same email' },
        };
    }
    const earlier = (context.previous ?? []).filter(
      (x) => x.kind === 'top-choice' && (!context.program || !sameProgram(x.program, context.program)),
    );
    const first = earlier[0];
    if (!first) return undefined;
    return { sentence: declared, span: declared, detail: { program: first.program, date: first.date } };
  },
};

// ---- context-only checks -------------------------------------------------------------------

const tooManyUpdates: Check = {
  id: 'too-many-updates',
  checks: 'how many updates you already sent this program',
  run(_doc, { context, limits }) {
    if (context.kind !== 'update' || !context.program) return undefined;
    const sent = (context.previous ?? []).filter(
      (x) => x.kind === 'update' && sameProgram(x.program, context.program!),
    );
    if (sent.length < limits.maxUpdatesPerProgram) return undefined;
    return { detail: { count: sent.length, dates: sent.map((x) => x.date).join(', ') } };
  },
};

const lateThankYou: Check = {
  id: 'late-thank-you',
  checks: 'how long after the interview a thank-you goes out',
  run(_doc, { context, today, limits }) {
    if (context.kind !== 'thank-you' || !context.interviewDate) return undefined;
    const days = daysBetween(context.interviewDate, context.sendDate ?? today);
    return days > limits.thankYouMaxDays ? { detail: { days } } : undefined;
  },
};

// ---- generic message -----------------------------------------------------------------------

const GENERIC_WORDS = new Set(
  (
    'clinical informatics fellowship residency training program programme track medical medicine health healthcare ' +
    'the a an your this that our my great excellent amazing wonderful strong outstanding impressive unique innovative ' +
    'excellent supportive collaborative welcoming friendly renowned prestigious esteemed fine good top leading ' +
    'interview interviews day visit application team faculty staff fellows residents department institution hospital'
  ).split(' '),
);
const SPECIALTY = new Set(
  'internal medicine pediatrics paediatrics surgery psychiatry neurology pathology radiology family pathway'.split(' '),
);
// Round thirty-one: the ordinary adjectives of institution names ("Pinecrest Academic Medical
// Center") name no program when they turn up in a sentence ("operational and academic work").
/**
 * Session 25: a name of God beside a first place ("With Allah's blessing I have decided Summit Valley
 * will be my first choice", "by God's grace") is a religious appeal (overshare), never a second
 * program told it is first.
 */
const DIVINE: ReadonlySet<string> = new Set(['allah', 'god', 'lord', 'almighty', 'jesus', "allah's", "god's"]);

const PROGRAM_STOP = new Set(
  (
    'university college hospital hospitals center centre school institute department system systems sciences science and of for at the health medical clinical informatics fellowship program residency track ' +
    'academic community regional general national international county state city'
  ).split(' '),
);

/** Something that belongs to this program: a person, a conversation, a named project or feature. */
const SPECIFIC: readonly RegExp[] = [
  /\b(?:dr|prof|professor|mr|mrs|ms)\.? [a-z][a-z'-]+\b/,
  /\b(?:you|dr\.? \w+|the (?:team|fellows?|faculty|residents?|program director|pd|coordinator|chief|cmio|chair)|your (?:fellows?|faculty|team|residents?|cmio|director)|(?!(?:i|we|my|our|me|us|also|and|then)\b)[a-z]+) (?:(?!(?:i|we)\b)\w+ )?(?:mentioned|described|explained|shared|showed|presented|walked me through|told me|discussed|outlined|highlighted|demonstrated|gave me|pointed out|talked about|spoke about)\b/,
  // Round thirty-one: "the session with the residents about…", "the case conference on…".
  /\b(?:conversation|discussion|talk|chat|meeting|exchange|lunch|dinner|tour|session|presentation|demo|conference|workshop|lecture|journal club) (?:with (?:the |your )?\w+ )?(?:about|on|regarding|of|around)\b/,
  /\bwe (?:\w+ )?(?:discussed|talked about|spoke about|covered|went over|looked at)\b/,
  /\b(?:your|the program's|the fellowship's|its) (?:(?!my\b|our\b)[\w'-]+ ){0,3}(?:project|pilot|dashboard|initiative|rollout|partnership|collaboration|registry|study|tool|model|platform|lab|clinic|rotation|curriculum|track|elective|course|certificate|grant|center|centre|unit|work on|research on|focus on|emphasis on|approach to|integration)\b/,
  /\b(?:explain\w*|show\w*|present\w*|describ\w*|walk\w* (?:me|us) through|hear\w* about|learn\w* about|see\w*|tour of|demo of|introduc\w* (?:me|us) to) (?:me |us )?(?:your|the|their) (?:[\w'-]+ ){1,3}(?:alert|alerts|score|pathway|warehouse|trackboard|flowsheet|review|screening|model|project|pilot|dashboard|initiative|rollout|registry|study|tool|model|platform|lab|clinic|rotation|curriculum|track|elective|redesign|app|workflow|protocol|governance|command cent(?:er|re)|hub|program|service)\b/,
  // A named piece of the program's work in any syntactic form: "the readmission dashboard project
  // of your residents", "the sepsis alert your fellows built", "the discharge checklist that your
  // chief residents run". Who owns it is said after it; the modifier words must name something.
  /\bthe (?:[\w'-]+ ){1,3}(?:project|pilot|dashboard|initiative|rollout|registry|study|tool|model|platform|lab|clinic|rotation|curriculum|elective|alert|alerts|checklist|huddle|review|workflow|redesign|protocol|app|service|trial|audit|database|program) (?:(?:of|by|from|at|with|for) (?:your|you|the (?:fellows?|residents?|faculty|team|program)\b)|(?:that |which )?(?:your|the) (?:\w+ ){0,2}(?:fellows?|residents?|faculty|team|staff|nurses?|chiefs?) (?:\w+ )?(?:built|run|runs|ran|led|lead|leads|made|designed|developed|created|started|launched|use|used))/,
];

/**
 * A person met, named without a title: "to meet Maria Gonzalez", "our chat with Sam, one of the
 * fellows", "talking to Priya". A capitalised name right after a verb of meeting or talking; the
 * words every email has (months, exams, record systems) are not names.
 */
const MET_NAME =
  /\b(?:meet|met|meeting|(?:speak|spoke|speaking|talk|talked|talking|chat|chatted|chatting|conversation|conversations|lunch|coffee|dinner|time|session|call) (?:[\w-]+ ){0,3}?(?:with|to)) (?:(?:the |your )?(?:[a-z-]+ ){0,2})?([A-Z\u00C0-\u024F][a-z\u00C0-\u024F'-]+)\b/gu;
function personMet(text: string): string | undefined {
  for (const m of text.matchAll(MET_NAME)) {
    const name = m[1]!;
    if (!COMMON_PROPER.has(name.toLowerCase())) return m[0];
  }
  return undefined;
}

/**
 * A conversation with its topic, told as talk with the member: "thank you for speaking with me
 * about the research year", "your answers to my questions about call schedules"; round seventeen:
 * the talk named as a noun with a time or place before its topic ("the conversation yesterday about
 * FHIR subscriptions"). The topic must name something ("about the program" names nothing).
 */
const TALK_TOPIC =
  /\b(?:(?:speak|spoke|speaking|talk|talked|talking|chat|chatted|chatting|meet|met|meeting) (?:\w+ )?(?:with|to) (?:me|us)|answers? (?:\w+ )?to my (?:\w+ )?questions?|(?:explain|explained|explaining) to me|(?:tell|tells|telling|told) (?:me|us)) (?:about|on|regarding|around) ((?:[\w'-]+ ?){1,4})|\b(?:conversation|discussion|talk|chat|exchange)s? (?:(?!(?:about|regarding|and|or|but|then|to|with|i|that|which|as)\b)(?!(?!morning|evening)[\w'-]*ing\b)[\w'-]+ ){1,4}?(?:about|regarding) ((?:[\w'-]+ ?){1,4})/;
/**
 * Round eleven: the same talk told as the other person's act, named as a noun or a clause: "your
 * explanation of how the order set redesign cut delays", "the way you described retiring the
 * alerts", "Dr. Lau's walkthrough of the dosing check". What was said is this program's own.
 */
const THEIR_TALK =
  /\b(?:(?:your|(?:dr|prof|professor|mr|mrs|ms)\.? [a-z'-]+'s) (?:\w+ )?(?:explanation|description|account|overview|walk-?through|demo|demonstration|presentation|talk|story|stories|point|comments?|remarks?|insights?|thoughts|answers?|examples?|description|questions?|suggestions?|advice|feedback|tips?|challenge) (?:of|on|about|into|regarding|around|that|how|whether|why|what)|(?:you|(?:dr|prof|professor|mr|mrs|ms)\.? [a-z'-]+) (?:\w+ )?(?:asked|wondered|were curious|was curious|questioned|challenged me|pushed me|suggested|recommended) (?:me )?(?:about|on|what|how|whether|why|if|which|that)|(?:the way|how) you (?:described|explained|presented|showed|framed|put|told|walked (?:me|us) through|talked about|spoke about)|(?:what|something|everything|the (?:point|remark|comment|thing|question|story|example)s?) (?:that )?you (?:said|told (?:me|us)|made|noted|raised|mentioned|shared|asked|put to me) (?:to me |to us )?(?:about|on|regarding|that|during|at|in|when)) ((?:[\w'-]+ ?){1,6})/;
/**
 * Round thirty-one: a talk whose topic is the member's own story in the words every interview has
 * ("your questions about my background and goals", "you asked me about my experience") could be
 * told to any program; "your feedback on my handoff project" names something.
 */
const MEMBER_STORY = new Set(
  'background experience experiences goals goal research career plans interests journey story motivation motivations application cv path training strengths weaknesses and my me myself mine the a an of in'.split(
    ' ',
  ),
);
function memberOnlyTopic(topic: string): boolean {
  const words = topic
    .trim()
    .split(/[\s,.;:!?]+/)
    .filter(Boolean);
  if (!/^(?:my|me|myself|mine)$/.test(words[0] ?? '')) return false;
  return words.every((w) => MEMBER_STORY.has(w) || GENERIC_WORDS.has(w));
}
function talkTopic(canon: string): string | undefined {
  const m = TALK_TOPIC.exec(canon) ?? THEIR_TALK.exec(canon);
  if (!m) return undefined;
  // "your questions about my background": a talk about the member names nothing of the program's.
  if (memberOnlyTopic(m[1] ?? m[2]!)) return undefined;
  const words = (m[1] ?? m[2]!)
    .split(' ')
    .filter((w) => w && !/^(?:the|your|their|its|a|an|and|how|what|my|our|this|that)$/.test(w));
  return words.some((w) => !GENERIC_WORDS.has(w)) ? m[0] : undefined;
}

function programHits(text: string, program: string | undefined): boolean {
  if (!program) return false;
  const hay = ` ${normProgram(text)} `;
  const name = normProgram(program);
  if (hay.includes(` ${name} `)) return true;
  // A specialty every program of its kind has ("internal medicine") does not name this one; it
  // still tells two programs apart in \`sameProgram\`, so it is skipped here only.
  const distinctive = name.split(' ').filter((w) => w.length >= 3 && !PROGRAM_STOP.has(w) && !SPECIALTY.has(w));
  if (distinctive.some((w) => hay.includes(` ${w} `))) return true;
  // An acronym of the program's name ("UCSF", "MUSC").
  const acronym = name
    .split(' ')
    .filter((w) => w !== 'of' && w !== 'and' && w !== 'the' && w !== 'at')
    .map((w) => w[0])
    .join('');
  if (acronym.length >= 3 && hay.includes(` ${acronym} `)) return true;
  return shortNameHits(text, program);
}

/**
 * Session 34: the program's own short names, as members write them ("UCSD" for "UC San Diego
 * Health", "OSU" for "Ohio State", "UW" for "University of Washington") and the reverse, the long
 * name in the email when the context gives the short one ("Children's Hospital of Philadelphia"
 * for "CHOP"). A short name is the initials of the program's leading words, a word written in
 * capitals ("UC", "UT") giving all its letters, with an optional "U" for a university left unsaid.
 */
const ACRONYM_SKIP = /^(?:of|the|and|at|in|for|de|la)$/i;
const NOT_A_SHORT_NAME = new Set(
  'EHR EMR ICU CDS USMLE IMG IMGS ECFMG NRMP AMIA ERAS CV MD DO PHD MPH MBBS US USA UK QI IT ED ER OR IM FM EM SQL FHIR HL7 NICU PICU CMIO CMO CEO API AI ML NLP GME PGY OPD CME ABPM ACGME'.split(
    ' ',
  ),
);
function initials(words: readonly string[]): string {
  return words
    .filter((w) => !ACRONYM_SKIP.test(w))
    .map((w) => (/^[A-Z]{2,4}$/.test(w) ? w : (w[0] ?? '').toUpperCase()))
    .join('');
}
function shortNameHits(text: string, program: string): boolean {
  const progWords = program
    .split(/[^\p{L}'&]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/'s$/, ''));
  const lead: string[] = [];
  const progWithOf = progWords.map((w) => (/^of$/i.test(w) ? 'O' : w));
  for (let n = 1; n <= Math.min(progWords.length, 5); n++)
    lead.push(initials(progWords.slice(0, n)), initials(progWithOf.slice(0, n)));
  const shorts = new Set<string>();
  for (const a of lead) if (a.length >= 2) shorts.add(a).add(`${a}U`);
  for (const t of text.match(/\b[A-Z][A-Za-z]{1,5}\b/g) ?? []) {
    const caps = t.toUpperCase();
    // Only a word written mostly in capitals is a short name ("UCSD", "WashU"), never "Ohio".
    if ((t.match(/[A-Z]/g) ?? []).length < 2 || NOT_A_SHORT_NAME.has(caps)) continue;
    if (shorts.has(caps) && caps.length >= 3) return true;
    // "UW Medicine", "UC Davis": two letters only with a capitalised word of the program after them.
    if (shorts.has(caps) && caps.length === 2) {
      const after = new RegExp(`\\b${t}\\s+([A-Z][\\p{L}-]+)`, 'u').exec(text)?.[1];
      if ((after && progWords.some((w) => w.toLowerCase() === after.toLowerCase())) || after === 'Medicine')
        return true;
    }
  }
  // The reverse: the context gives the short name ("CHOP", "WashU") and the email the long one.
  const shortProg = progWords.find((w) => /^[A-Z][A-Za-z]{1,5}$/.test(w) && (w.match(/[A-Z]/g) ?? []).length >= 2);
  if (shortProg && !NOT_A_SHORT_NAME.has(shortProg.toUpperCase())) {
    const phrases = text.match(/(?:[A-Z][\p{L}'-]+(?:\s+(?:of|the|and|at|in|for)\s+|\s+)){1,5}[A-Z][\p{L}'-]+/gu) ?? [];
    for (const ph of phrases) {
      const ws = ph.split(/\s+/).map((w) => w.replace(/'s$/, ''));
      for (let i = 0; i < ws.length; i++)
        for (let j = i + 2; j <= ws.length; j++) {
          const part = ws.slice(i, j);
          // "of" may give its letter ("CHOP": Children's Hospital Of Philadelphia) or not.
          const withOf = part.map((w) => (/^of$/i.test(w) ? 'O' : w));
          const want = shortProg.toUpperCase();
          for (const a of [initials(part), initials(withOf)])
            if (a === want || a === want.replace(/U$/, '')) return true;
        }
    }
  }
  return false;
}

/**
 * The writer's own names: the words of the signature and of a self-introduction ("my name is Dr.
 * Priyanka Sharma", "I am Dr. Souza"). A person who belongs to the program must be
 * someone other than the writer, so these never count as a person met.
 */
const SELF_INTRO =
  /\b(?:[Mm]y name is|I am|I'm)\s+(?:(?:[Dd]r|[Pp]rof|[Mm]rs?|[Mm]s)\.?\s+)?((?:[A-Z\u00C0-\u024F][\p{L}'-]+\s*){1,3})/gu;
const BARE_NAME =
  /^(?:(?:[Dd]r|DR|[Pp]rof|[Mm]r|[Mm]rs|[Mm]s|[Mm]iss)\.?\s+)?[A-Z\u00C0-\u024F][\p{L}'-]+(?:\s+[A-Z\u00C0-\u024F]\.?[\p{L}'-]*){0,3}(?:,?\s*(?:MD|MBBS|MBChB|PhD|DO|MPH|MS|MSc))*\.?$/u;
function ownNames(doc: TextDoc): Set<string> {
  const own = new Set<string>();
  const add = (text: string) => {
    for (const w of text.match(/[A-Z\u00C0-\u024F][\p{L}'-]+/gu) ?? []) {
      const k = w.toLowerCase();
      if (!/^(?:dr|prof|professor|mr|mrs|ms|md|mbbs|phd|mph|do)$/.test(k)) own.add(k);
    }
  };
  for (const s of doc.sentences) {
    if (s.role === 'signature') add(s.text);
    for (const m of s.text.matchAll(SELF_INTRO)) add(m[1]!);
  }
  // Round twenty-two: an email pasted as one line ends on the sender's bare name ("…what is the
  // requirement. Thanks. Dr Bisi"): a last sentence that is only a name, with or without a title
  // or degrees, is the signature the layout did not show.
  const last = doc.sentences.at(-1)?.text.trim() ?? '';
  if (BARE_NAME.test(last)) add(last);
  return own;
}

/** The person a titled mention or a meeting names: its last capitalised word ("Dr. Ferris" → ferris). */
function namedPerson(text: string): string | undefined {
  return text
    .match(/[A-Z\u00C0-\u024F][\p{L}'-]+/gu)
    ?.pop()
    ?.toLowerCase();
}

/**
 * Round twenty: a template slot left unfilled ("[Program Name]", "{{program_name}}", "<PROJECT>",
 * "Dr. XXXX", "[specific thing you discussed]") names nothing, whatever words the placeholder
 * holds; a bracketed aside in the writer's own words ("[sorry, I was on nights]") is left alone.
 */
const SLOT =
  /\[\s*(?:what|something|anything|insert|add|mention|describe|reference|refer to|one|a|an)\b[^\]]{0,80}\]|\[[^\]]{0,60}\b(?:name|names|program|programme|fellowship|date|specific|insert|project|detail|details|thing|topic|mention|surname|title|institution|hospital|person|faculty member|interviewer|something|here|pd|director)\b[^\]]{0,60}\]|\{\{?\s*[\w .-]{1,40}\s*\}?\}|<\s*[A-Za-z][\w .-]{0,40}\s*>|\bX{3,}\b/gi;
const unslot = (x: string) => x.replace(SLOT, ' ');

/**
 * Round twenty: the work of the program's people named by its aim, with their possessive before
 * it: "your fellows' work of trimming duplicate lab orders", "your faculty's efforts to shorten the
 * discharge summary", "the residents' recent research on sepsis alerts". The aim must name
 * something ("your fellows' work and culture" names nothing).
 */
const OWNED_WORK =
  /\b(?:your|the|its) (?:[\w-]+ )?(?:fellows?|residents?|faculty|team|program|programme|fellowship|department|division|group|trainees|informaticists?|staff|director|chief|cmio)(?:'s|') (?:[\w-]+ ){0,2}?(?:work|efforts?|research|projects?|studies|initiatives?|focus|push|attempts?) (?:of|on|in|to|around|toward|towards|with|for) ((?:[\w'-]+ ?){1,5})/;
function ownedWork(canon: string): string | undefined {
  const m = OWNED_WORK.exec(canon);
  if (!m) return undefined;
  const words = m[1]!
    .split(' ')
    .filter((w) => w && !/^(?:the|your|their|its|a|an|and|how|what|my|our|this|that)$/.test(w));
  return words.some((w) => !GENERIC_WORDS.has(w)) ? m[0] : undefined;
}

/**
 * Session 34: an email that is one turn of an exchange with a person at this program cannot go to
 * every program unchanged, whatever else it says. AX's coordinator notes ("As you requested at the
 * end of the day, I have attached…", "the dashboard I mentioned before", a reply below a program's
 * own message) were called generic because nothing in them named a project or a faculty member.
 * Three marks of the exchange, each about who did what to whom, not about a topic:
 * - the reader's own act toward the member: a request, a reply, something sent, plain talk;
 * - the member's reference back to an earlier turn with this reader;
 * - a quoted message written by someone other than the member (the program's reply).
 */
const READER_ACT: readonly RegExp[] = [
  // "as you requested / asked / suggested", "as requested by you", "per your request".
  /\bas (?:you|dr\.? [a-z'-]+|ms\.? [a-z'-]+|mr\.? [a-z'-]+) (?:\w+ )?(?:requested|asked|suggested|advised|recommended|instructed|wanted|needed)\b/,
  /\b(?:per|following|in response to|as per) (?:your|dr\.? [a-z'-]+'s) (?:\w+ )?(?:request|suggestion|advice|instructions?|question|email|message|note|reply)\b/,
  // "thank you for the quick reply / for getting back to me / for replying to my earlier message".
  /\b(?:thank you|thanks) (?:\w+ ){0,3}for (?:your |the |so )?(?:quick |prompt |kind |fast |swift |speedy |detailed |helpful |thoughtful |quickly )?(?:reply|replying|response|responding|getting back|writing back|answering|answer to my|coordinating|arranging|organi[sz]ing|scheduling|sending|forwarding)\b/,
  // Something the reader sent, shared or pointed the member to: "the paper … you sent".
  /\byou (?:\w+ )?(?:sent|forwarded|emailed|e-mailed|mailed|attached|linked|passed on|pointed me to|sent me|shared with me)\b/,
  // Plain talk told as the reader's manner toward the member: "you were straight with me about
  // the hours", "you spoke so plainly about…", "your frankness about the workload".
  /\byou (?:were|was) (?:\w+ )?(?:straight|frank|honest|candid|open|upfront|up front|direct|clear|realistic|transparent) (?:with (?:me|us)|about|on|regarding)\b/,
  /\byou (?:\w+ )?(?:spoke|talked|were speaking) (?:so |very |quite )?(?:plainly|frankly|openly|honestly|candidly|directly|realistically|bluntly) (?:about|on|of|with)\b/,
  /\byour (?:\w+ )?(?:frankness|candou?r|honesty|openness|directness|transparency|bluntness) (?:about|on|regarding|around|with me)\b/,
];
const ANTICIPATED =
  /\b(?:in advance|in anticipation|will be|would be|shall be|look(?:ing)? forward|hope to hear|awaiting)\b/;
/** The member going back to an earlier turn with this reader: "the dashboard I mentioned before". */
const EARLIER_TURN =
  /\b(?:i|as i) (?:had |have )?(?:mentioned|told you|wrote|described|shared|noted|said)(?: (?:to you|it|this))? (?:before|earlier|previously|last time|when we (?:met|spoke|talked)|in my (?:last|previous|earlier|first) (?:email|e-mail|message|note|update|letter))\b|\bmy (?:earlier|previous|last|first) (?:email|e-mail|message|note|update|letter) (?:to you|about|regarding|on)\b|\b(?:replying|reply|responding) to (?:my|your) (?:earlier |previous |last )?(?:email|e-mail|message|note|question)\b/;
/** "On Mon, … Dr. Albrecht wrote:", "From: Porter, Jane": who wrote the quoted message. */
const QUOTED_AUTHOR =
  /^\s*>?\s*(?:On\b.{0,200}?,\s*(.{2,80}?)\s*(?:<[^>]*>)?\s*wrote:|From:\s*(.{2,80}?)\s*(?:<[^>]*>)?\s*$)/i;
const INSTITUTION_AUTHOR =
  /\b(?:residency|residencies|program|programme|fellowship|team|office|hospital|university|college|school|department|dept|coordinator|admissions|recruitment|gme|im|noreply|no-reply|do-not-reply|donotreply|applications?|info|eras|nrmp|amia|committee|center|centre|clinic|health|medicine|institute)\b/i;
function exchangeEvidence(
  doc: TextDoc,
  sents: readonly { canon: string }[],
  own: ReadonlySet<string>,
): string | undefined {
  for (const s of sents) {
    for (const re of READER_ACT) {
      const m = re.exec(s.canon);
      // A thanks for a reply still to come ("thank you in advance for your reply") is no exchange.
      if (m && !ANTICIPATED.test(s.canon)) return m[0];
    }
    const e = EARLIER_TURN.exec(s.canon);
    if (e) return e[0];
  }
  for (const l of doc.lines) {
    if (l.role !== 'quoted') continue;
    const m = QUOTED_AUTHOR.exec(l.text);
    if (!m) continue;
    // A mailbox or a role ("Quarry Hill IM Residency", "Residency Coordinator") sends the same
    // confirmation to every applicant: only a person's reply makes this one turn of a talk.
    if (INSTITUTION_AUTHOR.test(m[1] ?? m[2]!)) continue;
    const who = (m[1] ?? m[2]!).match(/[A-Z\u00C0-\u024F][\p{L}'-]+/gu) ?? [];
    const names = who.map((w) => w.toLowerCase()).filter((w) => !/^(?:dr|prof|mr|mrs|ms|md|on)$/.test(w));
    // The member's own earlier message quoted below is no reply from the program.
    if (names.length && !names.some((w) => own.has(w))) return l.text.trim();
  }
  return undefined;
}

/**
 * Session 34: a greeting that names a person by first name or as Ms./Mr. ("Hi Janelle", "Dear Ms.
 * Lopez") writes to one staff member the member already deals with, usually the coordinator; a
 * mass email greets "Dear Sir/Madam", "Dear Program Director" or "Dear Dr. <name>" (the one field a
 * mail merge fills in, which the corpus labels generic when nothing else is this program's).
 */
const STAFF_GREETING =
  /^\s*(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening|day)|[Rr]espected)\s+(?:(?:[Mm]s|[Mm]r|[Mm]rs|[Mm]iss|[Mm]x)\.?\s+)?([A-Z\u00C0-\u024F][\p{L}'-]+)/u;
const NOT_A_NAME = new Set(
  'sir sirs madam madame maam doctor doc dr professor prof program programme team committee all everyone everybody colleague colleagues selection admissions faculty coordinator director directors esteemed there friend friends hiring members member search chair chief fellowship residency department office staff recruitment interview interviewer interviewers respected'.split(
    ' ',
  ),
);
function staffGreeting(doc: TextDoc, own: ReadonlySet<string>): string | undefined {
  const first = doc.lines.find((l) => l.role !== 'blank' && l.text.trim());
  if (!first || first.role === 'quoted') return undefined;
  const m = STAFF_GREETING.exec(first.text);
  if (!m) return undefined;
  const titled = /^\s*\S+\s+(?:ms|mr|mrs|miss|mx)\b/i.test(first.text);
  const name = m[1]!.toLowerCase();
  if (NOT_A_NAME.has(name) || COMMON_PROPER.has(name) || own.has(name)) return undefined;
  // A first name alone must be followed by the greeting's end, not by more words ("Hi Program
  // Team", "Hello Selection Committee" are caught above; "Hi Janelle," passes).
  if (!titled && !/^\s*[,!:.-]?\s*$/.test(first.text.slice(m.index + m[0].length))) return undefined;
  return first.text.trim();
}

/**
 * Session 34: a place of the program named as a proper noun with its kind ("the front desk of the
 * Pavilion building", "the Hartley Hall auditorium"). A building or campus has one owner.
 */
const NAMED_PLACE =
  /\b(?:the|at|in) ((?:[A-Z\u00C0-\u024F][\p{L}'-]+ ){1,3})(?:building|hall|pavilion|tower|wing|campus|auditorium|atrium|lobby|annex|conference room|library|garage)\b/u;
function namedPlace(text: string): string | undefined {
  const m = NAMED_PLACE.exec(text);
  if (!m) return undefined;
  const words = m[1]!.trim().split(' ');
  return words.some(
    (w) => !COMMON_PROPER.has(w.toLowerCase()) && !/^(?:The|Main|North|South|East|West|New|Old)$/.test(w),
  )
    ? m[0]
    : undefined;
}

/** What makes the email specific to this program (for tests and tuning), or undefined. */
export function specificEvidence(doc: TextDoc, program: string | undefined): string | undefined {
  const sents = doc.sentences
    .filter((s) => s.role === 'body')
    .map((s) => ({ ...s, text: unslot(s.text), canon: unslot(s.canon) }));
  const bodyText = sents.map((s) => s.text).join(' ');
  if (programHits(bodyText, program)) return `program name: ${program}`;
  const own = ownNames(doc);
  const isOwn = (text: string) => {
    const who = namedPerson(text);
    return who !== undefined && own.has(who);
  };
  const exchange = exchangeEvidence(doc, sents, own) ?? staffGreeting(doc, own);
  if (exchange) return exchange;
  for (const s of sents) {
    const place = namedPlace(s.text);
    if (place) return place;
    const person = personMet(s.text);
    const met = (person && !isOwn(person) ? person : undefined) ?? talkTopic(s.canon) ?? ownedWork(s.canon);
    if (met) return met;
    for (const re of SPECIFIC) {
      const m = re.exec(s.canon);
      if (!m) continue;
      // A title with a capitalised name as written ("Dr. Greer"), not "a doctor with"; and not the
      // writer's own name ("My name is Dr. Sharma").
      if (re === SPECIFIC[0]) {
        const titled = [...s.text.matchAll(/\b(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.? ([A-Z\u00C0-\u024F][\p{L}'-]+)/gu)];
        if (!titled.some((t) => !own.has(t[1]!.toLowerCase()))) continue;
      }
      // Round thirty-one: a talk or session names this program only through its topic ("the session
      // with the residents about the program" names nothing; "…about the discharge redesign" does).
      if (re === SPECIFIC[2]) {
        // The topic is the noun phrase after the preposition: it ends at a verb or a clause break.
        const topic = s.canon
          .slice(m.index + m[0].length)
          .trim()
          .split(
            /[,.;:!?]|\b(?:was|were|is|are|has|had|have|will|would|which|that|but|so|because|left|made|gave)\b/,
          )[0]!
          .split(/\s+/)
          .slice(0, 4);
        if (memberOnlyTopic(topic.join(' '))) continue;
        const named = topic.filter(
          (w) => w && !/^(?:the|your|their|its|a|an|and|how|what|our|this|that|all|of|in)$/.test(w),
        );
        if (!named.some((w) => !GENERIC_WORDS.has(w))) continue;
      }
      if (re === SPECIFIC[4] || re === SPECIFIC[5] || re === SPECIFIC[6]) {
        // "your program's supportive culture" names nothing; "your sepsis alert project" does.
        const words = m[0]
          .split(' ')
          .slice(1, -1)
          .filter(
            (w) => /[a-z]/.test(w) && !/^(?:the|your|their|me|us|through|about|of|to)$/.test(w) && !/'s?$/.test(w),
          );
        if (!words.some((w) => !GENERIC_WORDS.has(w))) continue;
      }
      return m[0];
    }
  }
  return undefined;
}

const isSpecific = (doc: TextDoc, program: string | undefined) => specificEvidence(doc, program) !== undefined;

const COMMON_PROPER = new Set(
  (
    'i dear thank thanks match nrmp amia eras ecfmg usmle step ehr emr epic cerner january february march april may june july ' +
    'august september october november december monday tuesday wednesday thursday friday saturday sunday clinical informatics ' +
    // (Months and days shortened as mail clients and members write them: "after my interview on Nov 19"
    // names no second program; newcomer trial 14.)
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'fellowship program residency english us usa america american img imgs md mph phd cv best regards sincerely subject re fwd'
  ).split(' '),
);

const SPECIFIC_KINDS: ReadonlySet<PrematchKind> = new Set(['thank-you', 'update', 'top-choice', 'inquiry']);

const genericMessage: Check = {
  id: 'generic-message',
  checks: 'whether the email names anything specific to this program',
  run(doc, { context }) {
    if (!SPECIFIC_KINDS.has(context.kind)) return undefined;
    return isSpecific(doc, context.program) ? undefined : {};
  },
};

// ---- overshare -----------------------------------------------------------------------------

const FAMILY =
  '(?:mother|father|mom|mum|dad|wife|husband|spouse|partner|son|daughter|child|children|kids?|baby|brother|sister|siblings?|parents?|grandmother|grandfather|grandparents?|aunt|uncle|family|fiance|fiancee|in-laws?)';

/** Personal matters, each a lemma or phrase that is a disclosure in itself. */
const DISCLOSURE: readonly [string, RegExp][] = [
  [
    'health',
    /\b(?:diagnos(?:e|ed|is)|cancer|tumou?r|leukemia|lymphoma|chemo(?:therapy)?|radiotherapy|surgery|operation|stroke|heart attack|seizures?|epilepsy|illness|ill|sick|sickness|disease|disorder|hospitali[sz](?:ed|ation)|admitted to (?:the )?hospital|in and out of (?:the )?(?:[\w-]+'?s? )?(?:hospitals?|clinics?|wards?|emergency rooms?)|hospital stays?|dialysis|transplant|miscarriage|infertility|ivf|pregnancy complications?|pregnant|expecting (?:a|our|my) (?:first |second |third )?(?:baby|child)|due to give birth|chronic pain|disability|injur(?:y|ed|ies)|accident|covid|long covid|hiv|tuberculosis|diabetes|dementia|alzheimer'?s?|parkinson'?s?|bedridden|terminal|passed away|died|death|funeral|grief|grieving|bereavement|mourning|lost my|loss of my|(?:my|our|his|her) (?:\w+ )?(?:father|mother|dad|mum|mom|husband|wife|brother|sister|son|daughter|grandmother|grandfather|parent)'?s? (?:sudden |recent |untimely )?passing|relaps(?:e|ed|ing)|blood pressure|(?:kidneys?|liver|heart|lungs?|brain) (?:\w+ )?(?:failed|failing|gave out|stopped|is failing|are failing)|(?:his|her|their|my \w+'s|the family's) (?:only |main |sole |full-time )?(?:caregiver|carer)|born prematurely|premature(?:ly)? (?:birth|baby)|nicu|picu|intensive care unit|migraines?|in the icu|in intensive care|on a ventilator|my doctor (?:says|said|told|has told)|medication for (?:my|it|this)|(?:i am|i have been|i was) (?:\w+ )?on (?:\w+ )?medications?|(?:i|we) (?:\w+ )?take (?:\w+ )?medications? for|(?:heart|brain|spine|hip|knee) surgery|fracture)\b/,
  ],
  [
    'mental health',
    /\b(?:depress(?:ion|ed|ive)|anxiety|panic(?: attacks?)?|burn(?:ed|t)? ?out|breakdown|mental (?:health|illness|breakdown)|therap(?:y|ist)|counsel(?:l?ing|l?or)|psychiatr(?:ist|ic)|antidepressants?|ptsd|trauma(?:tic|tized|tised)?|suicid(?:e|al)|insomnia|barely slept|(?:could|can) not sleep|sleepless|(?:kept|keep|keeping) me sane|my sanity|fell apart|falling apart|(?:rough|hard|difficult|painful|dark|terrible|awful|tough|heavy) (?:fall|year|time|period|months?|patch|season|winter|summer|spring|autumn|weeks|days)|bipolar|adhd|ocd|eating disorder|emotional(?:ly)? (?:toll|struggle|struggled|exhausted|drained|broken|devastated)|devastated|heartbroken|overwhelmed|struggl(?:e|ed|ing) (?:emotionally|mentally|with my mental)|(?:have|had|has) not slept|(?:(?:have|had|has) not been (?:able to )?sleep(?:ing)?|(?:trouble|unable to|struggling to) sleep(?:ing)?)(?! (?:much |well )?(?:because of|due to|with|during|on|from) (?:\w+ ){0,2}(?:nights?|shifts?|calls?|on-call|work|duty|rotations?|wards?)\b)|not (?:slept|sleeping) (?:properly|well|at all)|crying|cried (?:myself|every)|in tears|hopeless(?:ness)?|miserable|not (?:\w+ ){0,3}(?:seen me|been able to) smile|(?:the|my) stress (?:of|from|has)|(?:would|will|could) not survive|(?:can not|cannot|could not) (?:go through|face|bear|take) (?:another|this|it) (?:\w+ )?(?:again|year|cycle|rejection|time)?|nervous breakdown)\b/,
  ],
  [
    'money',
    /\b(?:skip(?:ping|ped)? meals|go(?:ing)? hungry|went hungry|(?:not|barely) enough (?:money )?(?:to eat|for food)|debts?|indebted|loans?|bankrupt(?:cy)?|afford|affordable|savings|financial(?:ly)?|finances|money|broke|out of (?:money|funds|savings)|ran out of|running out of|poverty|poor|mortgage|(?:re-?)?mortgag(?:ed|ing)|rent|income|salary|sold (?:my|our)|sold (?:\w+ ){0,3}?(?:their|his|her|our|my|the family's) (?:\w+ )?(?:land|house|home|car|jewel\w*|gold|property|farm|shop|business|flat|apartment)|borrow(?:ed|ing)?|lender|can not pay|could not pay|unable to pay|pay off|expenses|fees? (?:I|we) (?:could|can)|owe|owes|owed|owing|credit cards?|maxed out|bills|evict(?:ed|ion)|homeless|lost (?:our|my) (?:house|home|flat|apartment)|sleeping (?:at|on) (?:a|my|the) (?:\w+ )?(?:place|floor|couch|sofa)|lose everything|lost everything|bank account|(?:account|pockets?|savings|wallet) (?:is|are|was|were) (?:\w+ )?(?:empty|gone|drained|exhausted)|no money (?:left|at all))\b/,
  ],
  [
    'relationships',
    /\b(?:divorc(?:e|ed|ing)|separat(?:ion|ed) from|(?:we|i|and i) (?:\w+ )?(?:separated|split up|broke up)|(?:my )?separation|break-?up|broke up|my (?:ex|ex-wife|ex-husband|ex-partner)|custody|affair|marriage (?:ended|fell apart|collapsed|broke down|problems|difficulties|troubles)|single (?:mother|father|parent)|widow(?:ed|er)?|domestic (?:violence|abuse)|(?:we|i|and i) (?:are|am|were|have been) (?:\w+ )?(?:separating|splitting up|divorcing)|(?:wife|husband|spouse|partner|fianc\w*|girlfriend|boyfriend) (?:\w+ )?(?:left me|walked out|abandoned me|cheated|left(?! (?:for|to|on|early|work|the|a|his|her)\b))|(?:broke|called) off (?:our|the|my) (?:engagement|wedding|marriage))\b/,
  ],
  [
    'family pressure',
    new RegExp(
      String.raw`\b(?:family|parents|father|mother|relatives|(?:community|village)(?! (?:health|clinic|hospital|workers?|members?|pharmacy|center|centre|program|programme|outreach|medicine|nurses?|practice|level|data|project|registry|survey)\b))(?:'s)? (?:\w+ ){0,5}?(?:expect(?:s|ed|ation|ations)?|pressur\w*|counting on|depend(?:s|ing)? on|sacrificed|hopes? (?:rest|depend)|future depends|honou?r|shame|disappoint(?:ed|ment)?|insist(?:s|ed)?)\b|\b(?:family|parents|father|mother|relatives)\b (?:\w+ ){0,2}(?:will|would|could|can|does|do|did) not (?:\w+ )?(?:accept|tolerate|forgive|survive|bear|take) (?:another|a second|a third|one more|any (?:more )?|my) (?:\w+ )?(?:failures?|rejections?|unmatched year|year without)\b|\b(?:pressure from|expectations of) my (?:family|parents|father|mother)\b|\b(?:can not|cannot|could not|must not|can't) (?:\w+ )?(?:disappoint|let down|fail) (?:them|my (?:family|parents|father|mother))\b|\b(?:bring|brought) (?:shame|honou?r) (?:to|on|upon) my\b|\bonly (?:doctor|hope|breadwinner|earner) (?:in|of|for) my family\b|\bthe only (?:earner|breadwinner|provider|income)\b|\bsupport my (?:whole |entire |extended )?family\b|\b(?:shamed?|disgrace[d]?|dishono(?:u)?red) (?:\w+ ){0,2}(?:the|my|our) (?:whole |entire )?family\b|\bfamily (?:\w+ ){0,4}(?:lose|lost) everything\b|\b(?:in|with) (?:shame|disgrace|dishono(?:u)?r)\b|\b(?:(?:my|our) (?:whole |entire )?(?:hometown|home town|village|town|community|people|tribe|clan|neighbou?rs|neighbou?rhood)(?! (?:health|clinic|hospital|workers?|members?|pharmacy|center|centre|program|programme|outreach|medicine|nurses?|practice|level|data|project|registry|survey))|everyone (?:back )?(?:home|at home|in my (?:hometown|home town|village|town|community)))\b.{0,80}?\b(?:(?:can not|cannot|could not|can't|couldn't) (?:\w+ ){0,2}(?:go back|return|face|look|disappoint|let (?:them|everyone) down)|empty[- ]?handed|(?:fail|failing|disappoint|disappointing|let down|letting down) (?:them|everyone)|waiting (?:to hear|for (?:news|me))|counting on me|expect(?:s|ing)? (?:me|us|that i|to (?:see|hear) (?:me|that i)))\b|\b(?:go|come|return|went|came|going|coming) (?:back )?home empty[- ]?handed\b` +
        // Who × act × topic: the member's family or community expecting, announcing or asking
        // daily about the member's outcome ("my parents have told our whole community that I will
        // become a fellow", "my father calls me every evening to ask", "the pressure from home").
        // Round thirty-one: the family named, then taken up again as "they" or "them": "my parents
        // have put everything into my education, and they expect me to match; I cannot face them".
        String.raw`|\bmy ${FAMILY}\b[^.?!]{0,120}?(?:\b(?:they|them)\b[^.?!]{0,40}?(?:\b(?:expect(?:s|ed|ing)?|(?:are|is) counting on|depend(?:s|ing)? on) me\b|\b(?:can not|cannot|could not|can't|couldn't|won't be able to) (?:\w+ ){0,2}(?:face|look at|disappoint|let down|go back to)\b)|\b(?:can not|cannot|could not|can't|couldn't|won't be able to) (?:\w+ ){0,2}(?:face|look at|disappoint|let down|go back to) them\b)` +
        // Session 34 (newcomer trial 21): any relative's future set on the outcome is the same plea
        // ("my children's future depends on…", "the livelihood of my whole family rests on this").
        String.raw`|\b(?:my|our) (?:\w+ )?${FAMILY}(?:'s|'|s')? (?:whole |entire |only |very )?(?:future|futures|lives|life|livelihood|livelihoods|well-being|wellbeing|survival|hopes?) (?:\w+ ){0,2}(?:depends?|depending|rests?|resting|rides?|riding|hangs?|hanging|relies|rely|relying) (?:entirely |completely |only |solely )?(?:on|upon)\b|\bthe (?:future|lives|livelihood|survival|well-being|wellbeing) of (?:my|our) (?:whole |entire )?(?:\w+ )?${FAMILY} (?:\w+ ){0,2}(?:depends?|rests?|rides?|hangs?|relies) (?:entirely |completely |only |solely )?(?:on|upon)\b` +
        String.raw`|\b(?:pressure|expectations?|hopes) (?:from|at|of|back) home\b|\b(?:expectations?|pressure|hopes) (?:\w+ ){0,4}(?:weigh|weighs|weighed|weighing) (?:\w+ )?on me\b|\b(?:do not|don't|did not|does not) (?:\w+ ){0,2}(?:want|wish) to (?:disappoint|let down|fail) (?:them|everyone|my ${FAMILY}|my (?:community|village|people))\b|\b(?:told|tells|telling|tell) (?:our|my|the|all (?:the|our|my)) (?:whole |entire )?(?:community|village|town|relatives|neighbou?rs|everyone)\b|\bmy ${FAMILY} (?:\w+ ){0,3}(?:calls?|asks?|phones?|messages?|texts?) (?:me )?(?:every|each) (?:single )?(?:day|night|evening|morning|week)\b|\b(?:everyone|everybody|(?:my|our) (?:whole |entire )?(?:community|village|town|relatives|neighbou?rs))(?: (?:\w+ ){0,3}(?:home|village|town|community))? (?:\w+ ){0,2}(?:believes?|thinks?|expects?|knows?|has been told|have been told|is waiting|are waiting|is sure|are sure) (?:that )?i (?:am|will|would)\b`,
    ),
  ],
  // Who × state: the member's relative as the patient of a clinical state, whatever the condition
  // is called ("my mother was in ICU for heart failure", "my wife's pregnancy has been complicated
  // by pre-eclampsia", "my father has been admitted twice"). The same words about a project or a
  // ward the member works on name no one of theirs.
  [
    'health',
    new RegExp(
      String.raw`\bmy (?:\w+ )?${FAMILY}\b(?: ?'s? (?:\w+ )?(?:pregnancy|health|condition|recovery|treatment|illness|delivery|labou?r|birth))?[^.;]{0,60}?\b(?:was|is|has been|had been|were|are|got|been|being|went|remains?|stayed) (?:\w+ ){0,2}?(?:admitted|readmitted|hospitali[sz]ed|intubated|ventilated|in (?:the )?(?:icu|intensive care|ccu|picu|nicu|hospital|a coma)(?! (?:administration|management|informatics|leadership|pharmacy|board|it)\b)|critically ill|complicated(?= by)|treated(?= for)|operated on|put on (?:a )?ventilator)\b`,
    ),
  ],
  // Round twenty-five, who × event: a birth told as the relative's medical story ("my wife had an
  // emergency caesarean after heavy bleeding", "our son was born at 31 weeks and spent a month in
  // the neonatal unit on oxygen", "a very difficult delivery") is a relative's health, like an
  // illness. A birth named without its course ("we welcomed a baby in April") tells nothing.
  [
    'health',
    new RegExp(
      String.raw`\b(?:my|our) (?:\w+ )?${FAMILY}\b(?: ?'s)?[^.;]{0,60}?\b(?:had|has|needed|needs|underwent|developed|suffered|went through|was on|were on|is on|spent|stayed|was born|were born|was delivered|came|arrived|lost)(?: [\w-]+){0,4}? (?:(?:heavy |severe |massive )?(?:bleeding|ha?emorrhage)|(?:an? )?(?:emergency |urgent )?(?:caesarean|cesarean|c-section)s?|pre-?eclampsia|eclampsia|bed ?rest|(?:blood )?transfusions?|breathing support|oxygen|a ventilator|an incubator|(?:the )?(?:neonatal (?:unit|intensive care|ward)|special care (?:baby )?unit|nicu)|at \d+ weeks|\d+ weeks (?:early|premature)|premature(?:ly)?)\b` +
        String.raw`|\b(?:(?:my|our|his|her) (?:\w+ )?(?:${FAMILY}'s )?|(?:my|our) (?:\w+ )?${FAMILY}\b[^.;]{0,40}?\b(?:had|went through|endured|survived|faced) (?:a |an )?)(?:very |extremely |really )?(?:difficult|complicated|traumatic|high-risk|high risk|dangerous|hard|frightening) (?:delivery|birth|pregnancy|labou?r)\b`,
    ),
  ],
  // Euphemisms, field by field: the same personal matters said softly. A condition of the body
  // or mind owned by the member or their family ("my father's heart condition", "my own health,
  // which is still fragile", "her memory has been slipping", "I was not myself"), time taken to
  // recover, being the one who looks after a relative.
  [
    'health',
    new RegExp(
      String.raw`\b(?:(?:my|our|his|her|${FAMILY}'s) (?:own )?(?:\w+ )?(?:heart|kidney|liver|lung|thyroid|blood|memory|back|spine|medical|health) (?:condition|problems?|issues?|scare|troubles?|complications?)|(?:my|our|his|her|${FAMILY}'s) (?:own )?health(?:,? which)? (?:\w+ ){0,2}(?:is|was|has been|had been|became|remains|got|kept) (?:\w+ )?(?:fragile|poor|failing|declining|deteriorating|worse|worsening|delicate|precarious|unstable|not good|a concern|a worry|an issue)|(?:look|looked|looking|care|caring|cared|attend|attending) (?:after|for|to) my (?:own )?(?:health|recovery|well-?being)|health (?:matters|issues|problems|concerns|troubles) of my own|(?:my|our) own health (?:matters|issues|problems|concerns|troubles)|(?:memory|mind|eyesight|sight|hearing|mobility|strength|health) (?:has been|have been|is|was|had been|started|began|keeps|kept) (?:\w+ )?(?:slipping|failing|fading|declining|deteriorating|worsening|getting worse|going)|i (?:\w+ ){0,2}(?:needed|need|took|take|had to take) (?:some )?(?:\w+ )?time (?:off |away )?(?:to|for) (?:recover|heal|recuperate|get better|regain my|my (?:own )?(?:health|recovery))|i am the one (?:who )?(?:looks|look|cares|care|takes|take|sits|stays) (?:after|for|care of|with) (?:her|him|them|my ${FAMILY})|(?:her|his|their|my ${FAMILY}'s) (?:only |main |sole |full-time )?(?:carer|caregiver|nurse)\b)\b`,
    ),
  ],
  [
    'mental health',
    /\b(?:(?:have|had|has) not (?:quite )?been myself|was not (?:quite )?myself|not (?:quite |really )?(?:feeling )?myself|(?:not|never) (?:\w+ )?in (?:a good|the best|good|great|a great) (?:place|shape|state|way)(?: emotionally| mentally)?|(?:emotionally|mentally) (?:fragile|exhausted|drained|shaky|not (?:ok|okay|well))|running on (?:fumes|empty)|at the end of my (?:rope|tether)|at my wits'? end|(?:i am|i feel|i have been|i was) (?:completely|totally|utterly|constantly|always|emotionally|mentally) (?:exhausted|worn out|worn down|drained|depleted)|i have been (?:\w+ )?(?:exhausted|worn out|worn down|drained|depleted) (?:for|since)\b|(?:a |such a |very )?lonely (?:time|year|period|months?|winter|stretch)|loneliness|(?:difficult|hard|rough|tough|dark|painful|heavy) (?:stretch|phase|chapter|road|few (?:months|years|weeks))|things (?:at home|in my (?:personal )?life|for (?:us|me|my family)) (?:\w+ ){0,2}(?:have|has|had) (?:not )?been (?:\w+ )?(?:easy|hard|difficult|rough|tough|complicated|a struggle|heavy))\b/,
  ],
  // Feelings told as the member's state or a relative's distress: "I feel so much stress", "my
  // mother cries every time we talk about the Match".
  [
    'mental health',
    new RegExp(
      String.raw`\b(?:i|we) (?:\w+ )?(?:feel|felt|am feeling|have been feeling|live with|am under|was under) (?:so much|a lot of|constant|so|very|such|great|enormous|unbearable|huge|immense) (?:\w+ )?(?:stress|stressed|pressure|anxious|worried|scared|afraid|alone|lonely|lost|hopeless|helpless)\b|\b(?:my )?${FAMILY} (?:\w+ )?(?:cries|cried|weeps|wept|is crying|was crying|breaks down|broke down)\b`,
    ),
  ],
  // Money said softly: making ends meet, money being tight, barely covering what is owed, housing
  // lost ("living out of a suitcase at a cousin's place since my lease ended").
  [
    'money',
    /\b(?:mak(?:e|ing) ends meet|(?:money|finances|cash|things) (?:\w+ )?(?:is|are|was|were|has been|have been) (?:\w+ )?tight|(?:tight|stretched) (?:\w+ )?(?:financially|on money|for money)|(?:can|could) (?:barely|hardly|no longer|not) (?:\w+ )?(?:cover|pay|afford|manage) (?:my|our|the) (?:\w+ )?(?:rent|bills|fees|expenses|loans?|tuition)|living out of (?:a |my |our )?(?:suitcase|car|boxes|bag)|(?:sleeping|crashing|living|staying) (?:\w+ )?(?:on|at) (?:a |my )?(?:cousin|friend|relative|sibling|brother|sister|uncle|aunt)'?s (?:place|couch|sofa|floor|house|flat)|(?:since|after|when) (?:my|our) lease (?:\w+ )?(?:ended|ran out|expired|was not renewed)|nowhere (?:else )?to (?:live|stay|sleep)|wiped out (?:\w+ ){0,3}(?:saved|savings|had)|what little (?:i|we) (?:had|have) (?:saved|left)|(?:used up|drained|burned through|burnt through|exhausted) (?:all )?(?:of )?(?:my|our) (?:\w+ )?(?:savings|money)|(?:the bank|bailiffs?|(?:the|our|my) landlord|creditors) (?:\w+ )?(?:took|repossessed|seized|foreclosed on|took back) (?:our|my) (?:house|home|flat|apartment|car|land|farm|shop))\b/,
  ],
  [
    'relationships',
    /\b(?:(?:go|goes|went|going|gone) (?:our|their|his|her) (?:own )?separate ways|(?:my|our) marriage (?:\w+ )?(?:is over|has ended|did not survive|ended|came apart)|(?:my|our) (?:wife|husband|spouse|partner|fianc\w*|girlfriend|boyfriend) (?:\w+ )?(?:moved out|left (?:home|our home|the house|the country)))\b/,
  ],
  // Session 25, who × act × topic: relatives of any degree (uncles, aunties, in-laws, elders) pressing
  // the member about the Match however it is said ("my uncles back home keep pressuring me about when
  // I will finally match", "relatives in Accra telephone every week pressing me about the Match"), and
  // a marriage or partnership said to be strained by it ("my marriage is under strain from all the
  // waiting", "my husband and I are struggling", "things between my wife and me are very tense").
  // "The telestroke network reduced the strain on the night team" and "after my marriage last year I
  // moved to Ohio" name no trouble of the member's.
  [
    'family pressure',
    /\b(?:(?:my|our) (?:\w+ )?)?(?:uncles?|aunts?|aunties|auntie|in-laws|relatives|elders|cousins|siblings|brothers|sisters|parents|family) (?:[\w-]+ ){0,5}?(?:keeps? |kept |are |is |were |have been |has been |constantly |always |never stop )?(?:(?:pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?|press(?:es|ed|ing)?|nag(?:s|ged|ging)?|hound(?:s|ed|ing)?|harass(?:es|ed|ing)?) me (?:\w+ ){0,3}?(?:about|over|on|re|regarding|as to|to) (?:\w+ ){0,3}?(?:match\w*|results?|residency|fellowship|married|a job|(?:when|whether|if) i)|(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)?|phon(?:e|es|ed|ing)) (?:me )?(?:\w+ ){0,2}?(?:when|whether|if) i (?:\w+ ){0,3}?match\w*)\b/,
  ],
  [
    'relationships',
    /\b(?:(?:my|our) (?:marriage|relationship|engagement) (?:\w+ ){0,2}?(?:is|has been|was|had been|are) (?:\w+ )?(?:under (?:\w+ )?(?:strain|stress|pressure)|suffering|struggling|falling apart|on the rocks|in trouble|at risk|strained|breaking(?: down)?|not (?:doing )?well)|(?:strain|stress|tension|tensions|pressure) (?:\w+ )?(?:on|in) (?:my|our) (?:marriage|relationship)|(?:my|our) (?:wife|husband|spouse|partner) and (?:i|me) (?:\w+ ){0,2}?(?:are|have been|were|keep) (?:\w+ )?(?:struggling|fighting|arguing|not speaking|barely speaking|drifting apart)|things between (?:my|me and my) (?:wife|husband|spouse|partner)(?: and (?:me|i))? (?:\w+ ){0,2}?(?:are|have been|have become|became|were|got) (?:\w+ )?(?:tense|strained|difficult|hard|bad|rocky))\b/,
  ],
  // Session 36 (AZ pm-h52-020), who × act × topic: a relative's ultimatum on the member's match,
  // the consequence of not matching laid down by the family ("my father says that if I do not match
  // this season I must come back to Karachi", "my parents have made it clear that unless I match I
  // will have to join the family clinic"). The member's own fallback ("if I do not match, I plan to
  // reapply") and a relative's wish for a match that happens ("my wife says if I match we would love
  // Salt Lake City") are not it.
  [
    'family pressure',
    new RegExp(
      String.raw`\b(?:my|our) (?:\w+ )?${FAMILY}\b[^.?!]{0,50}?\b(?:says?|said|saying|insists?|insisted|told me|tells me|has told me|warned|warns|has warned|decided|has decided|made it (?:\w+ )?clear|makes it (?:\w+ )?clear|gave me|has given me|demands?|demanded|wants?|expects?|reminds? me|threaten\w*)\b[^.?!]{0,40}?\b(?:if|unless|should|once) i\b(?:(?<=unless i)| (?:do not|don't|did not|didn't|fail to|failed to|cannot|can not|can't|could not|couldn't|am not|am unable to|was not|were not|end up not|do not manage to|don't manage to|not))\b[^.?!]{0,70}?\b(?:i|we) (?:must |will |would |have to |will have to |would have to |need to |should |am to |shall |'ll have to |am expected to |am going to have to )?(?:\w+ )?(?:come back|come home|go back|go home|return|give up|stop|quit|abandon|marry|get married|leave|take over|join (?:the|his|her|their|our|my) (?:\w+ )?(?:family|clinic|business|practice|shop|pharmacy)|forget)\b`,
    ),
  ],
  // Family sacrifice and the wait for news: "my parents put everything they had into my education,
  // and they are waiting for good news", "my family can finally hold their heads up".
  [
    'family pressure',
    new RegExp(
      String.raw`\b(?:(?:put|poured|invested|spent|sunk|gave|sacrificed|staked) (?:\w+ ){0,2}(?:everything|all) (?:they|we|he|she) (?:had|have|owned|own|saved)|hold (?:their|our|his|her|my) heads? (?:\w+ )?(?:up|high)|(?:my|our) (?:whole |entire )?${FAMILY}\b.{0,80}?\b(?:waiting (?:\w+ )?(?:for|to hear) (?:\w+ )?(?:good |the )?(?:news|results?|outcome)|are waiting to hear))\b`,
    ),
  ],
  [
    'religion',
    /\b(?:god(?! willing)|allah|jesus|christ|prayers?|praying|pray|divine|faith in god|my faith|church|mosque|temple|by (?:god|allah)'s grace|god'?s (?:plan|will|grace)|fasted|grace of (?:the )?almighty|fasting (?:and|for)|blessings? (?:of|from) (?:god|the almighty)|almighty)\b/,
  ],
  [
    'pleading',
    /\b(?:beg|begging|plead|pleading|implore|desperate(?:ly)?|desperation|last chance|only chance|(?<!\b(?:i|we|i do|we do|i can|we can|i would|we would|i just|we just) )only hope(?! (?:that|you|to|for|it|the|your|this)\b)|final chance|last hope|my (?:whole )?life depends|everything depends on|means everything to me|have mercy|your mercy|mercy on|have nothing (?:else|left)|i am nothing without|please,? please|please,? i (?:need|beg|am begging)|i really need this|i need this (?:position|spot|chance)|without this (?:[\w-]+)?,? ?(?:i|my)\b|(?:do not|don't|did not) know what (?:my (?:\w+ )?(?:family|parents|children|kids)|we|i) (?:will|would|could|can|are going to|am going to) do|(?:do not|don't) know how i (?:will|would|could|can) (?:keep going|go on|survive|cope|carry on)|give me (?:a|this|one) chance)\b/,
  ],
  // Session 29 (newcomer trial 17), act × reason: a request to be considered or a claim on the
  // match whose reason is the member's family or hardship is an appeal to sympathy, however plainly
  // it is put ("please consider me also as I have two small kids and my husband is in Toronto and it
  // is very hard for us", "this match is very important for my family"). The family named as a fact
  // beside the application ("my husband and I would move together") is not.
  [
    'pleading',
    new RegExp(
      String.raw`\b(?:please|kindly|i (?:\w+ )?(?:ask|request|beg|hope) (?:you )?(?:to )?) (?:\w+ ){0,2}consider (?:me|my (?:\w+ )?application|my candidacy)\b[^.?!]{0,60}?\b(?:as|because|since|given that|for|due to)\b[^.?!]{0,80}?\b(?:(?:small|young|little|two|three|four) (?:kids|children|babies|daughters|sons)|hard(?![- ]?work)|difficult|alone|struggl\w*|apart|away from|separated|suffer\w*|sacrific\w*|sick|ill)\b` +
        String.raw`|\b(?:it is|it's|it has been|it was|life is|life has been|things are|things have been|the situation is) (?:\w+ )?(?:very |so |really |extremely |quite )?(?:hard|difficult|tough|painful) (?:for (?:us|me and my (?:\w+ )?${FAMILY}|my (?:\w+ )?${FAMILY}|our (?:\w+ )?family|all of us))\b(?! to\b)` +
        String.raw`|\b(?:this|the|a|my) (?:match|position|spot|place|offer|seat|chance|result)\b[^.?!]{0,30}?\b(?:is|would be|will be|means|would mean) (?:\w+ ){0,2}?(?:important|everything|crucial|critical|vital|life-changing) (?:for|to) (?:us|my (?:\w+ )?${FAMILY}|our (?:\w+ )?family|me and my (?:\w+ )?${FAMILY})\b`,
    ),
  ],
  // The member's relative losing their job or income is the household's money, told to a program.
  [
    'money',
    new RegExp(
      String.raw`\bmy (?:\w+ )?${FAMILY}\b (?:\w+ )?(?:lost|has lost|had lost|just lost) (?:his|her|their) (?:\w+ )?(?:job|income|work|position|visa job)\b`,
    ),
  ],
];

/**
 * The disclosure is about patients or a project ("our depression screening registry"). A time
 * phrase is not a modifier: "making ends meet during the research year" is the member's own.
 */
const CLINICAL_AFTER =
  /^(?:[\s-]+(?!(?:during|since|while|throughout|over)\b)[\w-]+){0,2}?[\s-]+(?:toxicity|burden|literacy|counsel(?:l)?ors?|navigators?|services|office|analysts?|impact|implications|incentives?|sustainability|planning|modell?ing|screening|screenings|registry|research|study|studies|project|projects|patients?|cohort|dashboard|clinic|care|pathway|protocol|unit|ward|service|team|data|dataset|outcomes?|management|rates?|model|tool|module|awareness|prevention|trials?|cases?|population|support (?:group|tool)|risk|score|scale|questionnaire|alerts?|order sets?|documentation|codes?|center|centre|program|programme|quality|metrics?|measures?|treatment|medications? (?:for|in)|rounds|ward|workflow|surveillance|readmissions?|codes|epidemiology|orders?|verification|redesign|infusions?|review|pilot|reduction|follow-?up|trends?|teams?|services?|safety|stewardship|reconciliation|dosing|regimens?|protocols?|pumps?|system|systems|department|hospital|beds?|admissions?)s?\b/;
const CLINICAL_BEFORE =
  // Session 24: the word is what a piece of work counted or followed ("we tracked dialysis no-shows",
  // "I logged chemo delays", "audited stroke door-to-needle times"): a thing of work, not anyone's health.
  /\b(?:track(?:ed|ing|s)?|count(?:ed|ing|s)?|log(?:ged|ging|s)?|audit(?:ed|ing|s)?|flag(?:ged|ging|s)?|monitor(?:ed|ing|s)?|chart(?:ed|ing)?|tall(?:ied|y|ying)|abstract(?:ed|ing)|cod(?:ed|ing)|report(?:ed|ing)|follow(?:ed|ing) up) (?:(?!my\b|our family\b|his\b|her\b)(?:the|all|every|our|missed|late|new|weekly|monthly|daily|\w+'s) )?$|(?:patients?|people|adults|children|women|men|veterans|population|those|individuals|cases|residents of) (?:\w+ ){0,3}(?:with|who have|who had|suffering from|at risk of|living with|on|receiving|taking|undergoing|after|needing|awaiting)(?: \w+){0,2}\s*$|(?:financial|genetic|career|academic|lactation|nutrition|dietary|legal|peer) $|(?:alert|alarm|notification|inbox|click|documentation|ehr|emr|screen|pager|password|survey|change|decision|data) $|(?:screen(?:ing|ed)? for|treat(?:ing|ed|ment of)?|manag(?:e|ing|ement of)|diagnos(?:e|ing|is of)|detect(?:ing|ion of)?|predict(?:ing|ion of)?|reduc(?:e|ing)|prevent(?:ing|ion of)?|about|on|(?<!\b(?:leave|off|away|hospitali[sz]ed|admitted|absent|a break|sabbatical|time|help|treated|medication|therapy|counsel\w*) )for|of)\s*$/;

/**
 * The disclosure word names what a piece of work is about: "the project I described on medical
 * debt", "my poster about burnout among residents", "a dashboard for depression follow-up", and
 * every item of a list it asks about ("a form that asks patients about medical debt and missed
 * payments").
 */
const WORK_TOPIC_BEFORE =
  /\b(?:studied|study|studying|researched|researching|examined|examining|explored|exploring|analy[sz]ed|analy[sz]ing|measured|measuring|modell?ed|modell?ing|looked at|looking at) (?:how|whether|why|if|the (?:\w+ )?(?:effects?|impact|role|links?|relationship|association) (?:of|between))(?: [\w'-]+){0,2}\s*$|\b(?:project|projects|study|studies|research|work|paper|analysis|dashboard|poster|abstract|tool|model|registry|screening|initiative|survey|audit|thesis|talk|lecture|curriculum|module|presentation|pilot|review|chapter|article|grant|proposal|app|program|programme|clinic|workshop|form|questionnaire|checklist|template|questions)\b(?: [\w'-]+){0,4} (?:on|about|of|for|into|addressing|around|linking|targeting|regarding|concerning|exploring|examining|tackling|reducing|predicting|measuring|screening for)(?: [\w'-]+){0,2}(?: ?,? (?:and|or)(?: [\w'-]+){0,2})?\s*$/;

const AMOUNT_OF =
  /(?:\d[\d,.]*k?|dollars|euros|pounds|rupees|thousands?|millions?|lots?|amount|mountain|pile|years|months) of\s*$/;

/**
 * A patient or another person owns what follows: "a patient whose", "patients with", "people who had",
 * and what patients are asked or screened about ("a form that asks patients about medical debt").
 */
const THIRD_PARTY_OWNER =
  /\b(?:families|households|tenants|communities|clients|patients|people|residents|veterans|children) (?:who are |that are )?(?:facing|experiencing|affected by|at risk of|dealing with|struggling with|threatened (?:by|with))(?: \w+){0,2}\s*$|\b(?:patients?|person|people|someone|individuals?|clients?|children|adults|women|men|veterans|residents|nurses|users|population)(?:'s)? (?:\w+ ){0,3}?(?:whose|who (?:has|have|had|is|are|was|were)|with|suffering from|living with)(?: \w+){0,3}\s*$|\b(?:patient|person|client)'s(?: \w+){0,2}\s*$|\b(?:ask|asks|asked|asking|screen\w*|survey\w*|question\w*|interview\w*|counsel\w*) (?:\w+ )?(?:patients|families|parents|people|clients|users|women|men|adults|children|veterans|households) (?:\w+ )?(?:about|on|for|regarding)(?: \w+){0,2}\s*$/;
const MEMBER_NEAR = new RegExp(`\\b(?:i|me|my|myself|our family)\\b|\\bmy ${FAMILY}\\b`);

/** Who the sentence is about: the member or their family, not patients or people in general. */
const MEMBER_OWNED = new RegExp(
  `\\b(?:i|im|me|my|myself|mine|we|us|our family|things at home|our (?:house|home|flat|apartment|land|farm)(?!-)|my ${FAMILY})\\b|\\b${FAMILY}\\b`,
);

/** A neutral one-clause mention without detail: "after a family matter, now resolved". */
const NEUTRAL_MENTION =
  /\b(?:family|personal|health|medical) (?:matter|reasons?|circumstances|situation|commitments?|obligations?|emergency|responsibilities|leave)\b|\b(?:after|following|since|despite) (?:a |an |the |my |our )?(?:recent |brief |short )?(?:family|personal) (?:bereavement|loss|illness)\b/;

const MODIFIABLE = new Set(['health', 'mental health', 'money']);
/** Head nouns that make the matter a person's own trouble, not a thing of work. */
const PERSONAL_HEAD = new RegExp(
  String.raw`^(?:problems?|troubles?|issues?|worries|worry|difficult(?:y|ies)|struggles?|hardships?|crisis|situation|circumstances|stress|strain|pressures?|constraints?|reasons?|emergency|emergencies|condition|history|episodes?|attacks?|bills?|collectors?|repayments?|payments?|leave|scare|journey|battle|diagnosis|recovery|relapse|flare|symptoms?|thoughts?|feelings?|ideation|tendenc(?:y|ies)|moods?|illness|disorder|breakdown|meds|medications?|me|${FAMILY})$`,
);
const MEMBER_POSSESSOR = new RegExp(
  String.raw`\b(?:my|our|my own|my ${FAMILY}'?s?|our ${FAMILY}'?s?)\s+(?:[\w-]+\s+)?$`,
);
const OTHERS_AFTER =
  /^\s+(?:[\w-]+\s+)?(?:among|of|in|for|faced by|experienced by|affecting|reported by|carried by) (?:\w+ ){0,3}(?:patients|families|people|veterans|residents|children|adults|women|men|users|clients|communities|households|population|populations|students|workers)\b/;
/** The word right after the match is a noun it qualifies (or a hyphen compound: "debt-related"). */
function qualifiesAThing(s: Sentence, end: number, after: string): boolean {
  if (/^-(?!wise\b)[a-z]/.test(after)) return true;
  const lead = after.length - after.trimStart().length;
  // No space after it: the sentence ends there (canon never ends in a space) or punctuation follows.
  if (lead === 0) return false;
  const tok = s.tokens[s.canonTok[end + lead] ?? -1];
  if (!tok) return false;
  // Session 21: a plural the tagger read as a verb, in a phrase after a preposition ("the alert
  // fired during dialysis runs,", "between chemo sessions and"): the word names a kind of work,
  // not anyone's illness. The word before it opens the phrase, and no object follows.
  if (tok.pos === 'VERB' && /[a-z]s$/.test(tok.canon)) {
    const k = s.tokens.indexOf(tok);
    const next = s.tokens[k + 1];
    if (s.tokens[k - 2]?.pos === 'ADP' && (!next || /^(?:PUNCT|ADP|CCONJ)$/.test(next.pos)))
      return !PERSONAL_HEAD.test(tok.canon);
  }
  if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') return false;
  return !PERSONAL_HEAD.test(tok.value.toLowerCase());
}

const ARTEFACT_DEBT =
  /\b(?:technical|tech|code|coding|design|documentation|data|architectural|architecture|security|interface|build|configuration|software|maintenance|test|testing|ux|usability)(?:-related)? $/;

/**
 * Round thirty-one: the other senses of words that name money or health. "Poor" said of a thing
 * ("my poor English", "poor adherence") is a judgement of it, not poverty; "broke" with a thing as
 * its subject ("my laptop broke") is the verb, and poverty only when it is what someone is or goes
 * ("we were broke", "went broke"); what is owed may be an apology or thanks; surgery may be the
 * specialty ("matching in general surgery", "the surgery residency"); and money that a finding is
 * about ("unpaid medical debt predicted missed visits in our data") is a variable in a study.
 */
const POOR_PERSON =
  /^\s*(?:[,.;:!?]|$|and\b|but\b|so\b|that\b|we\b|i\b|(?:\w+ )?(?:family|families|people|household|households|background|village|town|parents|farmers?|workers?|folks|kids|children|relatives|neighbou?rhood|home|country|immigrants?|student|students|man|woman|boy|girl)\b)/;
const OWED_COURTESY =
  /^\s*(?:you|him|her|them|the (?:\w+ )?(?:program|programme|committee|team|faculty)|everyone|everybody)? ?(?:an? |my |a (?:\w+ )?|so |the )?(?:apology|apologies|thanks|thank-you|explanation|gratitude|debt of gratitude|reply|answer|response|update|lot|great deal|much|everything|visit|call|email|note)\b/;
const SURGERY_SPECIALTY_BEFORE =
  /\b(?:general|vascular|plastic|orthopa?edic|pediatric|paediatric|thoracic|cardiothoracic|trauma|colorectal|maxillofacial|neuro|acute care) $|\b(?:match|matching|matched|residency|residents?|training|trains?|career|apply|applying|applied|interested|specialty|speciali[sz]ing|pursue|pursuing|rotation|rotating|rotated|program|programme|couples match) (?:\w+ ){0,2}in (?:\w+ )?$/;
const SURGERY_SPECIALTY_AFTER =
  /^\s*(?:residency|residencies|programs?|programmes?|match|residents?|department|rotation|service|team|track|clerkship|applicants?|interns?|training|attendings?)\b/;
const STUDY_FINDING =
  /^[^.;]{0,60}?\b(?:predict\w*|associated with|correlat\w*|linked (?:to|with)|risk factors?|drove|drives|explained|explains|was a driver)\b[^.;]{0,80}\b(?:data|dataset|cohort|analysis|patients|visits|admissions|readmissions|model)\b/;
function otherSense(word: string, before: string, after: string): boolean {
  if (word === 'poor')
    return !POOR_PERSON.test(after) && !/\b(?:am|are|is|was|were|be|been|being|so|very|too)\s*$/.test(before);
  if (word === 'broke')
    return !/\b(?:am|are|is|was|were|be|been|being|went|go|goes|going|gone|flat|totally|completely|dead|so|very|stone|basically)\s*$/.test(
      before,
    );
  if (/^(?:owe|owes|owed|owing)$/.test(word)) return OWED_COURTESY.test(after);
  if (word === 'surgery') return SURGERY_SPECIALTY_BEFORE.test(before) || SURGERY_SPECIALTY_AFTER.test(after);
  if (/^(?:debts?|money|loans?|income|savings|bills|expenses|finances)$/.test(word)) return STUDY_FINDING.test(after);
  // Session 24: what runs out is named after the words: time, minutes or slides run out in a talk
  // ("our conversation ran out of time"); only money, savings or funds running out is money trouble.
  if (/^(?:ran|running) out of$/.test(word))
    return !/^\s*(?:(?:my|our|the|all|what|his|her|their) )?(?:\w+ )?(?:money|funds?|savings|cash|budget|loans?|credit|food|rent|everything)\b/.test(
      after,
    );
  // A worry about another year without a place ("I can't go through another cycle without a match")
  // is the member's hope for the Match, said strongly: tone, not a disclosure of their mental health.
  if (/^(?:can not|cannot|could not) (?:go through|face|bear|take)\b/.test(word))
    return /^\s*(?:\w+ )?(?:without (?:a |the |any )?(?:match|matching|position|spot|place|residency|fellowship|offer)|unmatched|of not matching)\b/.test(
      after,
    );
  return false;
}

const COUPLE_TALKS_ABOUT =
  /\b(?:we|my (?:wife|husband|spouse|partner|fianc\w*) and i|i and my (?:wife|husband|spouse|partner))(?: are| were| have been| had been| have| had)?(?: (?:now|already|even|seriously|finally|openly|started|begun|begin|begun))* (?:talking|talked|talk|thinking|thought|discussing|discussed|speaking|spoke|considering)(?: (?:seriously|openly))? (?:about|of)\s*$/;
function disclosureIn(s: Sentence): { kind: string; index: number; length: number } | undefined {
  const t = s.canon;
  if (!MEMBER_OWNED.test(t)) return undefined;
  for (const [kind, re] of DISCLOSURE) {
    const g = new RegExp(re.source, 'g');
    for (const m of t.matchAll(g)) {
      const before = t.slice(0, m.index);
      const after = t.slice(m.index + m[0].length);
      // "$80,000 of debt": an amount, not a topic ("screening of depression").
      const amount = kind === 'money' && AMOUNT_OF.test(before);
      // Session 34: "we are now talking about divorce": a couple's own talk of ending their marriage is
      // the matter itself, not a topic of work ("a talk about depression").
      const ownTalk = kind === 'relationships' && COUPLE_TALKS_ABOUT.test(before);
      if (
        CLINICAL_AFTER.test(after) ||
        (!amount && !ownTalk && CLINICAL_BEFORE.test(before)) ||
        WORK_TOPIC_BEFORE.test(before)
      )
        continue;
      // Who × topic: the word qualifies a thing ("the digital mental health track", "a dialysis
      // handoff list", "debt-related questions"), or the matter belongs to people named after it
      // ("financial hardship among our dialysis patients"). Only the member's or their family's
      // own matter ("my debt collectors", "money problems") is a disclosure.
      if (MODIFIABLE.has(kind) && qualifiesAThing(s, m.index + m[0].length, after) && !MEMBER_POSSESSOR.test(before))
        continue;
      if (OTHERS_AFTER.test(after)) continue;
      // "a patient whose anxiety is worsening": the matter belongs to someone else named just before.
      if (THIRD_PARTY_OWNER.test(before) && !MEMBER_NEAR.test(before.slice(-50))) continue;
      // Idioms of politeness and jokes: "I beg your pardon", "my last chance to make a good impression".
      if (kind === 'pleading' && /^beg/.test(m[0]) && /^\s*(?:your |you )?pardon\b/.test(after)) continue;
      if (
        kind === 'pleading' &&
        /chance/.test(m[0]) &&
        /^\s*to (?:make a (?:\w+ )?(?:impression|first impression)|fix|correct|catch)\b/.test(after)
      )
        continue;
      // Round seventeen: a debt of a made thing ("technical debt in the order sets", "documentation
      // debt") is work to be done on it, not the member's money.
      if (kind === 'money' && ARTEFACT_DEBT.test(before) && /^debts?$/.test(m[0])) continue;
      // Round thirty-one: word senses that are not the member's money or health.
      if (otherSense(m[0], before, after)) continue;
      // Part of a name ("Mercy Ridge", "Providence Health"): a capitalised word inside a sentence.
      const tok = s.tokens[s.canonTok[m.index] ?? 0];
      if (
        tok &&
        tok !== s.tokens[0] &&
        tok.pos === 'PROPN' &&
        /^[A-Z]/.test(tok.value) &&
        // An acronym in capitals ("NICU", "HIV") is the word itself, not part of a name.
        !/^[A-Z]{2,}$/.test(tok.value) &&
        !(kind === 'religion' && /^(?:god|allah|jesus|christ|almighty)$/i.test(tok.value))
      )
        continue;
      // A place of care is a disclosure when someone is IN it ("my father spent a week in the ICU"),
      // not when it is where work happens ("alert fatigue in the ICU", "I rotated in the NICU").
      if (
        kind === 'health' &&
        /^(?:in the icu|in intensive care|nicu|picu|intensive care unit)$/.test(m[0]) &&
        (!/\b(?:was|were|been|spent|stayed|ended up|lay|lying|admitted|born|is|are|am|being)\b/.test(
          before.slice(-50),
        ) ||
          /\b(?:work\w*|rotat\w*|rounds?|shifts?|calls?|alerts?|team|nurses|staff|data|measured|project)\b/.test(
            before.slice(-50),
          ))
      )
        continue;
      if (kind === 'health' && /^(?:ill|sick)$/.test(m[0]) && !/\b(?:i|my \w+|we)\b/.test(before.slice(-40))) continue;
      if (
        kind === 'religion' &&
        /\b(?:thank god|oh my god|god bless you)\b/.test(t) === false &&
        /^(?:fate|destiny|divine)$/.test(m[0])
      )
        continue;
      // A wish for the reader or their people said as a prayer is a greeting: "I pray you are
      // well", "I pray the new term starts well for your fellows"; not a prayer about the member.
      if (
        kind === 'religion' &&
        /^pray/.test(m[0]) &&
        /^\s*(?:that )?(?!i\b|my\b|we\b|our\b|me\b)[^.;!?]{0,50}?\b(?:well|fine|smoothly|safely)\b/.test(after)
      )
        continue;
      // A clinician in the workflow ("routes to the on-call psychiatrist") is not the member's own
      // care; "my therapist", "I started seeing a counsellor" are.
      if (
        /^(?:therapist|psychiatrist|counsel\w*or)$/.test(m[0]) &&
        !MEMBER_POSSESSOR.test(before) &&
        !/\b(?:see|seeing|saw|seen|visit\w*|went to|go to|going to|referred (?:me )?to|started with)(?: (?:a|an|my))? (?:\w+ )?$|\b(?:with|by|from) (?:a|an|my) (?:\w+ )?$/.test(
          before,
        )
      )
        continue;
      if (
        kind === 'money' &&
        /^(?:income|salary|rent|fees?|pay off|expenses|affordable|money)$/.test(m[0]) &&
        !/\b(?:my|our|i|we)\b/.test(t)
      )
        continue;
      // Round eleven, who × topic: the matter belongs to the subject of its own clause. "…or do
      // most incoming residents rent privately?" asks how the program's trainees live; the member
      // named in another clause ("in case I end up matching…") does not own it.
      if (kind !== 'pleading') {
        const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
        if (
          /\b(?:residents|fellows|interns|trainees|most|others|everyone|applicants|graduates|colleagues|students|staff)\b/.test(
            clause,
          ) &&
          !/\b(?:i|me|my|our|we|us|myself)\b/.test(clause)
        )
          continue;
      }
      if (
        kind === 'money' &&
        /\b(?:cost|costs|saving|savings|time|effort)\b.{0,20}\b(?:for|to) (?:patients|the hospital|clinics?|the health system)\b/.test(
          t,
        )
      )
        continue;
      if (
        kind === 'health' &&
        /^(?:accident|injur\w*|death|died|operation|surgery)$/.test(m[0]) &&
        !new RegExp(
          `\\bmy (?:\\w+ )?(?:${FAMILY}|girl|boy|little one|toddler|newborn|infant)|\\bi (?:\\w+ )?(?:had|was|underwent|needed|lost)\\b|\\bmy own\\b`,
        ).test(t)
      )
        continue;
      if (
        kind === 'mental health' &&
        /^(?:overwhelmed|devastated|heartbroken|trauma\w*)$/.test(m[0]) &&
        !/\b(?:i|my)\b/.test(before.slice(-30))
      )
        continue;
      return { kind, index: m.index, length: m[0].length };
    }
  }
  return undefined;
}

/** What makes caring for a relative a disclosure: the illness, the treatment, the cost or the strain. */
const CARE_DETAIL =
  /\b(?:diagnos\w*|cancer|stroke|chemo\w*|dementia|alzheimer\w*|ill|illness|sick\w*|disease|hospitali[sz]\w*|in (?:the )?hospital|bills?|debts?|money|savings|financ\w*|struggl\w*|depress\w*|anxi\w*|stress\w*|exhaust\w*|grief|griev\w*|died|passed away|dying|terminal|surgery|accident|bedridden|only|sole|full-time|alone|hard|difficult|painful|heartbreak\w*)\b/;

/** One sentence read for a disclosure (no other sentence matters to it). */
function oversharedAt(sents: readonly Sentence[], i: number): Reading | undefined {
  const s = sents[i]!;
  const d = disclosureIn(s);
  if (!d) return undefined;
  // "after a family matter, now resolved, I returned to…": a neutral mention, no detail.
  if (
    NEUTRAL_MENTION.test(s.canon) &&
    d.kind !== 'pleading' &&
    // "on medical leave for burnout" names the matter: only a mention with nothing named is neutral.
    !/\b(?:burn\w* ?out|anxiety|stroke|surgery|chemo\w*|miscarriage|breakdown|rehab\w*|addiction)\b/.test(s.canon) &&
    !/\b(?:diagnos|cancer|depress|divorc|debt|bankrupt)/.test(s.canon) &&
    // Session 34: nor one told with what it did to the member ("could not stop crying").
    !/\b(?:cry|crying|cried|tears|devastat\w*|heartbroken|griev\w*|grief|struggl\w*|cope|coping|sleep\w*|slept|broke down|fell apart|depend\w* on|beg|please)\b/.test(
      s.canon,
    )
  )
    return undefined;
  // Round twenty-three: caring for a relative named once as a role ("I spent last year as my
  // father's caregiver, a period now behind me"), with no illness, treatment, money or feeling
  // told in its clause, is a neutral mention of what the member did, like "a family matter".
  if (d.kind !== 'pleading' && /\b(?:caregiver|carer)s?\b/.test(s.canon.slice(d.index, d.index + d.length))) {
    const from = Math.max(
      s.canon.lastIndexOf(', and ', d.index),
      s.canon.lastIndexOf(', but ', d.index),
      s.canon.lastIndexOf(';', d.index),
      s.canon.lastIndexOf(': ', d.index),
    );
    const ends = [', and ', ', but ', ';'].map((x) => s.canon.indexOf(x, d.index + d.length)).filter((x) => x >= 0);
    const clause = s.canon.slice(from + 1, ends.length ? Math.min(...ends) : undefined);
    if (!CARE_DETAIL.test(clause)) return undefined;
  }
  // "Sorry this note is late; my grandmother passed away last week": a loss named once, as the
  // reason for a delay, with nothing more told, is a courtesy, not a disclosure.
  if (
    /\b(?:sorry|apolog\w*)\b[^.]{0,80}\b(?:late|delay\w*|slow)\b/.test(s.canon) &&
    /\b(?:passed away|died|funeral|bereavement|lost my (?:grand)?(?:mother|father|parent))\b/.test(s.canon) &&
    !/\b(?:devastat\w*|broken|heartbroken|cannot stop|can not stop|depress\w*|grief|grieving|struggl\w*|alone)\b/.test(
      s.canon,
    )
  )
    return undefined;
  const first = s.tokens[s.canonTok[d.index] ?? 0]!;
  const last = s.tokens[s.canonTok[d.index + d.length - 1] ?? 0]!;
  return { hit: { sentence: s, span: { start: first.start, end: last.end }, detail: { kind: d.kind } } };
}

const overshare: Check = {
  id: 'overshare',
  checks: 'personal disclosures (health, mental health, money, relationships, family pressure, religion, pleading)',
  run(doc) {
    return sentenceHits(bodySentences(doc), oversharedAt, false)[0];
  },
  runAll(doc) {
    return sentenceHits(bodySentences(doc), oversharedAt, true);
  },
};

// ---- attachments ---------------------------------------------------------------------------

const ATTACH =
  /\b(?:pfa|attach(?:ed|ing|ment|ments)?|enclos(?:e|ed|ing|ure|ures)|(?:i have|i am|i will|i|i would like to|let me) (?:\w+ )?(?:included|including|include|sending|send|sent|forwarding|forward|adding|added|add|sharing|share|providing|provide|uploading|uploaded) (?:\w+ ){0,2}(?:my|a|the|copies|copy|both|all|two|three|several|some) (?:\w+ ){0,3}(?:cv|resume|curriculum vitae|papers?|publications?|abstracts?|posters?|certificates?|certifications?|transcripts?|letters?|scores?|score reports?|manuscripts?|portfolio|files?|documents?|slides|pdfs?|copies|reprints?|statement)\b(?! (?:via|through|on|in) (?:eras|the portal))|(?:find|see) (?:\w+ ){0,3}(?:cv|resume|documents?|files?|papers?|certificates?) (?:attached|enclosed|below|herewith|with this)|herewith)\b/;
const FILE_NAME = /\b[\w-]+\.(?:pdf|docx?|pptx?|xlsx?|jpe?g|png|zip)\b/i;
const PLACEMENT =
  /^attach(?:ed|ing)? (?:\w+ )?to (?:the |a |an |our |their |his |her |my )?(?:\w+ ){0,3}(?:team|service|unit|ward|department|group|lab|project|clinic|hospital|program|idea|notion|outcome|result|firm|practice|rotation|division|module)\b/;
const PROMPTED =
  /\b(?:(?:following|per|after|in (?:response|reply) to|responding to|according to|in accordance with|in line with|pursuant to|as (?:required|specified|set out|described) (?:by|in)) (?:(?:dr|mr|mrs|ms|prof|professor)\.? )?(?:[a-z'.-]+ ){0,3}?(?:request|requests|instructions?|e-?mail asking)|as (?:you |(?:dr|mr|mrs|ms|prof|professor)\.? [a-z'-]+ |the (?:\w+ )?(?:coordinator|director|committee|program|programme|office|team) |[a-z]+ )?(?:had )?(?:requested|asked|instructed|suggested|required)|at (?:[a-z'-]+ ){1,3}request|you (?:asked|requested)|as (?:your|the) (?:[\w'-]+ ){1,4}?(?:asked|requested|required|instructed|specified|asked for)|per your (?:request|instructions|email)|at your request|as per your|in response to your request|requested by|which you asked for|you had asked)\b/;
const NOT_ATTACHED =
  /\bnothing (?:\w+ ){0,2}(?:attached|enclosed)\b|\b(?:not|never|no|rather than|instead of|without|happy to|glad to|can|could|would be (?:happy|glad)) (?:\w+ ){0,3}(?:attach|attached|attaching|enclose|send|sending|share|sharing|forward|provide)\b|\bif (?:you|it) (?:\w+ ){0,3}(?:like|wish|want|helpful|useful|prefer|need)|\bupon request\b|\bon request\b|\blink\b|https?:/;

/**
 * A file put into this message in everyday words, whatever the verb: "I threw in the PDF of my
 * poster", "I tucked my CV in with this note", "popped the slides into this email", "here's the
 * paper". What makes it an enclosure is a file as the object and the message as where it goes (a
 * particle of putting in right after the verb, or this email named as the container), or a file
 * presented with "here is". A question "thrown in", a paper "presented at AMIA" or "online" is no file sent.
 */
const FILE_OBJECT =
  '(?:cv|resume|curriculum vitae|pdfs?|slides|slide deck|deck|certificates?|transcripts?|scans?|copy|copies|files?|documents?|reprints?|manuscripts?|portfolio|score reports?|papers?|posters?|abstracts?|publications?|letters? of (?:recommendation|support|reference))';
const FILE_INCLUDED = new RegExp(
  `\\bhere(?: is| are|'s)\\b (?:[\\w'-]+ ){0,4}?${FILE_OBJECT}\\b` +
    `|\\bi (?:(?:have|had|also|just|even|went and|quickly) )*(?!(?:will|would|can|could|shall|should|may|might|am|was|do|did|hope|plan|want|wanted|intend|forgot|never)\\b)[a-z]+ (?:in|into|along)\\b (?:[\\w'-]+ ){0,4}?${FILE_OBJECT}\\b` +
    `|\\b(?:i (?:(?:have|had|also|just|even) )*(?!(?:will|would|can|could|shall|should|may|might|am|was|do|did|hope|plan|want|wanted|intend|forgot|never)\\b)[a-z]+|(?:also|just) [a-z]+ed) (?:[\\w'-]+ ){0,7}?${FILE_OBJECT}\\b[^.;!?]{0,40}?\\b(?:in|into|with|to|along with|inside|within) (?:this|the|my) (?:e-?mail|note|message|mail|letter)\\b`,
);

const ATTACHMENT_KINDS: ReadonlySet<PrematchKind> = new Set(['inquiry', 'other', 'thank-you']);

/**
 * Round twenty-two: the program's request told as its own act rather than "as you requested":
 * "the application instructions ask applicants to email a CV", "your email asking for a copy of my
 * certificate", "the form you mentioned". Told in the sentence before, it covers a file referred
 * back to ("Please find it attached"). Session 29 (text46): the program's published rule said with a
 * modal ("the website says inquiries should include a CV", "the portal notes that applicants must
 * attach their scores") asks for the file as surely.
 */
const PROGRAM_ASKED =
  /\b(?:instructions?|guidelines?|website|web ?page|coordinator|office|e-?mail|letter|message|program|programme|committee|you|your \w+)\b (?:[\w'-]+ ){0,4}?(?:ask|asks|asked|asking|request|requests|requested|requesting|require|requires|required|requiring|instruct|instructs|instructed|want|wants|wanted|need|needs|needed)\b (?:[\w'-]+ ){0,3}?(?:to (?:e-?mail|send|submit|attach|provide|include|forward|upload)|for (?:a|an|the|my|your|copies|copy|both)\b|(?:a |an |the |my |your )?(?:(?:signed|updated|recent|scanned|full) )?(?:copy|copies|cv|resume|certificate|form|document|transcript|score report|letter|file)s?\b)|\b(?:form|document|file|copy|certificate|letter)s? (?:that )?you (?:mentioned|listed|specified|named|sent me)\b|\b(?:instructions?|guidelines?|website|web ?page|site|page|portal|announcement|advert\w*|posting|faq|application (?:page|form|instructions?))\b (?:[\w'-]+ ){0,8}?(?:should|must|are to|is to|need to|needs to|have to|has to|ought to|are expected to|is expected to|are asked to) (?:be )?(?:include|includes|including|contain|attach|attached|accompanied by|come with|send|sent|submit|submitted|enclose|enclosed|provide|provided)\b/;
/** "Would you need my CV?" asks; it is not the program's request. */
const programAsked = (t: string): boolean => PROGRAM_ASKED.test(t) && !t.includes('?');
const REFERS_BACK =
  /\b(?:it|them|both|these|those|the same|this|the (?:\w+ )?(?:copy|form|certificate|document|file)s?)\b/;
/** A request for a file in someone else's words: "could you send an updated CV?", "please attach the form". */
const QUOTED_FILE_REQUEST =
  /\b(?:(?:could|can|would|will) you (?:please |kindly )?|please (?:do )?|kindly |we (?:will )?(?:need|require) (?:you to )?|(?:ask|asking|request|requesting) (?:that )?you (?:to )?)(?:send|attach|forward|share|provide|email|e-mail|submit|upload|return)\b[^.?!]{0,60}?\b(?:cv|resume|c\.v|forms?|certificates?|transcripts?|letters?|documents?|copy|copies|score reports?|papers?|files?|photos?|abstracts?|posters?|portfolio)\b/;
function quotedText(doc: TextDoc): string {
  return doc.lines
    .filter((l) => l.role === 'quoted')
    .map((l) => l.text.replace(/^\s*(?:>\s*)+/, ''))
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}
/** A mail client's confidentiality notice ("This e-mail message, including any attachments, …"). */
const MAIL_NOTICE = /\b(?:intended recipients?|sole use|confidential(?:ity)?|privileged information|unauthori[sz]ed)\b/;

const unpromptedAttachments: Check = {
  id: 'unprompted-attachments',
  checks: 'files attached or enclosed that the program did not ask for',
  run(doc, { context }) {
    if (!ATTACHMENT_KINDS.has(context.kind)) return undefined;
    // Session 23: the program's own message quoted below the reply asks for the file ("could you
    // send an updated CV?"): what the member attaches answers that request.
    if (doc.hadQuoted && QUOTED_FILE_REQUEST.test(quotedText(doc))) return undefined;
    const sents = doc.sentences;
    for (let i = 0; i < sents.length; i++) {
      const s = sents[i]!;
      if (PROMPTED.test(s.canon) || programAsked(s.canon) || MAIL_NOTICE.test(s.canon)) continue;
      const prev = sents[i - 1]?.canon ?? '';
      if ((PROMPTED.test(prev) || programAsked(prev)) && REFERS_BACK.test(s.canon)) continue;
      const m = ATTACH.exec(s.canon) ?? FILE_INCLUDED.exec(s.canon);
      const file = FILE_NAME.test(s.text);
      if (!m && !file) continue;
      if (m && PLACEMENT.test(s.canon.slice(m.index))) continue;
      // "I have attached nothing": the attachment refused.
      if (m && /^\s*(?:nothing|no (?:\w+ )?files?|none)\b/.test(s.canon.slice(m.index + m[0].length))) continue;
      // Session 22: "I have attached a link to my GitHub page", "enclosed is the URL of my poster":
      // what is put in the message is an address to follow, not a file.
      if (
        m &&
        /^\s*(?:(?:is|are|below|here|herewith) )?(?:(?:a|an|the|my|our|both|two|some) )?(?:[\w-]+ )?(?:links?|urls?|hyperlinks?|web ?(?:addresses?|links?|pages?)|website|(?:[\w-]+\.)+(?:com|org|net|io|edu)\b)/.test(
          s.canon.slice(m.index + m[0].length),
        )
      )
        continue;
      if (
        m &&
        NOT_ATTACHED.test(s.canon) &&
        // Session 24: "I have not attached anything, but…" is the refusal itself, not a file added.
        !/\b(?:i have(?! (?:\w+ )?(?:not|never)\b)|i've(?! (?:\w+ )?(?:not|never)\b)|please find|find|here is|here are|attached (?:is|are)|enclosed (?:is|are))\b/.test(
          s.canon,
        )
      )
        continue;
      if (!m && /https?:|www\./.test(s.text)) continue;
      return { sentence: s, span: m ? (findIn(s, ATTACH) ?? findIn(s, FILE_INCLUDED) ?? s) : s };
    }
    return undefined;
  },
};

/** The eight checks, in the contract's order. */
export const PREMATCH_CHECKS: readonly Check[] = [
  quidProQuo,
  asksForRanking,
  multipleTopChoice,
  tooManyUpdates,
  lateThankYou,
  genericMessage,
  overshare,
  unpromptedAttachments,
];

export type { Hit };
