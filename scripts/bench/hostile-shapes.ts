// Hostile input shapes for `npm run bench`: every offline coach path on each longest-accepted
// shape (the slowest is printed). A hostile client beside normal ones is measured for every route
// in one table (every-route.ts), the critique included.
import { availableParallelism, loadavg } from 'node:os';
import { MAX_DRAFT_CHARS } from '../../shared/contracts/outreach.ts';
import { lintOutreach, score, toFinding } from '../../shared/rules/index.ts';
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { SENTENCE_POOLS } from '../../test/fixtures/outreach-drafts.ts';

/** The draft size the API accepts at most. */
export const SHAPE_CHARS = MAX_DRAFT_CHARS;

/** Repeats `unit` to exactly `chars` code points (never a broken surrogate pair). */
function fill(unit: string, chars = SHAPE_CHARS): string {
  const points = [...unit];
  const out: string[] = [];
  for (let i = 0; out.length < chars; i++) out.push(points[i % points.length]!);
  return out.join('');
}

const sentencesOfAllKinds = Object.values(SENTENCE_POOLS)
  .flat()
  .map((s) => (typeof s === 'string' ? s : s.join('\n')))
  .join(' ');

/** Each shape: what a hostile or unlucky user can paste. */
export const HOSTILE_SHAPES: Record<string, string> = {
  'short lines': fill('Hi\nok\nI am\n'),
  'blank lines': fill('\n\n\n \n'),
  'one long sentence': fill('and I would love to learn about how you moved into research at your company with ', SHAPE_CHARS - 1) + '.',
  'one word, no spaces': fill('a'),
  'many sentences': fill('I am a student. Thanks! Are you hiring? Could we talk? '),
  'dotted abbreviations': fill('B.S. M.A. p.m. e.g. Dr. '),
  'punctuation runs': fill('!?.,;:—…'),
  'dots and spaces': fill('. '),
  emoji: fill('😀🙏🏽👩‍💻 '),
  'combining marks': fill('e\u0301\u0302\u0303\u0304 '),
  CJK: fill('我想了解您的工作。谢谢！'),
  'capitalised words': fill('Maria Lopez Suggested Reach Out Dear Hi '),
  'credential list': fill('president of the Club, interned at Acme, won the award, MBA, GPA 4.0, '),
  'job asks': fill('Are you hiring? Keep me in mind if something opens up. '),
  'durations and times': fill('20 minutes or an hour, Tuesday at 3pm, 10-15 mins, '),
  'brackets and quotes': fill('[("“\'’»'),
  'every kind of sentence': fill(`${sentencesOfAllKinds} `),
  'no greeting, all sign-offs': fill('Best,\nThanks,\nCheers!\nSam\n'),
  'repeated trigger words': fill('learn a a a a about if you are '),
  'runs of whitespace': fill('learn \t \u00a0  \u2003 '),
  'repeated introductions': fill("I'm I am Fellow fellow "),
};

const PATHS: Record<string, (text: string) => unknown> = {
  'live lint + score': (text) => score(lintOutreach(text, { channel: 'email' }).map(toFinding)),
  'critique + rewrite (email)': (text) => offlineOutreachCritique(text, { channel: 'email', recipientName: 'Jordan' }),
  'critique + rewrite (LinkedIn)': (text) => offlineOutreachCritique(text, { channel: 'linkedin', connection: 'Maria Lopez referred me' }),
};

/** Runs per shape and path, and the most time one shape and path may take: the section stays bounded on a busy machine (it once ran over ten minutes). */
export const SHAPE_RUNS = 5;
export const SHAPE_CAP_MS = 1_500;

/** Best and median of up to `runs` timings, stopping after `capMs`: the best is the work itself, the median adds what a busy machine adds. */
function timeOf(fn: () => unknown, runs = SHAPE_RUNS, capMs = SHAPE_CAP_MS, warm = true): { best: number; median: number } {
  const started = performance.now();
  if (warm) fn();
  const times: number[] = [];
  while (times.length < runs && (times.length === 0 || performance.now() - started < capMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0]!, median: times[Math.floor(times.length / 2)]! };
}

export interface ShapeTiming {
  shape: string;
  path: string;
  best: number;
  median: number;
}

/** Every offline path on every shape, slowest (by best time) first. */
export function timeShapes(): ShapeTiming[] {
  const rows: ShapeTiming[] = [];
  for (const [shape, text] of Object.entries(HOSTILE_SHAPES)) {
    // The unmeasured warm-up run only for a path's first shape: its code is compiled by then.
    for (const [path, run] of Object.entries(PATHS)) rows.push({ shape, path, ...timeOf(() => run(text), SHAPE_RUNS, SHAPE_CAP_MS, rows.every((r) => r.path !== path)) });
  }
  return rows.sort((a, b) => b.best - a.best);
}

export function printShapeTimings(rows: ShapeTiming[]): ShapeTiming {
  const load = loadavg()[0]!.toFixed(1);
  console.log(
    `\nHostile input shapes (${SHAPE_CHARS.toLocaleString('en')} characters each, in process, one thread; best / median of up to ${SHAPE_RUNS} runs, at most ${SHAPE_CAP_MS / 1000} s a cell; load average ${load} on ${availableParallelism()} cores)`,
  );
  const byShape = new Map<string, ShapeTiming[]>();
  for (const r of rows) byShape.set(r.shape, [...(byShape.get(r.shape) ?? []), r]);
  const paths = Object.keys(PATHS);
  console.log(`  ${'shape'.padEnd(26)} ${paths.map((p) => p.padStart(32)).join('')}`);
  for (const [shape, timings] of byShape) {
    const cell = (p: string) => {
      const t = timings.find((x) => x.path === p)!;
      return `${t.best.toFixed(1)} / ${t.median.toFixed(1)} ms`.padStart(32);
    };
    console.log(`  ${shape.padEnd(26)} ${paths.map(cell).join('')}`);
  }
  const worst = rows[0]!;
  console.log(
    `  slowest: "${worst.shape}" through ${worst.path}: ${worst.best.toFixed(1)} ms best, ${worst.median.toFixed(1)} ms median (the server runs these on its worker pool: the event loop's share is under "Worst accepted request per route" below)`,
  );
  return worst;
}
