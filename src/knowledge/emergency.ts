/**
 * A message that tells of an emergency happening now, to the asker or someone with them: warning
 * signs in the body (chest pain or pressure, pain spreading to an arm or the jaw, trouble breathing,
 * the signs of a stroke, fainting, coughing up blood) or thoughts of ending one's life or of
 * self-harm. Such a message is never an application question, however it ties the signs to the
 * season ("is it just interview stress?"): the reply sends the member to urgent help, in a few
 * warm words and with no coaching.
 *
 * What is not an emergency: ordinary stress, nerves or panic about interviews and the Match
 * ("this wait is killing me", "my heart races before interviews"); a patient's signs (a clinical
 * question, declined as such); an alert, order set, screening tool or project built for those
 * signs (informatics work, in scope); a past illness told to explain a gap ("after my stroke in
 * 2023").
 *
 * Facts, checked 2026-12-06 (listed with the sources of knowledge/interview-preparation.md):
 * - SAMHSA, 988 Frequently Asked Questions (https://www.samhsa.gov/find-help/988/faqs): in the
 *   United States the 988 Suicide & Crisis Lifeline takes calls, texts and chats (988lifeline.org)
 *   at any hour, for a suicidal, mental health or substance use crisis, and from someone worried
 *   about a loved one.
 * - American Heart Association, Early Warning Signs of a Heart Attack or Stroke
 *   (http://www.heart.org/HEARTORG/General/Early-Warning-Signs-of-a-Heart-Attack-or-Stroke_UCM_306865_Article.jsp):
 *   chest discomfort, discomfort spreading to an arm, the back, neck or jaw, shortness of breath;
 *   sudden numbness or weakness on one side, trouble speaking: call 9-1-1 at once.
 */
import { normalizeText } from './text.js';

export type EmergencyKind = 'body' | 'crisis';

/**
 * Words just before a sign that make it the asker's own experience ("I have", "I'm having",
 * "I keep getting", "my …") or that of someone close to them ("my dad has").
 */
const EXPERIENCING =
  /\b(?:i (?:have|ve|had|got|get|feel|m|am|keep|started|woke up with)|ive|im|been having|having|feeling|got|my \w+ (?:has|had|is|keeps))\b|\bmy $/;
/** …unless the sign is what a piece of work, a question or a patient is about ("my project on chest pain"). */
const ABOUT_IT =
  /\b(?:patients?|pts?|project|research|study|studies|thesis|paper|poster|presentation|lecture|talk|model|alerts?|about|regarding|on)\s+(?:\w+\s+){0,1}$/;
/** Words just after a sign that make it the subject of informatics work ("a chest pain order set"). */
const WORK_OBJECT =
  /^\W*(?:\w+ )?(?:order sets?|alerts?|pathways?|protocols?|bpas?|best practice advisor\w*|dashboards?|models?|screen\w*|tools?|projects?|workflows?|cds|smartsets?|registr\w+|codes?|teams?|detection|classifier|nlp|measures?|data|cases?|patients?)\b/;
/** Informatics work anywhere in the message: it decides a sign told without "I have", "my". */
const INFORMATICS_WORK =
  /\b(?:alert|alerts|ehr|emr|cds|decision support|order sets?|fhir|hl7|dashboards?|pathway|protocol|registry|screening tool|screener|risk (?:score|model|tool|prediction)|predictive|algorithm|nlp|phenotype|quality measure|project|build|built|building|design|designed|designing|smartset|best practice advisory|bpa)\b/;
/** A patient's or a case's signs: a clinical question, not an emergency here. */
const PATIENT =
  /\b(?:patients?|pts?|year old|years old|yo|y o|case|vignette|workup|work up|differential|ddx|in the ed|on the ward|presenting|presents)\b/;
/** Told as history ("after my stroke in 2023", "two years ago"): a gap to explain, not now. */
const PAST =
  /\b(?:ago|back in|in (?:19|20)\d\d|last year|recovered|history of|survivor|had a (?:heart attack|stroke|seizure)|after (?:my|his|her) (?:heart attack|stroke|attempt|surgery|illness|cancer))\b/;
const NOW =
  /\b(?:now|right now|today|tonight|this morning|since (?:this )?morning|since an hour|for (?:an|the last|the past) (?:hour|few hours)|currently|still|keeps?|cant stop|can t stop)\b/;

