import { describe, expect, it } from 'vitest';
import { ConfigError, dropBlankVariables, loadConfig, scrubEnvironment } from './config.ts';

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the offline coach on 127.0.0.1:8787 with a local file database', () => {
    expect(loadConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      database: { url: 'file:./data/infochat.db', authToken: undefined },
      model: {},
      security: { token: undefined, allowedHosts: [] },
      limits: { writesPerMinute: 120, modelCallsPerMinute: 30, storageQuotaBytes: 1024 ** 3, maxConnections: 256, connectionsPerAddress: 32, cpuMsPerMinute: 6_000 },
      contacts: { followUpBusinessDays: 7, timeZone: undefined },
    });
  });

  it('counts empty and blank values as unset, and ignores unrelated variables', () => {
    const env = { PORT: '', HOST: '  ', OPENAI_API_KEY: '', OPENAI_BASE_URL: '', INFOCHAT_MODEL: ' ', PATH: '/bin' };
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '0',
        HOST: '0.0.0.0',
        DATABASE_URL: 'libsql://infochat-me.turso.io',
        DATABASE_AUTH_TOKEN: 'token-123',
        OPENAI_API_KEY: ' sk-test ',
        OPENAI_BASE_URL: 'http://localhost:11434/v1',
        INFOCHAT_MODEL: 'llama3.2',
        INFOCHAT_TOKEN: 'a-long-team-token-0123',
        INFOCHAT_ALLOWED_HOSTS: ' Infochat.LAN , 192.168.1.20,,',
        INFOCHAT_WRITES_PER_MINUTE: '600',
        INFOCHAT_MODEL_CALLS_PER_MINUTE: '5',
        INFOCHAT_STORAGE_QUOTA_MB: '50',
        INFOCHAT_MAX_CONNECTIONS: '1000',
        INFOCHAT_FOLLOW_UP_BUSINESS_DAYS: '5',
        INFOCHAT_TIME_ZONE: 'Europe/Berlin',
        INFOCHAT_CONNECTIONS_PER_ADDRESS: '8',
        INFOCHAT_CPU_MS_PER_MINUTE: '2000',
        INFOCHAT_TRUSTED_PROXY: '127.0.0.1, ::1',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      database: { url: 'libsql://infochat-me.turso.io', authToken: 'token-123' },
      model: { apiKey: 'sk-test', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' },
      security: { token: 'a-long-team-token-0123', allowedHosts: ['infochat.lan', '192.168.1.20'], trustedProxies: ['127.0.0.1', '::1'] },
      limits: { writesPerMinute: 600, modelCallsPerMinute: 5, storageQuotaBytes: 50 * 1024 * 1024, maxConnections: 1000, connectionsPerAddress: 8, cpuMsPerMinute: 2000 },
      contacts: { followUpBusinessDays: 5, timeZone: 'Europe/Berlin' },
    });
  });

  it('defaults the OpenAI model when only the key is set', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).model).toEqual({
      apiKey: 'sk-test',
      baseUrl: undefined,
      model: 'gpt-4.1-mini',
    });
  });

  it('accepts a local server without a key', () => {
    expect(loadConfig({ OPENAI_BASE_URL: 'http://localhost:1234/v1', INFOCHAT_MODEL: 'qwen2.5-7b-instruct' }).model).toEqual({
      apiKey: undefined,
      baseUrl: 'http://localhost:1234/v1',
      model: 'qwen2.5-7b-instruct',
    });
  });

  it.each([
    'file:./data/infochat.db',
    'file:/tmp/infochat.db',
    'file:///tmp/infochat.db',
    ':memory:',
    'libsql://db-org.turso.io',
    'http://127.0.0.1:8080',
    'https://db-org.turso.io',
    'ws://127.0.0.1:8080',
    'wss://db-org.turso.io',
  ])('accepts DATABASE_URL=%s', (url) => {
    expect(loadConfig({ DATABASE_URL: url }).database.url).toBe(url);
  });

  it.each(['./data/infochat.db', 'file:', 'postgres://localhost/db', 'memory', 'libsql://'])(
    'rejects DATABASE_URL=%s',
    (url) => {
      expect(problemsOf({ DATABASE_URL: url })).toEqual([
        'DATABASE_URL: must be file:<path>, :memory:, or the libsql://, http(s):// or ws(s):// URL of a libsql server (sqld, Turso)',
      ]);
    },
  );

  it.each(['abc', '-1', '65536', '80.5', '123456'])('rejects PORT=%s', (port) => {
    expect(problemsOf({ PORT: port })).toEqual([
      'PORT: must be a whole number from 0 to 65535 (0 picks any free port)',
    ]);
  });

  it('names every bad variable at once, in one message', () => {
    const env = {
      PORT: 'eighty',
      HOST: 'local host',
      DATABASE_URL: 'mysql://x',
      OPENAI_BASE_URL: 'localhost:11434',
    };
    expect(problemsOf(env)).toEqual([
      'PORT: must be a whole number from 0 to 65535 (0 picks any free port)',
      'HOST: must be a host name or IP address, such as 127.0.0.1 or 0.0.0.0',
      'DATABASE_URL: must be file:<path>, :memory:, or the libsql://, http(s):// or ws(s):// URL of a libsql server (sqld, Turso)',
      'OPENAI_BASE_URL: must be an http:// or https:// URL, such as http://localhost:11434/v1 (Ollama)',
      'INFOCHAT_MODEL: required when OPENAI_BASE_URL is set, because a local server has no default model (e.g. INFOCHAT_MODEL=llama3.2)',
    ]);
    expect(() => loadConfig(env)).toThrow(
      /^Invalid configuration \(see \.env\.example\):\n {2}- PORT: .*\n {2}- HOST: .*\n {2}- DATABASE_URL: .*\n {2}- OPENAI_BASE_URL: .*\n {2}- INFOCHAT_MODEL: .*$/,
    );
  });

  it('requires INFOCHAT_MODEL with OPENAI_BASE_URL, since a local server has no default model', () => {
    expect(problemsOf({ OPENAI_BASE_URL: 'http://localhost:11434/v1' })).toEqual([
      'INFOCHAT_MODEL: required when OPENAI_BASE_URL is set, because a local server has no default model (e.g. INFOCHAT_MODEL=llama3.2)',
    ]);
  });

  it('rejects a model name with neither a key nor a base URL', () => {
    expect(problemsOf({ INFOCHAT_MODEL: 'gpt-4.1' })).toEqual([
      'OPENAI_API_KEY: required to use INFOCHAT_MODEL with OpenAI; for a local server set OPENAI_BASE_URL instead',
    ]);
  });

  it.each(['0.0.0.0', '192.168.1.20', '::', 'infochat.lan'])('refuses HOST=%s without INFOCHAT_TOKEN, saying why', (host) => {
    expect(problemsOf({ HOST: host })).toEqual([
      `INFOCHAT_TOKEN: required because HOST=${host} lets other machines connect; set a long random token (openssl rand -hex 24), or HOST=127.0.0.1 for this machine only`,
    ]);
  });

  it.each(['127.0.0.1', '127.0.1.1', 'localhost', '::1'])('needs no token on the loopback HOST=%s', (host) => {
    expect(loadConfig({ HOST: host }).security).toEqual({ token: undefined, allowedHosts: [] });
  });

  it('refuses a short token', () => {
    expect(problemsOf({ HOST: '0.0.0.0', INFOCHAT_TOKEN: 'short' })).toEqual([
      'INFOCHAT_TOKEN: must be at least 16 characters (e.g. the output of: openssl rand -hex 24)',
    ]);
  });

  it.each(['http://user:pass@localhost:11434/v1', 'https://sk-key@api.example.com/v1', 'http://:pw@127.0.0.1:8080'])(
    'refuses credentials in OPENAI_BASE_URL=%s without repeating them',
    (url) => {
      expect(problemsOf({ OPENAI_BASE_URL: url, INFOCHAT_MODEL: 'm' })).toEqual([
        'OPENAI_BASE_URL: must not contain a user name or password (user:pass@); put the key in OPENAI_API_KEY instead',
      ]);
    },
  );

  it.each([
    ['INFOCHAT_WRITES_PER_MINUTE', 'lots', 'must be a whole number of writes per client per minute'],
    ['INFOCHAT_WRITES_PER_MINUTE', '0', 'must be at least 1 (writes per client per minute)'],
    ['INFOCHAT_MODEL_CALLS_PER_MINUTE', '-3', 'must be a whole number of model calls per client per minute'],
    ['INFOCHAT_STORAGE_QUOTA_MB', '1.5', 'must be a whole number of megabytes'],
    ['INFOCHAT_MAX_CONNECTIONS', '100001', 'must be at most 100000 (connections)'],
    ['INFOCHAT_ALLOWED_HOSTS', 'good.lan, bad host', 'must be a comma-separated list of host names, such as infochat.lan,192.168.1.20'],
  ])('rejects %s=%s', (key, value, message) => {
    expect(problemsOf({ [key]: value })).toEqual([`${key}: ${message}`]);
  });

  it('counts the new variables as unset when empty', () => {
    const env = { INFOCHAT_TOKEN: '', INFOCHAT_ALLOWED_HOSTS: ' ', INFOCHAT_STORAGE_QUOTA_MB: '', INFOCHAT_MAX_CONNECTIONS: '' };
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });

  it('never repeats a secret in its message', () => {
    const error = (() => {
      try {
        return loadConfig({ OPENAI_API_KEY: 'sk-very-secret', DATABASE_AUTH_TOKEN: 'tok-secret', PORT: 'x' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).not.toMatch(/secret/);
  });
});

describe('the process environment', () => {
  it('drops blank infochat variables, so .env can fill them, and leaves others alone', () => {
    const env: Record<string, string | undefined> = { OPENAI_BASE_URL: '', HOST: '  ', PORT: '8080', PATH: '', OTHER: '' };
    dropBlankVariables(env);
    expect(env).toEqual({ PORT: '8080', PATH: '', OTHER: '' });
  });

  it('after parsing, removes the OpenAI variables so no library default can read them', () => {
    const env: Record<string, string | undefined> = { OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: '', OPENAI_PROJECT: 'p', INFOCHAT_MODEL: 'm', PORT: '1' };
    scrubEnvironment(env);
    expect(env).toEqual({ INFOCHAT_MODEL: 'm', PORT: '1' });
  });
});
