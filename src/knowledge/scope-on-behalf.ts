/**
 * Round ask66: a request that the bot itself act for the member toward someone else: email, call,
 * message or contact a program director, a coordinator, ECFMG or an embassy, or submit, register or
 * apply in the member's name. The bot sends nothing and speaks for no one, so it declines and says
 * what it can do instead: help draft the message and check it before the member sends it.
 *
 * Read by three parts, not by a phrase:
 *   - the bot is the one asked to act: an imperative opening the clause ("email the PD…"), or
 *     "can/could/would/will you…", "I want/need you to…", or the act done "for me / on my behalf /
 *     in my name" with no other person named as the one doing it;
 *   - an act that reaches a third party: emailing, messaging, calling, contacting, telling,
 *     submitting, registering, applying;
 *   - a recipient who is not the bot: program staff, programs, ECFMG, NRMP, an embassy, "him/her".
 * Near-misses that stay answered: the member asking how or whether to write ("should I email the
 * PD?", "how do I contact the coordinator?"), asking the bot to draft or check a message the member
 * will send ("help me write an email to the PD", "draft my thank-you note"), and another person
 * acting for the member ("can my mentor call the PD for me?").
 * Input is normalised text (scope.ts: lower case, apostrophes dropped).
 */

/** Acts that reach someone else, in English and the few other languages members write in. */
const REACH =
  String.raw`(?:e ?mail|email|mail|contact|call|phone|ring|message|msg|text|dm|whatsapp|ping|reach out to|get in touch with|write to|send (?:[a-z0-9]+ ){0,3}?to|forward (?:it |this |that )?to|tell|inform|notify|follow up with|escrib\w* (?:a|al)|env[ií]\w*|manda\w*|contact[ae]\w*|llam\w*|mande\w*|bhej\w*)`;
/** Acts done in the member's name that reach no one by themselves (only with "for me"). */
const FILE = String.raw`(?:submit|register|apply|upload|sign up|fill (?:in|out))`;

/** Someone the message would reach: program staff, the bodies of the application, "them". */
const RECIPIENT =
  String.raw`(?:(?:letter |reference |lor )?writers?|referees?|recommenders?|references?|letter writers?|everyone|everybody|all (?:the )?members|members|(?:the )?(?:server|group|channel|community)|program directors?|pds?|apds?|fellowship directors?|directors?|coordinators?|programs?|programmes?|fellowships?|residenc(?:y|ies)|faculty|chairs?|attendings?|mentors?|interviewers?|ecfmg|nrmp|amia|eras|fsmb|uscis|embassy|consulate|school|dean|office|him|her|them|director del programa|coordinador\w*|directeur|diretor)`;
/** A few words between the act and whom it reaches ("the PD at UCSF", "all CI program"), never a preposition or a clause. */
const GAP = String.raw`(?:(?!(?:from|of|about|with|in|on|me|us|i|if|whether|what|how|why|when|that|is|was|said|says|to|for)\b)[a-z0-9]+ ){0,3}`;
const REACHES = String.raw`${REACH} (?!me\b|us\b|myself\b)${GAP}${RECIPIENT}\b`;

/** The bot is addressed as the one who reaches them. */
const BOT_ACTS = new RegExp(
  String.raw`\b(?:can|could|would|will|cn) (?:you|u|ya|the bot|this bot|the advisor)(?: please| pls| just| also)? ${REACHES}|\bi (?:want|need|would like) (?:you|u) to ${REACHES}|\b(?:please|pls|plz|por favor|porfa|svp|s il vous plait|kindly) ${REACHES}|\bgo ahead and ${REACHES}|\b(?:puedes|podrias|pouvez vous|peux tu|voce pode|pode) ${REACHES}`,
);

/**
 * A bare imperative ("email the PD at UCSF and tell him…"): texted questions drop their "should I"
 * too ("email the pd after the interview or nah"), so it counts only as a message with no question
 * in it, or with the act done for the member.
 */
const IMPERATIVE = new RegExp(String.raw`^(?:(?:please|pls|plz|por favor|porfa|svp|kindly|hey|hi|ok|okay|yo|bot|so|now|also|and|just)[,!]? )*${REACHES}`);
const STILL_ASKS = /\?|\b(?:or (?:not|nah|no|yes|wait|should)|yes or no|good idea|worth it|ok(?:ay)? to|right)\b/;

