/**
 * Readings of the member's own timeline notes that more than one engine needs: whose health a note
 * is about, and whether a job is work in health care. One reader each, so the red-flag report, the
 * gap draft and the mock plan never read the same note two ways (they did: the draft's and the
 * plan's own-health patterns were widened separately and disagreed on "treated for burnout" and on
 * "recovery from tuberculosis").
 */

/** Words that turn what follows into its opposite: "no medical work", "outside medicine", "non-clinical". */
const NEGATOR =
  /\b(?:no|not|non|never|without|outside(?: of)?|unrelated to|away from|apart from)\b(?:[\s-]+[^\s-]+){0,2}[\s-]*$/i;

/** Someone else's, said just before: "his", "her", "their", "my father's", "the patient's". */
const OTHERS = /\b(?:he|she|they|his|her|their|\w+'s)\b(?:\s+\S+){0,2}\s*$/i;

/**
 * True when `re` matches somewhere in `note` that the words just before do not negate (nor, with
 * `mine`, give to someone else).
 */
function affirmed(note: string, re: RegExp, mine = false): boolean {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of note.matchAll(global)) {
    // The words just before, within the same clause: "no patient care; medical interpreter" is not negated.
    const clause =
      note
        .slice(0, m.index)
        .split(/[;,.:()!?]/)
        .at(-1) ?? '';
    const before = clause.trimEnd().split(/\s+/).slice(-4).join(' ');
    if (NEGATOR.test(before ? `${before} ` : '')) continue;
    if (mine && OTHERS.test(before)) continue;
    return true;
  }
  return false;
}

// ---- the member's own health -------------------------------------------------------------------

/**
 * A condition or leave that is the member's own by its nature (burnout, depression, a medical or
 * sick leave, being cleared to work), or an illness, treatment or recovery the member says is
 * theirs ("my illness", "own serious illness", "I was hospitalised", "I had surgery").
 */
const OWN_CONDITION =
  /\b(?:burn-?out|burnt out|exhaustion|depress\w*|anxiety|panic attacks?|PTSD|post-?traumatic|(?:nervous )?breakdown|psychiatric|mental[- ]health|long covid|(?:medical|sick|stress|health|disability) leave|(?:for|with|due to|because of) health (?:reasons?|issues?|problems?|condition)|health (?:reasons?|issues?|problems?|condition|matters?)|(?:my|own) (?:\w+ )?(?:illness|sickness|health|surgery|operation|diagnosis|injury|injuries|treatment|recovery|rehabilitation|pregnancy|miscarriage|condition)|I (?:was|got|became|fell) (?:\w+ )?(?:ill|sick|hospitali[sz]ed|injured|diagnosed|treated)|I (?:had|underwent|needed) (?:\w+ )?(?:surgery|an operation|treatment|chemo\w*)|(?:high-risk|complicated) pregnancy|pregnancy complications?|bed ?rest|in (?:full |complete )?remission|cleared (?:by (?:my|a|the) (?:physician|doctor|psychiatrist|team)|(?:to|for) (?:full )?(?:clinical )?(?:work|return|duty|practi[cs]e)))\b/i;

/** An illness, injury or its treatment named in any words: whose it is decides what it means. */
const ILLNESS =
  /\b(?:ill|illness|sick|sickness|disease|cancer|tumou?r|tuberculosis|TB|stroke|heart attack|cardiac|surgery|operation|treatment|chemo\w*|dialysis|diagnos\w*|hospitali[sz]\w*|injur\w*|accident|crash|fracture|recover\w*|remission|rehabilitation|dementia|alzheimer\w*|disab\w*|condition|special needs|bedridden|elderly|frail|health (?:problems?|issues?|condition))\b/i;

