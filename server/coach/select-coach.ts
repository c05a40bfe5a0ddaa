import type { ModelConfig } from '../config.ts';
import type { JsonMode } from '../model/run-prompt.ts';
import { createModel } from '../model/provider.ts';
import type { OutreachCoach } from './coach.ts';
import { createModelCoach } from './model-coach.ts';
import { createOfflineCoach } from './offline-coach.ts';
import { createModelPracticeCoach } from '../practice/model-practice-coach.ts';
import { createOfflinePracticeCoach, type PracticeCoach } from '../practice/practice-coach.ts';
import { createModelQuestionsCoach } from './model-questions-coach.ts';
import { createOfflineQuestionsCoach, type QuestionsCoach } from './questions-coach.ts';
import type { Offload } from '../offload/offload.ts';

export interface CoachDeps {
  /** The offline coach (default `createOfflineCoach()`): the answer without a model, and the fallback. */
  offline?: OutreachCoach | undefined;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  clock?: (() => number) | undefined;
  /** Overrides the config's `timeoutMs` (the whole request's budget). */
  timeoutMs?: number | undefined;
  /** A 429's `retry-after` longer than this falls back at once. */
  maxRetryAfterMs?: number | undefined;
  jsonMode?: JsonMode | undefined;
  log?: ((line: string) => void) | undefined;
  /** Where the offline analysis runs (the server's worker pool); default in process. */
  offload?: Offload | undefined;
}

/**
 * The one place a coach is chosen: the offline coach when neither an API key nor a base URL is
 * configured; otherwise the model coach, with the offline coach standing in when the model fails.
 */
export function createCoach(config: ModelConfig, deps: CoachDeps = {}): OutreachCoach {
  const offline = deps.offline ?? createOfflineCoach(deps.clock, deps.offload);
  const configured = createModel(config);
  if (!configured) return offline;
  return createModelCoach({
    model: configured.model,
    modelId: configured.modelId,
    provider: configured.provider,
    host: configured.host,
    fallback: offline,
    sleep: deps.sleep,
    clock: deps.clock,
    timeoutMs: deps.timeoutMs ?? config.timeoutMs,
    maxRetryAfterMs: deps.maxRetryAfterMs,
    // The key must never be shown, even if a model (or a server echoing the request) repeats it.
    secrets: config.apiKey ? [config.apiKey] : [],
    jsonMode: deps.jsonMode,
    log: deps.log,
  });
}

/**
 * The practice coach for a config: the offline persona engine when no model is configured;
 * otherwise the model, guarded on every reply, with the offline engine standing in.
 */
export function createPracticeCoach(config: ModelConfig, deps: Pick<CoachDeps, 'log' | 'timeoutMs' | 'offload'> = {}): PracticeCoach {
  const offline = createOfflinePracticeCoach(deps.offload);
  const configured = createModel(config);
  if (!configured) return offline;
  // INFOCHAT_MODEL_TIMEOUT_MS, like every other coach: one budget per reply, both attempts included.
  return createModelPracticeCoach({ ...configured, fallback: offline, timeoutMs: deps.timeoutMs ?? config.timeoutMs, log: deps.log });
}

/**
 * The questions coach, chosen like the outreach coach: offline without a model; otherwise the
 * model, guarded by the rulebook, with the offline coach standing in when it fails.
 */
export function createQuestionsCoach(config: ModelConfig, deps: Pick<CoachDeps, 'sleep' | 'clock' | 'timeoutMs' | 'jsonMode' | 'log' | 'offload'> = {}): QuestionsCoach {
  const offline = createOfflineQuestionsCoach(deps.clock, deps.offload);
  const configured = createModel(config);
  if (!configured) return offline;
  return createModelQuestionsCoach({
    ...configured,
    fallback: offline,
    timeoutMs: config.timeoutMs,
    ...deps,
    secrets: config.apiKey ? [config.apiKey] : [],
  });
}
