import type { AnswerCache } from './cache.ts';
import { mapWithLimit } from './pool.ts';
import { isSkipped, thresholdFor, type AnyEval, type EvalEnv, type Judge, type RuleVerdictCheck, type TaskAnswer } from './types.ts';

/** One scorer's outcome on one run of a case. */
export interface ScorerResult {
  scorer: string;
  /** Absent when skipped. */
  score?: number | undefined;
  reason: string;
  skipped?: boolean | undefined;
}

/** One run of one case (`--repeat N` gives N). */
export interface CaseRun {
  repeat: number;
  /** `error`: the task threw (infrastructure); `invalid`: the model's answer was unusable. */
  status: 'scored' | 'invalid' | 'error';
  cached: boolean;
  /** Every scored scorer at or above its threshold. */
  passed: boolean;
  scores: ScorerResult[];
  outputText: string;
  notice?: string | undefined;
  error?: string | undefined;
  rules: RuleVerdictCheck[];
}

export interface CaseResult {
  /** `<eval>/<case>`: what the baseline compares by. */
  id: string;
  eval: string;
  job: string;
  case: string;
  inputText: string;
  runs: CaseRun[];
  /** Share of runs that passed. */
  passRate: number;
  /** Some runs passed and some failed. */
  flaky: boolean;
}

export interface ScorerSummary {
  name: string;
  description: string;
  /** Mean over scored runs; null when every run skipped it. */
  mean: number | null;
  threshold: number;
  passed: boolean;
  runs: number;
  /** Why it was skipped, when it was skipped everywhere. */
  skipped?: string | undefined;
}

export interface EvalResult {
  name: string;
  job: string;
  cases: CaseResult[];
  scorers: ScorerSummary[];
  /** Share of case runs that passed. */
  passRate: number;
  /** Every scorer's mean reached its threshold. */
  passed: boolean;
  errors: number;
}

/** One rule across every case that labels it. */
export interface RuleSummary {
  ruleId: string;
  jobs: string[];
  verdicts: number;
  agree: number;
  /** The output passed what the label fails. */
  falsePasses: number;
  /** The output failed what the label passes. */
  falseFails: number;
}

export interface SuiteResult {
  evals: EvalResult[];
  rules: RuleSummary[];
  /** Said once: skipped scorers, cache use. */
  notices: string[];
}

