import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENAI_MODEL } from '../config.ts';
import { createModel, describeModel } from './provider.ts';

describe('provider', () => {
  it('uses OpenAI Chat Completions when only a key is set', () => {
    const configured = createModel({ apiKey: 'sk-test-secret' });
    expect(configured).toMatchObject({ modelId: DEFAULT_OPENAI_MODEL, provider: 'openai' });
    expect(configured?.model.provider).toBe('openai.chat');
    expect(configured?.model.modelId).toBe(DEFAULT_OPENAI_MODEL);
    expect(describeModel({ apiKey: 'sk-test-secret' })).toEqual({ kind: 'model', model: DEFAULT_OPENAI_MODEL, provider: 'openai' });
  });

  it('uses the base URL as an OpenAI-compatible server, with or without a key', () => {
    const configured = createModel({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' });
    expect(configured).toMatchObject({ modelId: 'llama3.2', provider: 'openai-compatible', host: 'localhost:11434' });
    expect(configured?.model.provider).toBe('openai-compatible.chat');
    expect(describeModel({ baseUrl: 'http://localhost:1234/v1', model: 'qwen3-8b', apiKey: 'lm-studio' })).toEqual({
      kind: 'model',
      model: 'qwen3-8b',
      provider: 'openai-compatible',
      host: 'localhost:1234',
    });
  });

  it('shows only the host of a base URL, never credentials or the key', () => {
    const described = describeModel({ baseUrl: 'https://user:hunter2@llm.example.com:8443/v1?key=abc', apiKey: 'sk-test-secret', model: 'm' });
    expect(described).toEqual({ kind: 'model', model: 'm', provider: 'openai-compatible', host: 'llm.example.com:8443' });
    expect(JSON.stringify(described)).not.toMatch(/hunter2|abc|sk-test-secret/);
  });

  it('is offline without a key or a base URL', () => {
    expect(createModel({})).toBeUndefined();
    expect(createModel({ model: 'gpt-4.1-mini' })).toBeUndefined();
    expect(describeModel({})).toEqual({ kind: 'offline' });
  });
});
