import { setTimeout as delay } from 'node:timers/promises';
import {
  APICallError,
  generateText,
  JSONParseError,
  NoContentGeneratedError,
  NoObjectGeneratedError,
  NoOutputGeneratedError,
  Output,
  RetryError,
  streamText,
  TypeValidationError,
  type LanguageModel,
  type LanguageModelUsage,
} from 'ai';
import { z } from 'zod';
import type { TokenUsage } from '../coach/coach.ts';
import { renderPrompt, type LoadedPrompt, type RenderedPrompt } from '../prompts/load-prompt.ts';
import { PROMPT_OUTPUT_SCHEMAS } from '../prompts/output-schemas.ts';

/** A model object. Never a bare id string: those resolve through a hosted gateway. */
export type PromptModel = Exclude<LanguageModel, string>;

/**
 * How the answer's JSON is asked for.
 * - `structured`: `response_format: json_schema` (OpenAI, and compatible servers that support it).
 * - `plain`: no response_format; the JSON Schema is appended to the prompt and the JSON is taken
 *   out of the text.
 * - `auto` (default): structured, switching to plain (for the rest of the process) when the server
 *   rejects json_schema.
 */
export type JsonMode = 'auto' | 'structured' | 'plain';

export interface RunPromptOptions<T> {
  model: PromptModel;
  prompt: LoadedPrompt;
  inputs: Readonly<Record<string, string>>;
  /** Must be the schema the prompt's `output:` names. */
  schema: z.ZodType<T>;
  /** Streams when given: called with each partial object (unvalidated) and the attempt number. */
  onPartial?: (partial: unknown, attempt: number) => void;
  signal?: AbortSignal | undefined;
  jsonMode?: JsonMode | undefined;
  /** Per call. Default 60 s. */
  timeoutMs?: number | undefined;
  /** Waits before the retry; injectable so tests don't wait. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  clock?: (() => number) | undefined;
  /** Remembers the JSON mode of this model under this key; default `<provider>:<modelId>`. */
  modelKey?: string | undefined;
}

export interface PromptRun<T> {
  output: T;
  /** Summed over every call of the run, failed calls included when the provider reported them. */
  usage: TokenUsage;
  latencyMs: number;
  promptVersion: string;
  /** Model calls made, the successful one included. */
  attempts: number;
  jsonMode: 'structured' | 'plain';
}

export const DEFAULT_TIMEOUT_MS = 60_000;
/** A 429's `retry-after` is honoured up to this; longer waits fall back instead. */
export const MAX_RETRY_AFTER_MS = 5_000;
/** Wait before retrying a 5xx, a timeout or an unreachable server. */
export const RETRY_DELAY_MS = 1_000;

export type FailureKind =
  | 'malformed-output'
  | 'rate-limited'
  | 'server-error'
  | 'timeout'
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'json-schema-unsupported'
  | 'unknown';

/** Why a call failed, in terms safe to show and log: never a key, never a provider's raw body. */
export interface PromptFailure {
  kind: FailureKind;
  statusCode?: number | undefined;
  retryable: boolean;
  retryAfterMs?: number | undefined;
  /** Short, our own words (e.g. `invalid JSON`, `findings: expected array`). */
  detail: string;
}

/** The run failed after the retry, or with an error that is not retried. The caller falls back. */
export class PromptRunError extends Error {
  override name = 'PromptRunError';
  readonly failure: PromptFailure;
  /** Every failed call, oldest first. */
  readonly failures: readonly PromptFailure[];
  readonly attempts: number;
  readonly usage: TokenUsage;
  readonly latencyMs: number;

  constructor(failures: readonly PromptFailure[], attempts: number, usage: TokenUsage, latencyMs: number, cause: unknown) {
    const failure = failures[failures.length - 1] ?? { kind: 'unknown', retryable: false, detail: 'no call made' };
    super(`prompt run failed after ${attempts} call(s): ${failure.kind} (${failure.detail})`, { cause });
    this.failure = failure;
    this.failures = failures;
    this.attempts = attempts;
    this.usage = usage;
    this.latencyMs = latencyMs;
  }
}

