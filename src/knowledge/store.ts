/**
 * The process-wide knowledge: guides loaded from `knowledge/` and indexed once, on first use.
 * The CLI and the bot share it; a bad guide throws KnowledgeError here, at start-up.
 */
import { prepareAnswers } from './answer.js';
import { loadFaq, loadSectionQuestions } from './faq.js';
import { knowledgeDir, loadGuides, type Guide } from './load.js';
import { createIndex, type KnowledgeIndex } from './retrieval.js';
import { createNeighbourIndex, labelledFeatures, loadLabelledQuestions, setNeighbours, type CorpusQuestion } from './neighbours.js';

export interface Knowledge {
  guides: readonly Guide[];
  index: KnowledgeIndex;
  /** The labelled member questions /ask's neighbours come from, with their features (same order). */
  labelled: { questions: readonly CorpusQuestion[]; features: readonly Map<string, number>[] };
}

let cached: Knowledge | undefined;

export function getKnowledge(): Knowledge {
  if (!cached) {
    const guides = loadGuides(knowledgeDir());
    const index = createIndex(guides, { faq: loadFaq(guides), sectionQuestions: loadSectionQuestions(guides) });
    // The matchers behind /ask are built here, at start-up, not during a member's first question.
    prepareAnswers(index);
    // Members' labelled questions as a signal (neighbours.ts; bench/askml/RESULTS.md): measured out of
    // file it lifts /ask, but it changed answers that earlier rounds had pinned (session 24: about
    // eight behaviour tests, among them the attempt limit and a residency's early-offer rule), so it
    // is off unless ADVISOR_ASK_NEIGHBOURS=on, until those are read one by one. The questions and
    // their features load on first use (features cached on disk: labelledFeatures).
    let labelled: Knowledge['labelled'] | undefined;
    const loadLabelled = (): Knowledge['labelled'] => {
      if (!labelled) {
        const questions = loadLabelledQuestions();
        labelled = { questions, features: labelledFeatures(questions) };
      }
      return labelled;
    };
    if (process.env.ADVISOR_ASK_NEIGHBOURS === 'on') {
      const l = loadLabelled();
      setNeighbours(l.questions.length ? createNeighbourIndex(l.questions, l.features) : undefined);
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
