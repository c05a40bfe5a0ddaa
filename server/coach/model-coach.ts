import type { ActiveCoach } from '../../shared/contracts/common.ts';
import { OutreachModelCritique, type OutreachContext } from '../../shared/contracts/outreach.ts';
import { lintOutreach, rulesFor } from '../../shared/rules/index.ts';
import { DEFAULT_TIMEOUT_MS, runPrompt, PromptRunError, type JsonMode, type PromptFailure, type PromptModel } from '../model/run-prompt.ts';
import { loadPrompt, type LoadedPrompt } from '../prompts/load-prompt.ts';
import { outreachCritiqueInputs } from '../prompts/outreach-inputs.ts';
import type { CoachCritique, CritiqueOptions, CritiqueProgress, OutreachCoach } from './coach.ts';
import { guardOutreachCritique } from './guard-outreach.ts';

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
  timeoutMs?: number | undefined;
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
    const verdicts = lintOutreach(draft, context);
    const inputs = outreachCritiqueInputs(draft, context, rulesFor('outreach'), verdicts);

    try {
      const run = await runPrompt({
        model,
        prompt,
        inputs,
        schema: OutreachModelCritique,
        onPartial: onProgress ? progressReporter(onProgress) : undefined,
        signal,
        jsonMode: options.jsonMode,
        timeoutMs: options.timeoutMs,
        sleep: options.sleep,
        clock,
      });
      const guarded = guardOutreachCritique(draft, context, run.output, verdicts);
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
      return withNotice(answer, failureNotice(modelId, error.failures, { timeoutMs: options.timeoutMs, host: options.host }), clock, started, error.usage);
    }
  }

  return { info, critique };
}

/** Turns partial objects into `{ findings, rewrite, attempt }`, sent only when one of them changed. */
function progressReporter(onProgress: (progress: CritiqueProgress) => void): (partial: unknown, attempt: number) => void {
  let last = '';
  return (partial, attempt) => {
    if (typeof partial !== 'object' || partial === null) return;
    const { findings, rewrite } = partial as { findings?: unknown; rewrite?: unknown };
    const written = Array.isArray(findings)
      ? findings.filter((f) => typeof f === 'object' && f !== null && typeof (f as { passed?: unknown }).passed === 'boolean').length
      : 0;
    const progress: CritiqueProgress = { findings: written, attempt, ...(typeof rewrite === 'string' ? { rewrite } : {}) };
    const key = JSON.stringify(progress);
    if (key === last) return;
    last = key;
    onProgress(progress);
  };
}

function withNotice(answer: CoachCritique, notice: string, clock: () => number, started: number, usage?: CoachCritique['usage']): CoachCritique {
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
  details: { timeoutMs?: number | undefined; host?: string | undefined } = {},
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
      return `${model} was rate-limited${status}${again}; ${OFFLINE}`;
    case 'server-error':
      return `${model} failed with a server error${status}${again}; ${OFFLINE}`;
    case 'timeout':
      return `${model} did not answer within ${Number(((details.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000).toFixed(1))} seconds${again}; ${OFFLINE}`;
    case 'unreachable':
      return `The model server${details.host ? ` at ${details.host}` : ''} could not be reached${again}; ${OFFLINE}`;
    case 'malformed-output':
      return `${model} returned output that did not match the schema${again}; ${OFFLINE}`;
    case 'json-schema-unsupported':
    case 'bad-request':
      return `The model server refused the request${status}; ${OFFLINE}`;
    default:
      return `${model} failed unexpectedly; ${OFFLINE}`;
  }
}

function elapsed(clock: () => number, started: number): number {
  return Math.max(0, Math.round(clock() - started));
}