/** Warning signs in the body. */
const BODY_SIGNS: readonly RegExp[] = [
  // Chest pain, pressure or tightness.
  /\b(?:chest (?:pain|pains|pressure|tightness|heaviness|discomfort)|(?:pain|pressure|tightness|heaviness|squeezing) (?:in|on) (?:my |the )?chest|tight chest|my chest (?:is |feels |has been |keeps )?(?:hurting|hurts|tight|heavy|burning|squeezing|crushing))\b/g,
  // Pain spreading to the arm, jaw, neck or back; a heavy or numb left arm.
  /\b(?:radiat\w*|spread\w*|going|goes|shooting|moving|travell?ing) (?:down |up |in)?(?:to |into )?(?:my |the )?(?:left |right )?(?:arm|arms|jaw|shoulder|neck)\b/g,
  /\bleft arm (?:is |feels |has been |going )?(?:heavy|numb|weak|tingling|hurting|hurts|aching)\b/g,
  // Trouble breathing.
  /\b(?:(?:can ?t|cannot|can not|unable to|struggling to|hard to|trouble|difficulty|difficult to) (?:breathe|breathing|catch my breath)|short(?:ness)? of breath|gasping for (?:air|breath)|breathless)\b/g,
  // Signs of a stroke.
  /\b(?:face (?:is |has )?(?:drooping|droops|droopy|gone numb|numb)|drooping face|one side of my (?:face|body) (?:is |went |has gone |feels )?(?:numb|weak|drooping|droopy|heavy)|slurred speech|speech (?:is |has been |became )?slurred|slurring (?:my )?words|words (?:are |keep )?coming out (?:wrong|jumbled)|sudden (?:numbness|weakness|confusion)|worst headache of my life|sudden (?:severe|terrible|worst) headache|suddenly (?:cant|can t|cannot) (?:see|speak|talk|move))\b/g,
  // Fainting, blood, seizures, a closing throat, an overdose.
  /\b(?:fainted|fainting|passed out|passing out|coughing (?:up )?blood|vomiting blood|throwing up blood|(?:had|having) a seizure|throat (?:is )?(?:closing|swelling)|took too many (?:pills|tablets)|overdosed)\b/g,
];

/** Thoughts of ending one's life or of self-harm, in words only the asker uses of themselves. */
const CRISIS_OWN: readonly RegExp[] = [
  /\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) myself\b/,
  /\b(?:end|ending|take|taking) my (?:own )?life\b|\bend(?:ing)? it all\b/,
  /\b(?:im|i am|i feel|feeling|been feeling|i ve been|ive been) (?:so |really |very )?suicidal\b/,
  /\bthinking (?:about|of) (?:suicide|killing myself|ending (?:it|my life))\b/,
  /\b(?:i )?(?:want|wanna|wish) to die\b|\bwish i (?:was|were) dead\b|\bbetter off dead\b|\bbetter off without me\b/,
  /\b(?:dont|don t|do not) want to (?:live|be alive|be here anymore|exist|wake up)\b|\bno (?:reason|point) (?:to|in) (?:living|live|being alive)\b/,
];
/** …and in words that may also name a topic ("suicidal thoughts", "self-harm"): need "I have", "my". */
const CRISIS_TOPIC = /\b(?:suicidal (?:thoughts|ideas|feelings|ideation)|thoughts (?:of|about) suicide|self ?harm(?:ing)?)\b/g;

/** Names a warning sign in the body, whoever has it (a patient's "chest pain" included). */
export function namesWarningSign(text: string): boolean {
  const t = text.replace(/-/g, ' ');
  return BODY_SIGNS.some((r) => {
    r.lastIndex = 0;
    return r.test(t);
  });
}

/** A sign the message places in the asker's life (or someone's with them), not in a piece of work. */
function told(t: string, sign: RegExp, work: boolean): boolean {
  for (const m of t.matchAll(sign)) {
    const before = t.slice(Math.max(0, m.index - 30), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (WORK_OBJECT.test(after) || PATIENT.test(before)) continue;
    // "I have", "I'm having", "my" just before it, and not as what something is about; or a
    // message with no work or patient in it that still speaks of the asker ("chest pain since
    // morning, radiating to left arm. should i go to the ER").
    const own = /^my\b/.test(m[0]) || (EXPERIENCING.test(before) && !ABOUT_IT.test(before));
    if (own || (!work && /\b(?:i|im|ive|my|me)\b/.test(t))) return true;
  }
  return false;
}

/**
 * Which kinds of emergency a message tells of, if any (`text` normalised as in scope.ts: lower
 * case, apostrophes dropped).
 */
export function emergencyIn(text: string): EmergencyKind[] {
  const t = text.replace(/-/g, ' ');
  // History told to explain a gap, with nothing said to be happening now.
  if (PAST.test(t) && !NOW.test(t)) return [];
  const work = INFORMATICS_WORK.test(t);
  const patient = PATIENT.test(t);
  const kinds: EmergencyKind[] = [];
  if (BODY_SIGNS.some((r) => told(t, r, work || patient))) kinds.push('body');
  if (CRISIS_OWN.some((r) => r.test(t)) || told(t, CRISIS_TOPIC, true)) kinds.push('crisis');
  return kinds;
}

/** The reply to a message that tells of an emergency: where to get help now, and nothing else. */
export function emergencyReply(kinds: readonly EmergencyKind[]): string {
  const lines: string[] = [];
  if (kinds.includes('body'))
    lines.push(
      'What you describe can be a sign of a medical emergency, and it comes before any application. Please get urgent care now: call your local emergency number (911 in the US) rather than driving yourself, or ask someone near you to call.',
    );
  if (kinds.includes('crisis'))
    lines.push(
      "I'm so sorry you're carrying this, and I'm glad you said it. You don't have to face it alone: in the US, call or text 988 to reach the 988 Suicide & Crisis Lifeline, free and open day and night; elsewhere, call your local emergency number. If you might act on these thoughts now, call your emergency number (911 in the US) or go to the nearest emergency department.",
    );
  lines.push("Your application questions can wait; I'll be here when you're ready.");
  return lines.join('\n');
}

/** Whether a question as the member typed it tells of an emergency (normalised here, as /ask does). */
export function tellsOfEmergency(question: string): boolean {
  return emergencyIn(normalizeText(question)).length > 0;
}
