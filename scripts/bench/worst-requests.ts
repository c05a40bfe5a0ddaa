// Part of `npm run bench`: the CPU time of each route's worst accepted request, in process (the
// real app, offline coaches, the default caps; rate and CPU budgets off so the same client can
// repeat). Each shape is what a hostile or unlucky client can send within the caps: the longest
// texts, the most sentences and questions, a practice transcript filled to its caps. Target:
// every one ≤ 20 ms. Runs are bounded (a few repeats, a time cap per shape), so this section
// takes seconds, not minutes, on a busy machine.
import { availableParallelism, loadavg } from 'node:os';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { createOfflineQuestionsCoach } from '../../server/coach/questions-coach.ts';
import { createWorkerOffload, type Offload } from '../../server/offload/offload.ts';
import { openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { ensureLanguageModels } from '../../server/language/models.ts';
import { MAX_DRAFT_CHARS } from '../../shared/contracts/outreach.ts';
import { MAX_MESSAGE_CHARS, MAX_MESSAGE_SENTENCES, MAX_SESSION_TURNS, MAX_TRANSCRIPT_CHARS } from '../../shared/contracts/practice.ts';
import { MAX_PROFILE_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS } from '../../shared/contracts/questions.ts';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from '../../shared/contracts/contacts.ts';
const IMPORT_CHARS = Number(process.env.IMPORT_CHARS ?? MAX_IMPORT_CHARS);
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { lintOutreach, score, toFinding } from '../../shared/rules/index.ts';
import { decideQuestion } from '../../shared/language/questions.ts';
import { HOSTILE_SHAPES } from './hostile-shapes.ts';
import { routeFilter } from './route-filter.ts';

type App = ReturnType<typeof createApp>;
interface Answer {
  status: number;
  body: string;
}
type Send = (method: string, path: string, body?: unknown) => Promise<Answer>;

let variant = 0;
/** A fresh number each call: a hostile client can defeat any cache keyed by text. */
const fresh = () => ++variant;

/** `n` short questions in one text (the most questions a message or note can hold). */
const questionRun = (n: number, chars: number, tag: number) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`Why ${tag} ${i}?`);
  let text = out.join(' ');
  if (text.length < chars) text = `${text} ${'and what about that '.repeat(Math.ceil((chars - text.length) / 20))}`.slice(0, chars - 1) + '?';
  return text.slice(0, chars);
};

/** The shapes of one route: each prepares what it needs (`setup`) and sends one request. */
export interface WorstShape {
  route: string;
  shape: string;
  setup?: (send: Send) => Promise<Record<string, string>>;
  request: (send: Send, state: Record<string, string>) => Promise<Answer>;
  /** Must answer this status (a shape that is refused measures nothing). */
  expect?: number;
}

const longQuestion = (i: number, tag: number, chars = MAX_QUESTION_CHARS) => `Why ${i} ${tag}? `.repeat(60).slice(0, chars);
const profile = (tag: number) => `Senior researcher at Lumen Health ${tag}. `.repeat(600).slice(0, MAX_PROFILE_CHARS);

/** A practice session filled to its caps: `pairs` exchanges, each user message `userChars` long with `questions` questions. */
async function filledSession(send: Send, pairs: number, userChars: number, questions: number): Promise<string> {
  const created = await send('POST', '/api/practice/sessions', { personaId: PRESET_PERSONAS[0]!.id, minutes: 60 });
  const id = (JSON.parse(created.body) as { id: string }).id;
  for (let i = 0; i < pairs; i++) {
    const res = await send('POST', `/api/practice/sessions/${id}/messages`, { content: questionRun(questions, userChars, fresh()) });
    if (res.status >= 300) throw new Error(`filling the session: ${res.status} ${res.body}`);
  }
  return id;
}

/** The most exchanges that fit the caps with user messages of `userChars` (replies are a few hundred characters). */
const pairsFor = (userChars: number) => Math.min(Math.floor((MAX_SESSION_TURNS - 2) / 2), Math.floor(MAX_TRANSCRIPT_CHARS / (userChars + 700)));

