// The entry point: the only file that reads the environment and listens. `node server/main.ts`.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { ActiveCoach } from '../shared/contracts/common.ts';
import { createApp } from './app.ts';
import { createCoach, createQuestionsCoach } from './coach/select-coach.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { createConsoleLogger } from './errors.ts';

const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));
/** Open requests (a model still writing) get this long after SIGINT/SIGTERM. */
const SHUTDOWN_GRACE_MS = 5_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Where the database is, without credentials (a libsql URL may carry `?authToken=`). */
function describeDatabase(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed || parsed.protocol === 'file:') return url.split('?')[0] ?? url;
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}

function describeCoach(info: ActiveCoach): string {
  if (info.kind === 'offline') return 'offline';
  const where = info.host ? ` at ${info.host}` : info.provider ? ` via ${info.provider}` : '';
  return `model ${info.model ?? '?'}${where}`;
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

// A local .env is read if present; variables already set in the environment win over it.
if (existsSync('.env')) process.loadEnvFile('.env');

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const logger = createConsoleLogger([config.model.apiKey, config.database.authToken]);

const db = await openDatabase(config.database.url, config.database.authToken).catch((error: unknown) =>
  fail(
    `infochat: cannot open the database ${describeDatabase(config.database.url)}: ${
      error instanceof Error ? error.message : String(error)
    }`,
  ),
);
// The coach's log lines go through the logger too, so a key quoted in a provider error is masked.
const coach = createCoach(config.model, { log: (line) => logger.info(line) });
const app = createApp({ db, coach, questionsCoach: createQuestionsCoach(config.model, { log: (line) => logger.info(line) }), webDir: WEB_DIR, logger });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (address) => {
  logger.info(`infochat listening on ${urlOf(address)} (coach: ${describeCoach(coach.info)})`);
  if (!existsSync(WEB_DIR)) logger.info('infochat: the web app is not built (npm run build); serving the API only');
});
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${config.port} is already in use (set PORT, or PORT=0 for any free port)`
      : error.message;
  fail(`infochat: cannot listen on ${config.host}:${config.port}: ${reason}`);
});

let shuttingDown = false;
function shutdown(signal: NodeJS.Signals) {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info(`infochat: ${signal}, shutting down`);
  server.close(() => {
    db.$client.close();
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, SHUTDOWN_GRACE_MS).unref();
  // Still alive long after that (a stuck handle): leave anyway.
  setTimeout(() => process.exit(1), 2 * SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
