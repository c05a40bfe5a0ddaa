import { outreachCritiqueTask, outreachPromptVersion, showOutreach, type OutreachInput } from '../outreach/task.ts';
import type { AnyEval, EvalCase, EvalScorer, ScorerOutcome } from './types.ts';

/**
 * The first evals were `{ name, cases, scorers, threshold }` with scorers returning a bare number
 * and the task implied (an outreach critique of `case.draft`). This adapter keeps that shape
 * working: a module may export either shape, and the runner sees one.
 */
export interface LegacyScorer {
  name: string;
  description: string;
  score(input: never): number;
}

export interface LegacyEval {
  name: string;
  cases: readonly EvalCase[];
  scorers: readonly LegacyScorer[];
  threshold: number;
  /** Optional in the old shape; without it the cases must be outreach drafts. */
  job?: string;
  task?: AnyEval['setup'];
}

export class EvalShapeError extends Error {
  override name = 'EvalShapeError';
}

export const isEvalDefinition = (value: unknown): value is AnyEval =>
  typeof value === 'object' && value !== null && typeof (value as AnyEval).setup === 'function' && Array.isArray((value as AnyEval).cases);

export const isLegacyEval = (value: unknown): value is LegacyEval =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LegacyEval).name === 'string' &&
  Array.isArray((value as LegacyEval).cases) &&
  Array.isArray((value as LegacyEval).scorers) &&
  typeof (value as LegacyEval).threshold === 'number' &&
  !isEvalDefinition(value);

/** A bare-number scorer as a `{ score, reason }` one; the reason is its description and the value. */
export function fromNumberScorer<C, O>(scorer: LegacyScorer, toInput: (input: C, output: O) => unknown): EvalScorer<C, O> {
  return {
    name: scorer.name,
    description: scorer.description,
    score: ({ input, output }): ScorerOutcome => {
      const value = (scorer.score as (input: unknown) => number)(toInput(input, output));
      return { score: value, reason: `${scorer.description}: ${value.toFixed(2)}` };
    },
  };
}

/** The old outreach scorers' input: the case, its context (default `{}`) and the critique body. */
export const legacyOutreachInput = (input: OutreachInput, critique: unknown) => ({ ...input, context: input.context ?? {}, critique });

/** Adapts the old shape; throws `EvalShapeError` when the task cannot be inferred. */
export function fromLegacyEval(legacy: LegacyEval): AnyEval {
  const outreachCases = legacy.cases.every((c) => typeof (c as Partial<OutreachInput>).draft === 'string');
  if (!legacy.task && !outreachCases) {
    throw new EvalShapeError(
      `eval "${legacy.name}": its cases are not outreach drafts, so add \`task\` (env => case => answer) or export a defineEval(...) definition (see evals/README.md)`,
    );
  }
  return {
    name: legacy.name,
    job: legacy.job ?? (outreachCases ? 'outreach' : legacy.name),
    cases: legacy.cases,
    threshold: legacy.threshold,
    setup: legacy.task ?? ((env) => outreachCritiqueTask(env)),
    scorers: legacy.scorers.map((s) => fromNumberScorer(s, legacyOutreachInput)),
    ...(legacy.task ? {} : { promptVersion: () => outreachPromptVersion(), show: showOutreach, inputOf: (c: OutreachInput) => ({ draft: c.draft, context: c.context ?? {} }) }),
  };
}

/** Every eval a module exports, in either shape. */
export function evalsOfModule(exports: Record<string, unknown>): AnyEval[] {
  const found: AnyEval[] = [];
  for (const value of Object.values(exports)) {
    if (isEvalDefinition(value)) found.push(value);
    else if (isLegacyEval(value)) found.push(fromLegacyEval(value));
  }
  return found;
}
