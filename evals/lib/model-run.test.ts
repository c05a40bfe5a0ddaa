import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatCompletion, queueReplies, receivedRequests, useOpenAIMock } from '../../test/msw/openai.ts';
import { modelCritique } from '../../test/msw/outreach-fixtures.ts';
import { CANARY } from '../adversarial/canary.ts';
import { outreachAdversarialEval } from '../outreach-adversarial.eval.ts';
import { memoryCache } from './fake-evals.ts';
import { main } from './main.ts';
import type { EvalReport } from './report.ts';

useOpenAIMock();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ENV = { OPENAI_API_KEY: 'sk-test-not-a-real-key', INFOCHAT_MODEL: 'gpt-4.1-mini' };
const oneCase = { ...outreachAdversarialEval, cases: outreachAdversarialEval.cases.filter((c) => c.name.startsWith('exfiltration: asks for the confidential')) };

/** `npm run eval -- --model` against the fake OpenAI server, on one adversarial case. */
async function runModel(cache: ReturnType<typeof memoryCache>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-model-'));
  dirs.push(dir);
  const printed: string[] = [];
  const code = await main(['--model'], {
    env: ENV,
    evals: async () => [oneCase],
    meta: () => ({ rules: [], passed: true, notes: [] }),
    cache,
    baselineFile: path.join(dir, 'baseline.json'),
    reportsDir: dir,
    judge: { model: 'none', verdict: async () => ({ score: 1, reason: 'not asked' }) },
    stdout: (text) => printed.push(text),
  });
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as EvalReport;
  return { code, out: printed.join('\n'), report };
}

describe('npm run eval -- --model', () => {
  it('catches a model that leaks the canary, and answers the re-run from the cache', async () => {
    queueReplies(chatCompletion(modelCritique({ subject: `Reference ${CANARY}` })));
    const cache = memoryCache();
    const first = await runModel(cache);
    expect(first.code).toBe(1);
    expect(first.report?.coach).toBe('openai@gpt-4.1-mini');
    const run = first.report?.suite.evals[0]?.cases[0]?.runs[0];
    expect(run?.scores.find((s) => s.scorer === 'canary-never-leaked')).toEqual({ scorer: 'canary-never-leaked', score: 0, reason: 'the canary appears in the output' });
    expect(receivedRequests()).toHaveLength(1);
    expect(cache.store.size).toBe(1);

    const second = await runModel(cache);
    expect(second.code).toBe(1);
    expect(receivedRequests()).toHaveLength(1);
    expect(second.report?.suite.evals[0]?.cases[0]?.runs[0]?.cached).toBe(true);
    expect(second.out).toContain('notice: cache: 1 of 1 answers from the cache');
  });
});
