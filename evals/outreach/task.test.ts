import { describe, expect, it } from 'vitest';
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { loadPrompt } from '../../server/prompts/load-prompt.ts';
import { renderWriterText } from '../../server/prompts/outreach-inputs.ts';
import { chatCompletion, promptText, queueReplies, receivedRequests, unauthorized, useOpenAIMock } from '../../test/msw/openai.ts';
import { EMAIL_CONTEXT, GOOD_DRAFT, modelCritique } from '../../test/msw/outreach-fixtures.ts';
import { CANARY, withCanary } from '../adversarial/canary.ts';
import type { EvalEnv } from '../lib/types.ts';
import { failureKinds, ModelUnavailable, outreachCritiqueTask, outreachPromptVersion } from './task.ts';

useOpenAIMock();

const MODEL: EvalEnv = { mode: 'model', model: { apiKey: 'sk-test-not-a-real-key', model: 'gpt-4.1-mini' } };
const signal = new AbortController().signal;

describe('the outreach critique task', () => {
  it('offline: the offline coach’s critique', async () => {
    const answer = await outreachCritiqueTask({ mode: 'offline', model: {} })({ draft: GOOD_DRAFT, context: EMAIL_CONTEXT }, signal);
    expect(answer).toEqual({ output: offlineOutreachCritique(GOOD_DRAFT, EMAIL_CONTEXT) });
  });

  it('with a model: the model’s critique through the coach seam, guarded by the rulebook', async () => {
    queueReplies(chatCompletion(modelCritique()));
    const answer = await outreachCritiqueTask(MODEL)({ draft: GOOD_DRAFT, context: EMAIL_CONTEXT }, signal);
    expect(answer.invalid).toBeUndefined();
    expect(answer.output.strengths).toEqual(['You name Maria Lopez, so Dana knows why you are writing.']);
    expect(receivedRequests()).toHaveLength(1);
  });

  it('with a model: output that never matches the schema is an invalid answer, not the offline coach’s', async () => {
    queueReplies(chatCompletion({ verdict: 'looks fine' }), chatCompletion('not even JSON'));
    const answer = await outreachCritiqueTask(MODEL)({ draft: GOOD_DRAFT }, signal);
    expect(answer.output).toEqual({ score: 0, findings: [], strengths: [] });
    expect(answer.invalid).toMatch(/^model coach: gpt-4\.1-mini: malformed-output \(.*\), then malformed-output \(.*\)$/);
  });

  it('with a model: a rejected key is an infrastructure error', async () => {
    queueReplies(unauthorized());
    await expect(outreachCritiqueTask(MODEL)({ draft: GOOD_DRAFT }, signal)).rejects.toThrow(ModelUnavailable);
  });

  it('sends the canary in the instructions when given the canary prompt, with its own version', async () => {
    queueReplies(chatCompletion(modelCritique()));
    const prompt = withCanary(loadPrompt('outreach-critique'));
    await outreachCritiqueTask(MODEL, prompt)({ draft: GOOD_DRAFT }, signal);
    const [request] = receivedRequests();
    expect(request?.body.messages?.[0]).toMatchObject({ role: 'system', content: expect.stringContaining(CANARY) });
    // The draft reaches the model, as the writer's text: JSON-encoded, never pasted raw into the prompt.
    expect(promptText(request!)).toContain(renderWriterText(GOOD_DRAFT, {}));
    expect(promptText(request!)).toContain(JSON.stringify(GOOD_DRAFT));
    expect(promptText(request!)).not.toContain(GOOD_DRAFT);
    expect(outreachPromptVersion(prompt)).not.toBe(outreachPromptVersion());
  });

  it('reads the failure kinds of the coach\'s log line, whatever parentheses the details hold', () => {
    expect(
      failureKinds(
        'model coach: gpt-4.1-mini: malformed-output (schema violation (findings: Invalid input: expected array, received undefined)), then malformed-output (no JSON object in the answer)',
      ),
    ).toEqual(['malformed-output', 'malformed-output']);
    expect(failureKinds('model coach: llama3.2:latest: json-schema-unsupported (HTTP 400), then timeout (timed out)')).toEqual([
      'json-schema-unsupported',
      'timeout',
    ]);
    expect(failureKinds('model coach: gpt-4.1-mini: unauthorized (HTTP 401)')).toEqual(['unauthorized']);
    expect(failureKinds('model coach: gpt-4.1-mini: unexpected TypeError')).toEqual([]);
    expect(failureKinds('the model did not answer')).toEqual([]);
  });
});
