import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      database: { url: 'libsql://infochat-me.turso.io', authToken: 'token-123' },
      model: { apiKey: 'sk-test', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' },
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