/** The model answered, but not with a valid object (plain mode's own parse). */
export class MalformedOutputError extends Error {
  override name = 'MalformedOutputError';
  readonly usage: TokenUsage | undefined;
  constructor(detail: string, usage?: TokenUsage) {
    super(detail);
    this.usage = usage;
  }
}

/** Models whose server rejected json_schema once: plain mode for the rest of the process. */
const plainJsonModels = new Set<string>();

/** For tests: forget which models were switched to plain JSON. */
export function forgetJsonModes(): void {
  plainJsonModels.clear();
}

/**
 * Runs a prompt file against a model and returns its answer parsed by `schema`. The only place
 * infochat calls a model. Retry policy: a malformed answer or a retryable API error (429, 5xx,
 * timeout, unreachable) gets one retry; anything else, or a second failure, throws
 * `PromptRunError`. A server that rejects json_schema is asked again in plain-JSON mode (not
 * counted as the retry). An abort through `signal` is rethrown as it is.
 */
export async function runPrompt<T>(options: RunPromptOptions<T>): Promise<PromptRun<T>> {
  const { model, prompt, schema, onPartial, signal } = options;
  const clock = options.clock ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number, s?: AbortSignal) => delay(ms, undefined, { signal: s }));
  const jsonMode = options.jsonMode ?? 'auto';
  const modelKey = options.modelKey ?? `${model.provider}:${model.modelId}`;
  if (PROMPT_OUTPUT_SCHEMAS[prompt.output] !== schema) {
    throw new Error(`${prompt.name}: the schema passed is not ${prompt.output}, the one the prompt names`);
  }
  const rendered = renderPrompt(prompt, options.inputs);
  const call: CallSettings<T> = {
    model,
    rendered,
    schema,
    name: prompt.output,
    signal,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onPartial,
  };

  const started = clock();
  let mode: 'structured' | 'plain' = jsonMode === 'plain' || (jsonMode === 'auto' && plainJsonModels.has(modelKey)) ? 'plain' : 'structured';
  let retriesLeft = 1;
  let attempts = 0;
  let usage: TokenUsage = {};
  const failures: PromptFailure[] = [];
  for (;;) {
    attempts += 1;
    try {
      const result = mode === 'structured' ? await callStructured(call, attempts) : await callPlain(call, attempts);
      usage = addUsage(usage, result.usage);
      return { output: result.output, usage, latencyMs: clock() - started, promptVersion: prompt.version, attempts, jsonMode: mode };
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      usage = addUsage(usage, usageOf(error));
      const failure = classifyFailure(error);
      failures.push(failure);
      if (failure.kind === 'json-schema-unsupported' && mode === 'structured' && jsonMode === 'auto') {
        mode = 'plain';
        plainJsonModels.add(modelKey);
        continue;
      }
      if (failure.retryable && retriesLeft > 0) {
        retriesLeft -= 1;
        const wait = failure.retryAfterMs ?? (failure.kind === 'malformed-output' ? 0 : RETRY_DELAY_MS);
        if (wait > 0) await sleep(wait, signal);
        continue;
      }
      throw new PromptRunError(failures, attempts, usage, clock() - started, error);
    }
  }
}

interface CallSettings<T> {
  model: PromptModel;
  rendered: RenderedPrompt;
  schema: z.ZodType<T>;
  name: string;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  onPartial: ((partial: unknown, attempt: number) => void) | undefined;
}

interface CallResult<T> {
  output: T;
  usage: TokenUsage;
}

