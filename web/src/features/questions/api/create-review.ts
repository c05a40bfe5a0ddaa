import { type QuestionReviewRequest, QuestionReviewResponse } from '../../../../../shared/contracts/questions.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/questions/review`. */
export function createReview(request: QuestionReviewRequest, signal?: AbortSignal): Promise<QuestionReviewResponse> {
  return requestJson('/api/questions/review', QuestionReviewResponse, { method: 'POST', body: request, signal });
}
