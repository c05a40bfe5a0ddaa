import type { AnyEval, EvalScorer, TaskAnswer } from './types.ts';

/**
 * Small evals for the runner's tests: a case says what its task answers (`answer`), and the
 * `equals` scorer checks the answer against `want`. Counters show how often the task ran.
 */
export interface FakeCase {
  name: string;
  want: string;
  /** What the task answers on each repeat (cycled); `throw` throws, `invalid` is an invalid answer. */
  answers: string[];
}

export const equals: EvalScorer<FakeCase, string> = {
  name: 'equals',
  description: 'the answer is the wanted one',
  score: ({ input, output }) => (output === input.want ? { score: 1, reason: 'as wanted' } : { score: 0, reason: `got "${output}", wanted "${input.want}"` }),
};

export function fakeEval(name: string, cases: FakeCase[], options: Partial<Pick<AnyEval, 'threshold' | 'scorers' | 'job' | 'rules'>> = {}) {
  const calls = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const ev: AnyEval = {
    name,
    job: options.job ?? 'fake',
    cases,
    threshold: options.threshold ?? 1,
    scorers: options.scorers ?? [equals],
    promptVersion: () => 'v1',
    ...(options.rules ? { rules: options.rules } : {}),
    setup: () => async (input: FakeCase): Promise<TaskAnswer<string>> => {
      const n = calls.get(input.name) ?? 0;
      calls.set(input.name, n + 1);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      const answer = input.answers[n % input.answers.length] ?? '';
      if (answer === 'throw') throw new Error('model unreachable');
      if (answer === 'invalid') return { output: '', invalid: 'did not match the schema' };
      return { output: answer };
    },
  };
  return { ev, calls, maxInFlight: () => maxInFlight };
}

/** An in-memory answer cache that records what was stored. */
export function memoryCache() {
  const store = new Map<string, unknown>();
  const key = (k: unknown) => JSON.stringify(k);
  return {
    store,
    get: (k: unknown) => store.get(key(k)),
    set: (k: unknown, v: unknown) => void store.set(key(k), v),
  };
}
