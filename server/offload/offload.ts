import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError, type ErrorCode } from '../errors.ts';
import { chargeOffloadedCpu, currentClient } from '../middleware/cpu-budget.ts';
import { TASKS, type TaskName, type Tasks } from './tasks.ts';

/**
 * Where the heavy offline work runs (`tasks.ts`: the outreach critique, the question review, the
 * contacts file parse). In process for tests and tools; in the server, on a pool of worker threads
 * (piscina), so a request that takes 100 ms of analysis never holds the event loop: every other
 * request (a practice reply, a list, the health check) goes on meanwhile. The answer is the same
 * either way (the same pure functions); only the thread differs.
 */
export interface Offload {
  readonly kind: 'in-process' | 'workers';
  run<N extends TaskName>(name: N, ...args: Parameters<Tasks[N]>): Promise<ReturnType<Tasks[N]>>;
  /** Stops the workers (in process: nothing to do). */
  close(): Promise<void>;
}

/** What a worker sends back: the value, or a route's 4xx error as data; and the CPU ms the task took in the worker. */
export type TaskOutcome = ({ ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; status: number; message: string } }) & { cpuMs: number };

/** Runs the task in the calling thread (tests, the eval, scripts). */
export const inProcess: Offload = {
  kind: 'in-process',
  run: async (name, ...args) => (TASKS[name] as (...a: unknown[]) => never)(...args),
  close: async () => {},
};

export interface WorkerOffloadOptions {
  /** Worker threads; default `defaultOffloadThreads()`. */
  threads?: number | undefined;
  /** Where the workers load the language models from (the server's `languageModelsDir`). */
  modelsDir?: string | undefined;
}

/**
 * The default number of workers: one fewer than the cores, at least 2 and at most 4. Each client
 * runs one task at a time (`createWorkerOffload`), so with two workers one client's long task
 * (a 50-question review) never holds the only one while everyone else's short tasks wait.
 */
export function defaultOffloadThreads(cores = availableParallelism()): number {
  return Math.max(2, Math.min(4, cores - 1));
}

/**
 * A pool of worker threads running `tasks.ts`. The workers start at once (each loads the language
 * models, about a second of one core), so the first request does not wait for them.
 */
export function createWorkerOffload({ threads = defaultOffloadThreads(), modelsDir }: WorkerOffloadOptions = {}): Offload {
  const pool = new Piscina({
    filename: new URL('./worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Idle workers are kept: starting one costs more than any task.
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: { modelsDir },
  });
  // One task at a time per client (peer address): its next task waits for its last, so a client
  // that sends many heavy requests at once takes one worker, not all of them.
  const lastOf = new Map<string, Promise<unknown>>();
  const queued = (client: string | undefined, task: () => Promise<unknown>): Promise<unknown> => {
    if (client === undefined) return task();
    const run = (lastOf.get(client) ?? Promise.resolve()).then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    lastOf.set(client, settled);
    void settled.then(() => {
      if (lastOf.get(client) === settled) lastOf.delete(client);
    });
    return run;
  };
  return {
    kind: 'workers',
    async run(name, ...args) {
      const outcome = (await queued(currentClient(), () => pool.run({ name, args }))) as TaskOutcome;
      // The worker's time is the requesting client's (its CPU budget), like the event loop's.
      chargeOffloadedCpu(outcome.cpuMs);
      if (!outcome.ok) throw new AppError(outcome.error.code, outcome.error.status as never, outcome.error.message);
      return outcome.value as never;
    },
    close: () => pool.close({ force: true }),
  };
}
