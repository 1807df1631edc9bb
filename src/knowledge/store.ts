/**
 * The process-wide knowledge: guides loaded from `knowledge/` and indexed once, on first use.
 * The CLI and the bot share it; a bad guide throws KnowledgeError here, at start-up.
 */
import { prepareAnswers } from './answer.js';
import { loadFaq, loadSectionQuestions } from './faq.js';
import { knowledgeDir, loadGuides, type Guide } from './load.js';
import { createIndex, type KnowledgeIndex } from './retrieval.js';
import { createLeadIndex, setLeadIndex } from './lead-neighbours.js';
import { createNeighbourIndex, labelledFeatures, loadLabelledQuestions, setNeighbours, type CorpusQuestion } from './neighbours.js';

export interface Knowledge {
  guides: readonly Guide[];
  index: KnowledgeIndex;
  /** The labelled member questions /ask's neighbours come from, with their features (same order). */
  labelled: { questions: readonly CorpusQuestion[]; features: readonly Map<string, number>[] };
}

let cached: Knowledge | undefined;

/** Yes/no leads from labelled neighbours (lead-neighbours.ts) only with ADVISOR_ASK_NEIGHBOUR_LEADS=on. */
export function neighbourLeadsOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(?:on|1|true|yes)$/i.test((env.ADVISOR_ASK_NEIGHBOUR_LEADS ?? '').trim());
}

/** The neighbour signal is on unless ADVISOR_ASK_NEIGHBOURS is `off` (or `0`, `false`, `no`). */
export function neighboursOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(?:off|0|false|no)$/i.test((env.ADVISOR_ASK_NEIGHBOURS ?? '').trim());
}

export function getKnowledge(): Knowledge {
  if (!cached) {
    const guides = loadGuides(knowledgeDir());
    const index = createIndex(guides, { faq: loadFaq(guides), sectionQuestions: loadSectionQuestions(guides) });
    // The matchers behind /ask are built here, at start-up, not during a member's first question.
    prepareAnswers(index);
    // Members' labelled questions as a signal (neighbours.ts; bench/askml/RESULTS.md): they only
    // choose among the guides' passages (answers are still composed from the guides and cite
    // them). On unless ADVISOR_ASK_NEIGHBOURS=off. Round askon read the answers it had
    // changed one by one: a loosely similar question now has little say, and an out-of-scope vote
    // does not decline what the guides answer squarely. The questions and their features load at
    // start-up (features cached on disk: labelledFeatures).
    let labelled: Knowledge['labelled'] | undefined;
    const loadLabelled = (): Knowledge['labelled'] => {
      if (!labelled) {
        const questions = loadLabelledQuestions();
        labelled = { questions, features: labelledFeatures(questions) };
      }
      return labelled;
    };
    if (neighboursOn()) {
      const l = loadLabelled();
      setNeighbours(l.questions.length ? createNeighbourIndex(l.questions, l.features) : undefined);
      // …and their yes/no answers lead replies no curated word settles (lead-neighbours.ts), built
      // on the first yes/no question that needs it.
      // Off unless ADVISOR_ASK_NEIGHBOUR_LEADS=on (session 34, the lead's decision): joined with the
      // session's other rounds it led ten questions that hand-written tests keep unled or led the
      // other way (a J-1 "go home?" asked by a member planning the fellowship next, a "still modify
      // my list?" after committing, an ACGME-I residency); measured, not yet safe to ship.
      if (neighbourLeadsOn()) setLeadIndex(() => (l.questions.length ? createLeadIndex(l.questions, l.features) : undefined));
    }
    cached = {
      guides,
      index,
      get labelled() {
        return loadLabelled();
      },
    };
  }
  return cached;
}
