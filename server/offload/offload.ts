import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError, type ErrorCode } from '../errors.ts';
import { chargeOffloadedCpu } from '../middleware/cpu-budget.ts';
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
  /** Worker threads; default one fewer than the cores (at least 1), at most 4. */
  threads?: number | undefined;
  /** Where the workers load the language models from (the server's `languageModelsDir`). */
  modelsDir?: string | undefined;
}

/** The default number of workers: the event loop keeps a core to itself. */
export function defaultOffloadThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
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
  return {
    kind: 'workers',
    async run(name, ...args) {
      const outcome = (await pool.run({ name, args })) as TaskOutcome;
      // The worker's time is the requesting client's (its CPU budget), like the event loop's.
      chargeOffloadedCpu(outcome.cpuMs);
      if (!outcome.ok) throw new AppError(outcome.error.code, outcome.error.status as never, outcome.error.message);
      return outcome.value as never;
    },
    close: () => pool.close({ force: true }),
  };
}
