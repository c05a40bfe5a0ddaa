// Questions in `npm run bench`: the live check of a 20-question list as the page runs it on each
// keystroke (the rulebook on every line), and the offline review of 50 questions (rules,
// rephrasing, alternatives), median and p95. Pure CPU, no server.
import { readFileSync } from 'node:fs';
import { questionCases } from '../../evals/questions/cases.ts';
import { MODELS_DIR } from '../../server/language/models.ts';
import { LanguageModel } from '../../shared/language/model.ts';
import { decideQuestion } from '../../shared/language/questions.ts';
import { forgetModels, provideModel } from '../../shared/language/registry.ts';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { lint } from '../../shared/rules/index.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `run` for about `ms` milliseconds (and at least `min` runs), after a warm-up. */
function time(run: () => void, ms = 1500, min = 50): { median: number; p95: number; runs: number } {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  const deadline = performance.now() + ms;
  while (performance.now() < deadline || times.length < min) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
}

/** A realistic mix: job-style and informational questions from the eval set, interleaved. */
function mixedQuestions(n: number): string[] {
  const job = questionCases.filter((c) => c.expected === 'rephrase').map((c) => c.question);
  const info = questionCases.filter((c) => c.expected === 'informational').map((c) => c.question);
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? job[(i * 7) % job.length]! : info[(i * 5) % info.length]!));
}

export function benchQuestions(): void {
  console.log('\nQuestions (the question rules and the questions model, offline)');
  console.log('  what                                          median      p95      runs');
  const twenty = mixedQuestions(20);
  forgetModels();
  const rulesOnly = time(() => {
    for (const q of twenty) lint('question', q);
  });
  // The model's load: read, parse, validate and decode the artifact, as the server does at startup.
  const file = `${MODELS_DIR}/questions.json`;
  let model: LanguageModel | undefined;
  const load = time(() => {
    model = LanguageModel.fromArtifact(JSON.parse(readFileSync(file, 'utf8')));
  }, 1500, 5);
  provideModel('questions', model!);
  const perUnit = time(() => {
    for (const q of twenty) model!.predict(q);
  });
  // A keystroke: one line of the twenty changes, the others are as they were.
  let keystroke = 0;
  const live = time(() => {
    keystroke++;
    twenty.forEach((q, i) => decideQuestion(i === keystroke % 20 ? `${q.slice(0, -1)} ${keystroke}?` : q));
  });
  const fifty = mixedQuestions(50);
  const review = time(() => {
    for (const q of fifty) reviewQuestion(q);
  }, 3000, 20);
  const row = (label: string, r: { median: number; p95: number; runs: number }) =>
    console.log(`  ${label.padEnd(44)} ${r.median.toFixed(2).padStart(7)} ms ${r.p95.toFixed(2).padStart(7)} ms  ${String(r.runs).padStart(6)}`);
  row('model load (read + validate + decode)', load);
  row('model alone, per question', { median: perUnit.median / 20, p95: perUnit.p95 / 20, runs: perUnit.runs });
  row('live check, 20 questions, rules alone', rulesOnly);
  row('live check, 20 questions, rules + model (a keystroke)', live);
  row('offline review, 50 questions (+ rephrasing)', review);
}
