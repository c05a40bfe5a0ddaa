import type { ModelConfig } from '../../server/config.ts';

/**
 * The shapes every eval plugs into. An eval is data + task + scorers + threshold (evalite's
 * shape): `cases` are the data, `setup(env)` returns the task that turns one case into an output
 * (offline coach or model), `scorers` are small named pure functions from (case, output) to 0..1
 * with a reason, and `threshold` is the mean every scorer must reach.
 */

/** What a scorer decides about one output. */
export interface Score {
  /** 0..1; 1 is what a careful reviewer wants. */
  score: number;
  /** One sentence a person reads in the report: what was found or missing. */
  reason: string;
}

/** A scorer that could not run here (e.g. the model judge offline): left out of every mean. */
export interface Skipped {
  skipped: string;
}

export type ScorerOutcome = Score | Skipped;

export const isSkipped = (outcome: ScorerOutcome): outcome is Skipped => 'skipped' in outcome;

/** What a scorer may use beyond the case and the output. */
export interface ScoreEnv {
  /** The model judge, when one is configured for this run; absent offline. */
  judge?: Judge | undefined;
}

export interface Judge {
  readonly model: string;
  /**
   * Asks the judge whether `output` meets `criterion`. Temperature 0, reasons before the verdict,
   * and a failing verdict only stands when a second vote confirms it.
   */
  verdict(request: { criterion: string; input: string; output: string }): Promise<Score>;
}

export interface EvalScorer<C, O> {
  /** kebab-case, unique within the eval. */
  name: string;
  description: string;
  score(args: { input: C; output: O }, env: ScoreEnv): ScorerOutcome | Promise<ScorerOutcome>;
}

/** Where the task runs: the offline coach (no key, no network) or the configured model. */
export interface EvalEnv {
  mode: 'offline' | 'model';
  /** From `loadConfig(process.env).model`; `{}` offline. */
  model: ModelConfig;
}

/** One answer of a task. */
export interface TaskAnswer<O> {
  output: O;
  /**
   * Set when the model answered with something unusable (e.g. output that never matched the
   * schema): the run is scored 0 on every scorer, with this as the reason, and never cached.
   */
  invalid?: string | undefined;
  /** Shown beside the case (e.g. the guard overruling the model). */
  notice?: string | undefined;
}

/** Turns one case into an answer. Throws only for an infrastructure error (unreachable model, bad key…). */
export type Task<C, O> = (input: C, signal: AbortSignal) => Promise<TaskAnswer<O>>;

/** One rule's verdict on one case: what the label expects and what the output says. */
export interface RuleVerdictCheck {
  ruleId: string;
  /** The label: should this rule pass on this case? */
  expectedPass: boolean;
  /** What the output under test decided. */
  actualPass: boolean;
}

export interface EvalCase {
  /** Unique within the eval; the baseline compares cases by it. */
  name: string;
}

export interface EvalDefinition<C extends EvalCase, O> {
  /** Unique across the suite, e.g. `outreach critique`. */
  name: string;
  /** Which product job it measures (`outreach`, `questions`, `practice`): the report filters by it. */
  job: string;
  cases: readonly C[];
  setup(env: EvalEnv): Task<C, O>;
  scorers: ReadonlyArray<EvalScorer<C, O>>;
  /** Mean every scorer must reach; a record gives a scorer its own (others use `default`). */
  threshold: number | { default: number; [scorer: string]: number };
  /** What the task sees of a case (the cache key's input); default: the whole case. */
  inputOf?(input: C): unknown;
  /** The version of the prompt(s) the model path uses (the cache key's prompt version). */
  promptVersion?(env: EvalEnv): string;
  /** Per-rule verdicts for the per-rule summary and the report's rule filter. */
  rules?(input: C, output: O): RuleVerdictCheck[];
  /** How the report shows a case's input and output (default: JSON). */
  show?: { input(input: C): string; output(output: O): string };
}

// An eval list mixes case and output types; the runner only passes each eval's own values around.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEval = EvalDefinition<any, any>;

/** Identity with type inference, so an eval module reads as a declaration. */
export function defineEval<C extends EvalCase, O>(definition: EvalDefinition<C, O>): EvalDefinition<C, O> {
  return definition;
}

export function thresholdFor(evalDef: Pick<AnyEval, 'threshold'>, scorer: string): number {
  const t = evalDef.threshold;
  return typeof t === 'number' ? t : (t[scorer] ?? t.default);
}