/** What every call sends, in either mode: no SDK retries (runPrompt has its own), the timeout, the caller's abort. */
function requestSettings<T>(call: CallSettings<T>, prompt: string) {
  return {
    model: call.model,
    ...(call.rendered.instructions !== undefined ? { instructions: call.rendered.instructions } : {}),
    prompt,
    maxRetries: 0,
    timeout: call.timeoutMs,
    ...(call.signal ? { abortSignal: call.signal } : {}),
  };
}

async function callStructured<T>(call: CallSettings<T>, attempt: number): Promise<CallResult<T>> {
  const output = Output.object({ schema: call.schema, name: call.name });
  const common = { ...requestSettings(call, call.rendered.prompt), output };
  if (!call.onPartial) {
    const result = await generateText(common);
    return { output: result.output, usage: tokenUsage(result.usage) };
  }
  // Nothing written yet on this attempt: lets the page say "attempt 2" as soon as a retry starts.
  call.onPartial({}, attempt);
  let streamError: unknown;
  const result = streamText({
    ...common,
    onError: ({ error }) => {
      streamError ??= error;
    },
  });
  for await (const partial of result.partialOutputStream) call.onPartial(partial, attempt);
  try {
    const value = await result.output;
    return { output: value, usage: tokenUsage(await result.usage) };
  } catch (error) {
    // A failed stream rejects with "no output generated"; the error worth classifying came first.
    throw NoOutputGeneratedError.isInstance(error) && streamError !== undefined ? streamError : error;
  }
}

/** Plain JSON: no response_format, the schema in the prompt, the JSON taken out of the text. */
async function callPlain<T>(call: CallSettings<T>, attempt: number): Promise<CallResult<T>> {
  const schemaText = JSON.stringify(z.toJSONSchema(call.schema), null, 2);
  const prompt = `${call.rendered.prompt}\n\nAnswer with only a JSON object that matches this JSON Schema, and nothing else:\n${schemaText}`;
  const common = requestSettings(call, prompt);
  let text: string;
  let usage: TokenUsage;
  if (!call.onPartial) {
    const result = await generateText(common);
    text = result.text;
    usage = tokenUsage(result.usage);
  } else {
    call.onPartial({}, attempt);
    let streamError: unknown;
    const result = streamText({
      ...common,
      onError: ({ error }) => {
        streamError ??= error;
      },
    });
    // The SDK's partial-JSON parser, without asking the server for a response_format.
    const partials = Output.object({ schema: call.schema });
    let sofar = '';
    for await (const delta of result.textStream) {
      sofar += delta;
      const parsed = await partials.parsePartialOutput({ text: stripFences(sofar) });
      if (parsed) call.onPartial(parsed.partial, attempt);
    }
    if (streamError !== undefined) throw streamError;
    text = await result.text;
    usage = tokenUsage(await result.usage);
  }
  return { output: parseJsonAnswer(text, call.schema, usage), usage };
}

/** Takes the JSON object out of a plain answer (code fences and chatter around it allowed). */
export function parseJsonAnswer<T>(text: string, schema: z.ZodType<T>, usage?: TokenUsage): T {
  const body = stripFences(text).trim();
  if (body === '') throw new MalformedOutputError('empty answer', usage);
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start === -1 || end < start) throw new MalformedOutputError('no JSON object in the answer', usage);
  let value: unknown;
  try {
    value = JSON.parse(body.slice(start, end + 1));
  } catch {
    throw new MalformedOutputError('invalid JSON', usage);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new MalformedOutputError(`schema violation (${describeIssues(parsed.error)})`, usage);
  return parsed.data;
}

function stripFences(text: string): string {
  const fenced = /```(?:json|JSON)?[ \t]*\n?([\s\S]*?)(?:```|$)/.exec(text);
  return fenced ? (fenced[1] ?? '') : text;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Maps whatever a call threw to a failure we can retry on, explain and log safely. */
