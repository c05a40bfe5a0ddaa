// Child process of `npm run bench` (every-route.ts): the real app with its default limits (the
// per-client write, model-call and CPU budgets included), offline coaches on the worker pool as in
// main.ts, a real libsql file, the presets' bank indexes built in the background once listening.
// Listens on 127.0.0.1 (clients come from 127.0.0.x, one address each) and prints its port.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { createOfflineQuestionsCoach } from '../../server/coach/questions-coach.ts';
import { createWorkerOffload } from '../../server/offload/offload.ts';
import { createOfflinePracticeCoach } from '../../server/practice/practice-coach.ts';
import { serverTimeouts } from '../../server/config.ts';
import { openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { warmPresetBanks } from '../../server/practice/persona-bank.ts';

const dir = mkdtempSync(join(tmpdir(), 'infochat-bench-routes-'));
const db = await openDatabase(`file:${join(dir, 'bench.db')}`);
// As main.ts: the heavy offline work on the worker pool.
const offload = createWorkerOffload();
const app = createApp({
  db,
  coach: createOfflineCoach(undefined, offload),
  questionsCoach: createOfflineQuestionsCoach(undefined, offload),
  practiceCoach: createOfflinePracticeCoach(offload),
  offload,
  logger: silentLogger,
});
const timeouts = serverTimeouts();
const server = createServer({ keepAliveTimeout: timeouts.keepAliveTimeoutMs, headersTimeout: timeouts.headersTimeoutMs }, getRequestListener(app.fetch));
server.listen(0, '0.0.0.0', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
  // As main.ts: the presets' bank indexes built in the background once listening.
  void warmPresetBanks();
});
process.stdin.on('data', (line) => {
  if (String(line).trim() === 'exit') process.exit(0);
});
