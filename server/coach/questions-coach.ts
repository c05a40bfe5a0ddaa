import type { ActiveCoach, CoachInfo } from '../../shared/contracts/common.ts';
import type { QuestionContext, QuestionResult } from '../../shared/contracts/questions.ts';
import { ensureLanguageModels } from '../language/models.ts';
import { inProcess, type Offload } from '../offload/offload.ts';
import type { TokenUsage } from './coach.ts';

/** A finished review of a list of questions, ready to be stored and answered. */
export interface QuestionsReview {
  /** One per question, in input order. */
  results: QuestionResult[];
  /** Who actually answered: `offline` when the model failed and the offline coach stood in. */
  coach: CoachInfo;
  notice?: string | undefined;
  usage?: TokenUsage | undefined;
  latencyMs: number;
}

export interface QuestionsReviewOptions {
  signal?: AbortSignal | undefined;
}

/**
 * The seam between the questions API and whoever reviews: the offline coach (rulebook only) or a
 * model guarded by the rulebook. Like the outreach coach, it never throws for a provider failure.
 */
export interface QuestionsCoach {
  readonly info: ActiveCoach;
  review(questions: readonly string[], context: QuestionContext, options?: QuestionsReviewOptions): Promise<QuestionsReview>;
}

/** The offline reviewer (the rules and the questions model): deterministic, instant, no network. The default and the fallback. */
export function createOfflineQuestionsCoach(now: () => number = () => performance.now(), offload: Offload = inProcess): QuestionsCoach {
  ensureLanguageModels();
  return {
    info: { kind: 'offline' },
    async review(questions, context) {
      const started = now();
      // The rulebook's verdicts; the rephrasings held to the text layer (templates by category, verified slots); where `offload` runs them.
      const results = await offload.run('reviewQuestions', questions, context);
      return { results, coach: { kind: 'offline' }, latencyMs: Math.max(0, Math.round(now() - started)) };
    },
  };
}
