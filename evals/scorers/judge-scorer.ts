import type { EvalScorer } from '../lib/types.ts';

/** Why a judged scorer did not run: said once in the summary, and beside every case. */
export const JUDGE_OFF = 'model judge off offline (use --model or --judge)';

/**
 * A scorer for what text alone cannot decide, asked of the model judge (`evals/judge/`). Offline
 * it is skipped, never guessed: a skipped scorer counts in no mean and fails no threshold.
 */
export function judged<C, O>(
  name: string,
  criterion: string,
  inputText: (input: C) => string,
  outputText: (input: C, output: O) => string | undefined,
): EvalScorer<C, O> {
  return {
    name,
    description: `model judge: ${criterion}`,
    score: async ({ input, output }, env) => {
      if (!env.judge) return { skipped: JUDGE_OFF };
      const text = outputText(input, output);
      if (text === undefined) return { score: 1, reason: 'nothing to judge' };
      return env.judge.verdict({ criterion, input: inputText(input), output: text });
    },
  };
}