/** Someone other than the member, whose illness would make the months caregiving. */
const RELATIVE =
  /\b(?:mother|father|mom|mum|dad|parents?|spouse|wife|husband|partner|child|children|son|daughter|baby|sibling|brother|sister|grand\w+|in-laws?|aunt|uncle|family member|relative)(?:'s)?\b/i;

/**
 * The member's own health: their own condition or leave, or an illness named with no one else in
 * the note ("treatment and recovery from pulmonary tuberculosis", "surgery and rehabilitation after
 * a car crash"). A relative's illness is caregiving (isCaregivingNote), not this: "my father's
 * cancer treatment" names his treatment, not mine. A note can be both ("cared for my father through
 * his cancer; treated for burnout myself").
 */
export function isOwnHealthNote(note: string): boolean {
  if (affirmed(note, OWN_CONDITION, true)) return true;
  return affirmed(note, ILLNESS) && !RELATIVE.test(note) && !/\b(?:he|she|his|her)\b/i.test(note);
}

/** A verb of care given: "caring for", "looked after", "nursed my mother", "supported my son through". */
const CARE_VERB =
  /\b(?:caregiv\w*|carer|caring for|cared for|care for|care of|look(?:ing|ed)? after|tend(?:ing|ed)? to|nurs(?:ing|ed) (?:my|her|his|our)|support(?:ing|ed)? (?:my|our) \w+ through)\b/i;

/** Care said in so many words ("cared for", "looked after"), whatever else happened. */
export const saysCareGiven = (note: string): boolean => CARE_VERB.test(note);

/**
 * Care given to someone else: a verb of care, or a relative named with an illness in a note that is
 * not about the member's own health. "Moved to the US with my husband" is not caregiving (no need),
 * nor is "my wife and I had a baby" (a new child, read elsewhere).
 */
export function isCaregivingNote(note: string): boolean {
  return CARE_VERB.test(note) || (RELATIVE.test(note) && affirmed(note, ILLNESS) && !isOwnHealthNote(note));
}

// ---- work in health care -----------------------------------------------------------------------

/**
 * A setting, field or role of health care named in a job's note: a hospital or clinic, patients,
 * the EHR, medical interpreting or scribing, clinical documentation or coding, research, teaching
 * medicine, public or community health (an immunization programme, disease surveillance, a health
 * NGO or ministry, WHO or UNICEF work). "Uber driver", "taught English", "family shop" name none;
 * "no medical work" is negated.
 */
const HEALTH_CARE =
  /\b(?:hospitals?|clinics?|clinical|health\s?care|health (?:system|IT|informatics|data|department|ministry|agency|NGO|insurance|centre|center|programs?|programmes?|projects?|officer|worker|educator|education|promotion|surveys?|services?|facilit(?:y|ies)|posts?|units?|authority|board|policy|economics|records?)|(?:public|global|community|maternal|child|population|occupational|rural|mental|reproductive|international|school|primary) health|medical|medicine|patients?|EHR|EMR|Epic|Cerner|scribe|interpret(?:er|ing)|pharmac\w*|nurs(?:e|es|ing)|phlebotom\w*|laborator(?:y|ies)|paramedic|EMT|anatomy|physiology|pharmacology|patholog\w*|USMLE|epidemiolog\w*|biostatist\w*|tele(?:health|medicine)|research|clinical trials?|immuni[sz]ations?|vaccin\w*|(?:disease|outbreak|health) surveillance|surveillance (?:officer|analyst)|UNICEF|M[ée]decins Sans Fronti[èe]res|Doctors Without Borders|dental|dentist\w*|HIV|malaria|tuberculosis)\b/i;
/** Health organisations known by a capitalised acronym ("WHO" is only the organisation in capitals). */
const HEALTH_BODY = /\b(?:WHO|UNICEF|MSF|PEPFAR|CDC)\b/;

/** Medicine named as what the member left: "left medicine to run the family business". */
const LEFT_MEDICINE =
  /\b(?:left|leaving|quit|quitting|gave up|giving up|stepped away from|away from|out of|outside(?: of)?)\s+(?:clinical\s+)?(?:medicine|health\s?care|the hospital|practice)\b/gi;
/** A clause about studying for exams beside the job, not the job: "studied for USMLE in the evenings". */
const STUDY_CLAUSE = /\b(?:stud(?:y|ied|ying)|prepar(?:ed|ing|ation)|(?<!test-)prep|revis(?:ed|ing))\b/i;

/**
 * Whether a job's note names work in health care (and not only to deny it). Only the job itself
 * counts: medicine named as what was left, or exams studied for beside the job, say nothing of the
 * job ("left medicine to run the family's textile export business; studied for USMLE in the
 * evenings" is not work in health care: judge of p131).
 */
const healthCareRead = new Map<string, boolean>();

export function isHealthCareWork(note: string | undefined): boolean {
  if (!note) return false;
  // Gaps ask this of every entry for every month they walk: read each note once.
  const known = healthCareRead.get(note);
  if (known !== undefined) return known;
  const read = readHealthCareWork(note);
  if (healthCareRead.size > 5000) healthCareRead.clear();
  healthCareRead.set(note, read);
  return read;
}

function readHealthCareWork(note: string): boolean {
  const job = note
    .replace(LEFT_MEDICINE, ' ')
    .split(/[;,]|\bwhile\b|\band\b/i)
    .filter((clause) => !STUDY_CLAUSE.test(clause))
    .join('; ');
  return affirmed(job, HEALTH_CARE) || affirmed(job, HEALTH_BODY);
}

// ---- patient care the member still gives beside another job --------------------------------------

/**
 * Hands-on patient care the member gives alongside a job listed as something else (informatics,
 * research, teaching): shifts worked as a clinician ("2 telemedicine shifts a week", "weekend ED
 * shifts", "locum cover"), seeing patients, or part-time work as a physician. Only care the member
 * gives counts: building or supporting a telemedicine service is not, nor shifts worked as a scribe,
 * an interpreter, an observer or an assistant, nor anything negated ("no clinical shifts since 2021").
 */
const CARE_SHIFT =
  /\b(?:tele-?medicine|tele-?health|virtual[- ]care|clinical|clinic|ward|ER|ED|emergency|urgent[- ]care|locum|hospitalist|GP|primary[- ]care|patient[- ]care|outpatient|inpatient)\s+(?:shifts?|sessions|duty|duties|cover(?:age)?|rotas?)\b/i;
const CARE_ACT =
  /\b(?:see(?:s|ing)?|saw|treat(?:s|ing|ed)?|manag(?:e|es|ing|ed))\s+(?:(?:my|own|\w+)\s+){0,2}patients\b|\blocums?\b|\bmoonlight\w*|\bpart[- ]time\s+(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?(?:physician|doctor|GP|general practitioner|clinician|hospitalist|internist|pediatrician|paediatrician|medical officer)\b|\b(?:tele-?medicine|tele-?health|virtual)\s+(?:physician|doctor|consults?|consultations|clinics?)\b|\bteleconsult\w*/i;
/** Roles in which shifts near patients are not the member's care. */
const NOT_THE_CLINICIAN =
  /\b(?:scribe|interpreter|translator|observ\w*|shadow\w*|volunteer\w*|(?:medical|research|nursing|clinical|physician) assistant|technician|aide|phlebotom\w*|coordinator)\b/i;
/** Verbs of building or supporting care rather than giving it, just before the care words. */
const BUILDS =
  /\b(?:support\w*|buil[dt]\w*|implement\w*|configur\w*|design\w*|launch\w*|roll(?:ing|ed)?[- ]?out|train(?:ing|ed)? (?:staff|users)|report\w* on|analy\w*|dashboards? (?:for|of)|templates? for)\s+(?:\S+\s+){0,2}$/i;

function careWords(note: string, re: RegExp): string | undefined {
  const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
  for (const m of note.matchAll(global)) {
    const clause =
      note
        .slice(0, m.index)
        .split(/[;,.:()!?]|\bplus\b|\band\b/)
        .at(-1) ?? '';
    if (BUILDS.test(clause)) continue;
    if (!affirmed(`${clause}${m[0]}`, new RegExp(re.source, re.flags.replace('g', '')))) continue;
    return m[0];
  }
  return undefined;
}

/**
 * The words of a note that say the member gives patient care beside another job ("telemedicine
 * shifts"), for the currency rule to count and quote; undefined when the note says none.
 */
export function patientCareInNote(note: string | undefined): string | undefined {
  if (!note || NOT_THE_CLINICIAN.test(note)) return undefined;
  return careWords(note, CARE_SHIFT) ?? careWords(note, CARE_ACT);
}
