import type { CheckContext, Rule } from './rule.ts';
import { outreachRules } from './outreach-rules.ts';
import { runCheckers, type RuleVerdict, type ScoreInput, scoreWith } from './lint-core.ts';

/**
 * The outreach family alone, for the Outreach page's live check: the same checkers and score as the
 * server's, without bundling the question, conduct and follow-up rules into that page.
 */
const byId = new Map(outreachRules.map((rule) => [rule.id, rule]));

export function getOutreachRule(id: string): Rule | undefined {
  return byId.get(id);
}

export function lintOutreachDraft(text: string, context: CheckContext = {}): RuleVerdict[] {
  return runCheckers(outreachRules, text, context);
}

export function scoreOutreach(verdicts: ReadonlyArray<ScoreInput>): number {
  return scoreWith(verdicts, getOutreachRule);
}
