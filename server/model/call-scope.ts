import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one HTTP request allows its model calls, set by the model-call middleware
 * (`server/middleware/rate-limit.ts`) around every route that may call a model, and read by the
 * two functions that call one (`runPrompt`, `streamModelText`). Passing it through async context
 * instead of arguments means a new route or coach cannot forget it.
 */
export interface ModelCallScope {
  /** `performance.now()` by which every model call of the request has ended (one deadline, every attempt). */
  readonly deadline: number;
  /** Counts one model call against the client's allowance; false when it is spent. */
  takeCall(): boolean;
}

const storage = new AsyncLocalStorage<ModelCallScope>();

export function runInModelScope<T>(scope: ModelCallScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentModelScope(): ModelCallScope | undefined {
  return storage.getStore();
}

/**
 * The time left for model calls: the request's deadline when there is one, else `fallbackMs`
 * (a coach used outside a request: evals, tests), never more than `fallbackMs`.
 */
export function remainingBudgetMs(fallbackMs: number, now: number = performance.now()): number {
  const scope = storage.getStore();
  if (!scope) return fallbackMs;
  return Math.max(0, Math.min(fallbackMs, scope.deadline - now));
}

/** Takes one model call from the request's allowance; true outside a request. */
export function takeModelCall(): boolean {
  return storage.getStore()?.takeCall() ?? true;
}

/** Thrown by a model call the client's allowance does not cover: the caller falls back as for a 429. */
export class ModelCallLimitError extends Error {
  override name = 'ModelCallLimitError';
  constructor() {
    super('the model-call limit for this client is spent');
  }
}
