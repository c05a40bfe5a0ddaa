import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import type { ErrorBody } from '../../shared/contracts/common.ts';
import { AppError } from '../errors.ts';
import { clientKey } from './client-key.ts';

/**
 * The budget is kept in windows of ten seconds (a sixth of the minute's each), so a client cannot
 * spend its whole minute in one burst that delays everyone else for seconds.
 */
const WINDOW_MS = 10_000;
const WINDOWS_PER_MINUTE = 60_000 / WINDOW_MS;

export interface CpuBudgetOptions {
  /** Milliseconds of handler CPU time a client may use per minute (`INFOCHAT_CPU_MS_PER_MINUTE`). */
  msPerMinute: number;
  /** Wall clock for the windows; default `Date.now`. */
  now?: () => number;
  /** CPU time used by the event loop's thread so far, in ms; default from `process.threadCpuUsage()`. Tests inject one. */
  cpuMs?: () => number;
}

const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** CPU of the event loop measured in full for one request (`chargedSection`), added up over all requests: the shared part leaves it out. */
interface Sections {
  ms: number;
}

/**
 * The CPU time spent on a request's behalf off the event loop (the worker pool), added up while it
 * runs; its own measured sections of the event loop (`own`); and whose request it is.
 */
const offloaded = new AsyncLocalStorage<{
  ms: number;
  own: number;
  /** CPU of `uncharged` sections run in this request: the process's one-time work, nobody's. */
  exempt: number;
  client: string;
  cpuMs: () => number;
  sections: Sections;
  refusal: () => AppError | undefined;
}>();

/** The client (peer address) whose request is running, for the worker pool's per-client queue; undefined outside a request. */
export function currentClient(): string | undefined {
  return offloaded.getStore()?.client;
}

/**
 * Throws 429 `cpu_budget_exceeded` (with `Retry-After`) when the running request's client has
 * spent its window's budget, the worker time of this request's earlier tasks included: the worker
 * pool asks before it queues a task, so a client that spent its share mid-request queues nothing
 * more. Outside a request: nothing.
 */
export function refuseIfCpuSpent(): void {
  const refusal = offloaded.getStore()?.refusal();
  if (refusal) throw refusal;
}

/**
 * Charges `ms` of CPU spent in another thread (a worker task) to the client whose request is
 * running: all of it, not shared, since only that request asked for it. Outside a request: nothing.
 */
export function chargeOffloadedCpu(ms: number): void {
  const charge = offloaded.getStore();
  if (charge) charge.ms += Math.max(0, ms);
}

/**
 * Runs `work` (synchronous) and charges the event loop's CPU it took to the client whose request is
 * running, in full, like a worker task: the heavy synchronous work a request does for itself (a
 * page of 200 personas serialised after the list changed) is its own, not shared with the requests
 * that happened to be in flight, and those are no longer charged any of it. Outside a request: just
 * runs it.
 */
export function chargedSection<T>(work: () => T): T {
  const charge = offloaded.getStore();
  if (!charge) return work();
  const before = charge.cpuMs();
  const exemptBefore = charge.exempt;
  try {
    return work();
  } finally {
    // An `uncharged` section inside (a bank index built on first use) already left the shared part; nobody pays for it.
    const ms = Math.max(0, charge.cpuMs() - before - (charge.exempt - exemptBefore));
    charge.own += ms;
    charge.sections.ms += ms;
  }
}

/**
 * Runs `work` (synchronous): the process's one-time work on first use (a preset's bank index, the
 * word vectors, a model read from disk), which every later request shares. Its CPU is charged to
 * nobody: not to the client whose request happened to come first (on a fresh server, the first
 * practice message built the bank index, seconds of CPU, and that user's next message was refused
 * 429), nor shared among those in flight. Cached work only: what a request does for itself is
 * `chargedSection`. Outside a request: just runs it.
 */
export function uncharged<T>(work: () => T): T {
  const charge = offloaded.getStore();
  if (!charge) return work();
  const before = charge.cpuMs();
  try {
    return work();
  } finally {
    const ms = Math.max(0, charge.cpuMs() - before);
    charge.exempt += ms;
    charge.sections.ms += ms;
  }
}

/**
 * A per-client budget of CPU time, not only of request counts: the event loop's CPU while a
 * client's request is being handled is charged to that client (shared evenly among the requests
 * in flight at the time, so concurrent clients do not pay for each other; a `chargedSection` in
 * full to its own request, and left out of everyone's shared part), and the CPU of the
 * worker tasks it asked for (`chargeOffloadedCpu`) in full: the analysis a hostile client makes
 * the worker pool do is its own, not shared with whoever happens to be in flight. A client whose minute
 * is spent gets 429 `cpu_budget_exceeded` with `Retry-After` until its window ends; others go on.
 * Streamed bodies are charged up to the start of the stream (their work is a model's, not ours).
 */
export function cpuBudget({ msPerMinute, now = Date.now, cpuMs = threadCpuMs }: CpuBudgetOptions): MiddlewareHandler {
  const windows = new Map<string, { start: number; spent: number }>();
  let inFlight = 0;
  const sections: Sections = { ms: 0 };
  return async (c, next) => {
    const at = now();
    const key = clientKey(c);
    let window = windows.get(key);
    if (!window || at - window.start >= WINDOW_MS) {
      if (windows.size > 10_000) for (const [k, w] of windows) if (at - w.start >= WINDOW_MS) windows.delete(k);
      window = { start: at, spent: 0 };
      windows.set(key, window);
    }
    const refusal = (w: { start: number; spent: number }, extra: number) => {
      if (w.spent + extra < msPerMinute / WINDOWS_PER_MINUTE) return undefined;
      const seconds = Math.max(1, Math.ceil((w.start + WINDOW_MS - now()) / 1000));
      return new AppError(
        'cpu_budget_exceeded',
        429,
        `Your requests used more than their share of server time (${msPerMinute.toLocaleString('en-US')} ms a minute). Try again in ${seconds} s.`,
        { headers: { 'Retry-After': String(seconds) } },
      );
    };
    const refused = refusal(window, 0);
    if (refused) {
      for (const [name, value] of Object.entries(refused.headers)) c.header(name, value);
      return c.json<ErrorBody>({ error: { code: refused.code, message: refused.message } }, 429);
    }
    const charged = window;
    inFlight += 1;
    const peakAtStart = inFlight;
    const before = cpuMs();
    const sectionsBefore = sections.ms;
    const elsewhere = {
      ms: 0,
      own: 0,
      exempt: 0,
      client: key,
      cpuMs,
      sections,
      // The client's current window (a new one may have begun while the request ran).
      refusal: () => {
        const current = windows.get(key);
        if (!current || now() - current.start >= WINDOW_MS) return undefined;
        return refusal(current, current === charged ? elsewhere.ms : 0);
      },
    };
    try {
      await offloaded.run(elsewhere, next);
    } finally {
      const share = Math.max(peakAtStart, inFlight);
      inFlight -= 1;
      // The loop's time while it ran, less every charged section (this request's own is added in full), shared; plus the worker time.
      charged.spent += Math.max(0, cpuMs() - before - (sections.ms - sectionsBefore)) / share + elsewhere.own + elsewhere.ms;
    }
  };
}
