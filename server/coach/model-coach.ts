import type { ActiveCoach, CoachInfo } from '../../shared/contracts/common.ts';
import { OutreachModelCritique, type OutreachContext } from '../../shared/contracts/outreach.ts';
import { actionable, decideOutreach } from '../../shared/language/outreach.ts';
import { rulesFor } from '../../shared/rules/index.ts';
import { checkModelText, previewablePrefix } from '../model/output-hygiene.ts';
import {
  DEFAULT_TIMEOUT_MS,
  MAX_RETRY_AFTER_MS,
  PROMPT_CANARY,
  runPrompt,
  PromptRunError,
  type JsonMode,
  type PromptFailure,
  type PromptModel,
} from '../model/run-prompt.ts';
import { loadPrompt, type LoadedPrompt } from '../prompts/load-prompt.ts';
import { outreachCritiqueInputs } from '../prompts/outreach-inputs.ts';
import type { CoachCritique, CritiqueOptions, CritiqueProgress, OutreachCoach, TokenUsage } from './coach.ts';
import { guardOutreachCritique } from './guard-outreach.ts';
import { maskPlaceholders } from '../text/facts.ts';

export interface ModelCoachOptions {
  model: PromptModel;
  /** As configured (e.g. `gpt-4.1-mini`, `llama3.2`): shown in the badge and in notices. */
  modelId: string;
  provider: 'openai' | 'openai-compatible';
  /** Host of a compatible server, for the badge and the "could not reach" notice. */
  host?: string | undefined;
  /** Answers when the model fails: the offline coach. */
  fallback: OutreachCoach;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  clock?: (() => number) | undefined;
  /** The whole request's time budget (`INFOCHAT_MODEL_TIMEOUT_MS`), retries included. Default 60 s. */
  timeoutMs?: number | undefined;
  /** A 429's `retry-after` longer than this falls back at once. Default `MAX_RETRY_AFTER_MS`. */
  maxRetryAfterMs?: number | undefined;
  /** Never shown if the model repeats them: the API key. The prompt canary is always added. */
  secrets?: readonly string[] | undefined;
  jsonMode?: JsonMode | undefined;
  /** One line per model failure; never carries a key or a provider's body. Default: console.warn. */
  log?: ((line: string) => void) | undefined;
  /** Default: `prompts/outreach-critique.prompt.md`. */
  prompt?: LoadedPrompt | undefined;
}

/**
 * The model coach: the checkers decide what they can, the model judges and rewrites, the guard
 * holds the model to the rulebook. Any provider failure (after the one retry) hands the draft to
 * the fallback coach and says so in `notice`; only the caller's own abort is thrown.
 */
export function createModelCoach(options: ModelCoachOptions): OutreachCoach {
  const { model, modelId, fallback } = options;
  const clock = options.clock ?? (() => performance.now());
  const log = options.log ?? ((line: string) => console.warn(line));
  const info: ActiveCoach = {
    kind: 'model',
    model: modelId,
    provider: options.provider,
    ...(options.host ? { host: options.host } : {}),
  };

  async function critique(draft: string, context: OutreachContext, critiqueOptions: CritiqueOptions = {}): Promise<CoachCritique> {
    const { onProgress, signal } = critiqueOptions;
    const started = clock();
    const prompt = options.prompt ?? loadPrompt('outreach-critique');
    // The rules and the outreach model together, on the draft with every [placeholder] blanked out (a
    // placeholder never satisfies a rule, whoever judges); a "consider" note is not a verdict the model must keep.
    const verdicts = actionable(decideOutreach(maskPlaceholders(draft), context));
    const inputs = outreachCritiqueInputs(draft, context, rulesFor('outreach'), verdicts);
    const secrets = [...(options.secrets ?? []), PROMPT_CANARY];

    try {
      const run = await runPrompt({
        model,
        prompt,
        inputs,
        schema: OutreachModelCritique,
        onPartial: onProgress ? progressReporter(onProgress, secrets) : undefined,
        signal,
        jsonMode: options.jsonMode,
        budgetMs: options.timeoutMs,
        maxRetryAfterMs: options.maxRetryAfterMs,
        secrets,
        sleep: options.sleep,
        clock,
      });
      const guarded = guardOutreachCritique(draft, context, run.output, verdicts, { secrets, problems: run.problems });
      return {
        body: guarded.body,
        coach: { kind: 'model', model: modelId, promptVersion: run.promptVersion },
        ...(guarded.notices.length > 0 ? { notice: guarded.notices.join(' ') } : {}),
        usage: run.usage,
        latencyMs: elapsed(clock, started),
      };
    } catch (error) {
      if (!(error instanceof PromptRunError)) {
        if (signal?.aborted) throw error;
        // A bug of ours (or an SDK surprise) must not cost the user their critique either.
        log(`model coach: ${modelId}: unexpected ${error instanceof Error ? error.name : typeof error}; offline coach answered`);
        return withNotice(await fallback.critique(draft, context, { signal }), failureNotice(modelId, []), clock, started);
      }
      log(
        `model coach: ${modelId}: ${error.failures.map((f) => `${f.kind} (${f.detail})`).join(', then ')}; offline coach answered`,
      );
      const answer = await fallback.critique(draft, context, { signal });
      const details = { timeoutMs: options.timeoutMs, host: options.host, maxRetryAfterMs: options.maxRetryAfterMs };
      return withNotice(answer, failureNotice(modelId, error.failures, details), clock, started, error.usage);
    }
  }

  return { info, critique };
}

