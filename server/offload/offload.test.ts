import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { chargeOffloadedCpu, cpuBudget, refuseIfCpuSpent } from '../middleware/cpu-budget.ts';
import { createErrorHandler, silentLogger } from '../errors.ts';
import { createTestApp, steppingClock, sequentialIds } from '../../test/fixtures/test-app.ts';
import { createOfflineCoach } from '../coach/offline-coach.ts';
import { createOfflineQuestionsCoach } from '../coach/questions-coach.ts';
import { createOfflinePracticeCoach } from '../practice/practice-coach.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { createFairQueue, createWorkerOffload, defaultOffloadThreads, inProcess, LARGE_TASK_CHARS, type Offload, taskChars } from './offload.ts';
import type { TaskName } from './tasks.ts';

/** Runs in process, and records which tasks each request handed over. */
function recordingOffload(): Offload & { names: TaskName[] } {
  const names: TaskName[] = [];
  return { kind: 'in-process', names, run: (name, ...args) => (names.push(name), inProcess.run(name, ...args)), close: async () => {} };
}

const post = (path: string, body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const DRAFT = "Hi Dana, I'm a student at State U. Are you hiring? Could we talk for 20 minutes next Tuesday about your work in research?";
const QUESTIONS = ['Are you hiring?', 'What does a typical week look like for you?', 'Why did you leave consulting?'];
const CSV = 'name,role,organization\nDana Reyes,Researcher,Lumen\nSam Ito,Designer,Acme';

/** The three heavy requests, through an app whose coaches and routes use `offload`. */
async function answers(offload: Offload) {
  const test = await createTestApp({
    coach: createOfflineCoach(() => 0, offload),
    questionsCoach: createOfflineQuestionsCoach(() => 0, offload),
    practiceCoach: createOfflinePracticeCoach(offload),
    offload,
    // The first requests compile the analysis: more CPU than a client's default budget.
    limits: { cpuMsPerMinute: 1e9 },
    clock: steppingClock(),
    newId: sequentialIds(),
  });
  try {
    const critique = await test.app.request('/api/outreach/critique', post('/api/outreach/critique', { draft: DRAFT, context: { channel: 'email' } }));
    const review = await test.app.request('/api/questions/review', post('/api/questions/review', { questions: QUESTIONS, context: { field: 'UX research', profile: 'Researcher at Lumen since 2019.' } }));
    const imported = await test.app.request('/api/contacts/import', post('/api/contacts/import', { csv: CSV }));
    const refused = await test.app.request('/api/contacts/import', post('/api/contacts/import', { csv: 'foo,bar\n1,2' }));
    const session = (await (await test.app.request('/api/practice/sessions', post('', { personaId: 'preset-ux-researcher', minutes: 20 }))).json()) as { id: string };
    for (const content of ["Hi, I'm Sam, a student. Thanks for making time!", 'What does a typical week look like for you?', 'Are you hiring?'])
      await test.app.request(`/api/practice/sessions/${session.id}/messages`, post('', { content }));
    const hinted = await test.app.request(`/api/practice/sessions/${session.id}/coach`, post('', {}));
    const ended = await test.app.request(`/api/practice/sessions/${session.id}/end`, post('', {}));
    return Promise.all([critique, review, imported, refused, hinted, ended].map(async (r) => ({ status: r.status, body: await r.json() })));
  } finally {
    test.close();
  }
}

describe('the offload seam', () => {
  it('hands the critique, the question review, the contacts file, the hint and the debrief to the offload, and nothing else', async () => {
    const offload = recordingOffload();
    await answers(offload);
    expect(offload.names).toEqual(['outreachCritique', 'reviewQuestions', 'parseContactsCsv', 'parseContactsCsv', 'practiceHint', 'practiceDebrief']);
  });

  it('has two workers at least (one client’s long task never holds the only one), at most 4', () => {
    expect([1, 2, 4, 8, 64].map((cores) => defaultOffloadThreads(cores))).toEqual([2, 2, 3, 4, 4]);
  });
});

describe('the worker pool (real worker threads)', () => {
  const pool = createWorkerOffload({ threads: 1 });
  afterAll(() => pool.close());

  it('answers exactly as in process, a route’s 4xx included', async () => {
    const [inside, workers] = [await answers(inProcess), await answers(pool)];
    expect(workers.map((a) => a.status)).toEqual([200, 200, 201, 422, 200, 200]);
    expect(workers[4]!.body.hint).toEqual(expect.any(String));
    expect(workers[5]!.body.items.length).toBeGreaterThan(0);
    // The practice replies depend on each session's random seed: compared below on one transcript.
    expect(workers.slice(0, 4)).toEqual(inside.slice(0, 4));
    expect(workers[3]!.body.error.code).toBe('invalid_import');
    const transcript = {
      card: PRESET_PERSONAS[0]!.card,
      minutes: 20,
      turns: [
        { role: 'user' as const, content: "Hi, I'm Sam, a student. Thanks for making time!", elapsedMinutes: 0.5 },
        { role: 'professional' as const, content: 'Happy to help. What would you like to know?', elapsedMinutes: 1 },
        { role: 'user' as const, content: 'Are you hiring? What does a typical week look like?', elapsedMinutes: 1.5 },
      ],
    };
    expect(await pool.run('practiceHint', transcript)).toEqual(await inProcess.run('practiceHint', transcript));
    expect(await pool.run('practiceDebrief', transcript)).toEqual(await inProcess.run('practiceDebrief', transcript));
  });

  it('runs one client’s tasks one after another, and a failed task does not hold up the next', async () => {
    const app = new Hono();
    app.use('*', cpuBudget({ msPerMinute: 1e9 }));
    app.post('/', async (c) => {
      const [failed, next] = await Promise.allSettled([pool.run('reviewQuestions', null as never, {}), pool.run('reviewQuestions', ['Are you hiring?'], {})]);
      return c.json({ failed: failed.status, next: next.status });
    });
    const res = await app.request('/', { method: 'POST' }, { incoming: { socket: { remoteAddress: '203.0.113.7', remoteFamily: 'IPv4' } } });
    expect(await res.json()).toEqual({ failed: 'rejected', next: 'fulfilled' });
  });

  it('an unexpected failure in a worker is a rejected task, not a crash', async () => {
    await expect(pool.run('reviewQuestions', null as never, {})).rejects.toThrow();
    expect((await pool.run('reviewQuestions', ['Are you hiring?'], {}))[0]!.verdict).toBe('rephrase');
  });
});

describe('the fair queue in front of the pool', () => {
  /** A task that starts when the queue runs it and ends when the test says so; `log` records the order. */
  function controlled(log: string[]) {
    const ends = new Map<string, () => void>();
    const task = (name: string) => () => {
      log.push(name);
      return new Promise<string>((resolve) => ends.set(name, () => resolve(name)));
    };
    const end = async (name: string) => {
      ends.get(name)!();
      // Let the queue hand the free slot on (promise callbacks only, no timers).
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    return { task, end };
  }

  it('hands a free slot to the clients in turn: one client’s backlog waits behind everyone else’s next task', async () => {
    const log: string[] = [];
    const { task, end } = controlled(log);
    const fair = createFairQueue({ slots: 1, perClient: 2 });
    const answers = [fair.run('A', task('a1')), fair.run('A', task('a2')), fair.run('B', task('b1')), fair.run('C', task('c1')), fair.run('B', task('b2'))];
    expect(log).toEqual(['a1']);
    await end('a1');
    await end('b1');
    await end('c1');
    await end('a2');
    await end('b2');
    expect(log).toEqual(['a1', 'b1', 'c1', 'a2', 'b2']);
    expect(await Promise.all(answers)).toEqual(['a1', 'a2', 'b1', 'c1', 'b2']);
    expect(fair.size).toEqual({ running: 0, queued: 0 });
  });

  it('runs one task of a client at a time, so a long task of one client never holds more than its slot', async () => {
    const log: string[] = [];
    const { task, end } = controlled(log);
    const fair = createFairQueue({ slots: 2, perClient: 2 });
    void fair.run('hostile', task('h1'));
    void fair.run('hostile', task('h2'));
    void fair.run('normal', task('n1'));
    expect(log).toEqual(['h1', 'n1']);
    await end('n1');
    void fair.run('normal', task('n2'));
    await Promise.resolve();
    // h1 still runs: n2 takes the other slot at once, h2 waits for h1.
    expect(log).toEqual(['h1', 'n1', 'n2']);
    await end('h1');
    expect(log).toEqual(['h1', 'n1', 'n2', 'h2']);
  });

  it('refuses a client’s task beyond its share with 429 analysis_busy and Retry-After, through the one error mapper', async () => {
    const log: string[] = [];
    const { task, end } = controlled(log);
    const fair = createFairQueue({ slots: 1, perClient: 2 });
    const app = new Hono();
    app.onError(createErrorHandler(silentLogger));
    app.post('/', async (c) => c.json({ done: await fair.run('A', task(`a${log.length}`)) }));
    void fair.run('A', task('first'));
    void fair.run('A', task('second'));
    const refused = await app.request('/', { method: 'POST' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).error.code).toBe('analysis_busy');
    // Another client is not refused, and once A's tasks end, A may queue again.
    void fair.run('B', task('b'));
    await end('first');
    await end('b');
    await end('second');
    expect(log).toEqual(['first', 'b', 'second']);
    expect(fair.size).toEqual({ running: 0, queued: 0 });
  });

  it('a task that throws at once frees its slot', async () => {
    const fair = createFairQueue({ slots: 1, perClient: 1 });
    await expect(fair.run('A', () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await fair.run('A', async () => 'next')).toBe('next');
  });
});

describe('the CPU budget before a task is queued', () => {
  it('refuses the next task of a request whose client spent its window in earlier tasks: 429 cpu_budget_exceeded with Retry-After', async () => {
    const app = new Hono();
    app.onError(createErrorHandler(silentLogger));
    // 600 ms a minute: 100 ms a ten-second window.
    app.use('*', cpuBudget({ msPerMinute: 600, now: () => 0, cpuMs: () => 0 }));
    let queued = 0;
    app.post('/', async (c) => {
      for (let i = 0; i < 5; i++) {
        refuseIfCpuSpent();
        queued += 1;
        chargeOffloadedCpu(60);
      }
      return c.json({ queued });
    });
    const res = await app.request('/', { method: 'POST' }, { incoming: { socket: { remoteAddress: '203.0.113.8', remoteFamily: 'IPv4' } } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('10');
    expect((await res.json()).error.code).toBe('cpu_budget_exceeded');
    // Two tasks went ahead (60 + 60 ≥ 100), the third was refused before it was queued.
    expect(queued).toBe(2);
  });
});

describe('the large-task lane', () => {
  it('measures a task by the characters of its input, at any depth', () => {
    expect(taskChars(['ab', { profile: 'cde', questions: ['f', 'gh'] }, 12, null])).toBe(8);
  });

  it('sends a 50-question review to the large lane and a 5-question one to the small lane, by the same measure', () => {
    const long = Array.from({ length: 50 }, (_, i) => `Why ${i}? `.repeat(60).slice(0, 500));
    expect(taskChars([long, { profile: 'x'.repeat(100) }])).toBeGreaterThanOrEqual(LARGE_TASK_CHARS);
    expect(taskChars([QUESTIONS, { field: 'UX research', profile: 'Researcher at Lumen since 2019.' }])).toBeLessThan(LARGE_TASK_CHARS);
  });

  it('answers a large task exactly as in process', async () => {
    const pool = createWorkerOffload({ threads: 1 });
    try {
      const long = Array.from({ length: 20 }, (_, i) => `Are you hiring for role ${i}, and what does a typical week look like? `.repeat(6).slice(0, 499) + '?');
      expect(taskChars([long, {}])).toBeGreaterThanOrEqual(LARGE_TASK_CHARS);
      expect(await pool.run('reviewQuestions', long, {})).toEqual(await inProcess.run('reviewQuestions', long, {}));
    } finally {
      await pool.close();
    }
  });
});
