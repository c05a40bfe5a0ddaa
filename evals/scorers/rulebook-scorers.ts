import type { z } from 'zod';
import { lint, type CheckContext, type RuleTarget, type Severity } from '../../shared/rules/index.ts';
import type { EvalScorer, RuleVerdictCheck, Score } from '../lib/types.ts';

/**
 * Scorers built on the rulebook and the contracts: the product's own checkers and schemas judge
 * the output, so an eval never holds a second copy of a rule.
 */

/**
 * The rulebook's checkers of `target` on a text the output wrote (a rewrite, a question, a
 * reply): 1 when none of the given severities fails, else 0, naming what failed.
 */
export function passesRulebook<C, O>(
  name: string,
  target: RuleTarget,
  textOf: (input: C, output: O) => string | undefined,
  options: { severities?: readonly Severity[]; contextOf?: (input: C) => CheckContext } = {},
): EvalScorer<C, O> {
  const severities = new Set(options.severities ?? ['high', 'medium', 'low']);
  return {
    name,
    description: `the output's text passes the ${target} checkers (${[...severities].join(', ')})`,
    score: ({ input, output }): Score => {
      const text = textOf(input, output);
      if (text === undefined) return { score: 1, reason: 'no text to check' };
      const failed = lint(target, text, options.contextOf?.(input) ?? {}).filter((v) => !v.result.passed && severities.has(v.rule.severity));
      return failed.length === 0
        ? { score: 1, reason: `passes every ${target} checker` }
        : { score: 0, reason: `fails ${failed.map((v) => `${v.rule.id} (${v.result.message})`).join('; ')}` };
    },
  };
}

/** Agreement rule by rule with a human label: the share of verdicts that match, naming each miss. */
export function agreesWithLabels<C, O>(name: string, verdicts: (input: C, output: O) => RuleVerdictCheck[]): EvalScorer<C, O> {
  return {
    name,
    description: 'share of rule verdicts that match the human label',
    score: ({ input, output }): Score => {
      const all = verdicts(input, output);
      if (all.length === 0) return { score: 1, reason: 'no labelled rules' };
      const misses = all.filter((v) => v.expectedPass !== v.actualPass);
      return misses.length === 0
        ? { score: 1, reason: `all ${all.length} verdicts match the label` }
        : {
            score: 1 - misses.length / all.length,
            reason: misses.map((v) => `${v.ruleId}: ${v.actualPass ? 'passed' : 'failed'}, label says ${v.expectedPass ? 'pass' : 'fail'}`).join('; '),
          };
    },
  };
}

/** 1 when the output parses with the contract's zod schema; the first issues otherwise. */
export function matchesSchema<C, O>(name: string, schema: z.ZodType, pick: (output: O) => unknown = (o) => o): EvalScorer<C, O> {
  return {
    name,
    description: 'the output matches its zod contract',
    score: ({ output }): Score => {
      const parsed = schema.safeParse(pick(output));
      if (parsed.success) return { score: 1, reason: 'matches the schema' };
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      return { score: 0, reason: `schema: ${issues.join('; ')}` };
    },
  };
}
