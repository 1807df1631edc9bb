/**
 * What a motivation answer gives as its reason ("Why clinical informatics?", "Why this specialty?").
 * The six note checks judge how an answer is told; they never read WHY the member says they chose
 * the field. Newcomer trials showed the gap: "I like computers and tech since always … and honestly
 * the lifestyle is better than inpatient with a small kid" was told only that it was short, and an
 * answer to "Why this specialty?" that ended "I dont see myself in surgery" got no note at all.
 *
 * Three readings, each by meaning over the sentence (who wants what), not one wording:
 * - the member's own comfort as the reason: hours, nights and calls, family time, pay, less patient
 *   contact (guides: interview-preparation#interview-red-flags, "vague or escapist interest");
 * - a general liking of computers or technology, said of the member ("I have always been good with
 *   computers", "a tech person");
 * - a reason against other fields ("surgery is not for me", "I can't stand the OR").
 * Against them stand what a program wants to hear: informatics work the member did (a deed with a
 * data, EHR, workflow or system object) or, for a specialty, something in it that draws them.
 */
import { hasInformaticsAngle } from '../text/narrative.js';
import type { Sentence, TextDoc } from '../text/document.js';

export interface MotivationReading {
  /** The member's comfort as the reason, quoted. */
  lifestyle?: string;
  /** A general liking of computers or technology, quoted. */
  techLiking?: string;
  /** A reason against other fields, quoted. */
  againstOthers?: string;
  /** A lukewarm word for the field ("pediatrics is also good", "it's ok too", "easier to match"), quoted. */
  lukewarm?: string;
  /** Some sentence says what draws the member to the field (not only what they avoid). */
  drawnTo: boolean;
  /** The member did something with data, the EHR, a workflow or a system. */
  informaticsWork: boolean;
}

const ME = /\b(?:i|me|my|myself|mine)\b/;

/** The member's comfort: hours, nights, calls, family time, pay, fewer patients, a calmer life. */
const COMFORT = new RegExp(
  [
    String.raw`\b(?:life ?style|work[- ]life|quality of life|family time|me time)\b`,
    String.raw`\b(?:better|easier|lighter|fewer|shorter|normal|regular|predictable|flexible|family[- ]friendly|reasonable|calmer|nicer|sane|human|controllable) (?:\w+ ){0,2}(?:hours|schedules?|shifts?|life|routine)\b`,
    String.raw`\b(?:no|without|fewer|less|away from|escape|get out of|done with|tired of|sick of|no more) (?:\w+ ){0,2}(?:nights?|night shifts?|nightshifts?|calls?|on-?calls?|call shifts?|weekends?|overnights?|patient contact|patients|the wards?|inpatient|bedside|burn-?out|stress|pressure)\b`,
    String.raw`\b(?:nights?|night calls?|calls?|on-?calls?|shifts?|hours|the wards?|inpatient) (?:\w+ ){0,2}(?:were|are|was|is|been) (?:\w+ )?(?:killing|exhausting|draining|brutal|too much|too long|crazy|insane|impossible)\b`,
    String.raw`\bwork(?:ing)? (?:from home|remote(?:ly)?|from anywhere|in my pajamas)\b`,
    String.raw`\b(?:9|nine)[- ]to[- ](?:5|five)\b`,
    String.raw`\bmore time (?:with|for) (?:my )?(?:family|kids?|children|son|daughter|wife|husband|baby|partner|little one)\b`,
    String.raw`\b(?:pays?|salary|money|income|compensation) (?:is |are |was )?(?:much )?(?:better|good|great|higher|more)\b|\bbetter (?:pay|salary|money|income)\b`,
    String.raw`\b(?:small|young|little|new) (?:kids?|children|baby|child|son|daughter)\b|\b(?:a |my |the )?(?:baby|babies|toddlers?|newborn|kids|children) at home\b`,
    String.raw`\b(?:hours|schedules?|life ?style|shifts?|calls?) (?:\w+ ){0,2}(?:are|is|were|was|would be|will be) (?:\w+ )?(?:better|easier|nicer|lighter|shorter|calmer|saner|more (?:regular|predictable|flexible|humane|reasonable))\b`,
  ].join('|'),
);

/**
 * Comfort said of people like the member rather than of "me" (newcomer trial 21: "informatics jobs
 * are more flexible for mothers with small kids"): the field as easier for parents or families.
 */
const GROUP_COMFORT =
  /\b(?:flexible|easier|relaxed|less demanding|less stressful|family[- ]friendly|compatible|manageable|convenient|lighter|balanced|doable|kinder)\b(?:\w+ ){0,5}?\b(?:for|with|to) (?:\w+ ){0,2}(?:mothers|moms|mums|mommies|parents|fathers|dads|families|a family|women with|working mothers|kids|children)\b/;

