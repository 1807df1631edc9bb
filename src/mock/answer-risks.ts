/**
 * What an answer says that can hurt the member however well it is told (newcomer trial 20): an
 * intention to stay in the US for the pay, or a home country's health system run down ("there are no
 * jobs back home"); blame put on a named person, above all one of the member's own letter writers;
 * and a dismissive close after a failure ("so it is not a problem"). Read by meaning, sentence by
 * sentence. Near-misses that must stay quiet: a neutral mention of home ("I want to build EHR
 * capacity back home"), a plan to return, a heavy workload the member owns ("I took on too much").
 *
 * Sources: knowledge/visas.md#visa-as-logistics-risk (a J-1 is approved only with intent to return;
 * do not present settling in the US as the goal) and #j1-sponsorship (the two-year home-residence
 * requirement); knowledge/interview-preparation.md's list of what leaves a bad impression (the home country's
 * health system).
 */
import { readCountry } from '../core/profile/country.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import { minimisingSentence } from './lapse-deflection.js';

/** Sentences as typed, trimmed; a title's full stop ("Mrs. Okafor") ends none. */
function sentences(text: string): string[] {
  return [...text.matchAll(/(?:\b(?:Dr|Mrs|Mr|Ms|Prof|St)\.|[^.!?\n])+[.!?]*/g)]
    .map((m) => m[0].trim())
    .filter(Boolean);
}

/** A sentence quoted inside a line of advice, without its closing full stop. */
const q = (s: string): string => `"${s.replace(/[.!?]+$/, '')}"`;

/** Staying, settling or building a life in the US. */
const STAY_US =
  /\b(?:stay|remain|settle|live|make (?:a|my) life|build (?:a|my) (?:life|future)|immigrate|move permanently)\b(?:\s+\w+){0,3}?\s+(?:in|to)\s+(?:the\s+)?(?:US|USA|U\.S\.A?\.?|United\s+States|America|States)\b|\b(?:stay|remain|settle)\s+(?:here|in\s+this\s+country)\s+(?:for\s+good|permanently|long[-\s]term)|\bnever\s+(?:go(?:ing)?\s+back|return(?:ing)?)\b|\bnot\s+(?:go(?:ing)?\s+back|return(?:ing)?)\s+(?:home|to\s+my\s+country)\b/i;

/** Pay or money as the reason. */
const PAY =
  /\b(?:good|better|high(?:er)?|great|nice|decent)\s+(?:pay|salary|salaries|income|money|compensation|life)\b|\b(?:the\s+)?(?:pay|salary|money)\s+is\s+(?:good|better|great|high)|\bearn\s+(?:more|well|a\s+lot)|\bwell[-\s]paid\b|\bfor\s+the\s+(?:money|pay|salary)\b/i;

/** The home side named: back home, home country, or a country other than the US. */
const HOME_WORDS = /\b(?:back\s+home|at\s+home|home\s+country|my\s+country|our\s+country|there)\b/i;

