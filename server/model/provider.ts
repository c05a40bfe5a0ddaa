import { createOpenAI } from '@ai-sdk/openai';
import type { ActiveCoach } from '../../shared/contracts/common.ts';
import { DEFAULT_OPENAI_MODEL, type ModelConfig, OPENAI_BASE_URL } from '../config.ts';
import { registerModelSecrets } from './output-hygiene.ts';
import type { PromptModel } from './run-prompt.ts';

export type ProviderKind = 'openai' | 'openai-compatible';

/** A configured model and what may be shown about it. */
export interface ConfiguredModel {
  model: PromptModel;
  modelId: string;
  provider: ProviderKind;
  /** Host of the compatible server (`localhost:11434`); never a key. */
  host?: string | undefined;
}

/** True when the config asks for a model at all (a key or a base URL). */
export function wantsModel(config: ModelConfig): boolean {
  return Boolean(config.apiKey || config.baseUrl);
}

/**
 * The model for a config, speaking Chat Completions (`/chat/completions`) in both cases: it is what
 * Ollama, LM Studio, vLLM and llama.cpp speak, and OpenAI answers it with json_schema too, so
 * there is one wire format to test. Streaming asks for usage (`stream_options.include_usage`,
 * which `.chat()` always sends). Returns undefined when neither a key nor a base URL is set.
 */
export function createModel(config: ModelConfig): ConfiguredModel | undefined {
  if (!wantsModel(config)) return undefined;
  const modelId = config.model ?? DEFAULT_OPENAI_MODEL;
  if (config.baseUrl) {
    const provider = createOpenAI({
      baseURL: config.baseUrl,
      // The provider refuses to run without a key; local servers ignore it.
      apiKey: config.apiKey ?? 'not-needed',
      name: 'openai-compatible',
    });
    return { model: withSecrets(provider.chat(modelId), config), modelId, provider: 'openai-compatible', host: hostOf(config.baseUrl) };
  }
  // Every option explicit: left out, the provider reads OPENAI_BASE_URL (even an empty one) from process.env.
  const provider = createOpenAI({ apiKey: config.apiKey, baseURL: OPENAI_BASE_URL });
  return { model: withSecrets(provider.chat(modelId), config), modelId, provider: 'openai' };
}

/** The key is registered with the model it configures: every output check of that model includes it. */
function withSecrets(model: PromptModel, config: ModelConfig): PromptModel {
  registerModelSecrets(model, [config.apiKey]);
  return model;
}

/** `GET /api/coach`: the model, the provider and the compatible server's host; never the key. */
export function describeModel(config: ModelConfig): ActiveCoach {
  if (!wantsModel(config)) return { kind: 'offline' };
  const modelId = config.model ?? DEFAULT_OPENAI_MODEL;
  if (config.baseUrl) {
    const host = hostOf(config.baseUrl);
    return { kind: 'model', model: modelId, provider: 'openai-compatible', ...(host ? { host } : {}) };
  }
  return { kind: 'model', model: modelId, provider: 'openai' };
}

/** Only the host: a base URL may carry credentials (`http://user:pass@…`) or a key in its query. */
function hostOf(baseUrl: string): string | undefined {
  return URL.parse(baseUrl)?.host || undefined;
}
