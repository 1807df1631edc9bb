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
  String.raw`(?:(?:e ?mail|email|mail|contact|call|phone|ring|message|msg|text|dm|whatsapp|ping|tag|cc)(?:ing|ed)?|reach(?:ing)? out to|get(?:ting)? in touch with|writ(?:e|ing) (?:back )?to|(?:reply|replying|respond|responding|answer|answering)(?: back)?(?: to)?|send(?:ing)? (?:[a-z0-9]+ ){0,3}?to|forward(?:ing)? (?:[a-z0-9]+ ){0,3}?to|tell|inform|notify|let|ask|follow up with|escrib\w* (?:a|al)|env[ií]\w*|manda\w*|contact[ae]\w*|llam\w*|mande\w*|bhej\w*|[ée]cri\w* (?:a|au|aux)|envoy\w*|pr[ée]vien\w*|escrev\w* (?:para|ao|a)|avis\w*)`;
/** Acts done in the member's name that reach no one by themselves (only with "for me"). */
const FILE = String.raw`(?:submit|register|apply|upload|sign up|fill (?:in|out))`;

/** Someone the message would reach: program staff, the bodies of the application, "them". */
const RECIPIENT =
  String.raw`(?:@[a-z0-9_.]+|[a-z0-9._-]+@[a-z0-9.-]+|(?:dr|doctor|prof|professor|mr|mrs|ms|miss|sir|madam) [a-z]+|(?:letter |reference |lor )?writers?|referees?|recommenders?|references?|letter writers?|everyone|everybody|all (?:the )?members|members|(?:the )?(?:server|group|channel|community)|program directors?|pds?|apds?|fellowship directors?|directors?|coordinators?|programs?|programmes?|fellowships?|residenc(?:y|ies)|faculty|chairs?|attendings?|mentors?|interviewers?|ecfmg|nrmp|amia|eras|fsmb|uscis|embassy|consulate|school|dean|office|him|her|them|director del programa|coordinador\w*|coordenador\w*|coordinat\w*|directeur|diretor\w*|responsable)`;
/** A few words between the act and whom it reaches ("the PD at UCSF", "all CI program"), never a preposition or a clause. */
const GAP = String.raw`(?:(?!(?:from|of|about|with|in|on|me|us|i|if|whether|what|how|why|when|that|is|was|said|says|to|for)\b)[a-z0-9]+ ){0,4}`;
/** A message handed to someone, the recipient first ("shoot the coordinator an email", "drop Dr Mensah a line"). */
const HANDS = String.raw`(?:shoot|drop|give|send|fire off)(?:ing)? (?:my |the |our |a |an )?(?:[a-z0-9]+ )?${RECIPIENT} (?:a |an )?(?:[a-z]+ )?(?:e ?mail|line|note|message|text|dm|call|ring|reminder|reply)`;
const REACHES = String.raw`(?:${REACH} (?!me\b|us\b|myself\b)${GAP}${RECIPIENT}\b|${HANDS}\b)`;

