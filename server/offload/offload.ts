import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError, type ErrorCode } from '../errors.ts';
import { chargeOffloadedCpu, currentClient, refuseIfCpuSpent } from '../middleware/cpu-budget.ts';
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

export interface FairQueueOptions {
  /** Tasks running at once (the pool's workers). */
  slots: number;
  /** Tasks one client may have queued or running; more are refused with 429 `analysis_busy`. */
  perClient: number;
}

/** The seconds a refused client is told to wait: about one task's time. */
const BUSY_RETRY_AFTER_S = 1;

/**
 * Runs tasks `slots` at a time, fairly across clients: each client's tasks wait in its own queue,
 * one of a client's tasks runs at a time, and a free slot goes to the next client in turn
 * (round-robin, a client going to the back after each task of its own). So one client's backlog
 * never delays another client's task by more than the tasks already running; and a client may
 * hold at most `perClient` tasks (queued or running), the rest refused with 429 `analysis_busy`
 * and `Retry-After` through the one error mapper. Tasks with no client (tests, tools) wait their
 * turn under the key `''` and are never refused.
 */
export function createFairQueue({ slots, perClient }: FairQueueOptions) {
  // Insertion order is the rotation: a client goes to the back when one of its tasks ends, behind
  // every client that was waiting meanwhile.
  const waiting = new Map<string, Array<() => void>>();
  const running = new Set<string>();
  const held = new Map<string, number>();
  const pump = () => {
    while (running.size < slots) {
      let next: string | undefined;
      for (const client of waiting.keys()) {
        if (!running.has(client)) {
          next = client;
          break;
        }
      }
      if (next === undefined) return;
      const queue = waiting.get(next)!;
      const start = queue.shift()!;
      if (queue.length === 0) waiting.delete(next);
      running.add(next);
      start();
    }
  };
  const finished = (key: string) => {
    running.delete(key);
    const left = (held.get(key) ?? 1) - 1;
    if (left > 0) held.set(key, left);
    else held.delete(key);
    const queue = waiting.get(key);
    if (queue) {
      waiting.delete(key);
      waiting.set(key, queue);
    }
    pump();
  };
  return {
    run<T>(client: string | undefined, task: () => Promise<T>): Promise<T> {
      const key = client ?? '';
      const count = held.get(key) ?? 0;
      if (client !== undefined && count >= perClient) {
        throw new AppError(
          'analysis_busy',
          429,
          `Your earlier requests are still being analysed (at most ${perClient} at a time per client). Try again in ${BUSY_RETRY_AFTER_S} s.`,
          { headers: { 'Retry-After': String(BUSY_RETRY_AFTER_S) } },
        );
      }
      held.set(key, count + 1);
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          let settled: Promise<T>;
          try {
            settled = task();
          } catch (error) {
            settled = Promise.reject(error as Error);
          }
          settled.then(resolve, reject).finally(() => finished(key));
        };
        const queue = waiting.get(key);
        if (queue) queue.push(start);
        else waiting.set(key, [start]);
        pump();
      });
    },
    /** Tasks `client` has running or waiting here. */
    holds: (client: string) => held.get(client) ?? 0,
    /** Tasks running, and waiting, now (for tests and the bench). */
    get size() {
      let queued = 0;
      for (const q of waiting.values()) queued += q.length;
      return { running: running.size, queued };
    },
  };
}

/** Tasks one client may have queued or running in the pool (one running, one waiting). */
export const TASKS_PER_CLIENT = 2;

/** Characters of input from which a task is large: it runs in the low-priority lane. */
export const LARGE_TASK_CHARS = 8_000;
/** The OS priority (nice) of the large-task lane's worker. */
const LARGE_TASK_NICE = 10;

/** The characters of a task's input (its strings, at any depth): what its analysis costs grows with it. */
export function taskChars(args: readonly unknown[]): number {
  let total = 0;
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string') total += value.length;
    else if (depth < 4 && value && typeof value === 'object') for (const v of Object.values(value)) walk(v, depth + 1);
  };
  for (const a of args) walk(a, 0);
  return total;
}

const busy = () =>
  new AppError('analysis_busy', 429, `Your earlier requests are still being analysed (at most ${TASKS_PER_CLIENT} at a time per client). Try again in 1 s.`, {
    headers: { 'Retry-After': '1' },
  });

/**
 * A pool of worker threads running `tasks.ts`. The workers start at once (each loads the language
 * models, about a second of one core), so the first request does not wait for them. Tasks go
 * through a fair queue (`createFairQueue`): round-robin across clients, one task running per
 * client, at most `TASKS_PER_CLIENT` held per client; a client whose CPU budget is spent is
 * refused before its task is queued (`refuseIfCpuSpent`). A large task (`LARGE_TASK_CHARS` of input
 * or more: a 50-question review, a 20,000-character draft) goes to its own lane, one worker at a
 * lower OS priority, so on a busy machine the ordinary small tasks get the CPU first and a large
 * task takes what is left.
 */
export function createWorkerOffload({ threads = defaultOffloadThreads(), modelsDir }: WorkerOffloadOptions = {}): Offload {
  const piscina = (count: number, nice: number) =>
    new Piscina({
      filename: new URL('./worker.ts', import.meta.url).href,
      minThreads: count,
      maxThreads: count,
      // Idle workers are kept: starting one costs more than any task.
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: { modelsDir, nice },
    });
  const lanes = {
    small: { pool: piscina(threads, 0), fair: createFairQueue({ slots: threads, perClient: TASKS_PER_CLIENT }) },
    large: { pool: piscina(1, LARGE_TASK_NICE), fair: createFairQueue({ slots: 1, perClient: TASKS_PER_CLIENT }) },
  };
  return {
    kind: 'workers',
    async run(name, ...args) {
      refuseIfCpuSpent();
      const client = currentClient();
      if (client !== undefined && lanes.small.fair.holds(client) + lanes.large.fair.holds(client) >= TASKS_PER_CLIENT) throw busy();
      // Tasks reach piscina only when a worker of their lane is free, so its own queue (first come, first served) stays empty.
      const lane = taskChars(args) >= LARGE_TASK_CHARS ? lanes.large : lanes.small;
      const outcome = (await lane.fair.run(client, () => lane.pool.run({ name, args }) as Promise<TaskOutcome>)) as TaskOutcome;
      // The worker's time is the requesting client's (its CPU budget), like the event loop's.
      chargeOffloadedCpu(outcome.cpuMs);
      if (!outcome.ok) throw new AppError(outcome.error.code, outcome.error.status as never, outcome.error.message);
      return outcome.value as never;
    },
    close: async () => {
      await Promise.all([lanes.small.pool.close({ force: true }), lanes.large.pool.close({ force: true })]);
    },
  };
}
