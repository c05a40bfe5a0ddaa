import { z } from 'zod';

/** Every error answer of the API: `{ error: { code, message } }`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Which coach produced an answer. */
export const CoachInfo = z.object({
  kind: z.enum(['offline', 'model']),
  model: z.string().optional(),
  promptVersion: z.string().optional(),
});
export type CoachInfo = z.infer<typeof CoachInfo>;

/** `GET /api/coach`: the coach the server is running, for the page's badge. */
export const ActiveCoach = z.object({
  kind: z.enum(['offline', 'model']),
  model: z.string().optional(),
  /** `openai` for api.openai.com, `openai-compatible` for a base URL (Ollama, LM Studio, vLLM, llama.cpp). */
  provider: z.enum(['openai', 'openai-compatible']).optional(),
  /** Host of the compatible server, never a key. */
  host: z.string().optional(),
});
export type ActiveCoach = z.infer<typeof ActiveCoach>;

export const EvidenceSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;

/** One rule's verdict on one text. */
export const Finding = z.object({
  ruleId: z.string(),
  passed: z.boolean(),
  severity: z.enum(['high', 'medium', 'low']),
  message: z.string(),
  evidence: EvidenceSpan.optional(),
  suggestion: z.string().optional(),
  /** Guide file names the rule comes from. */
  sources: z.array(z.string()),
});
export type Finding = z.infer<typeof Finding>;