/** The bot is addressed as the one who reaches them. */
const BOT_ACTS = new RegExp(
  String.raw`\b(?:can|could|would|will|cn) (?:you|u|ya|the bot|this bot|the advisor)(?: please| pls| just| also| kindly| mind)? ${REACHES}|\bi (?:want|need|would like) (?:you|u) to ${REACHES}|\b(?:please|pls|plz|por favor|porfa|svp|s il vous plait|kindly) ${REACHES}|\bgo ahead and ${REACHES}|\b(?:puedes|podrias|podr[ií]as|pouvez vous|pouvez-vous|peux tu|peux-tu|voce pode|você pode|pode) ${REACHES}`,
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
 * (Also whether acting is allowed: "can u tell a program they're ur #1 or is that against the
 * rules?" asks about the rule with a generic "you", not for the bot to tell anyone.)
 * ("write me an email to the PD" asks for a draft; "write to the PD for me" asks the bot to write to them.)
 */
const DRAFT_OR_ADVICE =
  /\b(?:(?:is|would|was) (?:that|this|it) (?:be )?(?:ok|okay|fine|rude|allowed|legal|against)|against (?:the )?rules|(?:allowed|permitted) to|how (?:do|should|can|could|would) i|how to|should i|can i|could i|may i|do i|is it (?:ok|okay|fine|rude|appropriate|wise)|when (?:should|do|can) i|what (?:should|do|can) i)\b|\b(?:draft|drafting|template|proofread|help me (?:write|draft|word|phrase|with)|(?:check|review|edit|improve|polish|rewrite|reword) (?:my|this|the|a)|write (?:me )?(?:an? |the |my )(?:e ?mail|email|message|note|letter|reply|draft))\b/;

/**
 * Another person, not the bot, does the act ("can my mentor call the PD for me?", "he emailed them
 * for me", "can someone else submit my ERAS?", "can my spouse fill out the form for me?"): whoever
 * the subject is, it is not "you".
 */
const SOMEONE_ELSE_ACTS =
  /\b(?:my (?:\w+ ){0,2}\w+|he|she|they|someone|somebody|anyone|anybody|some one|a (?:friend|lawyer|agent|relative|colleague|classmate)|an (?:agent|attorney|advisor)|another (?:person|doctor|applicant))\b(?: else)?(?: \w+){0,3} (?:e ?mail\w*|contact\w*|call\w*|message\w*|text\w*|write|wrote|written|reach\w*|submit\w*|register\w*|apply|applied|send|sent|fill\w*|upload\w*|sign\w*|post\w*|complete\w*|do|did)\b/;

/** Whose turn it is: the subject before the act, when the message asks whether someone may act. */
const OTHER_SUBJECT_ASKED = /\b(?:can|could|will|would|may|should|does|do|did|is it ok for) (?!you\b|u\b|ya\b|the bot\b|this bot\b)(?:my|a|an|the|someone|somebody|anyone|anybody|he|she|they|another|his|her|our)\b/;

/**
 * The member's own filing handed to the bot ("go ahead and submit my ERAS application", "could you
 * register me for the AMIA match", "fill out the form for me"): done in their name, reaching the
 * program or the body through the bot.
 */
const FILES_MINE = new RegExp(
  String.raw`(?:\b(?:can|could|would|will) (?:you|u)(?: please| pls| just| kindly| mind)?|\bi (?:want|need|would like) (?:you|u) to|\b(?:please|pls|plz|kindly)|\bgo ahead and|^(?:(?:ok|okay|so|now|just|hey|bot)[,!]? )*) ${FILE}(?:ting|ing)? (?:me|my|our|the|this|that)\b`,
);

/**
 * Hindi and Urdu put the person first ("PD ko mere liye message bhej do", "coordinator ko email kar
 * do"): a recipient, "ko", and an act told as a request ("…do", "…dijiye", "…karo").
 */
const SOV_REQUEST = new RegExp(
  String.raw`\b${RECIPIENT} ko\b(?: \w+){0,5} (?:message|msg|email|mail|call|text|dm|whatsapp)? ?(?:bhej|likh|bata|bol|kar|kr)\w* ?(?:do|dijiye|dena|dijie|karo|kro|de)\b`,
);

/**
 * Posting or announcing to a channel or the community in the bot's voice ("post in #announcements
 * that the deadline moved", "announce to everyone that…", "pin this in the server"): a message the
 * bot would send to others, however it is worded. (Asking how or where to post stays answered:
 * DRAFT_OR_ADVICE comes first.)
 */
const BROADCAST =
  /^(?:(?:please|pls|plz|kindly|hey|hi|ok|okay|bot|so|now|also|and|just|can you|could you|would you|will you)[,!]? )*(?:post|announce|broadcast|pin|share|put|drop|publish|send out|blast)\b(?: [a-z0-9]+){0,4} (?:in|on|to|into|across) (?:the |our |this |that |all |every )?(?:#\S+|[a-z0-9-]+ channels?|channels?|server|discord|group|groups|community|everyone|everybody|all members|members|announcements?)\b|^(?:(?:please|pls|kindly|can you|could you)[,!]? )*(?:announce|broadcast)\b(?: [a-z0-9]+){0,3} (?:to (?:everyone|everybody|all|the (?:server|group|channel|community))|that)\b/;

/**
 * A request that the bot contact someone, send or submit something for the member. Read on every
 * sentence of the message, since the asking part may come last or be cut by a title's full stop
 * ("send a DM to @dr_ahmed telling him…, use my name Dr. Okafor"), and titles keep their name
 * ("Dr. Lee" is one recipient).
 */
export function actsForMember(raw: string, rawClause: string): boolean {
  const untitled = (t: string): string => t.replace(/\b(dr|doctor|prof|mr|mrs|ms|st)\. ?/g, '$1 ');
  const text = untitled(raw);
  const clause = untitled(rawClause);
  const sentences = [text, ...text.split(/(?<=[.!?;])\s+|,\s+(?=(?:and |then |also |pls |please )?(?:sign|use my name|say|tell|ask|cc)\b)/)]
    .map((t) => t.trim().replace(/^[^a-z0-9#@¿¡]+/, ''))
    .filter(Boolean);
  if (sentences.some((t) => BROADCAST.test(t)) && !DRAFT_OR_ADVICE.test(clause)) return true;
  // (Asked how or whether to write, or asked for a draft: the guides and /prematch answer it.)
  if (DRAFT_OR_ADVICE.test(clause) || DRAFT_OR_ADVICE.test(text)) return false;
  // (Another person asked about as the one acting: "can my PD send the letter for me?")
  const someoneElse = SOMEONE_ELSE_ACTS.test(text) || OTHER_SUBJECT_ASKED.test(clause);
  const addressed = sentences.some((t) => BOT_ACTS.test(t) || FILES_MINE.test(t)) && !(OTHER_SUBJECT_ASKED.test(clause) && !/\b(?:you|u)\b/.test(clause));
  const bare = sentences.some((t) => IMPERATIVE.test(t)) && (!STILL_ASKS.test(text) || FOR_ME.test(text));
  const forMe = (ACTS_FOR_ME.test(text) || SOV_REQUEST.test(text)) && !someoneElse;
  const sov = SOV_REQUEST.test(text) && !STILL_ASKS.test(text);
  return addressed || bare || forMe || sov;
}

/** The decline's opening line: what the bot cannot do, and what it can do instead. */
export const ON_BEHALF_REPLY =
  "I can't contact anyone for you: I don't send emails or messages, call, or submit anything in your name. I can help you draft the message and check it before you send it yourself (`/prematch check`, or ask me what it should say).";
