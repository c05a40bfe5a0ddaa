import { z } from 'zod';
import { IanaTimeZone } from '../shared/contracts/contacts.ts';

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

/** Who may talk to the server, beyond the loopback default. */
export interface SecurityConfig {
  /** Secret: never print or log it. Required when HOST is not a loopback address. */
  token?: string | undefined;
  /** Host names accepted in the `Host` header besides the loopback names (localhost, 127.0.0.1, ::1). */
  allowedHosts: string[];
  /**
   * `INFOCHAT_TRUSTED_PROXY`: addresses of a TLS reverse proxy in front. A request from one of them
   * that says `X-Forwarded-Proto: https` was made over TLS: the sign-in cookie gets `Secure`.
   */
  trustedProxies?: string[] | undefined;
}

/** Resource limits; every one has a variable and a generous default for one person. */
export interface LimitsConfig {
  /** Writes (POST/PUT/PATCH/DELETE under /api) per client per minute. */
  writesPerMinute: number;
  /** Model calls per client per minute. */
  modelCallsPerMinute: number;
  /** The database may grow to this many bytes; writes beyond it answer 507 `storage_quota_exceeded`. */
  storageQuotaBytes: number;
  /** Open connections the server accepts at once; more are refused at the socket. */
  maxConnections: number;
  /** Open connections one address may hold; more are closed at once (`server/http/connection-guard.ts`). */
  connectionsPerAddress: number;
  /** Milliseconds of handler CPU time per client per minute; over it: 429 `cpu_budget_exceeded`. */
  cpuMsPerMinute: number;
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
  security: SecurityConfig;
  limits: LimitsConfig;
  /** The contacts planner: when the one follow-up is due, and Today's zone when the browser names none. */
  contacts: { followUpBusinessDays: number; timeZone?: string | undefined };
  /** INFOCHAT_LANGUAGE_MODELS: the folder of the language model artifacts (default: the shipped ones). */
  languageModelsDir?: string | undefined;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_FOLLOW_UP_BUSINESS_DAYS = 7;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATABASE_URL = 'file:./data/infochat.db';
/** Used when only OPENAI_API_KEY is set. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';
/** Where OpenAI answers; passed explicitly so no library default reads `process.env`. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_LIMITS: LimitsConfig = {
  writesPerMinute: 120,
  modelCallsPerMinute: 30,
  storageQuotaBytes: 1024 * 1024 * 1024,
  maxConnections: 256,
  connectionsPerAddress: 32,
  cpuMsPerMinute: 6_000,
};
/** `INFOCHAT_MODEL_TIMEOUT_MS` when unset: one deadline per request for all its model calls. */
export const DEFAULT_MODEL_TIMEOUT_MS = 60_000;

/** The HTTP server's own timeouts (`server/main.ts`), derived from the model deadline. */
export interface ServerTimeouts {
  /** A new connection that sends nothing for this long is closed (`server/http/connection-guard.ts`). */
  firstByteTimeoutMs: number;
  /** The request line and headers must have arrived by then (a slow-headers client is cut early). */
  headersTimeoutMs: number;
  /** The whole request, body included. */
  requestTimeoutMs: number;
  /**
   * A socket quiet this long is closed. Above the model deadline with room to spare, so a JSON
   * answer waiting on a hung model gets its fallback out before the connection is closed.
   */
  idleTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

/** Time left after the model deadline for the fallback answer to be written before the socket may idle out. */
export const FALLBACK_MARGIN_MS = 15_000;

export function serverTimeouts(modelTimeoutMs: number = DEFAULT_MODEL_TIMEOUT_MS): ServerTimeouts {
  return {
    firstByteTimeoutMs: 3_000,
    headersTimeoutMs: 5_000,
    requestTimeoutMs: 30_000,
    idleTimeoutMs: Math.max(60_000, modelTimeoutMs + FALLBACK_MARGIN_MS),
    keepAliveTimeoutMs: 5_000,
  };
}

/** A guessable token is no protection: ask for at least this many characters. */
export const MIN_TOKEN_CHARS = 16;

/** 127.0.0.0/8, ::1 and localhost: the machine itself. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1';
}

const ENV_KEYS = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_AUTH_TOKEN',
  'OPENAI_API_KEY',
  'OPENAI_BASE_URL',
  'INFOCHAT_MODEL',
  'INFOCHAT_MODEL_TIMEOUT_MS',
  'INFOCHAT_TOKEN',
  'INFOCHAT_ALLOWED_HOSTS',
  'INFOCHAT_WRITES_PER_MINUTE',
  'INFOCHAT_MODEL_CALLS_PER_MINUTE',
  'INFOCHAT_STORAGE_QUOTA_MB',
  'INFOCHAT_MAX_CONNECTIONS',
  'INFOCHAT_FOLLOW_UP_BUSINESS_DAYS',
  'INFOCHAT_TIME_ZONE',
  'INFOCHAT_LANGUAGE_MODELS',
  'INFOCHAT_CONNECTIONS_PER_ADDRESS',
  'INFOCHAT_CPU_MS_PER_MINUTE',
  'INFOCHAT_TRUSTED_PROXY',
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

function hasCredentials(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && (url.username !== '' || url.password !== '');
}

const HOST_NAME = /^[A-Za-z0-9.:\[\]-]+$/;

/** A positive whole number, within `max`. */
const count = (what: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, `must be a whole number of ${what}`)
    .transform(Number)
    .pipe(z.number().min(1, `must be at least 1 (${what})`).max(max, `must be at most ${max} (${what})`));

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
    // Credentials in a URL end up in logs and error messages: the key belongs in OPENAI_API_KEY.
    .refine((value) => !hasCredentials(value), {
      message: 'must not contain a user name or password (user:pass@); put the key in OPENAI_API_KEY instead',
    })
    .optional(),
  INFOCHAT_MODEL: z.string().optional(),
  INFOCHAT_MODEL_TIMEOUT_MS: z
    .string()
    .regex(/^\d{1,7}$/, 'must be a whole number of milliseconds from 1000 to 600000 (default 60000)')
    .transform(Number)
    .pipe(z.number().min(1000, 'must be at least 1000 (one second)').max(600_000, 'must be at most 600000 (ten minutes)'))
    .optional(),
  INFOCHAT_TOKEN: z
    .string()
    .min(MIN_TOKEN_CHARS, `must be at least ${MIN_TOKEN_CHARS} characters (e.g. the output of: openssl rand -hex 24)`)
    .optional(),
  INFOCHAT_ALLOWED_HOSTS: z
    .string()
    .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
    .pipe(
      z.array(
        z.string().regex(HOST_NAME, 'must be a comma-separated list of host names, such as infochat.lan,192.168.1.20'),
      ),
    )
    .optional(),
  INFOCHAT_WRITES_PER_MINUTE: count('writes per client per minute', 1_000_000).optional(),
  INFOCHAT_MODEL_CALLS_PER_MINUTE: count('model calls per client per minute', 1_000_000).optional(),
  INFOCHAT_STORAGE_QUOTA_MB: count('megabytes', 10_000_000).optional(),
  INFOCHAT_MAX_CONNECTIONS: count('connections', 100_000).optional(),
  INFOCHAT_FOLLOW_UP_BUSINESS_DAYS: count('business days', 30).optional(),
  INFOCHAT_TIME_ZONE: IanaTimeZone.optional(),
  INFOCHAT_LANGUAGE_MODELS: z.string().optional(),
  INFOCHAT_CONNECTIONS_PER_ADDRESS: count('connections per address', 100_000).optional(),
  INFOCHAT_CPU_MS_PER_MINUTE: count('milliseconds of CPU time per client per minute', 60_000_000).optional(),
  INFOCHAT_TRUSTED_PROXY: z
    .string()
    .transform((value) => value.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[0-9A-Fa-f.:]+$/, 'must be IP addresses, comma-separated (the reverse proxy as infochat sees it, e.g. 127.0.0.1)')))
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
  if (env.HOST && HOST_NAME.test(env.HOST) && !isLoopbackHost(env.HOST) && !env.INFOCHAT_TOKEN) {
    problems.push(
      `INFOCHAT_TOKEN: required because HOST=${env.HOST} lets other machines connect; set a long random token (openssl rand -hex 24), or HOST=127.0.0.1 for this machine only`,
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
    security: {
      token: vars.INFOCHAT_TOKEN,
      allowedHosts: vars.INFOCHAT_ALLOWED_HOSTS ?? [],
      ...(vars.INFOCHAT_TRUSTED_PROXY ? { trustedProxies: vars.INFOCHAT_TRUSTED_PROXY } : {}),
    },
    limits: {
      writesPerMinute: vars.INFOCHAT_WRITES_PER_MINUTE ?? DEFAULT_LIMITS.writesPerMinute,
      modelCallsPerMinute: vars.INFOCHAT_MODEL_CALLS_PER_MINUTE ?? DEFAULT_LIMITS.modelCallsPerMinute,
      storageQuotaBytes:
        vars.INFOCHAT_STORAGE_QUOTA_MB !== undefined
          ? vars.INFOCHAT_STORAGE_QUOTA_MB * 1024 * 1024
          : DEFAULT_LIMITS.storageQuotaBytes,
      maxConnections: vars.INFOCHAT_MAX_CONNECTIONS ?? DEFAULT_LIMITS.maxConnections,
      connectionsPerAddress: vars.INFOCHAT_CONNECTIONS_PER_ADDRESS ?? DEFAULT_LIMITS.connectionsPerAddress,
      cpuMsPerMinute: vars.INFOCHAT_CPU_MS_PER_MINUTE ?? DEFAULT_LIMITS.cpuMsPerMinute,
    },
    contacts: { followUpBusinessDays: vars.INFOCHAT_FOLLOW_UP_BUSINESS_DAYS ?? DEFAULT_FOLLOW_UP_BUSINESS_DAYS, timeZone: vars.INFOCHAT_TIME_ZONE },
    ...(vars.INFOCHAT_LANGUAGE_MODELS ? { languageModelsDir: vars.INFOCHAT_LANGUAGE_MODELS } : {}),
  };
}

/** Read only through the parsed config, never by a library's default. */
const MODEL_ENV_KEYS = ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_ORGANIZATION', 'OPENAI_PROJECT'];

/**
 * After `loadConfig`: removes every blank infochat variable (an empty `OPENAI_BASE_URL=` crashes the
 * OpenAI provider when it is imported) and the OpenAI variables, which now live in the config only.
 */
export function scrubEnvironment(env: Record<string, string | undefined>): void {
  dropBlankVariables(env);
  for (const key of MODEL_ENV_KEYS) delete env[key];
}

/**
 * Before reading `.env`: an exported empty variable counts as unset, so the `.env` value applies
 * (Node's `loadEnvFile` never replaces a variable that exists, even an empty one).
 */
export function dropBlankVariables(env: Record<string, string | undefined>): void {
  for (const key of ENV_KEYS) {
    if (key in env && !env[key]?.trim()) delete env[key];
  }
}
