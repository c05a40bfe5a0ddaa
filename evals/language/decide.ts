import { ensureLanguageModels } from '../../server/language/models.ts';
import { modelFor, type LanguageKind } from '../../shared/language/registry.ts';
import { SPECS } from '../../scripts/train/kinds.ts';
import { sentences } from '../../shared/rules/text.ts';

const SENTENCE_KINDS: ReadonlySet<LanguageKind> = new Set(['outreach', 'follow-up']);

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
      // Outreach and follow-up models read one sentence at a time: a unit of several sentences is
      // the union of its sentences' roles (a message "asks for more" when one sentence does).
      const parts = SENTENCE_KINDS.has(kind) ? sentences(text).map((s) => s.value) : [text];
      const rules = new Set<string>();
      const fused = new Set<string>();
      let p = 0;
      for (const part of parts.length > 0 ? parts : [text]) {
        const unit = { text: part, labels: [], source: '' };
        const prepared = spec.prepare(unit);
        for (const l of spec.decide(unit, prepared, undefined)) rules.add(l);
        for (const l of spec.decide(unit, prepared, model)) fused.add(l);
        p = Math.max(p, model ? model.predict(part, prepared.extra).scores[headline]!.probability : 0);
      }
      return { rules, fused, p };
    },
  };
}
