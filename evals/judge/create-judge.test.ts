import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { memoryCache } from '../lib/fake-evals.ts';
import { createJudge, judgeConfig } from './create-judge.ts';

type GenerateResult = Awaited<ReturnType<MockLanguageModelV4['doGenerate']>>;
const USAGE = {
  inputTokens: { total: 50, noCache: 50, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 20, text: 20, reasoning: undefined },
};
const answer = (verdict: 'pass' | 'fail', reasoning: string): GenerateResult => ({
  content: [{ type: 'text', text: JSON.stringify({ reasoning, verdict }) }],
  finishReason: { unified: 'stop', raw: 'stop' },
  usage: USAGE,
  warnings: [],
});

/** A judge model answering the given verdicts in turn. */
function judgeModel(...answers: GenerateResult[]) {
  const queue = [...answers];
  return new MockLanguageModelV4({ modelId: 'judge-mock', doGenerate: async () => queue.shift() ?? answer('pass', 'no more scripted answers') });
}
const REQUEST = { criterion: 'The rewrite keeps the writer\'s facts.', input: 'Hi, I am a nurse.', output: 'Hi, I am a doctor.' };

describe('the model judge', () => {
  it('passes on a first passing vote, asking once at temperature 0', async () => {
    const model = judgeModel(answer('pass', 'It keeps every fact.'));
    const judge = createJudge(undefined, { model })!;
    expect(await judge.verdict(REQUEST)).toEqual({ score: 1, reason: 'judge: It keeps every fact.' });
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(model.doGenerateCalls[0]?.temperature).toBe(0);
  });

  it('fails only when a second vote confirms the failing one', async () => {
    const model = judgeModel(answer('fail', 'Nurse became doctor.'), answer('fail', 'The profession changed.'));
    expect(await createJudge(undefined, { model })!.verdict(REQUEST)).toEqual({ score: 0, reason: 'judge (failed twice): Nurse became doctor.' });
    expect(model.doGenerateCalls).toHaveLength(2);
  });

  it('passes a split vote, and says that the failure was not confirmed', async () => {
    const model = judgeModel(answer('fail', 'Nurse became doctor.'), answer('pass', 'Close enough.'));
    expect(await createJudge(undefined, { model })!.verdict(REQUEST)).toEqual({
      score: 1,
      reason: 'judge: a first vote failed it (Nurse became doctor.) but the second did not confirm: Close enough.',
    });
  });

  it('asks for the reasoning before the verdict', async () => {
    const model = judgeModel(answer('pass', 'ok'));
    await createJudge(undefined, { model })!.verdict(REQUEST);
    const format = model.doGenerateCalls[0]?.responseFormat as { type: string; schema?: { properties?: Record<string, unknown> } };
    expect(Object.keys(format.schema?.properties ?? {})).toEqual(['reasoning', 'verdict']);
  });

  it('keeps each vote in the cache, so a re-run asks nothing', async () => {
    const cache = memoryCache();
    await createJudge(undefined, { model: judgeModel(answer('fail', 'a'), answer('fail', 'b')), cache })!.verdict(REQUEST);
    const again = judgeModel();
    expect(await createJudge(undefined, { model: again, cache })!.verdict(REQUEST)).toEqual({ score: 0, reason: 'judge (failed twice): a' });
    expect(again.doGenerateCalls).toHaveLength(0);
  });

  it('has its own model setting, on the coach\'s server, and is absent without any model', () => {
    expect(judgeConfig({ INFOCHAT_JUDGE_MODEL: 'gpt-4.1' }, { apiKey: 'k', model: 'gpt-4.1-mini' })).toEqual({ apiKey: 'k', model: 'gpt-4.1' });
    expect(judgeConfig({}, { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' })).toEqual({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' });
    expect(judgeConfig({ INFOCHAT_JUDGE_MODEL: 'gpt-4.1' }, {})).toBeUndefined();
    expect(createJudge(undefined)).toBeUndefined();
  });
});
