// Practice benchmarks (part of `npm run bench`): the offline engine's reply time per turn, the
// whole message request, the delay our server adds before a model's first byte reaches the
// client (a fake OpenAI-compatible server streaming at a fixed pace), and memory with 200
// concurrent sessions. Loads only 127.0.0.1.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { createPracticeCoach } from '../../server/coach/select-coach.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { composeReply } from '../../server/practice/persona-engine.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';

const QUESTIONS = [
  'Hi, thank you so much for making time today!',
  "I'm a student exploring the field. What does a typical week look like for you?",
  'What do you enjoy most?', 'What is frustrating about it?', 'You mentioned that — how do you handle it?',
  'Which skills matter most?', 'How do people get started?', 'How did you get into this work?', 'What do you read?',
  'Where is the field heading?', 'What surprised you?', 'What salary range might someone entering the field expect?',
  'Which organizations should I join?', 'What is your organization like?', 'Who else should I talk to?', 'Thank you so much!',
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${pct(sorted, 50).toFixed(3)} ms   p95 ${pct(sorted, 95).toFixed(3)} ms   (${sorted.length} turns)`;
};

function benchEngine() {
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const { card } of PRESET_PERSONAS) {
      const history: TranscriptTurn[] = [];
      for (const userText of [...QUESTIONS, ...QUESTIONS]) {
        const t0 = performance.now();
        const reply = composeReply({ card, seed: round, minutes: 60, history, userText });
        times.push(performance.now() - t0);
        history.push({ role: 'user', content: userText, elapsedMinutes: reply.userElapsedMinutes }, { role: 'professional', content: reply.text, elapsedMinutes: reply.elapsedMinutes });
      }
    }
  }
  console.log(`  offline engine, per reply (32-turn conversations, 7 personas)   ${summary(times)}`);
}

async function benchRequests() {
  const dir = mkdtempSync(join(tmpdir(), 'infochat-bench-practice-'));
  const db = await openDatabase(`file:${join(dir, 'practice.db')}`);
  const app = createApp({ db, coach: createOfflineCoach(), logger: silentLogger, limits: { writesPerMinute: 1e9, cpuMsPerMinute: 1e9 } });
  const post = (path: string, body: unknown, accept = 'application/json') =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
  const times: number[] = [];
  for (let s = 0; s < 10; s++) {
    const { id } = (await (await post('/api/practice/sessions', { personaId: PRESET_PERSONAS[s % 7]!.id, minutes: 30 })).json()) as { id: string };
    for (const content of QUESTIONS) {
      const t0 = performance.now();
      await (await post(`/api/practice/sessions/${id}/messages`, { content })).text();
      times.push(performance.now() - t0);
    }
  }
  console.log(`  POST …/messages, offline, JSON, libsql file (3 writes)   ${summary(times)}`);

  // 200 sessions held at once: five exchanges each, all in flight together.
  global.gc?.();
  const before = process.memoryUsage();
  const ids = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => ((await (await post('/api/practice/sessions', { personaId: PRESET_PERSONAS[i % 7]!.id, minutes: 20 })).json()) as { id: string }).id),
  );
  for (const content of QUESTIONS.slice(0, 5)) await Promise.all(ids.map(async (id) => (await post(`/api/practice/sessions/${id}/messages`, { content })).text()));
  global.gc?.();
  const after = process.memoryUsage();
  const mib = (n: number) => (n / 2 ** 20).toFixed(0);
  console.log(
    `  200 concurrent sessions × 5 exchanges: RSS ${mib(before.rss)} → ${mib(after.rss)} MiB, heap used ${mib(before.heapUsed)} → ${mib(after.heapUsed)} MiB`,
  );
  db.$client.close();
}

/** A fake OpenAI-compatible server: streams a reply in 12 chunks, one every `paceMs`; records when its first chunk left. */
async function fakeModel(paceMs: number) {
  const firstChunkAt: number[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const words = 'I spend most mornings with clients and most afternoons writing, which suits me well.'.split(' ');
      let i = 0;
      const tick = () => {
        if (i === 0) firstChunkAt.push(performance.now());
        const content = `${words[i]} `;
        res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'fake', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`);
        i += 1;
        if (i < words.length) setTimeout(tick, paceMs);
        else {
          res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'fake', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
          res.end('data: [DONE]\n\n');
        }
      };
      tick();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, firstChunkAt, close: () => server.close() };
}

async function benchFirstByte() {
  const fake = await fakeModel(20);
  const db = await openDatabase(':memory:');
  const practiceCoach = createPracticeCoach({ baseUrl: fake.url, model: 'fake', apiKey: 'not-needed' });
  const app = createApp({ db, coach: createOfflineCoach(), practiceCoach, logger: silentLogger });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { id } = (await (await fetch(`${base}/api/practice/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personaId: 'preset-ux-researcher', minutes: 60 }) })).json()) as { id: string };
  const added: number[] = [];
  for (let i = 0; i < 30; i++) {
    const res = await fetch(`${base}/api/practice/sessions/${id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ content: `Question ${i}: what does your week look like?` }),
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let firstDeltaAt: number | undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (firstDeltaAt === undefined && text.includes('event: delta')) firstDeltaAt = performance.now();
    }
    const sent = fake.firstChunkAt[i];
    if (firstDeltaAt !== undefined && sent !== undefined) added.push(firstDeltaAt - sent);
  }
  console.log(`  model first byte: our server's added delay (fake model, 20 ms/chunk)   ${summary(added).replace('turns', 'replies')}`);
  server.close();
  fake.close();
  db.$client.close();
}

export async function benchPractice(): Promise<void> {
  console.log('\nPractice');
  benchEngine();
  await benchRequests();
  await benchFirstByte();
}

if (import.meta.main) await benchPractice();
