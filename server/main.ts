// The entry point: the only file that reads the environment and listens. `node server/main.ts`.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ActiveCoach, ErrorBody } from '../shared/contracts/common.ts';
import { type Config, ConfigError, DEFAULT_MODEL_TIMEOUT_MS, dropBlankVariables, loadConfig, scrubEnvironment, serverTimeouts } from './config.ts';
import { DEFAULT_PLAN_SETTINGS } from './contacts/planner.ts';
import { DatabaseOpenError, describeDatabase, openDatabase } from './db/client.ts';
import { createConsoleLogger, errorForLog, INTERNAL_ERROR_MESSAGE } from './errors.ts';

const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));
/** The background build of the bank indexes waits for this long without connections before each preset. */
const WARM_UP_QUIET_MS = 2_000;
/** Open requests (a model still writing) get this long after SIGINT/SIGTERM. */
const SHUTDOWN_GRACE_MS = 5_000;
function fail(message: string): never {
  console.error(message);
  process.exit(1);
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

// A local .env is read if present; variables already set (and not empty) in the environment win over it.
dropBlankVariables(process.env);
if (existsSync('.env')) process.loadEnvFile('.env');

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  fail(`infochat: cannot read the configuration: ${error instanceof Error ? error.message : String(error)}`);
}
// From here on the parsed config is the only source: no library default may read these variables
// (the OpenAI provider reads OPENAI_BASE_URL when it is imported, and fails on an empty one).
scrubEnvironment(process.env);

const logger = createConsoleLogger([config.model.apiKey, config.database.authToken, config.security.token]);

const db = await openDatabase(config.database.url, config.database.authToken).catch((error: unknown) =>
  fail(
    error instanceof DatabaseOpenError
      ? `infochat: DATABASE_URL: ${error.message}`
      : `infochat: DATABASE_URL: cannot open the database ${describeDatabase(config.database.url)}`,
  ),
);
// The language models beside the rules: a missing or corrupt artifact stops here, in one line naming the file.
const { loadLanguageModels, LanguageModelLoadError } = await import('./language/models.ts');
try {
  loadLanguageModels(config.languageModelsDir);
} catch (error) {
  if (error instanceof LanguageModelLoadError) fail(error.message);
  throw error;
}
// The presets' hand-written answers and question banks are validated when loaded: a corrupt file stops here, in one line naming it.
try {
  await import('./practice/answers.ts');
  await import('./practice/persona-bank.ts');
} catch (error) {
  if (error instanceof Error && (error.name === 'AnswersFileError' || error.name === 'BankFileError')) fail(`infochat: ${error.message}`);
  throw error;
}
// Imported only now, after the environment is scrubbed: these load the model provider.
const [{ getRequestListener, RequestError }, { createApp }, { createCoach, createPracticeCoach, createQuestionsCoach }, { guardConnections }, { carriesToken }, { createWorkerOffload }] =
  await Promise.all([
    import('@hono/node-server'),
    import('./app.ts'),
    import('./coach/select-coach.ts'),
    import('./http/connection-guard.ts'),
    import('./middleware/token-auth.ts'),
    import('./offload/offload.ts'),
  ]);
// The heavy offline analysis (critique, question review, contacts file) runs on worker threads, off the event loop.
const offload = createWorkerOffload({ modelsDir: config.languageModelsDir });
// The coach's log lines go through the logger too, so a key quoted in a provider error is masked.
const coach = createCoach(config.model, { log: (line) => logger.info(line), offload });
const app = createApp({
  db,
  coach,
  webDir: WEB_DIR,
  logger,
  security: config.security,
  limits: config.limits,
  planSettings: { ...DEFAULT_PLAN_SETTINGS, followUpBusinessDays: config.contacts.followUpBusinessDays },
  ...(config.contacts.timeZone ? { timeZone: config.contacts.timeZone } : {}),
  modelTimeoutMs: config.model.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS,
  practiceCoach: createPracticeCoach(config.model, { log: (line) => logger.info(line), offload }),
  questionsCoach: createQuestionsCoach(config.model, { log: (line) => logger.info(line), offload }),
  offload,
});

