import { ensureLanguageModels } from '../../server/language/models.ts';
import { modelFor, type LanguageKind } from '../../shared/language/registry.ts';
import { SPECS } from '../../scripts/train/kinds.ts';

/** What the rules alone and the shipped decision (rules and model) say about one unit, as label sets. */
export interface Decision {
  rules: Set<string>;
  fused: Set<string>;
  /** The model's calibrated probability of the kind's headline label. */
  p: number;
}

/** The kinds with a trained model and a spec (today: questions). */
export function decidableKinds(): LanguageKind[] {
  return (Object.keys(SPECS) as LanguageKind[]).filter((k) => SPECS[k]);
}

export function decider(kind: LanguageKind): { headline: string; heads: readonly string[]; truth(labels: readonly string[]): boolean[]; decide(text: string): Decision } {
  const spec = SPECS[kind];
  if (!spec) throw new Error(`no language spec for ${kind}`);
  ensureLanguageModels();
  const model = modelFor(kind);
  const headline = spec.heads.indexOf(spec.headline);
  return {
    headline: spec.headline,
    heads: spec.heads,
    truth: (labels) => spec.targets({ text: '', labels: [...labels], source: '' }),
    decide(text) {
      const unit = { text, labels: [], source: '' };
      const prepared = spec.prepare(unit);
      const rules = spec.decide(unit, prepared, undefined);
      const fused = spec.decide(unit, prepared, model);
      const p = model ? model.predict(text, prepared.extra).scores[headline]!.probability : 0;
      return { rules, fused, p };
    },
  };
}
