import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, describeDatabase, filePathOf, MIGRATIONS_FOLDER, openDatabase } from './client.ts';
import { drafts } from './schema.ts';

const TABLES = ['__drizzle_migrations', 'agendas', 'contact_events', 'contact_links', 'contacts', 'critiques', 'draft_versions', 'drafts', 'practice_personas', 'practice_sessions', 'practice_turns', 'question_reviews'];

async function tablesOf(db: Awaited<ReturnType<typeof openDatabase>>) {
  const result = await db.$client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  return result.rows.map((row) => row['name']);
}

describe('openDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'infochat-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a fresh, migrated database for each :memory: call', async () => {
    const a = await openDatabase(':memory:');
    const b = await openDatabase(':memory:');
    expect(await tablesOf(a)).toEqual(TABLES);
    await a.insert(drafts).values({ id: 'd1', title: 'x', createdAt: 'now', updatedAt: 'now' });
    expect(await b.select().from(drafts)).toEqual([]);
    a.$client.close();
    b.$client.close();
  });

  it('creates the missing folders of a file: URL, migrates, and reopens idempotently', async () => {
    const file = join(dir, 'nested', 'deeper', 'infochat.db');
    const url = `file:${file}`;
    expect(existsSync(join(dir, 'nested'))).toBe(false);

    const first = await openDatabase(url);
    expect(existsSync(file)).toBe(true);
    expect(await tablesOf(first)).toEqual(TABLES);
    await first.insert(drafts).values({ id: 'd1', title: 'kept', createdAt: 'now', updatedAt: 'now' });
    first.$client.close();

    const second = await openDatabase(url);
    expect(await tablesOf(second)).toEqual(TABLES);
    const migrations = await second.$client.execute('SELECT count(*) AS n FROM __drizzle_migrations');
    // Each migration once, however many the journal lists.
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(migrations.rows[0]?.['n']).toBe(journal.entries.length);
    expect(await second.select({ title: drafts.title }).from(drafts)).toEqual([{ title: 'kept' }]);
    second.$client.close();
  });

  it('enforces foreign keys', async () => {
    const db = await openDatabase(`file:${join(dir, 'fk.db')}`);
    await expect(
      db.$client.execute("INSERT INTO draft_versions VALUES ('v1', 'missing', 1, 'text', '{}', 'now')"),
    ).rejects.toThrow(/FOREIGN KEY constraint failed/);
    db.$client.close();
  });
});

describe('filePathOf', () => {
  it.each([
    ['file:./data/infochat.db', resolve('data/infochat.db')],
    ['file:data/infochat.db', resolve('data/infochat.db')],
    ['file:/var/lib/infochat.db', '/var/lib/infochat.db'],
    [pathToFileURL('/var/lib/info chat.db').href, '/var/lib/info chat.db'],
    ['file:/var/lib/infochat.db?mode=ro', '/var/lib/infochat.db'],
  ])('%s → %s', (url, path) => {
    expect(filePathOf(url)).toBe(path);
  });

  it.each([':memory:', 'libsql://db.turso.io', 'http://127.0.0.1:8080'])('%s is not a file', (url) => {
    expect(filePathOf(url)).toBeUndefined();
  });
});

describe('openDatabase failures, in words', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'infochat-db-fail-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names a path whose folder is a file', async () => {
    writeFileSync(join(dir, 'plain'), 'x');
    const file = join(dir, 'plain', 'infochat.db');
    await expect(openDatabase(`file:${file}`)).rejects.toThrow(
      new DatabaseOpenError(`cannot create the database at ${file}: ${join(dir, 'plain')} is a file, not a folder`),
    );
  });

  // root may write anywhere, so this case only runs as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('says permission denied at the folder it cannot write', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    await expect(openDatabase(`file:${join(locked, 'infochat.db')}`)).rejects.toThrow(
      new DatabaseOpenError(`permission denied at ${locked}: the database needs write access there`),
    );
  });

  it('fails at once under /proc instead of hanging', async () => {
    await expect(openDatabase('file:/proc/nope/x.db')).rejects.toThrow(
      new DatabaseOpenError('cannot create the database folder /proc/nope: no such file or directory'),
    );
  });

  it('says it cannot reach a libsql server, with the reason and without the SQL', async () => {
    const error = await openDatabase('http://127.0.0.1:1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/^cannot reach the libsql server at http:\/\/127\.0\.0\.1:1: .+$/);
    expect((error as Error).message).not.toMatch(/CREATE TABLE|\n/);
  });

  it.each([
    ['libsql://db.turso.io?authToken=secret', 'libsql://db.turso.io'],
    ['http://user:pw@127.0.0.1:8080/db', 'http://127.0.0.1:8080/db'],
    ['file:/srv/x.db?mode=rwc', 'file:/srv/x.db'],
  ])('describes %s without credentials as %s', (url, described) => {
    expect(describeDatabase(url)).toBe(described);
  });
});
