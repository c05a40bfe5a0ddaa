import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outreachEval } from '../outreach.eval.ts';
import { outreachAdversarialEval } from '../outreach-adversarial.eval.ts';
import { assertUniqueNames, discoverEvals } from './discover.ts';
import { EvalShapeError, evalsOfModule, fromLegacyEval } from './legacy.ts';
import { runEvals } from './run-evals.ts';
import { EVALS_DIR } from './main.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The first shape of an eval: `{ name, cases, scorers, threshold }`, bare-number scorers, the task implied. */
const legacyOutreach = {
  name: 'legacy outreach',
  cases: [{ name: 'job ask', draft: 'Hi Tom, are you hiring? Thanks, Lee', failed: ['outreach.no-job-ask'] }],
  scorers: [{ name: 'fails-job-ask', description: 'the job ask is failed', score: (input: { critique: { findings: Array<{ ruleId: string; passed: boolean }> } }) => (input.critique.findings.find((f) => f.ruleId === 'outreach.no-job-ask')?.passed ? 0 : 1) }],
  threshold: 1,
};

describe('eval shapes', () => {
  it('keeps the { name, cases, scorers, threshold } shape working: outreach drafts get the critique task', async () => {
    const ev = fromLegacyEval(legacyOutreach);
    expect({ name: ev.name, job: ev.job, scorers: ev.scorers.map((s) => s.name) }).toEqual({ name: 'legacy outreach', job: 'outreach', scorers: ['fails-job-ask'] });
    const { evals } = await runEvals([ev], { env: { mode: 'offline', model: {} }, repeat: 1, concurrency: 1 });
    expect(evals[0]?.cases[0]?.runs[0]?.scores).toEqual([{ scorer: 'fails-job-ask', score: 1, reason: 'the job ask is failed: 1.00' }]);
  });

  it('asks for a task when the old shape holds cases that are not outreach drafts', () => {
    const questions = { name: 'questions', cases: [{ name: 'q', question: 'What is your salary?' }], scorers: [], threshold: 1 };
    expect(() => fromLegacyEval(questions)).toThrow(EvalShapeError);
    const withTask = fromLegacyEval({ ...questions, job: 'questions', task: () => async () => ({ output: 'ok' }) });
    expect({ name: withTask.name, job: withTask.job }).toEqual({ name: 'questions', job: 'questions' });
  });

  it('finds every eval a module exports, in either shape, and nothing else', () => {
    expect(evalsOfModule({ outreachEval, legacyOutreach, helper: () => 1, CONSTANT: 3 }).map((e) => e.name)).toEqual(['outreach critique', 'legacy outreach']);
  });

  it('refuses two evals, or two cases in an eval, with the same name', () => {
    expect(() => assertUniqueNames([outreachEval, outreachEval])).toThrow('two evals are named "outreach critique"');
    expect(() => assertUniqueNames([fromLegacyEval({ ...legacyOutreach, cases: [...legacyOutreach.cases, ...legacyOutreach.cases] })])).toThrow('eval "legacy outreach" has two cases named "job ask"');
  });
});

describe('discoverEvals', () => {
  it('collects every *.eval.ts of the suite', async () => {
    const names = (await discoverEvals(EVALS_DIR)).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining([outreachEval.name, outreachAdversarialEval.name]));
  });

  it('fails on an *.eval.ts that exports no eval', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-discover-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'empty.eval.ts'), 'export const notAnEval = 1;\n');
    await expect(discoverEvals(dir)).rejects.toThrow('empty.eval.ts exports no eval');
  });
});
