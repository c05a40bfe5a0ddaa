import type { Finding } from '../contracts/common.ts';
import { type RuleVerdict, toFinding } from '../rules/lint-core.ts';
import type { CheckResult, Evidence, Severity } from '../rules/rule.ts';
import { evidence } from '../rules/text.ts';
import type { LanguageModel, Prediction } from './model.ts';

/**
 * One decision from the rules and the model together, still in the rules' shape:
 * - a rule's strong hit stays a finding;
 * - where the rules are silent and the model is confident (calibrated probability ≥ its `add`
 *   threshold), the model adds a finding under the category's rule: its id, its citation, and as
 *   evidence the words whose n-grams drove the score;
 * - a rule's weak hit — one the model, which sees that hit as a feature, still rates below its
 *   `doubt` threshold — becomes a low-severity "consider" note instead of a verdict.
 * Every finding keeps a rule id, the rule's sources and evidence: the model speaks only through
 * the rules.
 */

/** A model label and the rule that speaks for it. */
export interface ModelCategory {
  label: string;
  ruleId: string;
  /** The finding's message and suggestion when the model raises it alone. */
  message: string;
  suggestion: string;
}

/** Where a fused verdict comes from. */
export type Origin = 'rule' | 'model' | 'consider';

export interface FusedVerdict extends RuleVerdict {
  /** The finding's severity: the rule's, or `low` for a "consider" note. */
  severity: Severity;
  origin: Origin;
  /** The model's calibrated probability for the rule's category, when a model judged it. */
  probability?: number | undefined;
}

/** The rule ids whose failure the model sees as a feature, in a fixed order. */
export const ruleFeature = (ruleId: string) => `rule:${ruleId}`;

export function failedRuleFeatures(verdicts: readonly RuleVerdict[]): string[] {
  return verdicts.filter((v) => !v.result.passed).map((v) => ruleFeature(v.rule.id));
}

/** Evidence for a label: the span of the words that drove it up, as the rules give evidence. */
export function modelEvidence(text: string, model: LanguageModel, prediction: Prediction, label: number): Evidence[] {
  const span = model.evidenceFor(prediction, label);
  if (!span) return [];
  const from = prediction.tokens[span[0]]!;
  const to = prediction.tokens[span[1]]!;
  return [evidence(text, from.start, to.end)];
}

const percent = (p: number) => `${Math.round(p * 100)}%`;

/**
 * Fuses the rules' verdicts on `text` with the model's prediction. `verdicts` are every checker's
 * verdict (passed or not), in rulebook order; the result has the same rules in the same order.
 */
export function fuseVerdicts(
  text: string,
  verdicts: readonly RuleVerdict[],
  model: LanguageModel | undefined,
  categories: readonly ModelCategory[],
  options: { anyLabel?: string | undefined; prediction?: Prediction | undefined; thresholds?: { add: number; doubt: number } | undefined } = {},
): FusedVerdict[] {
  if (!model) return verdicts.map((v) => ({ ...v, severity: v.rule.severity, origin: 'rule' }));
  const predicted = options.prediction ?? model.predict(text, failedRuleFeatures(verdicts));
  const { add, doubt } = options.thresholds ?? model.thresholds;
  // The head for "any category" (job-style): a hit it backs is never weak.
  const anyIndex = options.anyLabel === undefined ? -1 : model.labelIndex(options.anyLabel);
  const anyProbability = anyIndex < 0 ? 0 : predicted.scores[anyIndex]!.probability;
  const fused = verdicts.map((v): FusedVerdict => {
    const category = categories.find((c) => c.ruleId === v.rule.id);
    const index = category ? model.labelIndex(category.label) : -1;
    if (!category || index < 0) return { ...v, severity: v.rule.severity, origin: 'rule' };
    const probability = predicted.scores[index]!.probability;
    if (!v.result.passed) {
      if (probability >= doubt || anyProbability >= 0.5) return { ...v, severity: v.rule.severity, origin: 'rule', probability };
      const result: CheckResult = {
        ...v.result,
        message: `Probably fine, but consider: ${lowerFirst(v.result.message)}`,
      };
      return { rule: v.rule, result, severity: 'low', origin: 'consider', probability };
    }
    if (probability < add) return { ...v, severity: v.rule.severity, origin: 'rule', probability };
    return modelFinding(text, v, category, model, predicted, index, probability);
  });
  // Sure it is one of the categories without being sure which, and nothing found: the likeliest one speaks.
  if (anyProbability >= add && !fused.some((v) => !v.result.passed && v.severity !== 'low' && categories.some((c) => c.ruleId === v.rule.id))) {
    let best = -1;
    let bestP = -1;
    fused.forEach((v, i) => {
      const c = categories.find((x) => x.ruleId === v.rule.id);
      const p = v.probability;
      if (c && p !== undefined && p > bestP) {
        best = i;
        bestP = p;
      }
    });
    if (best >= 0) {
      const v = fused[best]!;
      const category = categories.find((x) => x.ruleId === v.rule.id)!;
      fused[best] = modelFinding(text, v, category, model, predicted, model.labelIndex(category.label), anyProbability);
    }
  }
  return fused;
}

function modelFinding(text: string, v: RuleVerdict, category: ModelCategory, model: LanguageModel, predicted: Prediction, index: number, probability: number): FusedVerdict {
  const found = modelEvidence(text, model, predicted, index);
  const result: CheckResult = {
    passed: false,
    message: `${category.message} (the language model, ${percent(probability)} sure)`,
    suggestion: category.suggestion,
    ...(found.length > 0 ? { evidence: found } : {}),
  };
  return { rule: v.rule, result, severity: v.rule.severity, origin: 'model', probability };
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** A fused verdict in the API's shape: a "consider" note carries its low severity. */
export function toFusedFinding(v: FusedVerdict): Finding {
  return { ...toFinding(v), severity: v.severity };
}

/** The verdicts a rewrite should act on: a "consider" note is not a verdict. */
export function actionable(verdicts: readonly FusedVerdict[]): RuleVerdict[] {
  return verdicts.map((v) => (v.origin === 'consider' ? { rule: v.rule, result: { ...v.result, passed: true } } : v));
}