/**
 * The field itself, or its jobs, named as the subject of a comfort ("pediatrics has easier hours",
 * "the hours in informatics are more regular"): said in a motivation answer it is the member's reason
 * as much as "my" would make it. Another group's comfort (nurses, patients) is not.
 */
const FIELD_SUBJECT =
  /\b(?:it|this (?:field|specialty|speciality|job|work)|the (?:field|specialty|speciality|job|jobs|work)|informatics|(?:informatics|these|such|its) (?:jobs|roles|positions|work)|pediatrics|paediatrics|peds|family medicine|psychiatry|radiology|pathology|internal medicine|neurology|dermatology)\b/;

/**
 * A lukewarm word for the field: it is "also good", "fine", "ok too", "not bad", or chosen because it
 * is easier to get into (a backup, less competitive). A program director hears no commitment.
 */
const LUKEWARM =
  /\b(?:is|was|seems|sounds|looks|also|too)\s+(?:also\s+|too\s+|just\s+|kind of\s+|kinda\s+|pretty\s+|quite\s+)?(?:good|ok|okay|fine|alright|not bad|decent|acceptable|nice)\s+(?:too|also|as well|enough|i guess|i think|for me too)\b|\b(?:is|was|seems)\s+(?:also|too)\s+(?:good|ok|okay|fine|alright|not bad|decent|acceptable|nice)\b|\b(?:is|was|seems)\s+(?:ok|okay|fine|alright|not bad|decent|acceptable)\s*(?:i guess|i suppose|i think|too|also)?\s*(?:[,.;!]|$)|\b(?:easier|easy) (?:to (?:match|get in(?:to)?|get a (?:spot|place|position))|match)\b|\bless competitive\b|\b(?:a |my )?(?:back-?up|plan b|second choice|fallback|safety) (?:option|specialty|choice|plan)?\b|\b(?:any|whatever|whichever) (?:specialty|speciality|program|residency) (?:i can get|that takes me|will take me|is available)\b/;

