/**
 * The process-wide knowledge: guides loaded from `knowledge/` and indexed once, on first use.
 * The CLI and the bot share it; a bad guide throws KnowledgeError here, at start-up.
 */
import { prepareAnswers } from './answer.js';
import { loadFaq, loadSectionQuestions } from './faq.js';
import { knowledgeDir, loadGuides, type Guide } from './load.js';
import { createIndex, type KnowledgeIndex } from './retrieval.js';

export interface Knowledge {
  guides: readonly Guide[];
  index: KnowledgeIndex;
}

let cached: Knowledge | undefined;

export function getKnowledge(): Knowledge {
  if (!cached) {
    const guides = loadGuides(knowledgeDir());
    const index = createIndex(guides, { faq: loadFaq(guides), sectionQuestions: loadSectionQuestions(guides) });
    // The matchers behind /ask are built here, at start-up, not during a member's first question.
    prepareAnswers(index);
    cached = { guides, index };
  }
  return cached;
}
