import { Hono } from 'hono';
import { RulesQuery, type RuleInfo, type RulesResponse } from '../../shared/contracts/rules.ts';
import { SEVERITY_WEIGHT } from '../../shared/rules/lint.ts';
import type { Rule } from '../../shared/rules/rule.ts';
import { rulebook } from '../../shared/rules/rulebook.ts';
import { RULEBOOK_VERSION } from '../../shared/rules/rulebook-version.ts';

function toRuleInfo(rule: Rule): RuleInfo {
  return {
    id: rule.id,
    title: rule.title,
    text: rule.text,
    appliesTo: rule.appliesTo,
    severity: rule.severity,
    weight: SEVERITY_WEIGHT[rule.severity],
    kind: rule.kind ?? 'does',
    capsScoreAt: rule.capsScoreAt ?? null,
    sources: rule.sources.map(({ guide, quote }) => ({ guide, quote })),
  };
}

/** `GET /api/rules[?appliesTo=outreach]`: whatever the rulebook holds, so tools never copy rule ids from the README. */
export function ruleRoutes() {
  return new Hono().get('/', (c) => {
    const { appliesTo } = RulesQuery.parse(c.req.query());
    const rules = appliesTo === undefined ? rulebook : rulebook.filter((rule) => rule.appliesTo === appliesTo);
    return c.json<RulesResponse>({ rulebookVersion: RULEBOOK_VERSION, rules: rules.map(toRuleInfo) });
  });
}
