import { describe, expect, it } from 'vitest';
import { queueReplies, receivedRequests, unauthorized, useOpenAIMock } from '../../test/msw/openai.ts';
import { EMAIL_CONTEXT, GOOD_DRAFT } from '../../test/msw/outreach-fixtures.ts';
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
});
