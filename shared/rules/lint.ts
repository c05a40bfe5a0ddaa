import type { Finding } from '../contracts/common.ts';
import type { CheckContext, CheckResult, Rule, RuleTarget, Severity } from './rule.ts';
import { rulebook } from './rulebook.ts';

/** One rule's checker result on one text. */
export interface RuleVerdict {
  rule: Rule;
  result: CheckResult;
}

/** Weight of each severity in the score. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export function rulesFor(target: RuleTarget): Rule[] {
  return rulebook.filter((rule) => rule.appliesTo === target);
}

export function getRule(id: string): Rule | undefined {
  return rulebook.find((rule) => rule.id === id);
}

/** Runs every checker of `target` on `text`, in rulebook order. Pure and fast: the browser runs it on each keystroke. */
export function lint(target: RuleTarget, text: string, context: CheckContext = {}): RuleVerdict[] {
  const verdicts: RuleVerdict[] = [];
  for (const rule of rulesFor(target)) {
    if (rule.check) verdicts.push({ rule, result: rule.check(text, context) });
  }
  return verdicts;
}

export function lintOutreach(text: string, context: CheckContext = {}): RuleVerdict[] {
  return lint('outreach', text, context);
}

/** 0–100: the severity-weighted share of rules passed. No rules, no penalty. */
export function score(verdicts: ReadonlyArray<{ passed: boolean; severity: Severity }>): number {
  let total = 0;
  let earned = 0;
  for (const v of verdicts) {
    const weight = SEVERITY_WEIGHT[v.severity];
    total += weight;
    if (v.passed) earned += weight;
  }
  return total === 0 ? 100 : Math.round((100 * earned) / total);
}

/** The API's view of a verdict: the first evidence span, the guide file names. */
export function toFinding({ rule, result }: RuleVerdict): Finding {
  const [evidence] = result.evidence ?? [];
  return {
    ruleId: rule.id,
    passed: result.passed,
    severity: rule.severity,
    message: result.message,
    ...(evidence ? { evidence } : {}),
    ...(result.suggestion ? { suggestion: result.suggestion } : {}),
    sources: rule.sources.map((s) => s.guide),
  };
}
