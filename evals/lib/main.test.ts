import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMetaEval, type MetaResult } from '../meta/meta-eval.ts';
import { fakeEval, type FakeCase } from './fake-evals.ts';
import { main, type MainDeps } from './main.ts';
import type { EvalReport } from './report.ts';
import type { AnyEval } from './types.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ok = (name: string): FakeCase => ({ name, want: 'yes', answers: ['yes'] });
const bad = (name: string): FakeCase => ({ name, want: 'yes', answers: ['no'] });
const META_OK: MetaResult = { rules: [], passed: true, notes: [] };

/** `main` over given evals, writing into a fresh folder; returns the exit code, the printed text and the files. */
async function run(argv: string[], evals: AnyEval[], deps: Partial<MainDeps> = {}, dir = mkdtempSync(path.join(tmpdir(), 'eval-main-'))) {
  dirs.push(dir);
  const printed: string[] = [];
  const code = await main(argv, {
    env: {},
    evals: async () => evals,
    meta: () => META_OK,
    baselineFile: path.join(dir, 'baseline.json'),
    reportsDir: path.join(dir, 'reports'),
    stdout: (text) => printed.push(text),
    now: () => new Date('2026-11-23T01:00:00.000Z'),
    ...deps,
  });
  const reportFile = path.join(dir, 'reports', 'report.json');
  return {
    code,
    out: printed.join('\n'),
    dir,
    report: existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as EvalReport) : undefined,
    html: existsSync(path.join(dir, 'reports', 'report.html')) ? readFileSync(path.join(dir, 'reports', 'report.html'), 'utf8') : undefined,
  };
}

describe('npm run eval: exit codes', () => {
  it('is 0 when every eval reaches its threshold', async () => {
    const { code, out } = await run([], [fakeEval('good', [ok('a'), ok('b')]).ev]);
    expect(code).toBe(0);
    expect(out).toContain('PASS: 1 eval(s), 2 case run(s) at or above threshold');
  });

  it('is 1 when a pass rate falls below its threshold', async () => {
    const { code, out } = await run([], [fakeEval('good', [ok('a')]).ev, fakeEval('weak', [ok('a'), bad('b')], { threshold: 0.9 }).ev]);
    expect(code).toBe(1);
    expect(out).toContain('FAIL: weak: equals 0.500 < 0.9');
  });

  it('is 1 when a checker is under 0.9 on its labelled examples', async () => {
    const rule = { id: 'x.always-passes', appliesTo: 'outreach' as const, severity: 'low' as const, title: 'x', text: 'x', sources: [], check: () => ({ passed: true, message: 'fine' }) };
    const examples = Array.from({ length: 20 }, (_, i) => ({ ruleId: rule.id, text: `t${i}`, expect: i < 10 ? ('pass' as const) : ('fail' as const), source: 'infochat' }));
    const { code, out } = await run([], [fakeEval('good', [ok('a')]).ev], { meta: () => runMetaEval([rule], examples) });
    expect(code).toBe(1);
    expect(out).toContain('FAIL: x.always-passes: precision 0.000, recall 0.000');
  });

  it('is 2 when a task cannot run (an infrastructure error), even if the rest passes', async () => {
    const { code, out } = await run([], [fakeEval('down', [ok('a'), { name: 'b', want: 'yes', answers: ['throw'] }]).ev]);
    expect(code).toBe(2);
    expect(out).toContain('ERROR: down: Error: model unreachable; 1 case run(s) could not run');
  });

  it('is 2 for a bad option, for --model with no model configured, and for a filter that matches nothing', async () => {
    expect((await run(['--repeat', '0'], [])).code).toBe(2);
    expect((await run(['--colour'], [])).code).toBe(2);
    const noModel = await run(['--model'], [fakeEval('good', [ok('a')]).ev]);
    expect(noModel.code).toBe(2);
    expect(noModel.out).toContain('--model: no model configured');
    const nothing = await run(['--filter', 'nothing like this'], [fakeEval('good', [ok('a')]).ev]);
    expect(nothing.code).toBe(2);
    expect(nothing.out).toContain('no case matches --filter "nothing like this"');
  });

  it('is 2 when discovering the evals fails', async () => {
    const { code, out } = await run([], [], { evals: () => Promise.reject(new Error('bad module')) });
    expect(code).toBe(2);
    expect(out).toContain('eval: infrastructure error: Error: bad module');
  });
});

describe('npm run eval: reports and baseline', () => {
  it('writes the JSON report and a self-contained HTML report holding it', async () => {
    const { report, html } = await run(['--repeat', '2'], [fakeEval('flaky', [{ name: 'sometimes', want: 'yes', answers: ['yes', 'no'] }], { threshold: 0.5 }).ev]);
    expect(report).toMatchObject({
      createdAt: '2026-11-23T01:00:00.000Z',
      coach: 'offline',
      mode: 'offline',
      judge: null,
      options: { repeat: 2, concurrency: 16, filter: null },
      exitCode: 0,
      errors: [],
    });
    expect(report?.suite.evals[0]?.cases[0]).toMatchObject({ id: 'flaky/sometimes', passRate: 0.5, flaky: true });
    expect(report?.suite.evals[0]?.cases[0]?.runs.map((r) => r.scores[0])).toEqual([
      { scorer: 'equals', score: 1, reason: 'as wanted' },
      { scorer: 'equals', score: 0, reason: 'got "no", wanted "yes"' },
    ]);
    expect(html).toContain('<script id="report-data" type="application/json">');
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?https?:/i);
  });

  it('records a baseline with --bless and then lists the regressions against it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-main-'));
    const blessed = await run(['--bless'], [fakeEval('suite', [ok('a'), ok('b')], { threshold: 0.5 }).ev], {}, dir);
    expect(blessed.out).toContain('blessed: 2 cases and 0 checkers recorded for offline');
    const baseline = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as unknown;
    expect(baseline).toEqual({
      version: 1,
      coaches: { offline: { blessedAt: '2026-11-23T01:00:00.000Z', cases: { 'suite/a': { passRate: 1, scores: { equals: 1 } }, 'suite/b': { passRate: 1, scores: { equals: 1 } } }, rules: {} } },
    });
    const later = await run([], [fakeEval('suite', [ok('a'), bad('b'), ok('c')], { threshold: 0.5 }).ev], {}, dir);
    expect(later.code).toBe(0);
    expect(later.out).toContain('baseline (offline, blessed 2026-11-23T01:00:00.000Z): 1 regressed, 0 improved, 1 new, 0 gone');
    expect(later.out).toContain('REGRESSED suite/b: pass 100% → 0%; equals 1.00 → 0.00');
    expect(later.report?.diff.regressions.map((c) => c.id)).toEqual(['suite/b']);
  });

  it('does not bless a run with infrastructure errors', async () => {
    const { out, dir } = await run(['--bless'], [fakeEval('down', [{ name: 'b', want: 'yes', answers: ['throw'] }]).ev]);
    expect(out).toContain('not blessed: the run had infrastructure errors');
    expect(existsSync(path.join(dir, 'baseline.json'))).toBe(false);
  });
});