/**
 * The most rewrite text progress shows, over all attempts: a good rewrite is well under it, and a
 * looping model cannot make the stream grow past it (the final answer is checked and capped apart).
 */
export const PROGRESS_REWRITE_MAX_CHARS = 1_500;
/** A model that writes findings in a loop still shows at most one per rule (and sends no more events). */
const RULE_COUNT = rulesFor('outreach').length;
const jobAskRule = rulesFor('outreach').find((rule) => rule.id === 'outreach.no-job-ask');
/**
 * New rewrite characters worth an event: each event costs about 100 bytes of framing, so smaller
 * steps would make the stream several times the text it carries.
 */
export const PROGRESS_REWRITE_STEP_CHARS = 96;

/**
 * Turns partial objects into `{ findings, rewrite, attempt }`, sent only when one of them changed.
 * The partial rewrite is shown only while it passes the output checks (no markup, secret or
 * instructions to the reader) and stays within `PROGRESS_REWRITE_MAX_CHARS`; once it fails, it is
 * withdrawn (an empty rewrite) for the rest of that attempt.
 */
function progressReporter(
  onProgress: (progress: CritiqueProgress) => void,
  secrets: readonly string[],
): (partial: unknown, attempt: number, complete?: boolean) => void {
  let last = '';
  let lastRewrite: string | undefined;
  let withdrawnIn = 0;
  let shownBefore = 0; // rewrite characters shown in earlier attempts
  let shownNow = 0;
  let currentAttempt = 1;
  return (partial, attempt, complete) => {
    if (typeof partial !== 'object' || partial === null) return;
    if (attempt !== currentAttempt) {
      shownBefore += shownNow;
      shownNow = 0;
      currentAttempt = attempt;
      lastRewrite = undefined;
    }
    const { findings, rewrite: partialRewrite } = partial as { findings?: unknown; rewrite?: unknown };
    const written = Array.isArray(findings)
      ? findings.filter((f) => typeof f === 'object' && f !== null && typeof (f as { passed?: unknown }).passed === 'boolean').length
      : 0;
    let rewrite = typeof partialRewrite === 'string' ? (complete ? partialRewrite : previewablePrefix(partialRewrite, { secrets })) : undefined;
    // A preview that asks for a job ("keep me in mind…") would be replaced by the guard: never shown either.
    const asksForJob = (text: string) => text !== '' && jobAskRule?.check?.(text, {}).passed === false;
    if (
      rewrite !== undefined &&
      (withdrawnIn === attempt || checkModelText(partialRewrite as string, { secrets }) !== undefined || (!complete && asksForJob(rewrite)))
    ) {
      withdrawnIn = attempt;
      rewrite = '';
    }
    if (rewrite !== undefined && shownBefore + rewrite.length > PROGRESS_REWRITE_MAX_CHARS) {
      rewrite = rewrite.slice(0, Math.max(shownNow, PROGRESS_REWRITE_MAX_CHARS - shownBefore));
    }
    if (rewrite !== undefined) shownNow = rewrite.length;
    const progress: CritiqueProgress = { findings: Math.min(written, RULE_COUNT), attempt, ...(rewrite !== undefined ? { rewrite } : {}) };
    // One event per change worth sending: a new attempt, another finding, or a real step of the rewrite.
    const key = `${attempt}:${progress.findings}`;
    const grown =
      rewrite !== undefined &&
      rewrite !== lastRewrite &&
      (complete || lastRewrite === undefined || !rewrite.startsWith(lastRewrite) || rewrite.length - lastRewrite.length >= PROGRESS_REWRITE_STEP_CHARS);
    if (key === last && !grown) return;
    last = key;
    if (rewrite !== undefined) lastRewrite = rewrite;
    onProgress(progress);
  };
}