const practiceShapes = (userChars: number, questions: number): WorstShape[] => {
  const label = `${pairsFor(userChars)} exchanges of ${userChars.toLocaleString('en')}-character messages (${questions} questions each)`;
  const setup = async (send: Send) => ({ id: await filledSession(send, pairsFor(userChars), userChars, questions) });
  return [
    {
      route: 'POST /api/practice/sessions/:id/messages',
      shape: `last message after ${label}`,
      setup: async (send) => ({ id: await filledSession(send, pairsFor(userChars) - 1, userChars, questions) }),
      request: (send, { id }) => send('POST', `/api/practice/sessions/${id}/messages`, { content: questionRun(questions, userChars, fresh()) }),
    },
    {
      route: 'POST /api/practice/sessions/:id/coach',
      shape: `hint after ${label}`,
      setup,
      request: (send, { id }) => send('POST', `/api/practice/sessions/${id}/coach`, {}),
    },
    {
      route: 'POST /api/practice/sessions/:id/end',
      shape: `debrief after ${label}`,
      setup,
      request: (send, { id }) => send('POST', `/api/practice/sessions/${id}/end`, {}),
    },
  ];
};

function csvOf(rows: number, chars: number): string {
  const lines = ['name,role,organization,field,connection,channel,email,notes,profile'];
  const per = Math.floor(chars / rows) - 120;
  for (let i = 0; i < rows; i++) lines.push(`Person ${i},Researcher,Org ${i},UX,Met at a talk,email,p${i}@example.com,note ${i},"${'Bio words here. '.repeat(Math.max(0, per / 16)).slice(0, Math.max(0, per))}"`);
  return lines.join('\n').slice(0, chars);
}

export const WORST_SHAPES: WorstShape[] = [
  ...Object.entries(HOSTILE_SHAPES).flatMap(([shape, text]): WorstShape[] => [
    {
      route: 'POST /api/outreach/critique',
      shape: `${shape} (email)`,
      request: (send) => send('POST', '/api/outreach/critique', { draft: text.slice(0, MAX_DRAFT_CHARS), context: { channel: 'email', recipientName: 'Jordan' } }),
    },
    {
      route: 'POST /api/outreach/critique',
      shape: `${shape} (LinkedIn)`,
      request: (send) => send('POST', '/api/outreach/critique', { draft: text.slice(0, MAX_DRAFT_CHARS), context: { channel: 'linkedin', connection: 'Maria Lopez referred me' } }),
    },
  ]),
  {
    route: 'POST /api/questions/review',
    shape: `${MAX_QUESTIONS} × ${MAX_QUESTION_CHARS} characters of questions + a ${MAX_PROFILE_CHARS.toLocaleString('en')}-character profile`,
    request: (send) => {
      const tag = fresh();
      return send('POST', '/api/questions/review', { questions: Array.from({ length: MAX_QUESTIONS }, (_, i) => longQuestion(i, tag)), context: { field: 'UX research', profile: profile(tag) } });
    },
  },
  {
    route: 'POST /api/questions/review',
    shape: `${MAX_QUESTIONS} job-style questions of ${MAX_QUESTION_CHARS} characters + a ${MAX_PROFILE_CHARS.toLocaleString('en')}-character profile`,
    request: (send) => {
      const tag = fresh();
      const q = (i: number) => `Are you hiring for role ${i} ${tag}, and what is your salary, and could you refer me for the opening on your team? `.repeat(6).slice(0, MAX_QUESTION_CHARS - 1) + '?';
      return send('POST', '/api/questions/review', { questions: Array.from({ length: MAX_QUESTIONS }, (_, i) => q(i)), context: { field: 'UX research', role: 'Researcher', organization: 'Lumen', profile: profile(tag) } });
    },
  },
  ...[
    // The filler after the questions is one more sentence.
    [MAX_MESSAGE_CHARS, MAX_MESSAGE_SENTENCES - 1],
    [1_000, MAX_MESSAGE_SENTENCES - 1],
  ].flatMap(([chars, questions]) => practiceShapes(chars!, questions!)),
  {
    route: 'POST /api/followup/critique',
    shape: '10,000 characters of "? "',
    request: (send) => send('POST', '/api/followup/critique', { note: '? '.repeat(5_000) }),
  },
  {
    route: 'POST /api/followup/critique',
    shape: '10,000 characters of short questions',
    request: (send) => send('POST', '/api/followup/critique', { note: questionRun(1_000, 10_000, fresh()) }),
  },
  {
    route: 'POST /api/agendas',
    shape: `${MAX_QUESTIONS} × ${MAX_QUESTION_CHARS} characters, 60 minutes`,
    request: (send) => {
      const tag = fresh();
      return send('POST', '/api/agendas', { title: 'x', minutes: 60, questions: Array.from({ length: MAX_QUESTIONS }, (_, i) => longQuestion(i, tag, MAX_QUESTION_CHARS)) });
    },
  },
  {
    route: 'POST /api/contacts/import',
    shape: `${MAX_IMPORT_ROWS.toLocaleString('en')} rows, ${MAX_IMPORT_CHARS.toLocaleString('en')} characters`,
    request: (send) => send('POST', '/api/contacts/import', { csv: csvOf(Number(process.env.IMPORT_ROWS ?? MAX_IMPORT_ROWS), IMPORT_CHARS - 10_000) }),
  },
  {
    route: 'POST /api/personas',
    shape: 'the largest preset card',
    request: (send) => send('POST', '/api/personas', { card: PRESET_PERSONAS[0]!.card }),
  },
];