/**
 * What the Node adapter answers when it cannot even build a Request (a Host header that is not a
 * host, a malformed URL): the API's error body, instead of an empty 400.
 */
function unreadableRequest(error: unknown): Response {
  const unreadable = error instanceof RequestError;
  const body: ErrorBody = unreadable
    ? { error: { code: 'invalid_request', message: 'The request could not be read (its Host header or URL is malformed).' } }
    : { error: { code: 'internal_error', message: INTERNAL_ERROR_MESSAGE } };
  if (!unreadable) logger.error('Unhandled error in the HTTP adapter', errorForLog(error));
  return new Response(JSON.stringify(body), {
    status: unreadable ? 400 : 500,
    headers: { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', connection: 'close' },
  });
}

// Derived from the model deadline: the socket outlives the longest model wait, so the fallback always goes out.
const timeouts = serverTimeouts(config.model.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS);
const token = config.security.token;
const requestListener = getRequestListener(app.fetch, { hostname: config.host, errorHandler: unreadableRequest });
const server = createServer(
  {
    headersTimeout: timeouts.headersTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    // Checks the two timeouts above every second instead of every 30 s.
    connectionsCheckingInterval: 1_000,
  },
  (request, response) => {
    guard.sawRequest(request);
    void requestListener(request, response);
  },
);
// Per-address caps, a first-byte deadline, and (in token mode) anonymous connections dropped first
// when the server is full: slow or half-sent requests cannot exhaust the connections or the descriptors.
const guard = guardConnections(server, {
  maxConnections: config.limits.maxConnections,
  perAddress: config.limits.connectionsPerAddress,
  firstByteMs: timeouts.firstByteTimeoutMs,
  isAuthenticated: token ? (request) => carriesToken(token, request.headers.authorization, request.headers.cookie) : undefined,
});
server.setTimeout(timeouts.idleTimeoutMs);
/** Stops the background warm-up of the practice banks on shutdown. */
const warmUp = new AbortController();
server.listen(config.port, config.host, () => {
  const guarded = config.security.token ? ', token required' : '';
  logger.info(`infochat listening on ${urlOf(server.address() as AddressInfo)} (coach: ${describeCoach(coach.info)}${guarded})`);
  if (!existsSync(WEB_DIR)) logger.info('infochat: the web app is not built (npm run build); serving the API only');
  // The presets' bank indexes, built now in the background (one preset a macrotask, charged to no
  // client), so the first practice reply on a fresh server does not wait for its preset's index.
  // Each preset when no connection is open and none has come or gone for a moment: a build holds the
  // loop for a few hundred milliseconds (seconds on a loaded machine); an open connection's deadlines
  // must not run out behind it, and a burst of requests is not slowed by it.
  void import('./practice/persona-bank.ts')
    .then(({ warmPresetBanks, builtPresetBanks }) =>
      warmPresetBanks({ signal: warmUp.signal, yieldTo: (step) => guard.whenIdle(step, WARM_UP_QUIET_MS) }).then(() => {
        if (!warmUp.signal.aborted) logger.info(`infochat: practice question banks ready (${builtPresetBanks().length} presets)`);
      }),
    )
    .catch((error: unknown) => logger.error('infochat: building the practice question banks failed; each is built on first use instead', errorForLog(error)));
});
// A client that drops its connection or sends garbage is not the server's fault: answer if possible, log nothing.
server.on('clientError', (error: NodeJS.ErrnoException, socket: import('node:stream').Duplex) => {
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (error.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
  const body = JSON.stringify({ error: { code: 'invalid_request', message: `The request could not be read (${status.slice(4)}).` } });
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
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
  warmUp.abort();
  logger.info(`infochat: ${signal}, shutting down`);
  server.close(() => {
    db.$client.close();
    void offload.close();
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
