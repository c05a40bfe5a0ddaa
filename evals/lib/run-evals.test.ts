import { describe, expect, it } from 'vitest';
import { equals, fakeEval, memoryCache, type FakeCase } from './fake-evals.ts';
import { matchesFilter, runEvals, type RunOptions } from './run-evals.ts';
import type { EvalScorer } from './types.ts';

const OFFLINE: RunOptions = { env: { mode: 'offline', model: {} }, repeat: 1, concurrency: 4 };
const MODEL: RunOptions = { env: { mode: 'model', model: { apiKey: 'k' } }, modelId: 'openai@test-model', repeat: 1, concurrency: 4 };
const ok = (name: string): FakeCase => ({ name, want: 'yes', answers: ['yes'] });
const bad = (name: string): FakeCase => ({ name, want: 'yes', answers: ['no'] });

describe('runEvals: thresholds', () => {
  it('passes an eval whose every scorer mean reaches the threshold, and fails one below it', async () => {
    const cases = [ok('a'), ok('b'), ok('c'), bad('d')];
    const lenient = fakeEval('lenient', cases, { threshold: 0.75 }).ev;
    const strict = fakeEval('strict', cases, { threshold: 0.8 }).ev;
    const { evals } = await runEvals([lenient, strict], OFFLINE);
    expect(evals.map((e) => ({ name: e.name, passed: e.passed, passRate: e.passRate, scorers: e.scorers }))).toEqual([
      { name: 'lenient', passed: true, passRate: 0.75, scorers: [{ name: 'equals', description: 'the answer is the wanted one', mean: 0.75, threshold: 0.75, passed: true, runs: 4 }] },
      { name: 'strict', passed: false, passRate: 0.75, scorers: [{ name: 'equals', description: 'the answer is the wanted one', mean: 0.75, threshold: 0.8, passed: false, runs: 4 }] },
    ]);
  });

  it('gives a scorer its own threshold, and a case passes only when every scorer reaches its own', async () => {
    const half: EvalScorer<FakeCase, string> = { name: 'half', description: 'always 0.5', score: () => ({ score: 0.5, reason: 'half' }) };
    const ev = fakeEval('per-scorer', [ok('a')], { scorers: [equals, half], threshold: { default: 1, half: 0.5 } }).ev;
    const { evals } = await runEvals([ev], OFFLINE);
    expect(evals[0]?.passed).toBe(true);
    expect(evals[0]?.cases[0]?.runs[0]?.passed).toBe(true);
    const stricter = fakeEval('per-scorer', [ok('a')], { scorers: [equals, half], threshold: { default: 1, half: 0.6 } }).ev;
    expect((await runEvals([stricter], OFFLINE)).evals[0]?.passed).toBe(false);
  });

  it('leaves a skipped scorer out of every mean and every pass', async () => {
    const judgeOff: EvalScorer<FakeCase, string> = { name: 'judge', description: 'model judge', score: () => ({ skipped: 'judge off' }) };
    const { evals, notices } = await runEvals([fakeEval('skips', [ok('a')], { scorers: [equals, judgeOff] }).ev], OFFLINE);
    expect(evals[0]?.scorers[1]).toEqual({ name: 'judge', description: 'model judge', mean: null, threshold: 1, passed: true, runs: 0, skipped: 'judge off' });
    expect(evals[0]?.passed).toBe(true);
    expect(notices).toEqual(['skipped: judge off']);
  });

  it('rejects a scorer that returns a number outside 0..1 as an error of that run', async () => {
    const broken: EvalScorer<FakeCase, string> = { name: 'broken', description: 'bug', score: () => ({ score: 2, reason: 'oops' }) };
    const { evals } = await runEvals([fakeEval('broken', [ok('a')], { scorers: [broken] }).ev], OFFLINE);
    expect(evals[0]?.errors).toBe(1);
    expect(evals[0]?.cases[0]?.runs[0]?.error).toBe('Error: scorer broken returned 2, not a number from 0 to 1');
  });
});

describe('runEvals: repeat, flakiness, errors', () => {
  it('runs each case N times and reports its pass rate and flakiness', async () => {
    const flaky: FakeCase = { name: 'flaky', want: 'yes', answers: ['yes', 'no', 'yes'] };
    const { ev, calls } = fakeEval('repeat', [flaky, ok('steady')]);
    const { evals } = await runEvals([ev], { ...OFFLINE, repeat: 3 });
    expect(evals[0]?.cases.map((c) => ({ case: c.case, runs: c.runs.length, passRate: c.passRate, flaky: c.flaky }))).toEqual([
      { case: 'flaky', runs: 3, passRate: 2 / 3, flaky: true },
      { case: 'steady', runs: 3, passRate: 1, flaky: false },
    ]);
    expect(Object.fromEntries(calls)).toEqual({ flaky: 3, steady: 3 });
    expect(evals[0]?.cases[0]?.runs.map((r) => r.repeat)).toEqual([0, 1, 2]);
  });

  it('records a task that throws as an error run, scored 0 in the means', async () => {
    const { evals } = await runEvals([fakeEval('errors', [ok('a'), { name: 'down', want: 'yes', answers: ['throw'] }]).ev], OFFLINE);
    expect(evals[0]?.errors).toBe(1);
    expect(evals[0]?.scorers[0]?.mean).toBe(0.5);
    expect(evals[0]?.cases[1]?.runs[0]).toEqual({ repeat: 0, status: 'error', cached: false, passed: false, scores: [], outputText: '', error: 'Error: model unreachable', rules: [] });
  });

  it('stops asking after the first infrastructure error, recording the rest as not run', async () => {
    const down: FakeCase = { name: 'down', want: 'yes', answers: ['throw'] };
    const { ev, calls } = fakeEval('stops', [down, ok('b'), ok('c')]);
    const { evals } = await runEvals([ev], { ...OFFLINE, concurrency: 1 });
    expect(evals[0]?.cases.map((c) => c.runs[0]?.error)).toEqual(['Error: model unreachable', 'Skipped: not run after the infrastructure error in stops/down', 'Skipped: not run after the infrastructure error in stops/down']);
    expect(Object.fromEntries(calls)).toEqual({ down: 1 });
  });

  it('scores an invalid answer 0 on every scorer, with the reason', async () => {
    const { evals } = await runEvals([fakeEval('invalid', [{ name: 'junk', want: 'yes', answers: ['invalid'] }]).ev], OFFLINE);
    expect(evals[0]?.cases[0]?.runs[0]).toMatchObject({ status: 'invalid', passed: false, scores: [{ scorer: 'equals', score: 0, reason: 'invalid output: did not match the schema' }] });
  });

  it('never runs more cases at once than the concurrency limit', async () => {
    const fake = fakeEval('limit', Array.from({ length: 12 }, (_, i) => ok(`c${i}`)));
    await runEvals([fake.ev], { ...OFFLINE, concurrency: 3 });
    expect(fake.maxInFlight()).toBe(3);
  });
});

