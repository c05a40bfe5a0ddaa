// Bytes streamed per byte of result, with a fake OpenAI-compatible model on 127.0.0.1
// (test/fake-openai/server.ts): a good answer, a looping model, a 2 MB answer. The bar:
// the stream is at most about twice its final result, whatever the model does.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { createCoach } from '../../server/coach/select-coach.ts';
import { openDatabase } from '../../server/db/client.ts';
import { parseSseText } from '../../web/src/lib/sse.ts';
import { answer, huge, loopingFindings, runaway, startFakeOpenAI, type Behaviour } from '../../test/fake-openai/server.ts';
import { EMAIL_CONTEXT, GOOD_DRAFT, modelCritique } from '../../test/msw/outreach-fixtures.ts';

const CASES: Array<[string, () => Behaviour[]]> = [
  ['good answer, 8-char chunks', () => [answer(modelCritique(), { chunkSize: 8 })]],
  ['good answer, long rewrite', () => [answer(modelCritique({ rewrite: `${GOOD_DRAFT}\n\n${GOOD_DRAFT}` }), { chunkSize: 8 })]],
  ['looping model (ignores max_tokens)', () => [runaway(), runaway()]],
  ['model looping over findings', () => [loopingFindings(), loopingFindings()]],
  ['2 MB answer', () => [huge(modelCritique(), 2_000_000), huge(modelCritique(), 2_000_000)]],
];

const rssMiB = () => Math.round(process.memoryUsage().rss / 2 ** 20);

export async function benchStreaming(): Promise<void> {
  const fake = await startFakeOpenAI();
  const db = await openDatabase(':memory:');
  const coach = createCoach({ baseUrl: fake.baseUrl, model: 'fake' }, { sleep: async () => {}, log: () => {} });
  const app = createApp({ db, coach, logger: { info: () => {}, error: () => {} } });
  const server = await new Promise<ServerType>((resolve) => {
    const s: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/outreach/critique/stream`;
  const body = JSON.stringify({ draft: GOOD_DRAFT, context: EMAIL_CONTEXT });

  console.log('\nStreaming a critique from a fake model (POST /api/outreach/critique/stream, in process)');
  console.log('  case                                   streamed    result   ratio   events   ms     answered by');
  const before = rssMiB();
  for (const [name, behaviours] of CASES) {
    fake.queue(...behaviours());
    const t0 = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const raw = await response.text();
    const ms = performance.now() - t0;
    const events = await parseSseText(raw);
    const result = events.find((e) => e.event === 'result');
    const resultBytes = result ? Buffer.byteLength(result.data) : 0;
    const streamed = Buffer.byteLength(raw);
    const by = result ? (JSON.parse(result.data) as { critique: { coach: { kind: string } } }).critique.coach.kind : 'error';
    console.log(
      `  ${name.padEnd(38)} ${String(streamed).padStart(8)} B ${String(resultBytes).padStart(7)} B ${(streamed / Math.max(1, resultBytes)).toFixed(2).padStart(6)}× ${String(events.length).padStart(6)} ${ms.toFixed(0).padStart(6)}   ${by}`,
    );
  }
  console.log(`  RSS: ${before} MiB before, ${rssMiB()} MiB after`);
  await fake.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
  db.$client.close();
}