/** The act done for the member ("…for me", "on my behalf", "in my name", "as me"). */
const FOR_ME = /\b(?:for me|on my behalf|in my name|as me|under my name|use my name|sign (?:it )?(?:as|with) my name|por mi|pour moi|por mim|mere liye|meri taraf se)\b/;
const FOR_ME_WORDS = String.raw`(?:for me|on my behalf|in my name|as me|under my name|por mi|pour moi|por mim|mere liye|meri taraf se)`;
/** …said after the act it asks for ("email the PD for me", "submit my application on my behalf"), not "is it better for me to email…". */
const ACTS_FOR_ME = new RegExp(String.raw`\b(?:${REACHES}|${FILE})\b(?: [a-z0-9]+){0,8} ${FOR_ME_WORDS}\b`);

/**
 * The member asks how or whether to act, or asks for a draft or a check: the bot's own work.
 * ("write me an email to the PD" asks for a draft; "write to the PD for me" asks the bot to write to them.)
 */
const DRAFT_OR_ADVICE =
  /\b(?:how (?:do|should|can|could|would) i|how to|should i|can i|could i|may i|do i|is it (?:ok|okay|fine|rude|appropriate|wise)|when (?:should|do|can) i|what (?:should|do|can) i)\b|\b(?:draft|drafting|template|proofread|help me (?:write|draft|word|phrase|with)|(?:check|review|edit|improve|polish|rewrite|reword) (?:my|this|the|a)|write (?:me )?(?:an? |the |my )(?:e ?mail|email|message|note|letter|reply|draft))\b/;

/** Another person, not the bot, does the act ("can my mentor call the PD for me?", "he emailed them for me"). */
const SOMEONE_ELSE_ACTS =
  /\b(?:my (?:\w+ ){0,2}(?:mentor|pd|program director|attending|supervisor|friend|brother|sister|wife|husband|father|dad|mother|mom|colleague|chair|dean|coordinator|lawyer|attorney|consultant|agent)|he|she|they|someone|somebody|anyone|a friend|a lawyer|an agent)\b(?: \w+){0,3} (?:e ?mail\w*|contact\w*|call\w*|message\w*|text\w*|write|wrote|written|reach\w*|submit\w*|register\w*|apply|applied|send|sent)\b/;

/**
 * Posting or announcing to a channel or the community in the bot's voice ("post in #announcements
 * that the deadline moved", "announce to everyone that…", "pin this in the server"): a message the
 * bot would send to others, however it is worded. (Asking how or where to post stays answered:
 * DRAFT_OR_ADVICE comes first.)
 */
const BROADCAST =
  /^(?:(?:please|pls|plz|kindly|hey|hi|ok|okay|bot|so|now|also|and|just|can you|could you|would you|will you)[,!]? )*(?:post|announce|broadcast|pin|share|put|drop|publish|send out|blast)\b(?: [a-z0-9]+){0,4} (?:in|on|to|into|across) (?:the |our |this |that |all |every )?(?:#\S+|[a-z0-9-]+ channels?|channels?|server|discord|group|groups|community|everyone|everybody|all members|members|announcements?)\b|^(?:(?:please|pls|kindly|can you|could you)[,!]? )*(?:announce|broadcast)\b(?: [a-z0-9]+){0,3} (?:to (?:everyone|everybody|all|the (?:server|group|channel|community))|that)\b/;

/** A request that the bot contact someone, send or submit something for the member. */
export function actsForMember(text: string, clause: string): boolean {
  const where = [clause, text];
  if (BROADCAST.test(text.replace(/^[^a-z0-9#]+/, '')) && !DRAFT_OR_ADVICE.test(clause)) return true;
  // (Asked how or whether to write, or asked for a draft: the guides and /prematch answer it.)
  if (DRAFT_OR_ADVICE.test(clause)) return false;
  const addressed = where.some((t) => BOT_ACTS.test(t));
  const bare = IMPERATIVE.test(clause) && (!STILL_ASKS.test(text) || FOR_ME.test(text));
  const forMe = ACTS_FOR_ME.test(text) && !SOMEONE_ELSE_ACTS.test(text);
  return addressed || bare || forMe;
}

/** The decline's opening line: what the bot cannot do, and what it can do instead. */
export const ON_BEHALF_REPLY =
  "I can't contact anyone for you: I don't send emails or messages, call, or submit anything in your name. I can help you draft the message and check it before you send it yourself (`/prematch check`, or ask me what it should say).";
