// What each kind's model learns: its heads, the 0/1 target of each head for a unit, the rule
// features of a text, and how the fused decision and the rules alone label a text (for the
// cross-validated report).
import type { FusedVerdict, ModelCategory } from '../../shared/language/fuse.ts';
import { fuseVerdicts } from '../../shared/language/fuse.ts';
import type { LanguageModel, Prediction } from '../../shared/language/model.ts';
import { QUESTION_CATEGORIES, QUESTION_MODEL_LABELS } from '../../shared/language/questions.ts';
import type { LanguageKind } from '../../shared/language/registry.ts';
import { runCheckers, type RuleVerdict } from '../../shared/rules/lint-core.ts';
import { questionRules } from '../../shared/rules/question-rules.ts';
import type { Unit } from './corpus.ts';

/** A prediction computed once, and thresholds to try, while the trainer chooses them. */
export interface Tuning {
  prediction: Prediction;
  thresholds: { add: number; doubt: number };
}

export interface KindSpec {
  kind: LanguageKind;
  heads: readonly string[];
  targets(unit: Unit): boolean[];
  /** Whatever the text's features need from outside the text (rule verdicts), computed once per unit. */
  prepare(unit: Unit): { verdicts: RuleVerdict[]; extra: string[] };
  /** The labels (heads) the decision gives: the rules alone when `model` is undefined. */
  decide(unit: Unit, prepared: { verdicts: RuleVerdict[]; extra: string[] }, model: LanguageModel | undefined, tuning?: Tuning): Set<string>;
  /** The head whose verdict is the kind's headline (job-style for questions). */
  headline: string;
}

function fusedLabels(verdicts: readonly FusedVerdict[], categories: readonly ModelCategory[]): Set<string> {
  const out = new Set<string>();
  for (const v of verdicts) {
    if (v.result.passed || v.severity === 'low') continue;
    const c = categories.find((x) => x.ruleId === v.rule.id);
    if (c) out.add(c.label);
  }
  return out;
}

export const questionsSpec: KindSpec = {
  kind: 'questions',
  heads: QUESTION_MODEL_LABELS,
  headline: 'job-style',
  targets: (unit) => QUESTION_MODEL_LABELS.map((h) => (h === 'job-style' ? !unit.labels.includes('informational') : unit.labels.includes(h))),
  prepare(unit) {
    const verdicts = runCheckers(questionRules, unit.text, {});
    return { verdicts, extra: verdicts.filter((v) => !v.result.passed).map((v) => `rule:${v.rule.id}`) };
  },
  decide(unit, { verdicts }, model, tuning) {
    const labels = fusedLabels(fuseVerdicts(unit.text, verdicts, model, QUESTION_CATEGORIES, { anyLabel: 'job-style', ...tuning }), QUESTION_CATEGORIES);
    if (labels.size > 0) labels.add('job-style');
    return labels;
  },
};

export const SPECS: Partial<Record<LanguageKind, KindSpec>> = { questions: questionsSpec };