export function classifyFailure(error: unknown): PromptFailure {
  if (RetryError.isInstance(error) && error.lastError !== undefined) return classifyFailure(error.lastError);
  if (error instanceof MalformedOutputError) return { kind: 'malformed-output', retryable: true, detail: error.message };
  if (NoObjectGeneratedError.isInstance(error)) {
    const cause = error.cause;
    const detail = !error.text?.trim()
      ? 'empty answer'
      : TypeValidationError.isInstance(cause)
        ? 'schema violation'
        : JSONParseError.isInstance(cause)
          ? 'invalid JSON'
          : 'no object in the answer';
    return { kind: 'malformed-output', retryable: true, detail };
  }
  if (NoOutputGeneratedError.isInstance(error) || NoContentGeneratedError.isInstance(error)) {
    return { kind: 'malformed-output', retryable: true, detail: 'empty answer' };
  }
  if (TypeValidationError.isInstance(error)) return { kind: 'malformed-output', retryable: true, detail: 'schema violation' };
  if (JSONParseError.isInstance(error)) return { kind: 'malformed-output', retryable: true, detail: 'invalid JSON' };
  if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout', retryable: true, detail: 'timed out' };
  if (APICallError.isInstance(error)) return classifyApiError(error);
  return { kind: 'unknown', retryable: false, detail: error instanceof Error ? error.name : typeof error };
}

const JSON_SCHEMA_REJECTION = /response_format|json_schema|json schema|structured[ _-]?output/i;

function classifyApiError(error: APICallError): PromptFailure {
  const status = error.statusCode;
  if (status === undefined) {
    return { kind: 'unreachable', retryable: error.isRetryable, detail: 'no HTTP answer' };
  }
  const base = { statusCode: status, detail: `HTTP ${status}` };
  // A 200 whose body the provider could not read: as malformed as a bad object.
  if (status < 400) return { ...base, kind: 'malformed-output', retryable: true, detail: `unreadable HTTP ${status} body` };
  if ((status === 400 || status === 422) && JSON_SCHEMA_REJECTION.test(`${error.message} ${error.responseBody ?? ''}`)) {
    return { ...base, kind: 'json-schema-unsupported', retryable: false };
  }
  if (status === 401) return { ...base, kind: 'unauthorized', retryable: false };
  if (status === 403) return { ...base, kind: 'forbidden', retryable: false };
  if (status === 404) return { ...base, kind: 'not-found', retryable: false };
  if (status === 408) return { ...base, kind: 'timeout', retryable: true };
  if (status === 429) {
    return { ...base, kind: 'rate-limited', retryable: true, retryAfterMs: retryAfterMs(error.responseHeaders) ?? RETRY_DELAY_MS };
  }
  if (status >= 500) return { ...base, kind: 'server-error', retryable: true };
  return { ...base, kind: 'bad-request', retryable: false };
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date; capped. */
export function retryAfterMs(headers: Record<string, string> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  let ms: number | undefined;
  const msHeader = lower['retry-after-ms'];
  const header = lower['retry-after'];
  if (msHeader !== undefined && Number.isFinite(Number(msHeader))) ms = Number(msHeader);
  else if (header !== undefined && header.trim() !== '') {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) ms = seconds * 1000;
    else if (!Number.isNaN(Date.parse(header))) ms = Date.parse(header) - now;
  }
  if (ms === undefined) return undefined;
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}

function tokenUsage(usage: LanguageModelUsage | undefined): TokenUsage {
  return { inputTokens: usage?.inputTokens, outputTokens: usage?.outputTokens };
}

function usageOf(error: unknown): TokenUsage | undefined {
  if (NoObjectGeneratedError.isInstance(error)) return tokenUsage(error.usage);
  if (error instanceof MalformedOutputError) return error.usage;
  return undefined;
}

function addUsage(a: TokenUsage, b: TokenUsage | undefined): TokenUsage {
  const sum = (x: number | undefined, y: number | undefined) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
  return { inputTokens: sum(a.inputTokens, b?.inputTokens), outputTokens: sum(a.outputTokens, b?.outputTokens) };
}