/** Any coach's answer when the offline coach stood in for a failed model: the notice first, the model's token use kept. */
export function withNotice<T extends { coach: CoachInfo; notice?: string | undefined; usage?: TokenUsage | undefined; latencyMs: number }>(
  answer: T,
  notice: string,
  clock: () => number,
  started: number,
  usage?: TokenUsage,
): T {
  const hasUsage = usage && (usage.inputTokens !== undefined || usage.outputTokens !== undefined);
  return {
    ...answer,
    coach: { kind: 'offline' },
    notice: answer.notice ? `${notice} ${answer.notice}` : notice,
    ...(hasUsage ? { usage } : {}),
    latencyMs: elapsed(clock, started),
  };
}

const OFFLINE = "this is the offline coach's critique.";

/**
 * What happened, in plain words: the last failure, and "twice" when both calls failed the same
 * way. Never the key, never the provider's own error text.
 */
export function failureNotice(
  modelId: string,
  failures: readonly PromptFailure[],
  details: { timeoutMs?: number | undefined; host?: string | undefined; maxRetryAfterMs?: number | undefined } = {},
): string {
  // Switching to plain JSON after a json_schema rejection is not a failure the user needs to hear of.
  const counted = failures.filter((f) => f.kind !== 'json-schema-unsupported');
  const failure = failures.at(-1);
  const model = `The model (${modelId})`;
  const status = failure?.statusCode !== undefined ? ` (${failure.statusCode})` : '';
  const again = counted.length < 2 ? '' : counted.every((f) => f.kind === failure?.kind) ? ' twice' : ' on the retry';
  switch (failure?.kind) {
    case 'unauthorized':
      return `${model} rejected the API key${status}; ${OFFLINE}`;
    case 'forbidden':
      return `${model} refused access with this API key${status}; ${OFFLINE}`;
    case 'not-found':
      return `${model} was not found on the server${status}; check the model name. This is the offline coach's critique.`;
    case 'rate-limited':
      return failure.retryAfterMs !== undefined && counted.length < 2 && failure.retryAfterMs > (details.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS)
        ? `${model} was rate-limited${status} and asked to wait ${waitWords(failure.retryAfterMs)}; ${OFFLINE}`
        : `${model} was rate-limited${status}${again}; ${OFFLINE}`;
    case 'server-error':
      return `${model} failed with a server error${status}${again}; ${OFFLINE}`;
    case 'timeout':
      return `${model} did not answer within ${secondsWords(details.timeoutMs ?? DEFAULT_TIMEOUT_MS)}${again}; ${OFFLINE}`;
    case 'unreachable':
      return `The model server${details.host ? ` at ${details.host}` : ''} could not be reached${again}; ${OFFLINE}`;
    case 'malformed-output':
      return `${model} returned output that did not match the schema${again}; ${OFFLINE}`;
    case 'cut-stream':
      return `The connection to ${modelId} was cut before its answer was complete${again}; ${OFFLINE}`;
    case 'too-long':
      return `${model} wrote past the length limit for this answer${again}; ${OFFLINE}`;
    case 'refusal':
      return `${model} declined to critique this draft; ${OFFLINE}`;
    case 'json-schema-unsupported':
    case 'bad-request':
      return `The model server refused the request${status}; ${OFFLINE}`;
    default:
      return `${model} failed unexpectedly; ${OFFLINE}`;
  }
}

function secondsWords(ms: number): string {
  const seconds = Number((ms / 1000).toFixed(1));
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

function waitWords(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `${minutes} minutes` : `${Math.round(minutes / 60)} hours`;
}

function elapsed(clock: () => number, started: number): number {
  return Math.max(0, Math.round(clock() - started));
}