/** No prospects, or a system called hopeless. */
const NO_PROSPECTS =
  /\b(?:there\s+(?:is|are)\s+no|there'?s\s+no|no|zero|not\s+any|nothing\s+in)\s+(?:\w+\s+){0,2}(?:jobs?|future|opportunit\w+|career|prospects?|hope|positions?|roles?)\b|\b(?:health(?:\s?care)?\s+system|system|hospitals?|government|ministry)\b[^.]{0,30}\b(?:is|are|was)\s+(?:\w+\s+)?(?:hopeless|broken|useless|corrupt|terrible|a\s+mess|backward|pathetic|rotten|a\s+disaster|dead|going\s+nowhere)\b/i;

/** A country other than the US named after "in" ("in Nigeria"). */
function namesForeignCountry(s: string): boolean {
  return [...s.matchAll(/\b(?:in|from|back\s+to)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g)].some((m) => {
    const c = readCountry(m[1] ?? '');
    return c !== undefined && c !== 'United States';
  });
}

/**
 * Advice when the answer announces staying in the US for the pay, or runs down the home country's
 * system. For a J-1 holder (bound to return by the two-year rule) it says why it is risky; for anyone,
 * that programs hear it as the wrong motive. Undefined when the answer does neither.
 */
export function stayOrHomeAdvice(answer: string, profile?: Profile): string | undefined {
  let stay: string | undefined;
  let home: string | undefined;
  for (const s of sentences(answer)) {
    if (!stay && STAY_US.test(s) && (PAY.test(s) || profile?.visa === 'j1')) stay = s;
    if (!stay && PAY.test(s) && /\b(?:US|USA|America|here)\b/.test(s)) stay = s;
    if (!home && NO_PROSPECTS.test(s) && (HOME_WORDS.test(s) || namesForeignCountry(s))) home = s;
  }
  if (!stay && !home) return undefined;
  const said = [stay, home].filter((x, i, a): x is string => !!x && a.indexOf(x) === i).map(q);
  const j1 =
    profile?.visa === 'j1'
      ? ' On a J-1 it is also risky: the J-1 is granted on your intent to return home, with a Statement of Need from your ministry and the two-year home-residence requirement after training, so telling a program you mean to stay contradicts the visa it would be training you on.'
      : '';
  const parts = [
    stay ? 'announces staying in the US for the pay' : '',
    home ? 'runs down the health system back home' : '',
  ].filter(Boolean);
  return (
    `You said ${said.join(' and ')}: that ${parts.join(' and ')}. Programs hear it as the wrong motive (a way into the country or a better salary, not the work itself), and criticism of a home system reads as bitterness however true it is.${j1} ` +
    'Next time keep the reason on the work: a problem in patient care you saw, why it is a data or workflow problem, and what you want to be able to do about it, at home or here, without ranking countries.'
  );
}

/** A person who supervised the member, named by role or by title and surname. */
const PERSON_ROLE =
  /\b(?:my|the|our)\s+(?:\w+\s+)?(?:boss|supervisor|manager|consultant|attending|program\s+director|PD|director|chief|head\s+of\s+(?:the\s+)?department|HOD|senior|registrar|employer|mentor|chair(?:man|person)?|CMIO)\b/i;
const PERSON_NAMED = /\b(?:Dr|Mrs|Mr|Ms|Prof)\.?\s+[A-Z][a-z]+/;

/** Something done to the member that the answer gives as the cause: overload or obstruction. */
const BURDEN = new RegExp(
  [
    // "giving me too much work", "piling extra duties on me"
    String.raw`\b(?:gave|giving|gives|give|kept\s+giving|pil\w*|dump\w*|load\w*|put\w*|push\w*)\s+(?:me\s+)?(?:too\s+much|so\s+much|a\s+lot\s+of|extra|excessive|endless|more\s+and\s+more)\s+(?:\w+\s+)?(?:work|duties|shifts|tasks|calls|hours|responsibilit\w+)\b`,
    // "overloaded me", "forced me"
    String.raw`\b(?:overloaded|overworked|overburdened|forced|pressured|blocked|prevented|stopped)\s+me\b`,
    // "refused to give me", "never let me", "would not allow me"
    String.raw`\b(?:refused\s+to|would\s+not|wouldn'?t|did\s+not|didn'?t|never)\s+(?:give|let|allow|grant|approve|support|gave|allowed|granted|approved|supported)\s+me\b`,
    // "was unfair to me"
    String.raw`\b(?:was|were)\s+(?:so\s+|very\s+|really\s+)?(?:unfair|toxic|hostile|unsupportive|impossible)\s+(?:to|with|towards)\s+me\b`,
  ].join('|'),
  'i',
);

/** The member owns the outcome in the same sentence. */
const OWNS =
  /\b(?:my\s+(?:own\s+)?(?:fault|mistake|responsibility)|i\s+(?:should|could)\s+have|i\s+take\s+responsibility|i\s+(?:took|said\s+yes\s+to|accepted|agreed\s+to)\s+(?:on\s+)?(?:too\s+much|more)|i\s+did\s+not\s+(?:protect|plan|ask|say\s+no))\b/i;

/** Role words that point at a letter writer's role. */
const ROLE_WORDS: Record<Letter['role'], RegExp> = {
  attending: /\b(?:attending|consultant)\b/i,
  'program-director': /\b(?:program\s+director|PD)\b/,
  'informatics-faculty': /\b(?:informatics\s+(?:faculty|supervisor|mentor))\b/i,
  cmio: /\bCMIO\b/i,
  'research-supervisor': /\b(?:research\s+supervisor|PI|supervisor)\b/i,
  'qi-lead': /\b(?:QI\s+lead|quality\s+lead)\b/i,
  'department-chair': /\b(?:chair(?:man|person)?|head\s+of\s+(?:the\s+)?department|HOD)\b/i,
  'non-physician-supervisor': /\b(?:boss|supervisor|manager|employer)\b/i,
  'family-friend': /$^/,
  other: /$^/,
};

/**
 * Sentences that blame a person for the failure (overload, obstruction), not owned in the same
 * sentence, with the letter writer they may name (by surname, else by role) when the profile lists
 * one. The blame reader of the narrative checks reads circumstances ("the exam was unfair"); this
 * one reads a person as the cause.
 */
export function personBlame(answer: string, profile?: Profile): { quote: string; writer?: string }[] {
  const out: { quote: string; writer?: string }[] = [];
  for (const s of sentences(answer)) {
    const who = PERSON_ROLE.exec(s) ?? PERSON_NAMED.exec(s);
    const burden = BURDEN.exec(s);
    if (!who || !burden || burden.index < who.index || OWNS.test(s)) continue;
    const letters = profile?.letters ?? [];
    const surname = (w: Letter) => w.writer.replace(/[()]/g, ' ').trim().split(/\s+/).pop() ?? '';
    const byName = letters.find((w) => surname(w).length > 2 && new RegExp(`\\b${surname(w)}\\b`, 'i').test(s));
    const byRole = byName ? undefined : letters.find((w) => ROLE_WORDS[w.role].test(who[0]));
    const writer = byName ?? byRole;
    out.push({ quote: s, ...(writer ? { writer: writer.writer } : {}) });
  }
  return out;
}

/** "so it is not a problem", "anyway it doesn't matter now": closing a failure as nothing. */
const DISMISSIVE =
  /\b(?:so|anyway|anyhow|but|in\s+the\s+end|now)\b[^.]{0,25}\b(?:it'?s|it\s+is|it\s+was|that'?s|that\s+is|this\s+is)\s+(?:really\s+|honestly\s+)?(?:not\s+(?:a|an)\s+(?:\w+\s+)?(?:problem|issue|concern|big\s+deal)|no\s+(?:\w+\s+)?(?:problem|issue|concern|big\s+deal)|not\s+important|irrelevant|behind\s+me\s+now)\b|\b(?:so|anyway|but)\b[^.]{0,25}\bit\s+(?:does\s+not|doesn'?t)\s+(?:really\s+)?matter\b|\bnothing\s+to\s+worry\s+about\b/i;

/** A failure the answer or question is about. */
const FAILURE =
  /\b(?:fail\w*|did\s+not\s+pass|didn'?t\s+pass|retake|attempt|probation|gap|dismiss\w*|mistake|error|setback)\b/i;

/**
 * Advice when a failure is closed as "not a problem", or a lapse is called small anywhere in the
 * answer ("it was not really a big problem", "only a paperwork thing": ./lapse-deflection.ts, newcomer
 * trial 22). Undefined otherwise.
 */
export function dismissiveCloseAdvice(answer: string, question: string): string | undefined {
  const closed = FAILURE.test(`${question} ${answer}`) ? sentences(answer).find((s) => DISMISSIVE.test(s)) : undefined;
  const hit = closed ?? minimisingSentence(answer, question);
  if (!hit) return undefined;
  return `You said ${q(hit)}. Telling the interviewer it was not serious decides for them, and reads as brushing it off: interviewers worry less about the event than about someone who plays it down. Say plainly that it mattered, then end on what changed, in facts they can weigh (a later score, a clean record since, what you do differently now, who can confirm it), and let them draw the conclusion.`;
}
