import { MIN_PRECISION_RECALL, type MetaResult } from '../meta/meta-eval.ts';
import type { BaselineDiff } from './baseline.ts';
import type { SuiteResult } from './run-evals.ts';

/** Exit codes: 0 all at or above threshold; 1 a pass rate or a checker under its bar; 2 an infrastructure error. */
export const EXIT = { pass: 0, belowThreshold: 1, infrastructure: 2 } as const;

/** Everything one run produced: written as JSON, rendered as HTML and as the terminal summary. */
export interface EvalReport {
  createdAt: string;
  /** `offline`, or the model (`openai@gpt-4.1-mini`, `openai-compatible@localhost:11434/llama3.2`). */
  coach: string;
  mode: 'offline' | 'model';
  judge: string | null;
  options: { repeat: number; concurrency: number; filter: string | null };
  durationMs: number;
  suite: SuiteResult;
  meta: MetaResult;
  diff: BaselineDiff;
  /** Infrastructure errors: the reason for exit code 2. */
  errors: string[];
  exitCode: number;
  /** One line: why the run passed or failed. */
  verdict: string;
}

/** The exit code and its one-line reason, from what the run found. */
export function decide(suite: SuiteResult, meta: MetaResult, errors: readonly string[]): { exitCode: number; verdict: string } {
  const erroredRuns = suite.evals.reduce((n, e) => n + e.errors, 0);
  if (errors.length > 0 || erroredRuns > 0) {
    return { exitCode: EXIT.infrastructure, verdict: `ERROR: ${[...errors, ...(erroredRuns > 0 ? [`${erroredRuns} case run(s) could not run`] : [])].join('; ')}` };
  }
  const below = suite.evals.flatMap((e) => e.scorers.filter((s) => !s.passed).map((s) => `${e.name}: ${s.name} ${fmt(s.mean)} < ${s.threshold}`));
  const rules = meta.rules.filter((r) => r.status === 'below' || r.status === 'too-few').map((r) => `${r.ruleId}: ${r.status === 'too-few' ? `only ${r.shouldPass}/${r.shouldFail} examples` : `precision ${fmt(r.precision)}, recall ${fmt(r.recall)}`}`);
  if (below.length + rules.length > 0) return { exitCode: EXIT.belowThreshold, verdict: `FAIL: ${[...below, ...rules].join('; ')}` };
  const runs = suite.evals.reduce((n, e) => n + e.cases.reduce((m, c) => m + c.runs.length, 0), 0);
  const known = meta.rules.filter((r) => r.status === 'known-below').length;
  return {
    exitCode: EXIT.pass,
    verdict: `PASS: ${suite.evals.length} eval(s), ${runs} case run(s) at or above threshold; ${meta.rules.filter((r) => r.status === 'ok').length} checker(s) at or above ${MIN_PRECISION_RECALL}${known ? `, ${known} known below (evals/meta/known-below.ts)` : ''}`,
  };
}

