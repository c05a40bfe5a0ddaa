import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import {
  APICallError,
  JSONParseError,
  jsonSchema,
  type JSONSchema7,
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
import { CANARY_VARIABLE, renderPrompt, type LoadedPrompt, type RenderedPrompt } from '../prompts/load-prompt.ts';
import { PROMPT_OUTPUT_SCHEMAS } from '../prompts/output-schemas.ts';
import { ModelCallLimitError, remainingBudgetMs, takeModelCall } from './call-scope.ts';
import { inspectOutput, type OutputProblem, secretsFor, withoutFlagged } from './output-hygiene.ts';

/** A model object. Never a bare id string: those resolve through a hosted gateway. */
export type PromptModel = Exclude<LanguageModel, string>;

/**
 * How the answer's JSON is asked for.
 * - `structured`: `response_format: json_schema` (OpenAI, and compatible servers that support it).
 * - `plain`: no response_format; the JSON Schema is appended to the prompt and the JSON is taken
 *   out of the text.
 * - `auto` (default): structured, switching to plain for the rest of the run when the server's
 *   answer rejects json_schema. Decided per run, never remembered for the process.
 */
export type JsonMode = 'auto' | 'structured' | 'plain';


export interface RunPromptOptions<T> {
  model: PromptModel;
  prompt: LoadedPrompt;
  inputs: Readonly<Record<string, string>>;
  /** Must be the schema the prompt's `output:` names. */
  schema: z.ZodType<T>;
  /**
   * Called with each partial object (unvalidated, unchecked) and the attempt number, as the answer
   * streams in; `complete` is true on the last call of an attempt whose answer arrived whole.
   */
  onPartial?: (partial: unknown, attempt: number, complete?: boolean) => void;
  signal?: AbortSignal | undefined;
  jsonMode?: JsonMode | undefined;
  /** Per call. Default: whatever is left of the budget. */
  timeoutMs?: number | undefined;
  /**
   * The whole run's time budget — every call, every wait before a retry. When it runs out the run
   * fails with a `timeout` failure (the caller falls back). Default: `timeoutMs` when given (so an
   * old caller's per-call timeout also bounds the run), else `DEFAULT_TIMEOUT_MS`.
   */
  budgetMs?: number | undefined;
  /** Waits before the retry; injectable so tests don't wait. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  clock?: (() => number) | undefined;
  /** @deprecated The JSON mode is decided per answer now; ignored. */
  modelKey?: string | undefined;
  /** A 429's `retry-after` longer than this is not waited for: the run fails at once. Default `MAX_RETRY_AFTER_MS`. */
  maxRetryAfterMs?: number | undefined;
  /** Overrides the prompt's `maxOutputTokens`. */
  maxOutputTokens?: number | undefined;
  /** Strings no answer may contain (the API key). The prompt canary is always one. */
  secrets?: readonly string[] | undefined;
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
  /**
   * Strings of `output` that must not be shown as they are (markup, a secret, instructions to the
   * reader). The caller replaces each with its own (offline) text and says so.
   */
  problems: OutputProblem[];
}

/** Default total budget of a run (`INFOCHAT_MODEL_TIMEOUT_MS`). */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** A 429's `retry-after` is honoured up to this; a longer wait fails the run at once (the caller falls back). */
export const MAX_RETRY_AFTER_MS = 5_000;
/** Wait before retrying a 5xx, a timeout or an unreachable server. */
export const RETRY_DELAY_MS = 1_000;
/**
 * Characters allowed per output token while streaming: a token is about 4 characters of English,
 * with room for JSON punctuation. A model that ignores `max_tokens` (a looping local model) is
 * cut off here instead of streaming without end.
 */
export const CHARS_PER_OUTPUT_TOKEN = 6;
/** Re-parse the partial JSON only after this many new characters (partial parsing is not incremental). */
const PARTIAL_PARSE_STEP = 48;

export type FailureKind =
  | 'malformed-output'
  | 'cut-stream'
  | 'too-long'
  | 'refusal'
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

/** A call that did not end the way a whole answer ends; `kind` says how. */
class CallEndedError extends Error {
  override name = 'CallEndedError';
  readonly failure: PromptFailure;
  readonly usage: TokenUsage | undefined;
  constructor(failure: PromptFailure, usage?: TokenUsage) {
    super(failure.detail);
    this.failure = failure;
    this.usage = usage;
  }
}

/**
 * A marker kept in a prompt's instructions (`{{canary}}`): an answer that contains it repeats the
 * instructions, and the field is rejected. Random per process, so no file or log holds it.
 */
export const PROMPT_CANARY = `ic-${randomBytes(9).toString('base64url')}`;

/** @deprecated There is no process-wide JSON-mode memory any more (decided per answer); kept so older tests still compile. */
export function forgetJsonModes(): void {}

/**
 * Runs a prompt file against a model and returns its answer parsed by `schema`. The only place
 * infochat calls a model. Every call streams, so the answer's length is capped as it arrives
 * (`maxOutputTokens` from the prompt file, sent to the model and enforced here), and a stream
 * that stops without the model's end is told apart from a bad answer.
 *
 * Retry policy: a malformed, cut or over-long answer or a retryable API error (429, 5xx,
 * timeout, unreachable) gets one retry, within the budget; anything else, a second failure, a
 * `retry-after` beyond `maxRetryAfterMs` or an exhausted budget throws `PromptRunError`. A server
 * that rejects json_schema is asked again in plain-JSON mode for this run only (not counted as
 * the retry): the next run asks for json_schema again. An abort through `signal` is rethrown.
 */
export async function runPrompt<T>(options: RunPromptOptions<T>): Promise<PromptRun<T>> {
  const { model, prompt, schema, onPartial, signal } = options;
  const clock = options.clock ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number, s?: AbortSignal) => delay(ms, undefined, { signal: s }));
  const jsonMode = options.jsonMode ?? 'auto';
  // Never past the request's own deadline (server/model/call-scope.ts): every call of the request shares it.
  const budgetMs = remainingBudgetMs(options.budgetMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const maxRetryAfterMs = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  const maxOutputTokens = options.maxOutputTokens ?? prompt.maxOutputTokens;
  // The model's own key is registered with it (provider.ts): checked whether or not the caller passes it.
  const secrets = secretsFor(model, [...(options.secrets ?? []), PROMPT_CANARY]);
  if (PROMPT_OUTPUT_SCHEMAS[prompt.output] !== schema) {
    throw new Error(`${prompt.name}: the schema passed is not ${prompt.output}, the one the prompt names`);
  }
  const rendered = renderPrompt(prompt, { ...options.inputs, [CANARY_VARIABLE]: PROMPT_CANARY });

  // One timer for the whole run: it aborts whatever is under way (a call, a wait) when it fires.
  const budget = new AbortController();
  const budgetTimer = setTimeout(() => budget.abort(new DOMException('model time budget spent', 'TimeoutError')), budgetMs);
  budgetTimer.unref?.();
  const runSignal = signal ? AbortSignal.any([signal, budget.signal]) : budget.signal;

  const started = clock();
  let mode: 'structured' | 'plain' = jsonMode === 'plain' ? 'plain' : 'structured';
  let retriesLeft = 1;
  let attempts = 0;
  let usage: TokenUsage = {};
  const failures: PromptFailure[] = [];
  const fail = (error: unknown) => new PromptRunError(failures, attempts, usage, clock() - started, error);
  try {
    for (;;) {
      if (!takeModelCall()) {
        failures.push({ kind: 'rate-limited', retryable: false, detail: 'the model-call limit for this client is spent' });
        throw fail(new ModelCallLimitError());
      }
      attempts += 1;
      try {
        const remaining = budgetMs - (clock() - started);
        const call: CallSettings<T> = {
          model,
          rendered,
          schema,
          name: prompt.output,
          signal: runSignal,
          // Without a per-call timeout, the budget's own timer is the only one.
          timeoutMs: options.timeoutMs !== undefined && options.timeoutMs < remaining ? options.timeoutMs : undefined,
          maxOutputTokens,
          onPartial,
        };
        const result = await callModel(call, mode, attempts);
        usage = addUsage(usage, result.usage);
        const problems = inspectOutput(result.output, { secrets });
        return {
          // A flagged string is never handed on, so no caller can show or store it by forgetting the problems.
          output: withoutFlagged(result.output, problems),
          usage,
          latencyMs: clock() - started,
          promptVersion: prompt.version,
          attempts,
          jsonMode: mode,
          problems,
        };
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        usage = addUsage(usage, usageOf(error));
        const failure = budget.signal.aborted ? budgetFailure(budgetMs) : classifyFailure(error);
        failures.push(failure);
        if (budget.signal.aborted) throw fail(error);
        if (failure.kind === 'json-schema-unsupported' && mode === 'structured' && jsonMode === 'auto') {
          mode = 'plain';
          continue;
        }
        if (failure.retryable && retriesLeft > 0) {
          const wait = failure.retryAfterMs ?? (failure.kind === 'malformed-output' || failure.kind === 'cut-stream' || failure.kind === 'too-long' ? 0 : RETRY_DELAY_MS);
          // A long retry-after, or one the budget cannot cover, is not worth waiting for.
          if (failure.retryAfterMs !== undefined && failure.retryAfterMs > maxRetryAfterMs) throw fail(error);
          if (wait >= budgetMs - (clock() - started)) throw fail(error);
          retriesLeft -= 1;
          if (wait > 0) {
            try {
              await sleep(wait, runSignal);
            } catch (slept) {
              if (signal?.aborted) throw signal.reason ?? slept;
              failures.push(budgetFailure(budgetMs));
              throw fail(slept);
            }
          }
          continue;
        }
        throw fail(error);
      }
    }
  } finally {
    clearTimeout(budgetTimer);
  }
}

