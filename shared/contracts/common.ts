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

/**
 * C0 control characters other than tab (U+0009), line feed (U+000A) and carriage return (U+000D).
 * They are refused, not removed: text is stored exactly as accepted (a NUL once cut the stored text).
 */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** A letter, digit, punctuation mark or symbol, minus the ones that draw nothing (Hangul fillers, the blank braille cell). */
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** Length in Unicode code points: an emoji or a CJK character is one, whatever UTF-16 makes of it. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** True when some character would show: not only spaces, zero-width characters, joiners or marks. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

export interface UserTextOptions {
  /** What the message calls the text: "The draft", "The organization". */
  label: string;
  /** Most Unicode code points accepted. */
  max: number;
  /** The error code and status when too long: `draft_too_long`/413 for a draft, else `invalid_request`/400. */
  tooLong?: { code: string; status: number };
  /** When given, a text with no visible character fails with this code and message. */
  empty?: { code: string; message: string };
  /** Trim surrounding whitespace first (context fields; never the draft, which is kept as sent). */
  trim?: boolean;
}

/**
 * Every text a user sends goes through this: control characters refused (`invalid_characters`),
 * length counted in code points, and optionally a visible character required. A failure carries its
 * error code in the issue's `params`, which the server answers as that code.
 */
export function userText({ label, max, tooLong = { code: 'invalid_request', status: 400 }, empty, trim = false }: UserTextOptions) {
  return (trim ? z.string().trim() : z.string()).superRefine((text, ctx) => {
    const control = FORBIDDEN_CONTROL.exec(text);
    if (control) {
      const hex = control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      ctx.addIssue({
        code: 'custom',
        message: `${label} contains a control character (U+${hex}) at position ${codePointLength(text.slice(0, control.index)) + 1}; only tab, newline and carriage return are accepted.`,
        params: { code: 'invalid_characters', status: 400 },
      });
      return;
    }
    const length = codePointLength(text);
    if (length > max) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} has ${length.toLocaleString('en-US')} characters (Unicode code points); the limit is ${max.toLocaleString('en-US')}.`,
        params: tooLong,
      });
      return;
    }
    if (empty && !hasVisibleCharacter(text)) {
      ctx.addIssue({ code: 'custom', message: empty.message, params: { code: empty.code, status: 400 } });
    }
  });
}

/**
 * The one input rule of every request body, whatever its contract: no string in it (at any depth,
 * keys included) may hold a control character other than tab, newline and carriage return. A text
 * is refused (400 `invalid_characters`, naming the field and the position), never cleaned, so what
 * is stored is what was sent. The server applies it to every JSON body it reads
 * (`server/routes/read-json.ts`), after the route's own contract; the web app may use it too.
 */
export const AcceptedInput = z.unknown().superRefine((value, ctx) => {
  const found = firstControlCharacter(value, []);
  if (!found) return;
  const { path, text, index } = found;
  const hex = text.codePointAt(index)?.toString(16).toUpperCase().padStart(4, '0');
  const field = path.length > 0 ? path.join('.') : 'The body';
  ctx.addIssue({
    code: 'custom',
    path,
    message: `${field} contains a control character (U+${hex}) at position ${codePointLength(text.slice(0, index)) + 1}; only tab, newline and carriage return are accepted.`,
    params: { code: 'invalid_characters', status: 400 },
  });
});

function firstControlCharacter(value: unknown, path: (string | number)[]): { path: (string | number)[]; text: string; index: number } | undefined {
  if (typeof value === 'string') {
    const match = FORBIDDEN_CONTROL.exec(value);
    return match ? { path, text: value, index: match.index } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstControlCharacter(item, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const inKey = FORBIDDEN_CONTROL.exec(key);
      if (inKey) return { path: [...path, key], text: key, index: inKey.index };
      const found = firstControlCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The default and the largest page of every list the API serves (personas, sessions, agendas). */
export const LIST_PAGE_DEFAULT = 50;
export const LIST_PAGE_MAX = 200;

/**
 * `?limit=&cursor=` of every paged list. The cursor is opaque to clients: pass on the one the
 * previous page gave (in the body's `nextCursor`, or the `Link: <…>; rel="next"` header of lists
 * whose body is an array).
 */
export const ListQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `expected a whole number from 1 to ${LIST_PAGE_MAX}`)
    .transform(Number)
    .pipe(z.number().min(1, `expected a whole number from 1 to ${LIST_PAGE_MAX}`).max(LIST_PAGE_MAX, `expected a whole number from 1 to ${LIST_PAGE_MAX}`))
    .optional(),
  cursor: z.string().regex(/^\d{1,9}$/, 'expected the nextCursor of the previous page').optional(),
});
export type ListQuery = z.input<typeof ListQuery>;
