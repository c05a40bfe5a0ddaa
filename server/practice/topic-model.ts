import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LanguageModel } from '../../shared/language/model.ts';
import { provideTopicModel, topicModel } from '../../shared/language/topics.ts';

/** Where `npm run train:topics` writes the question-topic model. */
const FILE = fileURLToPath(new URL('../../shared/language/models/topics.json', import.meta.url));

let tried = false;

/**
 * The question-topic model (shared/language/topics.ts), read and validated once on first use. A
 * missing or corrupt artifact fails loudly: the engine's understanding depends on it.
 */
export function ensureTopicModel(): void {
  if (tried || topicModel()) return;
  tried = true;
  provideTopicModel(LanguageModel.fromArtifact(JSON.parse(readFileSync(FILE, 'utf8'))));
}
