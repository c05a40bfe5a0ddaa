import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LanguageModel, ModelArtifactError } from '../../shared/language/model.ts';
import { MODEL_HASHES } from '../../shared/language/models/manifest.ts';
import { type LanguageKind, modelFor, provideModel } from '../../shared/language/registry.ts';

/** Where `npm run train` writes the artifacts. */
export const MODELS_DIR = fileURLToPath(new URL('../../shared/language/models', import.meta.url));

/** A model artifact that is missing or does not validate: startup fails with this one line. */
export class LanguageModelLoadError extends Error {
  override name = 'LanguageModelLoadError';
}

/** The kinds that ship a model: those the manifest lists. */
export const SHIPPED_KINDS = Object.keys(MODEL_HASHES) as LanguageKind[];

/**
 * Reads, validates and provides every shipped model (`shared/language/models/<kind>.json`).
 * Throws `LanguageModelLoadError` naming the file at the first one missing or corrupt.
 */
export function loadLanguageModels(dir: string = MODELS_DIR, kinds: readonly LanguageKind[] = SHIPPED_KINDS): void {
  for (const kind of kinds) {
    const file = path.join(dir, `${kind}.json`);
    const shown = path.relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new LanguageModelLoadError(`infochat: language model ${shown}: ${code === 'ENOENT' ? 'missing (run npm run train)' : `cannot be read (${code ?? 'error'})`}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new LanguageModelLoadError(`infochat: language model ${shown}: corrupt (not JSON)`);
    }
    try {
      const model = LanguageModel.fromArtifact(value);
      if (model.kind !== kind) throw new ModelArtifactError(`its kind is ${model.kind}, not ${kind}`);
      provideModel(kind, model);
    } catch (error) {
      if (!(error instanceof ModelArtifactError)) throw error;
      throw new LanguageModelLoadError(`infochat: language model ${shown}: corrupt (${error.message})`);
    }
  }
}

/** Loads the shipped models once (the coaches call it; startup calls `loadLanguageModels` first to report errors). */
export function ensureLanguageModels(): void {
  if (SHIPPED_KINDS.every((k) => modelFor(k))) return;
  loadLanguageModels();
}
