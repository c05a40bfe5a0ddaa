// `npm run eval`: every eval's cases through a coach, scored by the rulebook; exits 1 under threshold.
// Offline by default (the CI gate). `npm run eval -- --model` uses the model configured in the
// environment (OPENAI_API_KEY / OPENAI_BASE_URL / INFOCHAT_MODEL), through the same coach seam.
import { createCoach } from '../server/coach/select-coach.ts';
import { createOfflineCoach } from '../server/coach/offline-coach.ts';
import { loadConfig } from '../server/config.ts';
import { outreachEval } from './outreach.eval.ts';
import { questionsEval } from './questions.eval.ts';

const useModel = process.argv.includes('--model');
const coach = useModel ? createCoach(loadConfig(process.env).model) : createOfflineCoach();
console.log(`infochat evals — coach: ${coach.info.kind}${coach.info.model ? ` (${coach.info.model})` : ''}\n`);

let failed = false;
for (const ev of [outreachEval]) {
  const totals = new Map<string, number>();
  console.log(`${ev.name}: ${ev.cases.length} cases`);
  for (const c of ev.cases) {
    const context = c.context ?? {};
    const result = await coach.critique(c.draft, context);
    const scores = ev.scorers.map((s) => {
      const value = s.score({ draft: c.draft, context, failed: c.failed, critique: result.body });
      totals.set(s.name, (totals.get(s.name) ?? 0) + value);
      return value;
    });
    const worst = Math.min(...scores);
    console.log(`  ${worst === 1 ? 'ok  ' : 'LOW '} ${c.name.padEnd(58)} ${scores.map((v) => v.toFixed(2)).join('  ')}${result.notice ? `  (${result.notice})` : ''}`);
  }
  console.log('\n  scorer                              mean   threshold');
  for (const s of ev.scorers) {
    const mean = (totals.get(s.name) ?? 0) / ev.cases.length;
    const ok = mean >= ev.threshold;
    if (!ok) failed = true;
    console.log(`  ${ok ? 'pass' : 'FAIL'} ${s.name.padEnd(32)} ${mean.toFixed(3)}  ${ev.threshold}   ${s.description}`);
  }
  console.log('');
}
// Evals that bring their own task (`setup`) and scorers returning { score, reason } or { skipped }.
for (const ev of [questionsEval]) {
  const task = ev.setup(useModel ? { mode: 'model', model: loadConfig(process.env).model } : { mode: 'offline', model: {} });
  const scores = new Map<string, number[]>();
  console.log(`${ev.name}: ${ev.cases.length} cases`);
  for (const c of ev.cases) {
    const { output, notice } = await task(c);
    const low: string[] = [];
    for (const s of ev.scorers) {
      const outcome = s.score({ input: c, output });
      if ('skipped' in outcome) continue;
      scores.set(s.name, [...(scores.get(s.name) ?? []), outcome.score]);
      if (outcome.score < 1) low.push(`${s.name}: ${outcome.reason}`);
    }
    if (low.length > 0 || notice) console.log(`  ${low.length > 0 ? 'LOW ' : 'ok  '} ${c.name.slice(0, 70).padEnd(70)} ${low.join('; ')}${notice ? `  (${notice})` : ''}`);
  }
  console.log('\n  scorer                              mean   threshold  cases');
  for (const s of ev.scorers) {
    const values = scores.get(s.name) ?? [];
    const mean = values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length;
    const threshold = ev.threshold[s.name as keyof typeof ev.threshold] ?? ev.threshold.default;
    const ok = mean >= threshold;
    if (!ok) failed = true;
    console.log(`  ${ok ? 'pass' : 'FAIL'} ${s.name.padEnd(32)} ${mean.toFixed(3)}  ${threshold}      ${String(values.length).padStart(4)}   ${s.description}`);
  }
  console.log('');
}
if (failed) {
  console.error('eval below threshold');
  process.exit(1);
}
console.log('all evals at or above threshold');