/** The page's live checks, in process (they run in the browser on each keystroke, not on the server). */
export const LIVE_CHECKS: Record<string, () => unknown> = {
  [`outreach live check, ${MAX_DRAFT_CHARS.toLocaleString('en')}-character draft (worst shape)`]: () => {
    let worst = 0;
    for (const text of Object.values(HOSTILE_SHAPES)) {
      const before = performance.now();
      score(lintOutreach(text.slice(0, MAX_DRAFT_CHARS), { channel: 'email' }).map(toFinding));
      worst = Math.max(worst, performance.now() - before);
    }
    return worst;
  },
  [`questions live check, ${MAX_QUESTIONS} × ${MAX_QUESTION_CHARS} characters`]: () => {
    const tag = fresh();
    for (let i = 0; i < MAX_QUESTIONS; i++) decideQuestion(longQuestion(i, tag));
  },
};

function localSender(app: App): Send {
  return async (method, path, body) => {
    const res = await app.request(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.text() };
  };
}

/** CPU ms of the whole process (every thread: the event loop, the offload workers, the database). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** CPU ms of this thread alone: the event loop, what every other request waits for. */
const loopMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

export interface ShapeCost {
  route: string;
  shape: string;
  /** Median CPU ms of the event loop's thread. */
  loop: number;
  /** Median CPU ms of the whole process (the workers included). */
  total: number;
  /** The least of the runs, event loop and all threads: the request's own work, with the least of what busy neighbours add. */
  loopBest: number;
  totalBest: number;
  status: number;
  runs: number;
}

/** CPU ms of each shape's request: the median of up to `repeats` runs (one at least), stopping after `capMs` of wall time per shape (about 40 shapes: a minute or two of the bench). */
export async function measureWorstShapes(offload: Offload, shapes = WORST_SHAPES, repeats = 3, capMs = 1_500): Promise<ShapeCost[]> {
  ensureLanguageModels();
  const out: ShapeCost[] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const warmed = new Set<string>();
  for (const shape of shapes) {
    const db = await openDatabase(':memory:');
    const app = createApp({
      db,
      coach: createOfflineCoach(undefined, offload),
      questionsCoach: createOfflineQuestionsCoach(undefined, offload),
      offload,
      logger: silentLogger,
      limits: { writesPerMinute: 1e9, cpuMsPerMinute: 1e9, modelCallsPerMinute: 1e9 },
    });
    const send = localSender(app);
    const loop: number[] = [];
    const total: number[] = [];
    let status = 0;
    const started = performance.now();
    // One unmeasured run first for a route's first shape (its first request compiles the code, in
    // this thread and the workers); at least one measured run, however long (a busy machine): never a NaN row.
    const first = warmed.has(shape.route) ? 1 : 0;
    warmed.add(shape.route);
    for (let i = first; i <= repeats && (i <= 1 || performance.now() - started < capMs); i++) {
      const state = shape.setup ? await shape.setup(send) : {};
      const [l0, t0] = [loopMs(), cpuMs()];
      const res = await shape.request(send, state);
      const [l1, t1] = [loopMs(), cpuMs()];
      status = res.status;
      if (i > 0) {
        loop.push(l1 - l0);
        total.push(t1 - t0);
      }
    }
    db.$client.close();
    out.push({ route: shape.route, shape: shape.shape, loop: median(loop), total: median(total), loopBest: Math.min(...loop), totalBest: Math.min(...total), status, runs: loop.length });
  }
  return out;
}

