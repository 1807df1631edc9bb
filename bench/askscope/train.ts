/**
 * `npm run train:ask`: learn the scope model /ask declines with (src/knowledge/scope-model.ts) from
 * every labelled member question of test/corpus/ask (unread and held-out files are never read:
 * neighbours.ts `UNREAD_FILE`), and write src/knowledge/scope-model.json. Deterministic: the same
 * corpus gives the same file, byte for byte. Retrain after changing the corpus (a test checks the
 * recorded hash).
 */
import { writeFileSync } from 'node:fs';
import { labelledFeatures, loadLabelledQuestions } from '../../src/knowledge/neighbours.js';
import { scopeModelPath, trainScopeModel } from '../../src/knowledge/scope-model.js';

export function trainShipped(): void {
  const questions = loadLabelledQuestions();
  const model = trainScopeModel(questions, labelledFeatures(questions));
  const keys = Object.keys(model.weights).sort();
  const sorted = {
    corpus: model.corpus,
    bias: model.bias,
    weights: Object.fromEntries(keys.map((k) => [k, model.weights[k]!])),
  };
  writeFileSync(scopeModelPath(), `${JSON.stringify(sorted, null, 0)}\n`);
  console.log(
    `scope model: ${questions.length} questions, ${keys.length} weights, corpus ${model.corpus} -> ${scopeModelPath()}`,
  );
}

if (process.argv[1] && /askscope[\\/]train\.[jt]s$/.test(process.argv[1])) trainShipped();
