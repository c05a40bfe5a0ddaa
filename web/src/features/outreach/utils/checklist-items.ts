import type { Finding } from '../../../../../shared/contracts/common.ts';
import type { Evidence, RuleSource, Severity } from '../../../../../shared/rules/rule.ts';
import { getOutreachRule as getRule } from '../../../../../shared/rules/outreach-lint.ts';
import type { RuleVerdict } from '../../../../../shared/rules/lint-core.ts';

/** One row of a rule checklist, whether it comes from the live lint or from the server's critique. */
export interface ChecklistItem {
  ruleId: string;
  title: string;
  /** The rule itself, one imperative line. */
  ruleText: string;
  severity: Severity;
  passed: boolean;
  message: string;
  suggestion: string | undefined;
  evidence: Evidence[];
  sources: RuleSource[];
}

export function itemFromVerdict({ rule, result }: RuleVerdict): ChecklistItem {
  return {
    ruleId: rule.id,
    title: rule.title,
    ruleText: rule.text,
    severity: rule.severity,
    passed: result.passed,
    message: result.message,
    suggestion: result.suggestion,
    evidence: result.evidence ?? [],
    sources: rule.sources,
  };
}

/** Server findings name guide files only; the quotes come from the same rulebook the browser has. */
export function itemFromFinding(finding: Finding): ChecklistItem {
  const rule = getRule(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    title: rule?.title ?? finding.ruleId,
    ruleText: rule?.text ?? '',
    severity: finding.severity,
    passed: finding.passed,
    message: finding.message,
    suggestion: finding.suggestion,
    evidence: finding.evidence ? [finding.evidence] : [],
    sources: finding.sources.map((guide) => ({
      guide,
      quote: rule?.sources.find((source) => source.guide === guide)?.quote ?? '',
    })),
  };
}

/** Score input for `score()`. */
export function scoreInput(items: readonly ChecklistItem[]) {
  return items.map((item) => ({ ruleId: item.ruleId, passed: item.passed, severity: item.severity }));
}
