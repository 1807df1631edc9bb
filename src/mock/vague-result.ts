/**
 * A result claimed with nothing to show for it: "the fallouts became less", "things got better
 * after that", "people were happier". The STAR reading (star.ts) rightly hears a result there, so
 * `no-result` stays silent and the answer passed with "No notes", while the hint itself asks for
 * evidence (newcomer trial 19). This check is its own, outside STAR detection and the contract's
 * note ids: it reads whether what changed is backed by anything a listener could check (a number,
 * a before and after, who noticed, or a concrete practice others now follow) and, when nothing
 * backs it, the feedback gives one plain line of advice asking for that evidence.
 *
 * Read by meaning rather than by phrase: an outcome is a change or a state said of the work, the
 * problem or other people (never the member's own growth, which needs no figure); it is vague when
 * its size is only words ("less", "better", "a lot", "happier") and no sentence from the member's
 * first deed on gives a measure, a comparison in figures, a named witness or a new routine.
 */
import type { Sentence, TextDoc } from '../text/document.js';
import { actionsIn } from '../text/narrative.js';

/** A change with no size, said of something other than the member ("the fallouts became less"). */
const VAGUE_CHANGE = new RegExp(
  [
    // "became less", "got better", "were happier", "seemed smoother", "was much easier"
    String.raw`\b(?:became|become|becomes|got|gets|grew|went|were|was|are|is|seemed|seem|seems|looked|felt|feel|feels|turned)(?: (?:a lot|much|far|way|a bit|a little|slightly|somewhat|really|so much|noticeably|definitely|clearly|generally|overall|more or less))? (?:less|fewer|lower|higher|better|worse|happier|calmer|smoother|easier|faster|quicker|shorter|safer|cleaner|clearer|more (?:efficient|accurate|organi[sz]ed|consistent|reliable|satisfied|engaged|complete|timely)|less (?:frequent|common|confused|stressed|frustrated))\b`,
    // "improved", "decreased", "went down", "helped (a lot)", "made a (big) difference", "worked well"
    String.raw`\b(?:improved|improves|decreased|declined(?! (?:to|the|an?|my|our|his|her|their)\b)|reduced|(?<!\b(?:was|were|been|got|being) )dropped(?! (?:out|off|by|in|me)\b)|fell(?! (?:ill|sick|pregnant|asleep|behind|apart|in love|short|through|over|off)\b)|lessened|went down|came down|went up|increased|rose(?! (?:to (?:the|a|my|be)|early)\b)|helped(?= ?(?:a lot|a great deal|so much|very much|greatly|things|everyone|everybody|the (?:team|ward|unit|staff|process|situation|workflow)|\.|,|$))|made a (?:\w+ )?difference|made things (?:\w+ )?(?:better|easier|smoother)|worked (?:well|better|out)|paid off|had (?:a|an) (?:\w+ )?(?:impact|effect)|was (?:a|an) (?:\w+ )?(?:success|improvement))\b`,
    // "people liked it", "everyone was happy with it", "staff appreciated it"
    String.raw`\b(?:people|everyone|everybody|staff|the team|all|they|colleagues|the staff) (?:\w+ )?(?:liked|loved|appreciated|enjoyed|welcomed|were (?:happy|pleased|satisfied|glad))\b`,
  ].join('|'),
);

