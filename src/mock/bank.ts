/**
 * The mock-interview question bank: every question the advisor can ask (or suggest the member
 * asks), written in our own words, split by category under ./questions. Ids are stable because
 * stored sessions refer to them.
 */
import { ref, type SourceRef } from '../knowledge/outline.js';
import type { FlagId } from '../rules/redflag-types.js';
import { BEHAVIORAL } from './questions/behavioral.js';
import { IMG } from './questions/img.js';
import { INFORMATICS } from './questions/informatics.js';
import { MOTIVATION } from './questions/motivation.js';
import { OPENER } from './questions/opener.js';
import { PROGRAM } from './questions/program.js';
import { RED_FLAG } from './questions/red-flag.js';
import { CATEGORIES, type Category, type Question } from './types.js';

export { CATEGORIES, FRAMEWORKS } from './types.js';
export type { Category, Framework, Question } from './types.js';

/** All questions, grouped in category order; within a category the planner prefers earlier ones. */
export const BANK: readonly Question[] = [
  ...OPENER,
  ...MOTIVATION,
  ...IMG,
  ...RED_FLAG,
  ...INFORMATICS,
  ...BEHAVIORAL,
  ...PROGRAM,
];

const BY_ID: ReadonlyMap<string, Question> = new Map(BANK.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

export function questionsIn(category: Category): Question[] {
  return BANK.filter((q) => q.category === category);
}

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}

/** Knowledge sections behind each category's questions and coaching. */
export const cites: Record<Category, SourceRef[]> = {
  opener: [
    ref('interview-questions', 'tell-me-about-yourself'),
    ref('interview-preparation', 'professional-narrative'),
  ],
  motivation: [
    ref('interview-questions', 'why-clinical-informatics'),
    ref('interview-preparation', 'researching-programs'),
  ],
  img: [
    ref('us-citizen-img', 'why-study-abroad'),
    ref('us-citizen-img', 'us-citizen-img-questions'),
    ref('us-citizen-img', 'img-journey-as-asset'),
    ref('interview-preparation', 'img-concerns'),
    ref('interview-preparation', 'mapping-img-experience'),
    ref('explaining-red-flags', 'international-experience-as-strength'),
  ],
  'red-flag': [
    ref('explaining-red-flags', 'red-flags-in-the-interview'),
    ref('explaining-red-flags', 'four-step-framework'),
  ],
  informatics: [
    ref('interview-questions', 'ehr-or-data-project'),
    ref('interview-questions', 'implementation-challenges'),
    ref('interview-questions', 'comfort-with-data'),
    ref('informatics-concepts', 'clinical-decision-support'),
    ref('informatics-concepts', 'alert-fatigue'),
    ref('informatics-concepts', 'pdsa'),
    ref('informatics-concepts', 'governance-and-change-management'),
  ],
  behavioral: [
    ref('interview-questions', 'behavioral-questions'),
    ref('interview-questions', 'star-method'),
    ref('interview-questions', 'team-conflict'),
    ref('interview-questions', 'mistakes-and-feedback'),
    ref('interview-questions', 'adapting-to-new-systems'),
  ],
  program: [ref('interview-preparation', 'questions-to-ask-programs')],
};

/** Where each red flag is explained, so a red-flag question can point at its own section too. */
const FLAG_SECTION: Record<FlagId, SourceRef> = {
  'exam-failure': ref('red-flags', 'exam-failures'),
  'low-score': ref('red-flags', 'low-scores'),
  'training-gap': ref('red-flags', 'training-gaps'),
  'clinical-currency': ref('red-flags', 'clinical-currency'),
  'multiple-match-attempts': ref('red-flags', 'multiple-match-attempts'),
  professionalism: ref('red-flags', 'professionalism'),
  'limited-usce': ref('red-flags', 'limited-usce'),
  'weak-informatics': ref('red-flags', 'weak-informatics'),
  'visa-sponsorship': ref('visas', 'visa-as-logistics-risk'),
  'fellowship-eligibility': ref('ci-pathway', 'fellowship-eligibility'),
};

/**
 * Guides written for one side of the citizenship split (knowledge/*.md `audience`). A question
 * asked of everyone cites neither (a non-US citizen asked why she left her residency was sent to
 * the guide for US citizens who studied abroad, and a member with no profile may be either); a
 * question asked of one side cites that side's guide only.
 */
export const GUIDE_AUDIENCE: Readonly<Record<string, 'us-citizen' | 'non-us'>> = {
  'us-citizen-img': 'us-citizen',
  visas: 'non-us',
};

/**
 * A question about leaving a program is not about training abroad as such: its guides are how to
 * explain any red flag without blame and how to say it in the interview, whatever the category.
 */
export const DEPARTURE_CITES: readonly SourceRef[] = [
  ref('explaining-red-flags', 'principles'),
  ref('explaining-red-flags', 'red-flags-in-the-interview'),
  ref('explaining-red-flags', 'four-step-framework'),
];

/**
 * Questions whose category's sections do not fit them. "Why this specialty?" is a motivation
 * question about the clinical field, not informatics: a newcomer on a residency track was sent to
 * the "Why clinical informatics?" section for it. Its guides are the career storyline (origin and
 * clinical interests) and what not to say (a reason that runs from something rather than to it).
 */
const QUESTION_CITES: Readonly<Record<string, readonly SourceRef[]>> = {
  'why-this-specialty': [
    ref('interview-preparation', 'professional-narrative'),
    ref('interview-preparation', 'interview-red-flags'),
  ],
};

/** The category's sections plus the section of every red flag the question rehearses. */
export function citesFor(q: Question): SourceRef[] {
  const base = QUESTION_CITES[q.id] ?? (q.framework === 'departure' ? DEPARTURE_CITES : cites[q.category]);
  const fits = (doc: string) => GUIDE_AUDIENCE[doc] === undefined || GUIDE_AUDIENCE[doc] === q.audience;
  return [...base, ...(q.tags ?? []).map((t) => FLAG_SECTION[t])].filter((r) => fits(r.doc));
}
