/**
 * Messages about the member's own standing as an applicant or trainee that borrow words some
 * out-of-scope detectors decline on (a dependant's visa, an illness, a green card). Newcomer trial
 * 19: an H-4 EAD pediatrician asking whether she could fly home on an expired stamp, or what
 * happens to her EAD if her husband loses his H-1B, was told the guides do not cover "everyday
 * life"; "my mother has cancer, should I tell programs?" was read as a clinical question. These
 * decide whether she can train or how she writes to programs, which the visa and pre-match guides
 * answer, so the three detectors named here stand aside for them. Each test needs the member's own
 * case AND what is asked about it, so a relative's visa, a trip or a treatment question still
 * declines.
 */

/** The member's own H-4 or EAD, in the first person ("my EAD", "I'm on H4", "on an H-4 EAD"). */
const OWN_DEPENDANT =
  /\b(?:my (?:\w+ )?(?:h4|ead|work permit|(?:visa )?stamp)|(?:i am|im|i'm|i have|i hold|i got|currently) (?:on )?(?:an? )?(?:h4|ead)|on (?:an? )?(?:h4|ead)\b)/;
/** The principal's H-1B named as the spouse's, or the stamp and EAD together (the H-4 context). */
const SPOUSE_H1B =
  /\bmy (?:husband|wife|spouse|partner)s?\b.{0,60}\b(?:h1b|job|employer|company|layoffs?|laid off|fired)\b|\b(?:husband|wife|spouse|partner)(?:s|'s)? h1b\b/;
/** What is asked about that status: leaving and coming back, the principal losing it. */
const STATUS_FATE =
  /\b(?:travel\w*|fly|flight|visit\w*|leave the (?:us|usa|country)|come back|coming back|re-?ent\w*|return\w*|stamp\w*|consulate|loses?|losing|lost|laid off|layoffs?|fired|let go|revoked|terminated|grace period|(?:h1b|job) (?:ends|ended|ending|is over))\b/;
/**
 * Its end or renewal, which is the member's standing only beside her training ("my EAD expires
 * before residency would end"): "how do I renew my EAD card" alone is a USCIS filing the guides
 * leave to USCIS and stays declined.
 */
const PERMIT_END = /\b(?:expir\w*|renew\w*|valid until|runs? out)\b/;
const TRAINING_TOLD = /\b(?:residenc\w*|fellowships?|training|programs?|gme|match\w*|pgy ?\d?)\b/;

/** The spouse's own work asked about ("can he keep working?"): the principal's question, not the member's. */
const SPOUSE_OWN_WORK = /\b(?:can|could|may|will|would|does|should) (?:he|she) (?:keep|continue|still|work|stay)\b/;

function ownDependantStatusFate(text: string): boolean {
  if (SPOUSE_OWN_WORK.test(text)) return false;
  const own = OWN_DEPENDANT.test(text) || (SPOUSE_H1B.test(text) && /\b(?:ead|h4|work permit)\b/.test(text));
  return own && (STATUS_FATE.test(text) || (PERMIT_END.test(text) && TRAINING_TOLD.test(text)));
}

const RELATIVE = '(?:mother|mom|mum|father|dad|parents?|wife|husband|spouse|son|daughter|child|sister|brother|grand\\w+)';
/** A relative's illness told together with a question about telling programs or a PD. */
export function familyIllnessToPrograms(text: string): boolean {
  const ill = new RegExp(
    `\\bmy ${RELATIVE}\\b.{0,40}\\b(?:sick|ill|illness|cancer|in (?:the )?hospital|hospitali[sz]ed|dying|surgery|chemo\\w*|stroke|dementia)\\b`,
  );
  const tellPrograms =
    /\b(?:tell|telling|inform\w*|let|mention\w*|write|email|say|share|disclose)\b.{0,40}\b(?:programs?|pds?|program directors?|coordinators?|interviewers?)\b|\b(?:programs?|pds?)\b.{0,20}\bknow\b/;
  return ill.test(text) && tellPrograms.test(text);
}

/** A green card arriving while the member trains or works, asked as whom to tell (GME, HR, program). */
function greenCardDuringTraining(text: string): boolean {
  return (
    /\b(?:green card|i-?485|permanent residen\w*)\b/.test(text) &&
    /\b(?:during|while|in the middle of)\b.{0,40}\b(?:residency|fellowship|training|resident)\b|\b(?:resident|residency)\b.{0,40}\b(?:green card|i-?485)\b/.test(text) &&
    /\b(?:tell|inform|notify|update|report|let)\b.{0,30}\b(?:programs?|gme|hr|employer|pd)\b/.test(text)
  );
}

/** The detectors that stand aside when the message is about the member's own standing as above. */
export const STANDS_ASIDE = new Set(['everyday-life', 'clinical', 'immigration']);

/** True when a normalised message is one of the cases above. */
export function ownStandingQuestion(text: string): boolean {
  return ownDependantStatusFate(text) || familyIllnessToPrograms(text) || greenCardDuringTraining(text);
}
