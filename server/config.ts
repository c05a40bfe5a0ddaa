import { z } from 'zod';

/**
 * What the coach selector needs to pick a model. `model` is set exactly when a model coach is
 * configured; all fields unset means the offline coach (rulebook only).
 */
export interface ModelConfig {
  /** Secret: never print or log it. Unset for a local server that needs no key. */
  apiKey?: string;
  /** An OpenAI-compatible server (Ollama, LM Studio, vLLM, llama.cpp); unset means api.openai.com. */
  baseUrl?: string;
  model?: string;
  /** INFOCHAT_MODEL_TIMEOUT_MS: one time budget per model request, retries included. */
  timeoutMs?: number;
}

export interface Config {
  port: number;
  host: string;
  database: {
    url: string;
    /** Secret: never print or log it. */
    authToken?: string;
  };
  model: ModelConfig;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATABASE_URL = 'file:./data/infochat.db';
/** Used when only OPENAI_API_KEY is set. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';

const ENV_KEYS = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_AUTH_TOKEN',
  'OPENAI_API_KEY',
  'OPENAI_BASE_URL',
  'INFOCHAT_MODEL',
  'INFOCHAT_MODEL_TIMEOUT_MS',
] as const;
type EnvKey = (typeof ENV_KEYS)[number];
type RawEnv = Partial<Record<EnvKey, string>>;

/** Thrown by `loadConfig`; the message names every bad variable and why, one per line. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `Invalid configuration (see .env.example):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const REMOTE_DATABASE_PROTOCOLS = new Set(['libsql:', 'http:', 'https:', 'ws:', 'wss:']);

function isDatabaseUrl(value: string): boolean {
  if (value === ':memory:') return true;
  if (value.startsWith('file:')) return value.length > 'file:'.length;
  const url = URL.parse(value);
  return url !== null && REMOTE_DATABASE_PROTOCOLS.has(url.protocol) && url.hostname !== '';
}

function isHttpUrl(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

// Messages never echo secret values; the others repeat what was given, which is what one needs to fix it.
const EnvSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535 (0 picks any free port)')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a whole number from 0 to 65535 (0 picks any free port)'))
    .optional(),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or IP address, such as 127.0.0.1 or 0.0.0.0')
    .optional(),
  DATABASE_URL: z
    .string()
    .refine(isDatabaseUrl, {
      message:
        'must be file:<path>, :memory:, or the libsql://, http(s):// or ws(s):// URL of a libsql server (sqld, Turso)',
    })
    .optional(),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z
    .string()
    .refine(isHttpUrl, {
      message: 'must be an http:// or https:// URL, such as http://localhost:11434/v1 (Ollama)',
    })
    .optional(),
  INFOCHAT_MODEL: z.string().optional(),
  INFOCHAT_MODEL_TIMEOUT_MS: z
    .string()
    .regex(/^\d{1,7}$/, 'must be a whole number of milliseconds from 1000 to 600000 (default 60000)')
    .transform(Number)
    .pipe(z.number().min(1000, 'must be at least 1000 (one second)').max(600_000, 'must be at most 600000 (ten minutes)'))
    .optional(),
});

/** Only the variables we know, trimmed; empty or blank counts as unset. */
function pickEnv(env: Record<string, string | undefined>): RawEnv {
  const picked: RawEnv = {};
  for (const key of ENV_KEYS) {
    const value = env[key]?.trim();
    if (value) picked[key] = value;
  }
  return picked;
}

/** Rules that involve more than one variable; checked on the raw values so every problem is reported at once. */
function crossCheck(env: RawEnv): string[] {
  const problems: string[] = [];
  if (env.OPENAI_BASE_URL && !env.INFOCHAT_MODEL) {
    problems.push(
      'INFOCHAT_MODEL: required when OPENAI_BASE_URL is set, because a local server has no default model (e.g. INFOCHAT_MODEL=llama3.2)',
    );
  }
  if (env.INFOCHAT_MODEL && !env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
    problems.push(
      'OPENAI_API_KEY: required to use INFOCHAT_MODEL with OpenAI; for a local server set OPENAI_BASE_URL instead',
    );
  }
  return problems;
}

/**
 * Parses the environment once, at startup. Throws a `ConfigError` listing every bad variable.
 * No model variable set means the offline coach.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const raw = pickEnv(env);
  const parsed = EnvSchema.safeParse(raw);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  problems.push(...crossCheck(raw));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);

  const vars = parsed.data;
  const wantsModel = Boolean(vars.OPENAI_API_KEY || vars.OPENAI_BASE_URL || vars.INFOCHAT_MODEL);
  return {
    port: vars.PORT ?? DEFAULT_PORT,
    host: vars.HOST ?? DEFAULT_HOST,
    database: {
      url: vars.DATABASE_URL ?? DEFAULT_DATABASE_URL,
      authToken: vars.DATABASE_AUTH_TOKEN,
    },
    model: wantsModel
      ? {
          apiKey: vars.OPENAI_API_KEY,
          baseUrl: vars.OPENAI_BASE_URL,
          model: vars.INFOCHAT_MODEL ?? DEFAULT_OPENAI_MODEL,
          ...(vars.INFOCHAT_MODEL_TIMEOUT_MS !== undefined ? { timeoutMs: vars.INFOCHAT_MODEL_TIMEOUT_MS } : {}),
        }
      : {},
  };
}
