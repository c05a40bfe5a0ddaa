import { uncharged } from '../middleware/cpu-budget.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LanguageModel } from '../../shared/language/model.ts';
import { intentModel, provideIntentModel } from '../../shared/language/intents.ts';

/** Where `npm run train:intents` writes the question-intent model. */
const FILE = fileURLToPath(new URL('../../shared/language/models/intents.json', import.meta.url));

let tried = false;

/**
 * The question-intent model (shared/language/intents.ts), read and validated once on first use. A
 * missing or corrupt artifact fails loudly: the engine's understanding depends on it.
 */
export function ensureIntentModel(): void {
  if (tried || intentModel()) return;
  tried = true;
  // Read once for the process and shared by every later request: charged to no client.
  uncharged(() => provideIntentModel(LanguageModel.fromArtifact(JSON.parse(readFileSync(FILE, 'utf8')))));
}
