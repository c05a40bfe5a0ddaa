import type { LanguageModel } from './model.ts';

/**
 * The loaded language models, one per kind. The server loads and validates every artifact at
 * startup (`server/language/models.ts`); the page loads the one it needs lazily. Until a kind's
 * model is provided, its judgments are the rules' alone.
 */
export const LANGUAGE_KINDS = ['questions', 'outreach', 'turns', 'follow-up'] as const;
export type LanguageKind = (typeof LANGUAGE_KINDS)[number];

const models = new Map<LanguageKind, LanguageModel>();

export function provideModel(kind: LanguageKind, model: LanguageModel): void {
  if (model.kind !== kind) throw new Error(`a ${model.kind} model cannot serve ${kind}`);
  models.set(kind, model);
}

export function modelFor(kind: LanguageKind): LanguageModel | undefined {
  return models.get(kind);
}

/** Tests only: back to the rules alone. */
export function forgetModels(): void {
  models.clear();
}