export const fmt = (n: number | null | undefined, digits = 3) => (n === null || n === undefined ? '—' : n.toFixed(digits));
const pct = (n: number) => `${Math.round(n * 100)}%`;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The terminal summary: per job (eval and scorer), per rule, the meta-evaluation and the baseline diff. */
export function renderTerminal(report: EvalReport, paths: { json?: string; html?: string } = {}): string {
  const out: string[] = [];
  const { suite, meta, diff, options } = report;
  const runs = suite.evals.reduce((n, e) => n + e.cases.reduce((m, c) => m + c.runs.length, 0), 0);
  const cases = suite.evals.reduce((n, e) => n + e.cases.length, 0);
  out.push(
    `infochat evals — coach: ${report.coach}${report.judge ? ` · judge: ${report.judge}` : ''} · ${cases} cases × ${options.repeat} = ${runs} runs${options.filter ? ` · filter "${options.filter}"` : ''} · ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
  );
  const jobs = [...new Set(suite.evals.map((e) => e.job))];
  out.push('per job');
  for (const job of jobs) {
    const evals = suite.evals.filter((e) => e.job === job);
    const jobCases = evals.flatMap((e) => e.cases);
    const jobRuns = jobCases.flatMap((c) => c.runs);
    const mark = evals.every((e) => e.passed) ? 'pass' : 'FAIL';
    out.push(
      `  ${mark} ${job.padEnd(12)} ${evals.length} eval(s) · ${jobCases.length} cases · ${pct(jobRuns.filter((r) => r.passed).length / Math.max(1, jobRuns.length))} of runs pass · ${jobCases.filter((c) => c.flaky).length} flaky`,
    );
  }
  out.push('');
  for (const ev of suite.evals) {
    const flaky = ev.cases.filter((c) => c.flaky);
    out.push(`${ev.name} [${ev.job}] — ${ev.cases.length} cases, ${pct(ev.passRate)} of runs pass${ev.errors ? `, ${ev.errors} errors` : ''}${flaky.length ? `, ${flaky.length} flaky` : ''}`);
    out.push(`       ${'scorer'.padEnd(34)} mean   threshold`);
    for (const s of ev.scorers) {
      const mark = s.skipped ? 'skip' : s.passed ? 'pass' : 'FAIL';
      out.push(`  ${mark} ${s.name.padEnd(34)} ${fmt(s.mean)}  ${s.threshold}${s.skipped ? `   (${s.skipped})` : ''}`);
    }
    const failing = ev.cases.filter((c) => c.passRate < 1);
    for (const c of failing.slice(0, 25)) {
      const run = c.runs.find((r) => !r.passed);
      const why = run?.error ?? run?.scores.filter((s) => !s.skipped && (s.score ?? 0) < 1).map((s) => `${s.scorer} ${fmt(s.score, 2)}: ${s.reason}`).join(' | ') ?? '';
      out.push(`    ${c.flaky ? 'FLAKY' : 'LOW  '} ${cut(c.case, 52).padEnd(52)} ${pct(c.passRate).padStart(4)}  ${cut(why, 140)}`);
    }
    if (failing.length > 25) out.push(`    … and ${failing.length - 25} more (see the HTML report)`);
    out.push('');
  }

  if (suite.rules.length > 0) {
    out.push('per rule — the output’s verdicts against the labels, over every case run');
    out.push(`  ${'rule'.padEnd(32)} agree   false pass  false fail`);
    for (const r of suite.rules) {
      out.push(`  ${r.ruleId.padEnd(32)} ${pct(r.agree / r.verdicts).padStart(5)}   ${String(r.falsePasses).padStart(10)}  ${String(r.falseFails).padStart(10)}`);
    }
    out.push('');
  }

  out.push('meta-evaluation — each checker on its labelled examples ("fail" is the positive class)');
  out.push(`  ${'rule'.padEnd(32)} pass/fail  precision  recall  status`);
  for (const r of meta.rules) {
    const status = r.status === 'ok' ? 'ok' : r.status === 'known-below' ? `KNOWN BELOW (${r.knownBelow})` : r.status === 'no-examples' ? 'no examples yet' : r.status === 'too-few' ? 'FAIL: fewer than 10 of a label' : 'FAIL: under 0.9';
    out.push(`  ${r.ruleId.padEnd(32)} ${`${r.shouldPass}/${r.shouldFail}`.padStart(9)}  ${fmt(r.precision, 2).padStart(9)}  ${fmt(r.recall, 2).padStart(6)}  ${status}`);
  }
  for (const note of meta.notes) out.push(`  note: ${note}`);
  out.push('');

  out.push(...renderDiff(diff));
  for (const notice of suite.notices) out.push(`notice: ${notice}`);
  for (const error of report.errors) out.push(`error: ${error}`);
  if (paths.json || paths.html) out.push(`reports: ${[paths.json, paths.html].filter(Boolean).join(', ')}`);
  out.push(report.verdict);
  return out.join('\n');
}

function renderDiff(diff: BaselineDiff): string[] {
  if (!diff.hasBaseline) return [`baseline: none for ${diff.coach} yet (record one with --bless)`, ''];
  const out = [
    `baseline (${diff.coach}, blessed ${diff.blessedAt}): ${diff.regressions.length} regressed, ${diff.improvements.length} improved, ${diff.added.length} new, ${diff.removed.length} gone` +
      (diff.ruleRegressions.length + diff.ruleImprovements.length > 0 ? `; checkers: ${diff.ruleRegressions.length} worse, ${diff.ruleImprovements.length} better` : ''),
  ];
  const line = (tag: string, c: BaselineDiff['regressions'][number]) =>
    `  ${tag} ${c.id}: pass ${pct(c.before.passRate)} → ${pct(c.after.passRate)}${c.scorers.length ? `; ${c.scorers.map((s) => `${s.scorer} ${fmt(s.before, 2)} → ${fmt(s.after, 2)}`).join(', ')}` : ''}`;
  for (const c of diff.regressions) out.push(line('REGRESSED', c));
  for (const c of diff.improvements) out.push(line('improved ', c));
  for (const r of diff.ruleRegressions) out.push(`  REGRESSED checker ${r.ruleId}: precision ${fmt(r.before.precision, 2)} → ${fmt(r.after.precision, 2)}, recall ${fmt(r.before.recall, 2)} → ${fmt(r.after.recall, 2)}`);
  for (const r of diff.ruleImprovements) out.push(`  improved  checker ${r.ruleId}: precision ${fmt(r.before.precision, 2)} → ${fmt(r.after.precision, 2)}, recall ${fmt(r.before.recall, 2)} → ${fmt(r.after.recall, 2)}`);
  if (diff.added.length) out.push(`  new: ${diff.added.length} case(s) not in the baseline`);
  if (diff.removed.length) out.push(`  gone: ${diff.removed.join(', ')}`);
  out.push('');
  return out;
}