export interface RunOptions {
  env: EvalEnv;
  /** Shown in the cache key; e.g. `openai@gpt-4.1-mini`. Unused offline. */
  modelId?: string | undefined;
  repeat: number;
  concurrency: number;
  /** Comma-separated terms; a case runs when `<job> <eval> <case>` contains one (any case). */
  filter?: string | undefined;
  /** Model answers; never used offline. */
  cache?: AnswerCache | undefined;
  judge?: Judge | undefined;
  onProgress?: ((done: number, total: number, label: string) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export function matchesFilter(filter: string | undefined, ...parts: string[]): boolean {
  if (!filter) return true;
  const haystack = parts.join(' ').toLowerCase();
  return filter
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)
    .some((term) => haystack.includes(term));
}

class SkippedAfterError extends Error {
  override name = 'Skipped';
  constructor(first: string) {
    super(`not run after the infrastructure error in ${first}`);
  }
}

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Runs every case of every eval `repeat` times (at most `concurrency` at once), scores each run,
 * and sums up per eval, per scorer and per rule. Never throws for a case: a task that throws is
 * recorded as an `error` run (an infrastructure error for the caller's exit code).
 */
export async function runEvals(evals: readonly AnyEval[], options: RunOptions): Promise<SuiteResult> {
  const signal = options.signal ?? new AbortController().signal;
  const jobs: Array<{ ev: AnyEval; caseIndex: number; repeat: number }> = [];
  const selected = evals.map((ev) => ev.cases.map((c, i) => [c, i] as const).filter(([c]) => matchesFilter(options.filter, ev.job, ev.name, c.name)).map(([, i]) => i));
  evals.forEach((ev, e) => {
    for (const caseIndex of selected[e] ?? []) for (let repeat = 0; repeat < options.repeat; repeat++) jobs.push({ ev, caseIndex, repeat });
  });

  const tasks = new Map(evals.map((ev) => [ev, ev.setup(options.env)]));
  const useCache = options.env.mode === 'model' && options.cache !== undefined;
  let done = 0;
  let hits = 0;
  // After one infrastructure error (unreachable server, rejected key) the rest would fail the same
  // way, each after its retries: they are recorded as skipped instead of asked.
  let stopped: string | undefined;

  const runs = await mapWithLimit(jobs, options.concurrency, async ({ ev, caseIndex, repeat }): Promise<CaseRun> => {
    const input = ev.cases[caseIndex];
    const key = useCache
      ? { eval: ev.name, model: options.modelId ?? 'model', promptVersion: ev.promptVersion?.(options.env) ?? 'none', input: ev.inputOf ? ev.inputOf(input) : input, repeat }
      : undefined;
    let answer: TaskAnswer<unknown> | undefined;
    let cached = false;
    try {
      if (stopped) throw new SkippedAfterError(stopped);
      const stored = key ? (options.cache?.get(key) as TaskAnswer<unknown> | undefined) : undefined;
      if (stored !== undefined) {
        answer = stored;
        cached = true;
        hits += 1;
      } else {
        answer = await tasks.get(ev)!(input, signal);
        if (key && !answer.invalid) options.cache?.set(key, answer);
      }
      return await scoreRun(ev, input, answer, repeat, cached, options.judge);
    } catch (error) {
      if (!(error instanceof SkippedAfterError) && answer === undefined) stopped ??= `${ev.name}/${input.name}`;
      return { repeat, status: 'error', cached, passed: false, scores: [], outputText: answer ? safeShow(ev, answer.output) : '', error: errorText(error), rules: [] };
    } finally {
      done += 1;
      options.onProgress?.(done, jobs.length, ev.name);
    }
  });

  let cursor = 0;
  const results = evals
    .map((ev, e) => {
      const cases = (selected[e] ?? []).map((caseIndex): CaseResult => {
        const input = ev.cases[caseIndex];
        const caseRuns = runs.slice(cursor, cursor + options.repeat);
        cursor += options.repeat;
        const passed = caseRuns.filter((r) => r.passed).length;
        return {
          id: `${ev.name}/${input.name}`,
          eval: ev.name,
          job: ev.job,
          case: input.name,
          inputText: ev.show ? ev.show.input(input) : JSON.stringify(ev.inputOf ? ev.inputOf(input) : input, null, 2),
          runs: caseRuns,
          passRate: caseRuns.length === 0 ? 0 : passed / caseRuns.length,
          flaky: passed > 0 && passed < caseRuns.length,
        };
      });
      return summarizeEval(ev, cases);
    })
    .filter((r) => r.cases.length > 0);

  const notices: string[] = [];
  const skippedReasons = new Set(results.flatMap((r) => r.scorers.flatMap((s) => (s.skipped ? [s.skipped] : []))));
  for (const reason of skippedReasons) notices.push(`skipped: ${reason}`);
  if (useCache) notices.push(`cache: ${hits} of ${jobs.length} answers from the cache`);
  return { evals: results, rules: summarizeRules(results), notices };
}

function safeShow(ev: AnyEval, output: unknown): string {
  try {
    return ev.show ? ev.show.output(output) : JSON.stringify(output, null, 2);
  } catch {
    return JSON.stringify(output, null, 2) ?? String(output);
  }
}

async function scoreRun(ev: AnyEval, input: unknown, answer: TaskAnswer<unknown>, repeat: number, cached: boolean, judge: Judge | undefined): Promise<CaseRun> {
  const outputText = safeShow(ev, answer.output);
  const notice = answer.notice;
  if (answer.invalid) {
    const scores = ev.scorers.map((s) => ({ scorer: s.name, score: 0, reason: `invalid output: ${answer.invalid}` }));
    return { repeat, status: 'invalid', cached, passed: false, scores, outputText, notice, rules: [] };
  }
  const scores: ScorerResult[] = [];
  for (const scorer of ev.scorers) {
    const outcome = await scorer.score({ input, output: answer.output }, { judge });
    if (isSkipped(outcome)) scores.push({ scorer: scorer.name, reason: outcome.skipped, skipped: true });
    else {
      if (!(outcome.score >= 0 && outcome.score <= 1)) throw new Error(`scorer ${scorer.name} returned ${outcome.score}, not a number from 0 to 1`);
      scores.push({ scorer: scorer.name, score: outcome.score, reason: outcome.reason });
    }
  }
  const passed = scores.every((s) => s.skipped || (s.score ?? 0) >= thresholdFor(ev, s.scorer));
  return { repeat, status: 'scored', cached, passed, scores, outputText, ...(notice ? { notice } : {}), rules: ev.rules ? ev.rules(input, answer.output) : [] };
}

export function summarizeEval(ev: Pick<AnyEval, 'name' | 'job' | 'scorers' | 'threshold'>, cases: CaseResult[]): EvalResult {
  const runs = cases.flatMap((c) => c.runs);
  const scorers = ev.scorers.map((scorer): ScorerSummary => {
    const results = runs.flatMap((r) => r.scores.filter((s) => s.scorer === scorer.name));
    const scored = results.filter((s) => !s.skipped);
    // An errored run has no scores: it counts as 0 for every scorer.
    const errored = runs.filter((r) => r.status === 'error').length;
    const n = scored.length + errored;
    const mean = n === 0 ? null : scored.reduce((sum, s) => sum + (s.score ?? 0), 0) / n;
    const threshold = thresholdFor(ev, scorer.name);
    return {
      name: scorer.name,
      description: scorer.description,
      mean,
      threshold,
      passed: mean === null || mean >= threshold,
      runs: n,
      ...(mean === null && results[0]?.skipped ? { skipped: results[0].reason } : {}),
    };
  });
  return {
    name: ev.name,
    job: ev.job,
    cases,
    scorers,
    passRate: runs.length === 0 ? 0 : runs.filter((r) => r.passed).length / runs.length,
    passed: scorers.every((s) => s.passed),
    errors: runs.filter((r) => r.status === 'error').length,
  };
}

export function summarizeRules(results: readonly EvalResult[]): RuleSummary[] {
  const byRule = new Map<string, RuleSummary>();
  for (const ev of results) {
    for (const run of ev.cases.flatMap((c) => c.runs)) {
      for (const v of run.rules) {
        const s = byRule.get(v.ruleId) ?? { ruleId: v.ruleId, jobs: [], verdicts: 0, agree: 0, falsePasses: 0, falseFails: 0 };
        if (!s.jobs.includes(ev.job)) s.jobs.push(ev.job);
        s.verdicts += 1;
        if (v.expectedPass === v.actualPass) s.agree += 1;
        else if (v.actualPass) s.falsePasses += 1;
        else s.falseFails += 1;
        byRule.set(v.ruleId, s);
      }
    }
  }
  return [...byRule.values()];
}