/** The member's own growth ("I became more confident", "my English improved"): no figure is expected. */
const OWN_GROWTH =
  /^(?:(?:and|so|but|then|after that|since then|over time|slowly|eventually|now),? )*(?:i|i've|i have|i had|my (?:own )?(?:[\w-]+ ){0,2}?(?:skills?|english|confidence|knowledge|understanding|communication|writing|speaking|sql|coding|typing|career|life|health|mood)|me)\b/;

/** A plan, a wish or a supposition: nothing has changed yet. */
const NOT_YET =
  /\b(?:would|will|could|might|may|should|hope|hoping|want|wanted|wants|plan|planning|aim|trying|try|goal|to (?:improve|reduce|decrease|help|make))\b/;

/** The member saying they cannot show the size ("I dont know the exact numbers"). */
const NO_FIGURES =
  /\b(?:(?:do not|don't|dont|did not|didn't|didnt|never|cannot|can't|cant) (?:really |exactly )?(?:know|have|remember|recall|measure|track|count|check)(?: the| any)?(?: exact| real| precise| actual)? (?:numbers?|figures?|data|stats?|statistics|percentages?|rates?|how much|by how much|exactly)|not sure (?:by )?how (?:much|many)|(?:hard|difficult|impossible) to (?:say|measure|quantify|put a number)|no (?:exact |real |hard )?(?:numbers?|figures?|data))\b/;

/** A measure: a count, a share, a rate, a time (a year alone is a date, not a measure). */
const MEASURE =
  /(?<![\w-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?(?!\d)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half|halved|a third|a quarter|twice|double|doubled|tripled|zero|none|no longer|no more|not (?:one|once|a single)|percent|per cent)\b|%/;

/** Words that make a number the size of a change or a rate ("cut by a third", "two a week", "fewer"). */
const SIZED =
  /\b(?:by|fell|dropped|rose|cut|saved|reduced|fewer|less|more|down|up|rate|per|a (?:day|week|month|shift)|each (?:day|week|month)|every (?:day|week|month)|out of|instead of)\b/;

/** Before and after set side by side ("from eight a week to two", "used to ... now"). */
const BEFORE_AFTER =
  /\bfrom (?:about |around |roughly |nearly |over )?\S+ (?:[\w-]+ ){0,4}?to (?:about |around |roughly |nearly |under |just |only )?\S+|\b(?:used to|before (?:that|this|the change|it))\b.{0,120}\b(?:now|after|since|these days)\b/;

/** Someone who noticed, named by role or name: "my manager told me", "the charge nurse said". */
const WITNESS = new RegExp(
  String.raw`\b(?:(?:my|our|the|his|her|their) (?:[\w-]+ ){0,2}?(?:manager|director|supervisor|attending|consultant|chief|head|lead|nurses?|charge nurse|matron|pharmacists?|residents?|interns?|physicians?|doctors?|cmio|cno|cmo|pd|program director|chair|coordinator|auditors?|committee|team lead|boss|mentor|patients?|families|parents|administrator|analyst|educator|quality (?:team|department|lead|officer)|hospital)|(?:dr|prof|mr|mrs|ms)\.? [a-z]+|he|she|they)(?: (?:also|later|even|then|personally|actually))? (?:said|told|noticed|mentioned|wrote|emailed|thanked|praised|commended|reported|confirmed|commented|pointed out|showed|presented|asked (?:me|us) to|asked for|nominated|recognized|recognised|acknowledged)\b`,
);

/** Others now working in a new way, or the work taken up where decisions are made. */
const NEW_ROUTINE = new RegExp(
  [
    String.raw`\b(?:now|still|since then|from then on|these days|to this day|ever since) (?:[\w-]+ ){0,3}?(?:use|uses|used|follow|follows|fill|fills|check|checks|run|runs|review|reviews|open|opens|print|prints|order|orders|rely on|relies on|look at|looks at|document|documents|record|records|complete|completes|get|gets|receive|receives)\b`,
    String.raw`\b(?:use|uses|used|follow|follows|fill|fills|check|checks|review|reviews|open|opens|complete|completes|look at|looks at) (?:it|them|this|that|the [\w-]+(?: [\w-]+)?) (?:every|each|on every|at every|in every|before every) (?:shift|day|morning|week|month|handover|round|admission|discharge|patient|meeting|huddle|audit)\b`,
    String.raw`\b(?:adopted|rolled out|made (?:it )?(?:standard|permanent|mandatory)|built into|added to (?:the|our) (?:\w+ )?(?:order set|ehr|template|protocol|policy|workflow)|became (?:the )?(?:standard|default|policy|protocol)|is (?:now )?part of (?:the|our) (?:\w+ )?(?:order set|protocol|policy|workflow|template|orientation|training))\b`,
  ].join('|'),
);

/** The first sentence the member did something in (the deed whose result is told), by index. */
function firstDeed(doc: TextDoc): number {
  const hit = actionsIn(doc, { story: true })[0];
  return hit ? doc.sentences.indexOf(hit.sentence) : -1;
}

/** Where in a sentence a vague change is claimed, read clause by clause so "I made X and it helped" counts. */
function vagueClaim(s: Sentence): string | undefined {
  let said = '';
  for (const clause of s.canon.split(/[,;:]\s+|\s+(?:and|but|so|because|although|though|while|then)\s+/)) {
    const upTo = said;
    said += ` ${clause}`;
    const m = VAGUE_CHANGE.exec(clause);
    if (!m) continue;
    const before = clause.slice(0, m.index);
    if (OWN_GROWTH.test(clause.trim()) && !/\b(?:it|they|things|the|this|that)\b/.test(before)) continue;
    // "…passed my exams and became more confident": no subject of its own, so the member's.
    if (
      !/\b[a-z]{2,}\b/.test(before.replace(/\b(?:then|also|really|slowly|eventually|later|soon|much)\b/g, '')) &&
      /\bi\b/.test(upTo)
    )
      continue;
    if (NOT_YET.test(before)) continue;
    if (/\b(?:not|never|no|didn'?t|did not|wasn'?t|weren'?t)\s+(?:\w+\s+)?$/.test(before)) continue;
    return clause.trim();
  }
  return undefined;
}

export interface VagueResult {
  /** The member's words claiming the change, as typed. */
  quote: string;
  /** Whether the member said they have no figures for it. */
  noFigures: boolean;
}

/** The vague result an answer rests on, or undefined when there is none or it is backed. */
export function vagueResultIn(doc: TextDoc): VagueResult | undefined {
  const ss = doc.sentences;
  const deed = firstDeed(doc);
  if (deed < 0) return undefined;
  const told = ss.slice(deed);
  // Anything that backs the change, in any sentence from the deed on, answers the question.
  for (const s of told) {
    const c = s.canon;
    if (BEFORE_AFTER.test(c) || WITNESS.test(c) || NEW_ROUTINE.test(c)) return undefined;
    if ((VAGUE_CHANGE.test(c) || NO_FIGURES.test(c) || SIZED.test(c)) && MEASURE.test(c)) return undefined;
  }
  for (const s of told) {
    const claim = vagueClaim(s);
    if (!claim) continue;
    return { quote: doc.quote(s).trim(), noFigures: told.some((x) => NO_FIGURES.test(x.canon)) };
  }
  return undefined;
}

/** The line of advice for a vague result, quoting the member's words. */
export function vagueResultAdvice(v: VagueResult): string {
  const quote = v.quote.length > 140 ? `${v.quote.slice(0, 137).trimEnd()}…` : v.quote;
  return (
    `A result with no evidence: you said "${quote}", but not how much or how anyone knows. ` +
    'Next time back it with one piece of evidence: a number, even a rough one you can stand behind (how many before, how many after), ' +
    'who noticed and what they said (your manager, the nurses, an audit), or what people now do differently.' +
    (v.noFigures
      ? ' Without exact figures, say what you do know: a rough count, a before and after, or who saw the change.'
      : '')
  );
}
