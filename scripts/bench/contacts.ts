// Contacts in `npm run bench`: `GET /api/today` for 2,000 contacts with 20,000 logged events (2,000 of them
// through the route, timed)
// (target p95 ≤ 50 ms), and `POST /api/contacts/import` of them in files of 500 rows (target ≤ 2 s). The real
// app on an in-memory libsql database, through `app.request` (no sockets: the route's own cost).
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { type ContactEventKind, MAX_IMPORT_ROWS } from '../../shared/contracts/contacts.ts';
import { eq } from 'drizzle-orm';
import type { InStatement } from '@libsql/client';
import { bulkInsertStatements } from '../../server/db/bulk-insert.ts';
import { contactEvents, contacts } from '../../server/db/schema.ts';
import { foldEvents, stageAfter } from '../../server/contacts/plan-state.ts';

/** Contacts whose ten events go through `POST /api/contacts/:id/events` (the rest are written straight, the same rows). */
const LOGGED_CONTACTS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Ten events a contact, in a plausible order: asks, replies, a chat, thanks, notes. */
const LOG: ContactEventKind[] = ['note', 'sent', 'followed-up', 'replied', 'note', 'scheduled', 'talked', 'thanked', 'note', 'update-sent'];

export async function benchContacts(): Promise<void> {
  console.log('\nContacts (the real app, in-memory libsql)');
  const db = await openDatabase(':memory:');
  let now = Date.parse('2027-03-01T15:00:00Z');
  const app = createApp({ db, coach: createOfflineCoach(), logger: silentLogger, clock: () => new Date(now), limits: { writesPerMinute: 1_000_000, cpuMsPerMinute: 60_000_000 } });

  // 2,000 contacts in files of MAX_IMPORT_ROWS (500), as a user imports a large export in parts.
  const importTimes: number[] = [];
  for (let part = 0; part < 2_000 / MAX_IMPORT_ROWS; part++) {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, k) => part * MAX_IMPORT_ROWS + k);
    const csv = ['name,role,organization,email,priority', ...rows.map((i) => `Person ${i},Analyst,Org ${i % 120},p${i}@example.com,${(i % 3) + 1}`)].join('\n');
    const t0 = performance.now();
    const imported = await app.request('/api/contacts/import', json({ csv }));
    importTimes.push(performance.now() - t0);
    if (imported.status !== 201) throw new Error(`import answered ${imported.status}`);
  }
  const importMs = Math.max(...importTimes);

  const ids: string[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = (await (await app.request(`/api/contacts?limit=500${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { contacts: Array<{ id: string }>; nextCursor: string | null };
    ids.push(...page.contacts.map((c) => c.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  // 20,000 events: each contact stops somewhere along the log, so every stage is present. The
  // first LOGGED_CONTACTS contacts' events go through the route (what "log one event" measures);
  // the rest are the same events written as the route writes them (the same rows, the same fold
  // and stage on the contact), straight into the database in one transaction: Today then reads
  // the same 2,000 contacts and 20,000 events, in seconds instead of minutes of the bench.
  let events = 0;
  const eventOf = (i: number, k: number) => {
    const kind = LOG[(k + i) % LOG.length]!;
    now += 60_000;
    return kind === 'scheduled' ? { kind, meeting: { start: '2027-04-06T10:30', timeZone: 'America/Chicago', minutes: 20 } } : { kind };
  };
  const t1 = performance.now();
  for (const [i, id] of ids.slice(0, LOGGED_CONTACTS).entries()) {
    for (let k = 0; k < 10; k++) {
      const res = await app.request(`/api/contacts/${id}/events`, json(eventOf(i, k)));
      if (res.status !== 201) throw new Error(`event answered ${res.status}`);
      events++;
    }
  }
  const logMs = (performance.now() - t1) / events;
  const [stored] = await db.select({ meeting: contactEvents.meeting }).from(contactEvents).where(eq(contactEvents.kind, 'scheduled')).limit(1);
  const stages = new Map((await db.select({ id: contacts.id, stage: contacts.stage }).from(contacts)).map((r) => [r.id, r.stage]));
  const rows: (typeof contactEvents.$inferInsert & { at: string; createdAt: string })[] = [];
  const updates: InStatement[] = [];
  for (const [i, id] of ids.entries()) {
    if (i < LOGGED_CONTACTS) continue;
    const log: (typeof rows)[number][] = [];
    let stage = stages.get(id)!;
    for (let k = 0; k < 10; k++) {
      const { kind } = eventOf(i, k);
      const at = new Date(now).toISOString();
      log.push({ id: `bench-${i}-${k}`, contactId: id, kind, at, meeting: kind === 'scheduled' ? stored!.meeting! : null, text: null, createdAt: at });
      stage = stageAfter(kind, stage);
    }
    rows.push(...log);
    const plan = foldEvents(log.map((e) => ({ kind: e.kind, at: e.at, meeting: e.meeting ?? null })));
    updates.push({ sql: 'update contacts set plan = ?, stage = ?, updated_at = ? where id = ?', args: [JSON.stringify(plan), stage, log.at(-1)!.at, id] });
    events += log.length;
  }
  await db.$client.batch([...bulkInsertStatements(contactEvents, rows), ...updates], 'write');

  const times: number[] = [];
  for (let i = 0; i < 5; i++) await (await app.request('/api/today?tz=America/Chicago')).arrayBuffer();
  const deadline = performance.now() + 3000;
  let items = 0;
  while (performance.now() < deadline || times.length < 30) {
    const t = performance.now();
    const res = await app.request('/api/today?tz=America/Chicago');
    const body = (await res.json()) as { items: unknown[]; upcoming: unknown[] };
    times.push(performance.now() - t);
    items = body.items.length + body.upcoming.length;
  }
  times.sort((a, b) => a - b);
  console.log(`  import of ${MAX_IMPORT_ROWS} CSV rows (one transaction), slowest of 4 ${importMs.toFixed(0).padStart(6)} ms   (target ≤ 2,000 ms)`);
  console.log(`  log one event (refolds the contact's log)           ${logMs.toFixed(2).padStart(6)} ms   (${(LOGGED_CONTACTS * 10).toLocaleString('en-US')} events through the route)`);
  console.log(
    `  Today for ${ids.length.toLocaleString('en-US')} contacts, ${events.toLocaleString('en-US')} events   median ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms   (target p95 ≤ 50 ms; ${items} items, ${times.length} runs)`,
  );
  db.$client.close();
}

if (import.meta.main) await benchContacts();
