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
  if (target !== 'question') return runCheckers(rulesFor(target), text, context);
  // A question review lints the same texts again and again (each question, its rephrasings and
  // their alternatives, through several helpers): each (text, context) is linted once. Keyed by
  // the context's strings themselves (the profile may be 20,000 characters: a string Map key is
  // hashed once per string, not per lookup), and bounded.
  const key = `${text}\u0000${context.field ?? ''}\u0000${context.recipientRole ?? ''}\u0000${context.organization ?? ''}`;
  let byText = questionLints.get(context.profile ?? '');
  if (!byText) {
    if (questionLints.size >= 8) questionLints.delete(questionLints.keys().next().value as string);
    byText = new Map();
    questionLints.set(context.profile ?? '', byText);
  }
  const known = byText.get(key);
  if (known) return known.slice();
  const verdicts = runCheckers(rulesFor(target), text, context);
  if (byText.size >= 4_096) byText.clear();
  byText.set(key, verdicts.slice());
  return verdicts;
}

/** Question lints by profile, then by text and the other context fields. */
const questionLints = new Map<string, Map<string, RuleVerdict[]>>();

export function lintOutreach(text: string, context: CheckContext = {}): RuleVerdict[] {
  return lint('outreach', text, context);
}

/** The score of verdicts of any family, the rules looked up in the whole rulebook (see `scoreWith`). */
export function score(verdicts: ReadonlyArray<ScoreInput>): number {
  return scoreWith(verdicts, getRule);
}
