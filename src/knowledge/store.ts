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
    // Members' labelled questions vote for the sections that answered questions like theirs
    // (neighbours.ts; bench/askml/RESULTS.md). Built here, at start-up, from test/corpus/ask
    // (features cached on disk: labelledFeatures).
    // ADVISOR_ASK_NEIGHBOURS=off runs /ask on the rules alone (to compare, or if the signal misleads).
    const questions = process.env.ADVISOR_ASK_NEIGHBOURS === 'off' ? [] : loadLabelledQuestions();
    const features = labelledFeatures(questions);
    setNeighbours(questions.length ? createNeighbourIndex(questions, features) : undefined);
    cached = { guides, index, labelled: { questions, features } };
  }
  return cached;
}
