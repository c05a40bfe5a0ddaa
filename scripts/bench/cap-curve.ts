// The thread CPU of the worst accepted request against input size, to set the input caps
// (README → Security, → Performance round five): `node scripts/bench/cap-curve.ts [critique|review] [--runs=N]`.
// The critique: each hostile shape (scripts/bench/hostile-shapes.ts, made at the longest size
// measured) cut to each size, both channels, the worst shape reported per size. The review:
// questions × characters × profile characters. Each run on a fresh variant of the text (no cache
// answers it), the first run dropped, best / median of the rest, in process (the work one worker
// does for the request), each figure the mean of a batch of five fresh requests.
import { loadavg } from 'node:os';
import { ensureLanguageModels } from '../../server/language/models.ts';
import { TASKS } from '../../server/offload/tasks.ts';
import { HOSTILE_SHAPES } from './hostile-shapes.ts';
import { freshVariant } from './task-cpu.ts';

const threadMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** Requests per timed batch: the thread clock ticks in steps of a few milliseconds (4 ms here), so one request alone reads 8, 12 or 16. */
const BATCH = 5;

function measure(runs: number, run: (tag: number) => unknown): [number, number] {
  const times: number[] = [];
  let tag = Math.floor(Math.random() * 1e6);
  for (let i = 0; i < runs; i++) {
    const before = threadMs();
    for (let k = 0; k < BATCH; k++) run(++tag);
    if (i > 0) times.push((threadMs() - before) / BATCH);
  }
  times.sort((a, b) => a - b);
  return [times[0]!, times[Math.floor(times.length / 2)]!];
}

const CRITIQUE_SHAPES = ['every kind of sentence', 'many sentences', 'short lines', 'job asks', 'credential list', 'repeated trigger words'];

export function critiqueCurve(sizes: number[], runs: number): void {
  console.log(`critique: worst shape per size, best / median of ${runs - 1} (ms), load average ${loadavg()[0]!.toFixed(1)}`);
  for (const size of sizes) {
    let worst = { name: '', best: 0, median: 0 };
    for (const shape of CRITIQUE_SHAPES) {
      for (const [channel, context] of [
        ['email', { channel: 'email', recipientName: 'Jordan' }],
        ['LinkedIn', { channel: 'linkedin', connection: 'Maria Lopez referred me' }],
      ] as const) {
        const [best, median] = measure(runs, (tag) => TASKS.outreachCritique(freshVariant(HOSTILE_SHAPES[shape]!.slice(0, size), tag).slice(0, size), context));
        if (best > worst.best) worst = { name: `${shape} (${channel})`, best, median };
      }
    }
    console.log(`  ${String(size).padStart(6)} characters  ${worst.best.toFixed(1).padStart(6)} / ${worst.median.toFixed(1).padStart(6)} ms  ${worst.name}`);
  }
}

const longQuestion = (i: number, tag: number, chars: number) => `Why ${i} ${tag}? `.repeat(60).slice(0, chars);
const jobQuestion = (i: number, tag: number, chars: number) => `Are you hiring for role ${i} ${tag}, and what is your salary, and could you refer me for the opening on your team? `.repeat(6).slice(0, chars - 1) + '?';
const profile = (tag: number, chars: number) => `Senior researcher at Lumen Health ${tag}. `.repeat(600).slice(0, chars);

export function reviewCurve(counts: number[], lengths: number[], profiles: number[], runs: number): void {
  console.log(`review: questions × characters + profile, best / median of ${runs - 1} (ms; short questions / job-style), load average ${loadavg()[0]!.toFixed(1)}`);
  for (const n of counts)
    for (const chars of lengths)
      for (const p of profiles) {
        const [b1, m1] = measure(runs, (tag) => TASKS.reviewQuestions(Array.from({ length: n }, (_, i) => longQuestion(i, tag, chars)), { field: 'UX research', profile: profile(tag, p) }));
        const [b2, m2] = measure(runs, (tag) =>
          TASKS.reviewQuestions(Array.from({ length: n }, (_, i) => jobQuestion(i, tag, chars)), { field: 'UX research', role: 'Researcher', organization: 'Lumen', profile: profile(tag, p) }),
        );
        console.log(`  ${String(n).padStart(3)} × ${String(chars).padStart(4)} + ${String(p).padStart(6)}  ${b1.toFixed(1).padStart(6)} / ${m1.toFixed(1).padStart(6)}   ${b2.toFixed(1).padStart(6)} / ${m2.toFixed(1).padStart(6)} ms`);
      }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureLanguageModels();
  const which = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 6);
  const list = (name: string, fallback: number[]) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',').map(Number) ?? fallback;
  if (!which || which === 'critique') critiqueCurve(list('sizes', [1_000, 1_500, 2_000, 2_500, 3_000, 5_000]), runs);
  if (!which || which === 'review') reviewCurve(list('counts', [10, 15, 20]), list('lengths', [200, 300]), list('profiles', [2_000, 5_000, 20_000]), runs);
}
