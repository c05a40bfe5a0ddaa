import type { QuestionResult } from '../shared/contracts/questions.ts';
import { createOfflineQuestionsCoach } from '../server/coach/questions-coach.ts';
import { createQuestionsCoach } from '../server/coach/select-coach.ts';
import type { ModelConfig } from '../server/config.ts';
import { type QuestionCase, questionCases } from './questions/cases.ts';
import { fifthBatchCases } from './questions/fifth-batch.ts';
import { fourthBatchCases } from './questions/fourth-batch.ts';
import { heldOutCases } from './questions/held-out.ts';
import { questionScorers } from './questions/scorers.ts';
import { secondBatchCases } from './questions/second-batch.ts';
import { seventhBatchCases } from './questions/seventh-batch.ts';
import { sixthBatchCases } from './questions/sixth-batch.ts';
import { thirdBatchCases } from './questions/third-batch.ts';

/** The questions coach (offline, or the configured model through the product's seam) on one question. */
function questionsTask(env: { mode: 'offline' | 'model'; model: ModelConfig }) {
  const coach = env.mode === 'model' ? createQuestionsCoach(env.model) : createOfflineQuestionsCoach();
  return async (input: QuestionCase, signal?: AbortSignal): Promise<{ output: QuestionResult; notice?: string | undefined }> => {
    const review = await coach.review([input.question], input.context ?? {}, { signal });
    const [output] = review.results;
    if (!output) throw new Error(`no result for "${input.question}"`);
    return { output, ...(review.notice ? { notice: review.notice } : {}) };
  };
}

/**
 * Interview questions: data (hand-labelled job-style and informational questions) + task (a
 * questions coach, offline or the configured model, through the product's seam) + scorers + a
 * threshold per scorer.
 */
export const questionsEval = {
  name: 'question review',
  job: 'questions',
  // The hand-labelled set, the held-out set written before its author read the checkers, and the
  // fresh batches that each measured one round of patterns or structural detectors before the next
  // (evals/questions/README.md).
  cases: [...questionCases, ...heldOutCases, ...secondBatchCases, ...thirdBatchCases, ...fourthBatchCases, ...fifthBatchCases, ...sixthBatchCases],
  setup: questionsTask,
  scorers: questionScorers,
  // "caught" 0.96, not 0.97, since the questions model joined the rules (issue 12): these cases label
  // many a neutral "Why did you choose X?" as a justification demand, where the corpus (corpus/README.md)
  // and the issue call it informational, so the decision now keeps them, with a "consider" note.
  threshold: { default: 0.97, caught: 0.96, 'rephrasing-passes-review': 1, 'keeps-the-nouns': 0.85, 'verdict-agrees-with-rules': 1 },
};

/**
 * The last fresh batch, never tuned on, kept apart: its "caught" is the honest estimate for
 * questions written by strangers, so its floor is today's level (a drop fails the run), not the
 * target; so is "keeps-the-nouns" (few of its rephrasings to judge); the rest hold to the main bar.
 */
export const questionsFreshBatchEval = {
  name: 'question review (fresh batch, never tuned on)',
  job: 'questions',
  cases: seventhBatchCases,
  setup: questionsTask,
  scorers: questionScorers,
  // caught 0.82: today's level with the questions model beside the rules (0.35 with the rules alone).
  threshold: { default: 0.97, caught: 0.82, 'rephrasing-passes-review': 1, 'keeps-the-nouns': 0.55, 'verdict-agrees-with-rules': 1 },
};
