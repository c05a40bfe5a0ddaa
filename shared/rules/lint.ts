import type { CheckContext, Rule, RuleTarget } from './rule.ts';
import { rulebook } from './rulebook.ts';
import { runCheckers, type RuleVerdict, type ScoreInput, scoreWith } from './lint-core.ts';

export * from './lint-core.ts';

export function rulesFor(target: RuleTarget): Rule[] {
  return rulebook.filter((rule) => rule.appliesTo === target);
}

const byId = new Map(rulebook.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

/** Runs every checker of `target` on `text`, in rulebook order. */
export function lint(target: RuleTarget, text: string, context: CheckContext = {}): RuleVerdict[] {
  return runCheckers(rulesFor(target), text, context);
}

export function lintOutreach(text: string, context: CheckContext = {}): RuleVerdict[] {
  return lint('outreach', text, context);
}

/** The score of verdicts of any family, the rules looked up in the whole rulebook (see `scoreWith`). */
export function score(verdicts: ReadonlyArray<ScoreInput>): number {
  return scoreWith(verdicts, getRule);
}
