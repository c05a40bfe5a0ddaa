// The thread CPU of the analysis of each worst accepted request, in process (the work one worker
// does for the request): `node scripts/bench/task-cpu.ts [filter] [--runs=N]`. Each run is on a
// fresh variant of the text (a tag after every 30th space), so neither a cache nor a near split
// answers it; the first run is dropped (it compiles the code); best and median of the rest.
// README → Performance, rounds three and four.
import { loadavg } from 'node:os';
import { ensureLanguageModels } from '../../server/language/models.ts';
import { TASKS } from '../../server/offload/tasks.ts';
import { MAX_DRAFT_CHARS } from '../../shared/contracts/outreach.ts';
import { MAX_PROFILE_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS } from '../../shared/contracts/questions.ts';
import { HOSTILE_SHAPES } from './hostile-shapes.ts';

/** `text` with a fresh tag after every 30th space: a new text for every cache, the same shape. */
export function freshVariant(text: string, tag: number): string {
  let spaces = 0;
  let out = '';
  for (const ch of text) {
    out += ch;
    if (ch === ' ' && ++spaces % 30 === 0) out += `v${tag} `;
  }
  return out;
}

const threadMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

const longQuestion = (i: number, tag: number) => `Why ${i} ${tag}? `.repeat(60).slice(0, MAX_QUESTION_CHARS);
const profile = (tag: number) => `Senior researcher at Lumen Health ${tag}. `.repeat(600).slice(0, MAX_PROFILE_CHARS);
const jobQuestion = (i: number, tag: number) => `Are you hiring for role ${i} ${tag}, and what is your salary, and could you refer me for the opening on your team? `.repeat(6).slice(0, MAX_QUESTION_CHARS - 1) + '?';

export const TASK_SHAPES: Record<string, (tag: number) => unknown> = {
  [`review, ${MAX_QUESTIONS} × ${MAX_QUESTION_CHARS} + profile`]: (tag) => TASKS.reviewQuestions(Array.from({ length: MAX_QUESTIONS }, (_, i) => longQuestion(i, tag)), { field: 'UX research', profile: profile(tag) }),
  [`review, ${MAX_QUESTIONS} job-style × ${MAX_QUESTION_CHARS} + profile`]: (tag) =>
    TASKS.reviewQuestions(Array.from({ length: MAX_QUESTIONS }, (_, i) => jobQuestion(i, tag)), { field: 'UX research', role: 'Researcher', organization: 'Lumen', profile: profile(tag) }),
  ...Object.fromEntries(
    ['every kind of sentence', 'many sentences', 'short lines', 'job asks'].flatMap((shape) => [
      [`critique, ${shape} (email)`, (tag: number) => TASKS.outreachCritique(freshVariant(HOSTILE_SHAPES[shape]!.slice(0, MAX_DRAFT_CHARS), tag).slice(0, MAX_DRAFT_CHARS), { channel: 'email', recipientName: 'Jordan' })],
      [`critique, ${shape} (LinkedIn)`, (tag: number) => TASKS.outreachCritique(freshVariant(HOSTILE_SHAPES[shape]!.slice(0, MAX_DRAFT_CHARS), tag).slice(0, MAX_DRAFT_CHARS), { channel: 'linkedin', connection: 'Maria Lopez referred me' })],
    ]),
  ),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureLanguageModels();
  const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 8);
  // Requests per timed run, each on its own fresh text: the thread clock ticks in steps of a few
  // milliseconds (4 ms on this machine), so one request alone reads 12 or 16 ms for 14 (round five).
  const batch = Number(process.argv.find((a) => a.startsWith('--batch='))?.slice(8) ?? 1);
  let tag = Math.floor(Math.random() * 1e6);
  console.log(`task thread CPU, best / median of ${runs - 1} (first run dropped${batch > 1 ? `; each run the mean of ${batch} requests` : ''}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  for (const [name, run] of Object.entries(TASK_SHAPES)) {
    if (filter && !name.includes(filter)) continue;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = threadMs();
      for (let k = 0; k < batch; k++) run(++tag);
      if (i > 0) times.push((threadMs() - before) / batch);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(44)} ${times[0]!.toFixed(1).padStart(7)} / ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(7)} ms`);
  }
}