describe('runEvals: filter', () => {
  it('matches any comma-separated term against job, eval and case name, ignoring case', () => {
    expect(matchesFilter('LinkedIn', 'outreach', 'outreach critique', 'LinkedIn note too long')).toBe(true);
    expect(matchesFilter('questions, adversarial', 'outreach', 'outreach adversarial', 'a recipe')).toBe(true);
    expect(matchesFilter('practice', 'outreach', 'outreach critique', 'a recipe')).toBe(false);
    expect(matchesFilter(undefined, 'anything')).toBe(true);
  });

  it('runs only the matching cases and drops evals left with none', async () => {
    const one = fakeEval('one', [ok('linkedin short'), ok('email long')]);
    const two = fakeEval('two', [ok('email')]);
    const { evals } = await runEvals([one.ev, two.ev], { ...OFFLINE, filter: 'linkedin' });
    expect(evals.map((e) => [e.name, e.cases.map((c) => c.case)])).toEqual([['one', ['linkedin short']]]);
    expect(two.calls.size).toBe(0);
  });
});

describe('runEvals: the cache of model answers', () => {
  it('answers a re-run from the cache, keyed by model, prompt version, input and repeat', async () => {
    const cache = memoryCache();
    const first = fakeEval('cached', [ok('a'), ok('b')]);
    await runEvals([first.ev], { ...MODEL, repeat: 2, cache });
    expect([...cache.store.keys()].map((k) => JSON.parse(k) as unknown)).toEqual([
      { eval: 'cached', model: 'openai@test-model', promptVersion: 'v1', input: ok('a'), repeat: 0 },
      { eval: 'cached', model: 'openai@test-model', promptVersion: 'v1', input: ok('a'), repeat: 1 },
      { eval: 'cached', model: 'openai@test-model', promptVersion: 'v1', input: ok('b'), repeat: 0 },
      { eval: 'cached', model: 'openai@test-model', promptVersion: 'v1', input: ok('b'), repeat: 1 },
    ]);
    const second = fakeEval('cached', [ok('a'), ok('b')]);
    const rerun = await runEvals([second.ev], { ...MODEL, repeat: 2, cache });
    expect(second.calls.size).toBe(0);
    expect(rerun.evals[0]?.cases.flatMap((c) => c.runs.map((r) => r.cached))).toEqual([true, true, true, true]);
    expect(rerun.notices).toEqual(['cache: 4 of 4 answers from the cache']);
    const otherModel = fakeEval('cached', [ok('a')]);
    await runEvals([otherModel.ev], { ...MODEL, modelId: 'openai@other', cache });
    expect(otherModel.calls.get('a')).toBe(1);
  });

  it('never stores an error or an invalid answer', async () => {
    const cache = memoryCache();
    await runEvals([fakeEval('failing', [{ name: 'down', want: 'yes', answers: ['throw'] }, { name: 'junk', want: 'yes', answers: ['invalid'] }]).ev], { ...MODEL, cache });
    expect(cache.store.size).toBe(0);
  });

  it('is not used offline', async () => {
    const cache = memoryCache();
    await runEvals([fakeEval('offline', [ok('a')]).ev], { ...OFFLINE, cache });
    expect(cache.store.size).toBe(0);
  });
});

describe('runEvals: per-rule summary', () => {
  it('counts agreement, false passes and false fails per rule over every run', async () => {
    const ev = fakeEval('rules', [ok('a'), bad('b')], {
      rules: (input: FakeCase, output: string) => [
        { ruleId: 'x.one', expectedPass: true, actualPass: output === 'yes' },
        { ruleId: 'x.two', expectedPass: input.name === 'a', actualPass: true },
      ],
    }).ev;
    const { rules } = await runEvals([ev], OFFLINE);
    expect(rules).toEqual([
      { ruleId: 'x.one', jobs: ['fake'], verdicts: 2, agree: 1, falsePasses: 0, falseFails: 1 },
      { ruleId: 'x.two', jobs: ['fake'], verdicts: 2, agree: 1, falsePasses: 1, falseFails: 0 },
    ]);
  });
});
