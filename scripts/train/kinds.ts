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
import { outreachRules } from '../../shared/rules/outreach-rules.ts';
import { OUTREACH_LABELS, OUTREACH_MODEL_LABELS, OUTREACH_ROLE_RULES, sentenceRuleFeatures } from '../../shared/language/outreach.ts';
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
  /** The share of the headline's negatives the thresholds must keep (cross-validated). */
  minKept: number;
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
  minKept: 0.965,
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

/** Sentence-level labels the outreach rules give one sentence alone (what the CV report compares against). */
const OUTREACH_RULE_LABEL: Record<string, [label: string, when: 'fails' | 'passes']> = {
  'outreach.no-job-ask': ['job-ask', 'fails'],
  'outreach.no-extra-labour': ['extra-labour', 'fails'],
  'outreach.no-attachments': ['attachment', 'fails'],
  'outreach.no-credentials-dump': ['credentials', 'fails'],
  'outreach.connection': ['connection', 'passes'],
  'outreach.specific-purpose': ['purpose', 'passes'],
  'outreach.introduces-self': ['who-you-are', 'passes'],
  'outreach.time-ask': ['time-ask', 'passes'],
  'outreach.proposes-times': ['proposed-times', 'passes'],
  'outreach.easy-format': ['format', 'passes'],
};

export const outreachSpec: KindSpec = {
  kind: 'outreach',
  heads: OUTREACH_MODEL_LABELS,
  headline: 'asks-for-more',
  // Per sentence: a message of five or six good sentences must stay under 2% false alarms.
  minKept: 0.996,
  targets: (unit) => OUTREACH_MODEL_LABELS.map((h) => (h === 'asks-for-more' ? unit.labels.includes('job-ask') || unit.labels.includes('extra-labour') : unit.labels.includes(h))),
  prepare(unit) {
    const verdicts = runCheckers(outreachRules, unit.text, {});
    return { verdicts, extra: sentenceRuleFeatures(unit.text) };
  },
  decide(_unit, { verdicts, extra }, model, tuning) {
    const rules = new Set<string>();
    for (const v of verdicts) {
      const m = OUTREACH_RULE_LABEL[v.rule.id];
      if (m && (m[1] === 'fails' ? !v.result.passed : v.result.passed)) rules.add(m[0]);
    }
    if (rules.has('job-ask') || rules.has('extra-labour')) rules.add('asks-for-more');
    if (!model) return rules;
    const prediction = tuning?.prediction ?? model.predict(_unit.text, extra);
    const { add, doubt } = tuning?.thresholds ?? model.thresholds;
    const fused = new Set<string>();
    OUTREACH_LABELS.forEach((label) => {
      const p = prediction.scores[model.labelIndex(label)]!.probability;
      const ruled = OUTREACH_ROLE_RULES.some((r) => r.label === label);
      if (ruled ? (rules.has(label) && p >= doubt) || p >= add : p >= 0.5) fused.add(label);
    });
    if (fused.has('job-ask') || fused.has('extra-labour')) fused.add('asks-for-more');
    return fused;
  },
};

export const SPECS: Partial<Record<LanguageKind, KindSpec>> = { questions: questionsSpec, outreach: outreachSpec };
