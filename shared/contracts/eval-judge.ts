import { z } from 'zod';

/**
 * What the eval suite's model judge answers (prompts/eval-judge.prompt.md). The reasoning comes
 * first, so the model writes its reasons before it commits to a verdict.
 */
export const JudgeVerdict = z.object({
  reasoning: z.string(),
  verdict: z.enum(['pass', 'fail']),
});
export type JudgeVerdict = z.infer<typeof JudgeVerdict>;
