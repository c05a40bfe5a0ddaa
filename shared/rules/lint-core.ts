/**
 * The rulebook-free core of linting: running checkers, scoring verdicts, the API's view of a
 * verdict. Pages import it with their own rule family (e.g. `outreach-lint.ts`), so a page's bundle
 * carries only the rules it checks; `lint.ts` binds it to the whole rulebook.
 */
import type { Finding } from '../contracts/common.ts';
import type { CheckContext, CheckResult, Rule, Severity } from './rule.ts';

/** One rule's checker result on one text. */
export interface RuleVerdict {
  rule: Rule;
  result: CheckResult;
}

/** Weight of each severity in the score. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** Runs every checker of `rules` on `text`, in order. Pure and fast: the browser runs it on each keystroke. */
export function runCheckers(rules: readonly Rule[], text: string, context: CheckContext = {}): RuleVerdict[] {
  const verdicts: RuleVerdict[] = [];
  for (const rule of rules) {
    if (rule.check) verdicts.push({ rule, result: rule.check(text, context) });
  }
  return verdicts;
}

/** Points a broken `avoids` rule costs, per point of severity weight (a medium mistake costs 12). */
export const MISTAKE_PENALTY_PER_WEIGHT = 6;

/** One verdict as the score reads it: a finding, a checklist item, or `{ passed, severity }` alone. */
export interface ScoreInput {
  ruleId?: string | undefined;
  passed: boolean;
  severity: Severity;
}

/**
 * 0–100, the way a careful reader ranks messages:
 * 1. the share, weighted by severity (high 3, medium 2, low 1), of the `does` rules met — the parts
 *    of a good message (who you are, the connection, the purpose, a short ask, times, an easy
 *    format, thanks): a fragment that does none of them starts at 0, not at the credit of the
 *    mistakes it has no room to make;
 * 2. minus 6 points per severity weight of each broken `avoids` rule (too long, a credentials list,
 *    extra work, last-minute: −12 for a medium one);
 * 3. capped at 45 when a job ask or an attached CV turns the message into an application;
 * clamped to 0–100 and rounded. A verdict with no known `ruleId` counts as a `does` rule.
 */
export function scoreWith(verdicts: ReadonlyArray<ScoreInput>, getRule: (id: string) => Rule | undefined): number {
  let total = 0;
  let earned = 0;
  let penalty = 0;
  let cap = 100;
  for (const v of verdicts) {
    const weight = SEVERITY_WEIGHT[v.severity];
    const rule = v.ruleId === undefined ? undefined : getRule(v.ruleId);
    if (rule?.kind === 'avoids') {
      if (!v.passed) {
        penalty += MISTAKE_PENALTY_PER_WEIGHT * weight;
        // A "consider" note (the rule's hit, lowered by the language model) costs its low weight but caps nothing.
        if (rule.capsScoreAt !== undefined && v.severity === rule.severity) cap = Math.min(cap, rule.capsScoreAt);
      }
      continue;
    }
    total += weight;
    if (v.passed) earned += weight;
  }
  const share = total === 0 ? 100 : (100 * earned) / total;
  return Math.max(0, Math.min(cap, Math.round(share - penalty)));
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
