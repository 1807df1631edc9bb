/**
 * The knowledge outline: every guide in `knowledge/` and the `##` sections that rule engines
 * and composers cite. Engines cite through `ref()` so a renamed heading fails a test instead of
 * producing a dead citation. Guides may hold more sections than listed here; these are the ones
 * code depends on.
 */
export const OUTLINE = {
  'red-flags': [
    'how-programs-read-red-flags',
    'exam-failures',
    'low-scores',
    'training-gaps',
    'clinical-currency',
    'multiple-match-attempts',
    'professionalism',
    'limited-usce',
    'weak-informatics',
    'usce-kinds',
  ],
  'explaining-red-flags': [
    'four-step-framework',
    'principles',
    'explaining-a-gap',
    'explaining-an-exam-failure',
    'explaining-professionalism',
    'productive-gap-activities',
    'research-to-offset-scores',
    'technical-credibility',
    'personal-statement',
    'eras-experiences',
    'red-flags-in-the-interview',
    'letters-that-address-red-flags',
    'international-experience-as-strength',
  ],
  visas: ['visa-as-logistics-risk', 'j1-h1b-o1', 'j1-sponsorship', 'h1b-for-training', 'sponsorship-history', 'visas-and-letters'],
  letters: [
    'why-letters-matter',
    'strong-letter',
    'ideal-writers',
    'less-ideal-writers',
    'writers-to-avoid',
    'ideal-mix',
    'how-many-informatics-letters',
    'non-physician-writers',
    'direct-observation',
    'asking-and-timing',
    'letter-writer-package',
    'guiding-not-scripting',
    'follow-up',
    'letters-and-red-flags',
    'letters-for-residency-then-fellowship',
    'experiences-that-produce-letters',
    'no-us-experience',
    'visa-in-letters',
    'eras-letter-limits',
    'eras-imported-letters',
    'specialty-letters',
    'soap-letters',
    'asking-your-employer',
  ],
  'interview-preparation': [
    'the-landscape',
    'professional-narrative',
    'mapping-img-experience',
    'study-plan',
    'practice-out-loud',
    'virtual-interview-setup',
    'appearance-and-body-language',
    'interview-day-materials',
    'researching-programs',
    'questions-to-ask-programs',
    'img-concerns',
    'interview-red-flags',
  ],
  'interview-questions': [
    'tell-me-about-yourself',
    'why-clinical-informatics',
    'star-method',
    'ehr-or-data-project',
    'implementation-challenges',
    'comfort-with-data',
    'behavioral-questions',
    'team-conflict',
    'mistakes-and-feedback',
    'adapting-to-new-systems',
    'story-bank',
  ],
  'us-citizen-img': ['why-study-abroad', 'us-citizen-img-questions', 'img-journey-as-asset'],
  'informatics-concepts': [
    'what-clinical-informatics-is',
    'ehr-and-workflow',
    'cpoe',
    'clinical-decision-support',
    'alert-fatigue',
    'data-and-standards',
    'patient-safety-and-qi',
    'pdsa',
    'governance-and-change-management',
  ],
  prematch: [
    'what-counts',
    'nrmp-rules',
    'communication-as-competency',
    'goals',
    'eligibility-inquiry',
    'networking',
    'early-pitfalls',
    'thank-you-notes',
    'program-level-follow-up',
    'updates',
    'top-choice',
    'rank-you-highly',
    'early-offers',
    'img-dilemmas',
    'how-often-to-write',
    'highlighting-informatics-in-emails',
    'checklist',
    'timeline',
  ],
  'ci-pathway': [
    'fellowship-eligibility',
    'exceptionally-qualified-applicants',
    'board-certification',
    'foreign-residency-only',
    'usual-img-route',
    'alternatives',
    'ecfmg-certification',
  ],
  matches: ['which-match', 'amia-ci-match', 'nrmp-main-match', 'communication-rules'],
} as const;

export type DocId = keyof typeof OUTLINE;
export type SectionOf<D extends DocId> = (typeof OUTLINE)[D][number];

/** A citable passage address: `doc#section`. */
export interface SourceRef {
  doc: string;
  section: string;
}

/** Typed citation helper: `ref('letters', 'ideal-mix')` only compiles for sections in the outline. */
export function ref<D extends DocId>(doc: D, section: SectionOf<D>): SourceRef {
  return { doc, section };
}

export function formatRef(r: SourceRef): string {
  return `${r.doc}#${r.section}`;
}