/** The comfort of others as a topic of the work ("after-hours charting that burns out our nurses"). */
const OTHERS_COMFORT =
  /\b(?:clinicians?|nurses?|physicians?|doctors?|residents?|staff|colleagues|providers?|team|patients?)(?:'s?)? (?:\w+ ){0,3}(?:burn-?out|stress|hours|workload|time)\b|\b(?:burn-?out|stress|after-hours|pajama time|workload) (?:\w+ ){0,3}(?:of|for|among|in|on) (?:our |the |my )?(?:clinicians|nurses|physicians|doctors|residents|staff|colleagues|providers|team)\b/;

/** A liking for computers or technology owned by the member. */
const TECH_LIKING = new RegExp(
  [
    String.raw`\bi (?:\w+ ){0,3}?(?:like|love|enjoy|liked|loved|enjoyed|adore|am (?:\w+ )?(?:into|passionate about|fascinated by|obsessed with|crazy about|good (?:with|w|at)|a (?:big |huge )?fan of)|have (?:always |also )?been (?:\w+ )?(?:into|good (?:with|w|at)|passionate about|fascinated by|interested in|drawn to)|was (?:always )?(?:\w+ )?(?:into|good (?:with|w|at)))\b (?:\w+ ){0,4}?(?:computers?|technology|technologies|tech|gadgets?|coding|programming|pcs?|electronics|video ?games|smartphones?|phones?|apps?|ai|it stuff|i\.t\.)(?!\w)`,
    String.raw`\b(?:tech|computer|technology)[- ]savvy\b`,
    String.raw`\ba (?:\w+ )?(?:techie|geek|nerd|computer person|tech person|tech guy|tech girl|computer guy|computer girl)\b`,
  ].join('|'),
);

/** Other fields and settings of medicine, by name. */
const FIELD_NAMES =
  'surgery|surgical|surgeons?|the or|operating (?:room|theatre|theater)|pediatrics|paediatrics|peds|obstetrics|ob ?gyn|gyn(?:a)?ecology|psychiatry|psych|radiology|anesthesia|anaesthesia|anesthesiology|emergency(?: medicine| department| room)?|the ed|the er|icu|critical care|family medicine|internal medicine|neurology|dermatology|pathology|orthopedics|ortho|cardiology|oncology|other (?:specialties|specialities|fields|options|branches)';
const OTHER_FIELD = new RegExp(String.raw`\b(?:${FIELD_NAMES}|procedures)\b`);

/** Turning a field down: not for me, could not see myself, too much, hate. */
const REJECT =
  /\b(?:not for me|(?:do|did|could|can|would) not (?:\w+ )?(?:see myself|imagine myself|picture myself|stand|handle|do|take|deal with|survive|bear|enjoy|like)|never (?:wanted|liked|enjoyed|saw myself|could)|hate[sd]?|dislike[sd]?|too (?:much|many|long|stressful|hard|hectic|bloody|physical|demanding|competitive|boring|intense)|not (?:my (?:thing|cup of tea|type|style)|really me|interested in|a (?:good )?fit|suited)|no way|ruled (?:it |them )?out|(?:was|is|were|are) (?:so |just )?(?:boring|awful|terrible|miserable|not me))\b/;

/** Something the field holds that draws the member. */
const DRAWN =
  /\b(?:love[sd]?|enjoy(?:s|ed)?|drawn|drew me|draws me|attract\w*|fascinat\w*|passion\w*|appeal\w*|interest(?:s|ed|ing)?|satisf\w*|meaning(?:ful)?|rewarding|i liked|i like|the kind of (?:thinking|medicine|work|problems|patients)|continuity|long[- ]term|relationships? with (?:my |the )?patients|puzzles?|diagnos\w*|complex\w*|curious|curiosity)\b/;

/**
 * A deed of the member's: a first-person subject with a past or present-perfect verb of doing, or a
 * present one of the work they do now ("at my job I basically do data pulls").
 */
const DEED =
  /\b(?:i|we)\s+(?:(?:also|then|just|later|first|still|now|personally|actually|\w+ly)\s+)?(?:(?:do|run|build|pull|maintain|manage|analy[sz]e|write|lead|design|support|work on|work as|work with)\b|(?:(?:have|had)\s+(?:been\s+)?)?(?!(?:liked|loved|enjoyed|wanted|hoped|dreamed|dreamt|wished|felt|thought|believed|noticed|realized|realised|saw|heard|read|watched|followed)\b)(?:\w+ed|built|made|wrote|led|ran|set|did|took|taught|drew|found|began|kept|got|held|spent|worked|helped|designed|joined|sat|am (?:working|building|leading|helping)|was (?:working|building|leading|helping|responsible)))\b/;

/** The words that carry a reading, with a little context either side, as the member wrote them. */
function quoteOf(doc: TextDoc, s: Sentence, re: RegExp): string {
  const m = new RegExp(re.source, re.flags.replace('g', '')).exec(s.canon);
  if (!m) return s.text;
  const first = s.canonTok[m.index] ?? 0;
  const last = s.canonTok[Math.max(m.index, m.index + m[0].length - 1)] ?? first;
  const from = Math.max(0, first - 4);
  // To the end of the clause (the next comma or stop), at most six words on.
  let to = last;
  while (to < s.tokens.length - 1 && to - last < 6 && !/^[,;:.!?]$/.test(s.tokens[to + 1]!.value)) to++;
  return doc
    .quote({ start: s.tokens[from]!.start, end: s.tokens[to]!.end })
    .trim()
    .replace(/[,;:.!?]+$/, '');
}

/** What the answer gives as its reason; pure. */
export function readMotivation(doc: TextDoc): MotivationReading {
  const out: MotivationReading = { drawnTo: false, informaticsWork: false };
  for (const s of doc.sentences) {
    const c = s.canon;
    const against = OTHER_FIELD.test(c) && REJECT.test(c);
    if (against) out.againstOthers ??= quoteOf(doc, s, REJECT);
    const ownComfort = (ME.test(c) || FIELD_SUBJECT.test(c)) && COMFORT.test(c) && !OTHERS_COMFORT.test(c);
    const groupComfort = GROUP_COMFORT.test(c);
    const comfort = ownComfort || groupComfort;
    if (comfort) out.lifestyle ??= quoteOf(doc, s, ownComfort ? COMFORT : GROUP_COMFORT);
    const lukewarm = LUKEWARM.test(c);
    if (lukewarm) out.lukewarm ??= quoteOf(doc, s, LUKEWARM);
    const tech = TECH_LIKING.test(c);
    if (tech) out.techLiking ??= quoteOf(doc, s, TECH_LIKING);
    if (
      !against &&
      !comfort &&
      !tech &&
      !lukewarm &&
      DRAWN.test(c) &&
      !/\b(?:not|never|no)\b[^.]{0,20}\b(?:interest\w*|drawn)/.test(c)
    )
      out.drawnTo = true;
    // Work with an informatics object: a deed of the member's whose sentence, or the next one,
    // names data, the EHR, a workflow or a system ("I joined the team that reviewed every failed
    // scenario. One fix was an alert that…"); the field's own name is not its object.
    if (DEED.test(c)) {
      const next = doc.sentences[doc.sentences.indexOf(s) + 1];
      const objectIn = (x: Sentence | undefined) =>
        !!x && hasInformaticsAngle(x.text.replace(/\b(?:clinical )?informatics\b/gi, ' '));
      if (objectIn(s) || objectIn(next)) out.informaticsWork = true;
    }
  }
  return out;
}

/** "Why clinical informatics?" and its kin: the field asked about is informatics. */
const ASKS_WHY_INFORMATICS =
  /\b(?:why|what (?:drew|draws|attracted|attracts|brought|brings|made) you|what (?:got|gets) you (?:into|interested)|your (?:interest|motivation) (?:in|for))\b[^?]*\b(?:informatics|health it|health tech\w*|digital health)\b/i;

/** "Why this specialty?", "Why internal medicine?", "why did you choose pediatrics?". */
const ASKS_WHY_SPECIALTY = new RegExp(
  String.raw`\b(?:why|what (?:drew|draws|attracted|attracts|brought|made) you (?:to|into)|why did you (?:choose|pick|go (?:for|into)))\b[^?]*\b(?:(?:this|the|your|a|that) (?:specialty|speciality|field|discipline)|${FIELD_NAMES})\b`,
  'i',
);

export type MotivationAsked = 'informatics' | 'specialty' | undefined;

/** Which field a motivation question asks about, from the bank id or the words. */
export function motivationAsked(id: string | undefined, text: string): MotivationAsked {
  if (id === 'why-this-specialty') return 'specialty';
  if (id === 'why-clinical-informatics' || id === 'why-not-purely-clinical') return 'informatics';
  if (id) return undefined;
  if (ASKS_WHY_INFORMATICS.test(text)) return 'informatics';
  if (ASKS_WHY_SPECIALTY.test(text)) return 'specialty';
  return undefined;
}

/**
 * For "Why informatics?": the message of the `no-informatics-angle` note when the reason given is
 * comfort or a liking of technology and no informatics work of the member's stands behind it;
 * undefined otherwise.
 */
export function informaticsReasonNote(r: MotivationReading): string | undefined {
  if (r.informaticsWork || (!r.lifestyle && !r.techLiking)) return undefined;
  const parts: string[] = [];
  if (r.techLiking) parts.push(`a general liking of computers or technology ("${r.techLiking}")`);
  if (r.lifestyle) parts.push(`the hours or the life it would give you ("${r.lifestyle}")`);
  return (
    `Your reason is ${parts.join(' and ')}, with no informatics work of your own behind it. ` +
    'Programs hear that as interest in gadgets or as running from clinical work rather than towards informatics, however true it is for you. ' +
    // Name only what the answer gave: "leave schedule and family out" said to a member who named
    // neither reads as canned (newcomer trial 16, a tech-liking answer).
    `Next time ${r.lifestyle ? 'leave the schedule and family reasons out of this answer' : 'keep the liking of technology to a phrase at most'} and start from one problem in patient care you saw, why it is a data, workflow or system problem, and what you did about it, however small.`
  );
}

/**
 * For "Why this specialty?": plain advice when the answer gives only reasons against other fields
 * or only the member's comfort, and nothing in the specialty that draws them; undefined otherwise.
 */
export function specialtyReasonAdvice(r: MotivationReading, toldAnExperience: boolean): string | undefined {
  // Said at all, a lukewarm word or the specialty's easier life is what a program director remembers,
  // whatever else the answer gives (newcomer trial 21: "pediatrics is also good" passed unremarked).
  if (r.lukewarm)
    return (
      `"${r.lukewarm}" sounds lukewarm: a program director hears a field you would settle for, not one you chose. ` +
      `${r.lifestyle ? `So does the easier life you name ("${r.lifestyle}"). ` : ''}` +
      'Next time say plainly that this specialty is your choice, then give the patients or problems in it that held you and what you did to test the choice.'
    );
  if (r.lifestyle && (r.drawnTo || toldAnExperience))
    return (
      `Alongside what draws you, your answer gives the specialty's easier life as a reason ("${r.lifestyle}"). ` +
      'Programs hear that as a reason to leave other work rather than to join this one; leave it out and let the patients and problems carry the answer.'
    );
  if (r.drawnTo || toldAnExperience) return undefined;
  if (r.againstOthers)
    return (
      `Your answer gives a reason against other fields ("${r.againstOthers}") but none for this one. ` +
      'Programs want to hear what you are choosing, not only what you avoid: patients or problems in this specialty that held you, the kind of thinking it asks for, and what you did to test the choice.'
    );
  if (r.lifestyle)
    return (
      `Your reason is the life the specialty would give you ("${r.lifestyle}"), and nothing in the work itself. ` +
      'Programs hear that as a reason to leave rather than to join. Next time give what draws you to its patients and problems, and what you did to test the choice.'
    );
  return undefined;
}
