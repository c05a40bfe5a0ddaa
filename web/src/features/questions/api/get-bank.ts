import { QuestionBank } from '../../../../../shared/contracts/questions.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/questions/bank`. */
export function getBank(signal?: AbortSignal): Promise<QuestionBank> {
  return requestJson('/api/questions/bank', QuestionBank, { signal });
}
