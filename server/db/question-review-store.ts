import type { QuestionContext, QuestionReviewResponse } from '../../shared/contracts/questions.ts';
import type { QuestionsReview } from '../coach/questions-coach.ts';
import type { Database } from './client.ts';
import { questionReviews } from './schema.ts';

export interface QuestionReviewStore {
  /** Writes the review in one statement and answers as the API does. */
  saveReview(input: { questions: string[]; context: QuestionContext; review: QuestionsReview }): Promise<QuestionReviewResponse>;
}

/** The API's answer for a review, stored (`reviewId`) or not. */
export function toReviewResponse(review: QuestionsReview, createdAt: string, reviewId?: string): QuestionReviewResponse {
  return {
    results: review.results,
    coach: review.coach,
    ...(review.notice !== undefined ? { notice: review.notice } : {}),
    ...(reviewId !== undefined ? { reviewId } : {}),
    createdAt,
  };
}

export function createQuestionReviewStore(db: Database, clock: () => Date, newId: () => string): QuestionReviewStore {
  return {
    async saveReview({ questions, context, review }) {
      const id = newId();
      const createdAt = clock().toISOString();
      await db.insert(questionReviews).values({
        id,
        questions,
        context,
        result: { results: review.results, ...(review.notice !== undefined ? { notice: review.notice } : {}) },
        coachKind: review.coach.kind,
        model: review.coach.model ?? null,
        promptVersion: review.coach.promptVersion ?? null,
        latencyMs: Math.round(review.latencyMs),
        inputTokens: review.usage?.inputTokens ?? null,
        outputTokens: review.usage?.outputTokens ?? null,
        createdAt,
      });
      return toReviewResponse(review, createdAt, id);
    },
  };
}