function budgetFailure(budgetMs: number): PromptFailure {
  return { kind: 'timeout', retryable: false, detail: `no answer within the ${budgetMs} ms budget` };
}

interface CallSettings<T> {
  model: PromptModel;
  rendered: RenderedPrompt;
  schema: z.ZodType<T>;
  name: string;
  signal: AbortSignal;
  timeoutMs: number | undefined;
  maxOutputTokens: number;
  onPartial: ((partial: unknown, attempt: number, complete?: boolean) => void) | undefined;
}

interface CallResult<T> {
  output: T;
  usage: TokenUsage;
}

/**
 * One streamed call. Structured mode asks for `response_format: json_schema`; plain mode appends
 * the JSON Schema to the prompt. Either way the JSON is taken out of the text here, so both modes
 * fail the same ways: `cut-stream` (no finish from the model), `too-long` (over the cap),
 * `refusal`, `malformed-output` (not the schema).
 */
async function callModel<T>(call: CallSettings<T>, mode: 'structured' | 'plain', attempt: number): Promise<CallResult<T>> {
  const wireSchema = toWireSchema(call.schema);
  const prompt =
    mode === 'structured'
      ? call.rendered.prompt
      : `${call.rendered.prompt}\n\nAnswer with only a JSON object that matches this JSON Schema, and nothing else:\n${JSON.stringify(wireSchema, null, 2)}`;
  const cap = new AbortController();
  const timer =
    call.timeoutMs === undefined ? undefined : setTimeout(() => cap.abort(new DOMException('model call timed out', 'TimeoutError')), call.timeoutMs);
  timer?.unref?.();
  const maxChars = call.maxOutputTokens * CHARS_PER_OUTPUT_TOKEN;
  // The SDK's partial-JSON parser, without asking the server for anything.
  const partials = Output.object({ schema: call.schema });
  call.onPartial?.({}, attempt);
  let text = '';
  let parsedUpTo = 0;
  let finish: { reason: string; raw: string | undefined; usage: TokenUsage } | undefined;
  try {
    const result = streamText({
      model: call.model,
      ...(call.rendered.instructions !== undefined ? { instructions: call.rendered.instructions } : {}),
      prompt,
      maxRetries: 0,
      maxOutputTokens: call.maxOutputTokens,
      abortSignal: AbortSignal.any([call.signal, cap.signal]),
      ...(mode === 'structured' ? { output: Output.object({ schema: jsonSchema<T>(wireSchema), name: call.name }) } : {}),
      onError: () => {}, // errors arrive as stream parts below; keep the SDK from logging them
    });
    for await (const part of result.stream) {
      if (part.type === 'text-delta') {
        text += part.text;
        if (text.length > maxChars) {
          cap.abort(new DOMException('output cap', 'AbortError'));
          throw new CallEndedError({ kind: 'too-long', retryable: true, detail: `answer over ${call.maxOutputTokens} tokens` });
        }
        if (call.onPartial && text.length - parsedUpTo >= PARTIAL_PARSE_STEP) {
          parsedUpTo = text.length;
          const parsed = await partials.parsePartialOutput({ text: stripFences(text) });
          if (parsed) call.onPartial(parsed.partial, attempt);
        }
      } else if (part.type === 'error') {
        throw part.error;
      } else if (part.type === 'abort') {
        throw call.signal.reason ?? cap.signal.reason ?? new DOMException('aborted', 'AbortError');
      } else if (part.type === 'finish') {
        finish = { reason: part.finishReason, raw: part.rawFinishReason, usage: tokenUsage(part.totalUsage) };
      }
    }
  } catch (error) {
    if (cap.signal.aborted && !call.signal.aborted && !(error instanceof CallEndedError)) {
      throw new CallEndedError({ kind: 'timeout', retryable: true, detail: 'timed out' });
    }
    // A body that stops mid-answer surfaces as a fetch error (or, from the provider, as an API error
    // with the 200 it had already received).
    const midBody = APICallError.isInstance(error) ? (error.statusCode ?? 0) >= 200 && (error.statusCode ?? 0) < 300 : text !== '';
    if (midBody && !call.signal.aborted && !(error instanceof CallEndedError)) {
      throw new CallEndedError({ kind: 'cut-stream', retryable: true, detail: 'the stream stopped mid-answer' });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const usage = finish?.usage;
  if (finish?.reason === 'content-filter') {
    throw new CallEndedError({ kind: 'refusal', retryable: false, detail: 'the model refused' }, usage);
  }
  if (finish?.reason === 'length') {
    throw new CallEndedError({ kind: 'too-long', retryable: true, detail: `answer over ${call.maxOutputTokens} tokens` }, usage);
  }
  // Not one event of an answer: a body that is not a stream at all (a proxy's error page).
  if ((finish === undefined || finish.raw === undefined) && text === '') {
    throw new CallEndedError({ kind: 'malformed-output', retryable: true, detail: 'unreadable answer' }, usage);
  }
  // The model's own end never came: the connection closed (or a proxy cut it) mid-answer.
  if (finish === undefined || finish.raw === undefined) {
    throw new CallEndedError({ kind: 'cut-stream', retryable: true, detail: 'the stream stopped mid-answer' }, usage);
  }
  if (call.onPartial) {
    const parsed = await partials.parsePartialOutput({ text: stripFences(text) });
    if (parsed) call.onPartial(parsed.partial, attempt, true);
  }
  return { output: parseJsonAnswer(text, call.schema, usage), usage: usage ?? {} };
}

/**
 * The JSON Schema sent to the model: the zod schema's, without `maxLength` (OpenAI's strict mode
 * rejects it). The character caps still hold: the answer is parsed by the zod schema itself.
 */
function toWireSchema(schema: z.ZodType): JSONSchema7 {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== 'maxLength' && key !== 'minLength' && key !== '$schema')
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(z.toJSONSchema(schema)) as JSONSchema7;
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
  if (error instanceof CallEndedError) return error.failure;
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

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date; never negative, not capped (runPrompt decides). */
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
  return Math.max(0, ms);
}

function tokenUsage(usage: LanguageModelUsage | undefined): TokenUsage {
  return { inputTokens: usage?.inputTokens, outputTokens: usage?.outputTokens };
}

function usageOf(error: unknown): TokenUsage | undefined {
  if (NoObjectGeneratedError.isInstance(error)) return tokenUsage(error.usage);
  if (error instanceof MalformedOutputError || error instanceof CallEndedError) return error.usage;
  return undefined;
}

/** Token counts of two calls, summed; a count neither reported stays unknown. */
export function addUsage(a: TokenUsage, b: TokenUsage | undefined): TokenUsage {
  const sum = (x: number | undefined, y: number | undefined) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
  return { inputTokens: sum(a.inputTokens, b?.inputTokens), outputTokens: sum(a.outputTokens, b?.outputTokens) };
}