/** Prints each route's worst shape (by the event loop's CPU) and returns the rows, worst first. */
export async function benchWorstRequests(): Promise<ShapeCost[]> {
  const offload = createWorkerOffload();
  // Both lanes' workers loaded (the large-task lane's too: 8,000 characters of input or more), so no shape is charged their start.
  await Promise.all([offload.run('reviewQuestions', ['warm-up?'], {}), offload.run('reviewQuestions', Array.from({ length: 20 }, (_, i) => `Why ${i}? `.repeat(60).slice(0, 450)), {})]);
  // WORST_REPEATS: more runs a shape (README → Performance, round five, took 5), each capped at 1.5 s of wall time unless more is asked.
  const repeats = Number(process.env.WORST_REPEATS ?? 3);
  const rows = await measureWorstShapes(offload, WORST_SHAPES.filter((s) => routeFilter(s.route)), repeats, repeats > 3 ? 4_000 : 1_500);
  await offload.close();
  console.log(
    `\nWorst accepted request per route (CPU ms, median of up to ${repeats} runs in process, the server's worker pool as in main.ts; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log(`  ${'route'.padEnd(44)} ${'event loop'.padStart(11)} ${'all threads'.padStart(12)} ${'best: loop / all'.padStart(18)}  status  shape`);
  // Each route's costliest shape by the CPU of all threads (what the request costs the machine), its event-loop share beside it.
  const byRoute = new Map<string, ShapeCost>();
  for (const r of rows) if (!byRoute.has(r.route) || byRoute.get(r.route)!.total < r.total) byRoute.set(r.route, r);
  for (const r of [...byRoute.values()].sort((a, b) => b.total - a.total)) {
    console.log(`  ${r.route.padEnd(44)} ${`${r.loop.toFixed(1)} ms`.padStart(11)} ${`${r.total.toFixed(1)} ms`.padStart(12)} ${`${r.loopBest.toFixed(1)} / ${r.totalBest.toFixed(1)} ms`.padStart(18)}  ${r.status}     ${r.shape}`);
  }
  const loopWorst = rows.reduce((a, b) => (b.loop > a.loop ? b : a));
  const worst = [...byRoute.values()].reduce((a, b) => (b.total > a.total ? b : a));
  const over = [...byRoute.values()].filter((r) => r.total > 20);
  console.log(`  worst on the event loop: ${loopWorst.loop.toFixed(1)} ms (${loopWorst.route}, ${loopWorst.shape}); worst in all threads: ${worst.total.toFixed(1)} ms (${worst.route}, ${worst.shape}); target ≤ 20 ms of CPU a request: ${over.length === 0 ? 'met on every route' : `missed on ${over.length} of ${byRoute.size} routes`}`);
  for (const [name, run] of Object.entries(LIVE_CHECKS)) {
    run();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = cpuMs();
      const r = run();
      times.push(typeof r === 'number' ? r : cpuMs() - before);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(56)} ${`${times[2]!.toFixed(1)} ms`.padStart(12)}  (in the browser, median of 5)`);
  }
  return rows;
}

/**
 * `benchWorstRequests` in a fresh process (`npm run bench` calls this): its CPU figures are then
 * the requests' own, not a major GC of the heap the earlier sections left behind.
 */
export async function benchWorstRequestsApart(): Promise<ShapeCost[]> {
  const { spawn } = await import('node:child_process');
  const { once } = (await import('node:events')).default;
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const out = join(mkdtempSync(join(tmpdir(), 'infochat-bench-worst-')), 'rows.json');
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname, `--rows=${out}`], { stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`worst-requests.ts exited with ${code}`);
  return JSON.parse(readFileSync(out, 'utf8')) as ShapeCost[];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--all');
  const rows = await benchWorstRequests();
  const rowsFile = process.argv.find((a) => a.startsWith('--rows='))?.slice('--rows='.length);
  if (rowsFile) (await import('node:fs')).writeFileSync(rowsFile, JSON.stringify(rows));
  if (verbose) for (const r of rows) console.log(`  ${r.route.padEnd(44)} ${r.loop.toFixed(1).padStart(7)} ${r.total.toFixed(1).padStart(7)} ${r.status} ${r.shape}`);
}
