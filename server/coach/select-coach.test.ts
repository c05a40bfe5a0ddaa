import { delay, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { chatCompletion, queueReplies, receivedRequests, unauthorized, useOpenAIMock } from '../../test/msw/openai.ts';
import { EMAIL_CONTEXT, GOOD_DRAFT, modelCritique } from '../../test/msw/outreach-fixtures.ts';
import { loadConfig } from '../config.ts';
import type { OutreachCoach } from './coach.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';
import { createCoach } from './select-coach.ts';

useOpenAIMock();

describe('createCoach', () => {
  it('is the offline coach when neither a key nor a base URL is set', async () => {
    const coach = createCoach({});
    expect(coach.info).toEqual({ kind: 'offline' });
    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);
    expect(result).toEqual({ body: offlineOutreachCritique(GOOD_DRAFT, EMAIL_CONTEXT), coach: { kind: 'offline' }, latencyMs: expect.any(Number) });
    expect(receivedRequests()).toHaveLength(0);
  });

  it('is the model coach with a key, falling back to the offline coach it is given', async () => {
    const standIn: OutreachCoach = {
      info: { kind: 'offline' },
      critique: async () => ({ body: { score: 42, findings: [], strengths: [] }, coach: { kind: 'offline' }, latencyMs: 1 }),
    };
    const coach = createCoach({ apiKey: 'sk-test', model: 'gpt-4.1-mini' }, { offline: standIn, log: () => {} });
    expect(coach.info).toEqual({ kind: 'model', model: 'gpt-4.1-mini', provider: 'openai' });

    queueReplies(unauthorized());
    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);
    expect(result).toEqual({
      body: { score: 42, findings: [], strengths: [] },
      coach: { kind: 'offline' },
      notice: "The model (gpt-4.1-mini) rejected the API key (401); this is the offline coach's critique.",
      latencyMs: expect.any(Number),
    });
  });

  it('is the model coach for a base URL without a key', () => {
    expect(createCoach({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'llama' }).info).toEqual({
      kind: 'model',
      model: 'llama',
      provider: 'openai-compatible',
      host: '127.0.0.1:8080',
    });
  });

  it('takes its time budget from INFOCHAT_MODEL_TIMEOUT_MS, and never shows the configured key', async () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test-config-key-0042', INFOCHAT_MODEL_TIMEOUT_MS: '1000' });
    expect(config.model).toEqual({ apiKey: 'sk-test-config-key-0042', model: 'gpt-4.1-mini', timeoutMs: 1000 });
    const coach = createCoach(config.model, { log: () => {} });

    queueReplies(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const hung = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);
    expect(hung.notice).toBe("The model (gpt-4.1-mini) did not answer within 1 second; this is the offline coach's critique.");

    queueReplies(chatCompletion(modelCritique({ subject: 'Key: sk-test-config-key-0042' })));
    const leaked = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);
    expect(leaked.coach.kind).toBe('model');
    expect(JSON.stringify(leaked)).not.toContain('sk-test-config-key-0042');
  });

  it('refuses a time budget that is not a whole number of milliseconds in range', () => {
    for (const value of ['abc', '999', '600001', '1.5']) {
      expect(() => loadConfig({ INFOCHAT_MODEL_TIMEOUT_MS: value }), value).toThrow(/INFOCHAT_MODEL_TIMEOUT_MS: must be/);
    }
    expect(loadConfig({ INFOCHAT_MODEL_TIMEOUT_MS: '' }).model).toEqual({});
  });
});
