import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { Contact, ContactDetail, ContactImportResult, ContactList, Today } from '../../shared/contracts/contacts.ts';
import { agendas, contactEvents, contactLinks, contacts, drafts } from '../db/schema.ts';
import { createTestApp, postJson } from '../../test/fixtures/test-app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

/** A clock the test moves by hand (Today depends on the date). */
function manualClock(start: string) {
  let now = Date.parse(start);
  return { clock: () => new Date(now), set: (iso: string) => void (now = Date.parse(iso)) };
}

const send = (t: TestApp, method: string, path: string, body?: unknown) =>
  t.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function rows(t: TestApp) {
  const n = async (table: typeof contacts | typeof contactEvents | typeof contactLinks | typeof drafts | typeof agendas) => (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return { contacts: await n(contacts), events: await n(contactEvents), links: await n(contactLinks), drafts: await n(drafts), agendas: await n(agendas) };
}

const DANA = {
  name: 'Dana Whitehorse',
  role: 'Policy and Advocacy Manager',
  organization: 'Access Forward',
  field: 'reproductive-health advocacy',
  connection: 'Alumna of my program',
  channel: 'email',
  email: 'dana@example.org',
  priority: 1,
} as const;

describe('/api/contacts', () => {
  it('adds, reads, pages, edits and moves a contact', async () => {
    current = await createTestApp();
    const t = current;
    const created = await postJson(t.app, '/api/contacts', DANA);
    expect(created.status).toBe(201);
    const dana = Contact.parse(await created.json());
    expect(dana).toMatchObject({ ...DANA, stage: 'to-ask', doNotContact: false, actedOnAdvice: false, snoozes: [], profile: null });

    for (const name of ['A', 'B', 'C']) await postJson(t.app, '/api/contacts', { name });
    const first = ContactList.parse(await (await t.app.request('/api/contacts?limit=2')).json());
    expect(first.contacts.map((c) => c.name)).toEqual(['C', 'B']);
    const second = ContactList.parse(await (await t.app.request(`/api/contacts?limit=2&cursor=${first.nextCursor}`)).json());
    expect(second.contacts.map((c) => c.name)).toEqual(['A', 'Dana Whitehorse']);
    expect(second.nextCursor).toBeNull();

    const moved = await send(t, 'PATCH', `/api/contacts/${dana.id}`, { stage: 'asked' });
    expect(Contact.parse(await moved.json())).toMatchObject({ stage: 'asked', name: 'Dana Whitehorse', email: 'dana@example.org' });
    const edited = await send(t, 'PUT', `/api/contacts/${dana.id}`, { name: 'Dana W.', priority: 3 });
    expect(Contact.parse(await edited.json())).toMatchObject({ name: 'Dana W.', priority: 3, email: null, role: null, stage: 'asked' });
  });

  it('refuses bad input with the one error shape, and stores nothing', async () => {
    current = await createTestApp();
    const t = current;
    const cases: Array<[unknown, number, string]> = [
      [{ name: '   ' }, 400, 'invalid_request'],
      [{ name: 'A', email: 'not-an-email' }, 400, 'invalid_request'],
      [{ name: 'A', priority: 4 }, 400, 'invalid_request'],
      [{ name: 'A\u0000B' }, 400, 'invalid_characters'],
      [{ name: 'A', linkedinUrl: 'javascript:alert(1)' }, 400, 'invalid_request'],
    ];
    for (const [body, status, code] of cases) {
      const res = await postJson(t.app, '/api/contacts', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await res.json()) as unknown).toMatchObject({ error: { code } });
    }
    expect(await rows(t)).toMatchObject({ contacts: 0 });
    const missing = await t.app.request('/api/contacts/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'contact_not_found', message: 'No contact with this id.' } });
  });

  it('stores every text exactly as sent', async () => {
    current = await createTestApp();
    const t = current;
    const profile = '  Line one\r\n\tindented — “quoted” 😀 \u200d end  ';
    const created = Contact.parse(await (await postJson(t.app, '/api/contacts', { name: 'Zoë', profile, notes: profile })).json());
    const read = ContactDetail.parse(await (await t.app.request(`/api/contacts/${created.id}`)).json());
    expect(read.profile).toBe(profile);
    expect(read.notes).toBe(profile);
  });
});

describe('the log, Today, .ics and export', () => {
  it('moves the contact through the stages as events are logged, and Today follows on the right days', async () => {
    const time = manualClock('2027-03-09T15:00:00Z'); // Tuesday
    current = await createTestApp({ clock: time.clock, timeZone: 'America/Chicago' });
    const t = current;
    const dana = Contact.parse(await (await postJson(t.app, '/api/contacts', DANA)).json());

    let today = Today.parse(await (await t.app.request('/api/today?tz=America/Chicago')).json());
    expect(today.items.map((i) => [i.kind, i.contactName])).toEqual([['send-ask', 'Dana Whitehorse']]);

    const sent = await postJson(t.app, `/api/contacts/${dana.id}/events`, { kind: 'sent' });
    expect(sent.status).toBe(201);
    expect(((await sent.json()) as { contact: Contact }).contact.stage).toBe('asked');

    time.set('2027-03-17T15:00:00Z'); // 6 business days later
    today = Today.parse(await (await t.app.request('/api/today?tz=America/Chicago')).json());
    expect(today.items).toEqual([]);
    expect(today.upcoming.map((i) => [i.kind, i.due])).toEqual([['follow-up', '2027-03-18']]);
    time.set('2027-03-18T15:00:00Z');
    today = Today.parse(await (await t.app.request('/api/today')).json()); // the server's default zone
    expect(today.items.map((i) => [i.kind, i.due, i.ruleId])).toEqual([['follow-up', '2027-03-18', 'plan.one-follow-up']]);

    const meeting = { start: '2027-04-06T10:30', timeZone: 'America/Chicago', minutes: 20, place: 'Phone' };
    const noMeeting = await postJson(t.app, `/api/contacts/${dana.id}/events`, { kind: 'scheduled' });
    expect(noMeeting.status).toBe(400);
    await postJson(t.app, `/api/contacts/${dana.id}/events`, { kind: 'scheduled', meeting });

    const ics = await t.app.request(`/api/contacts/${dana.id}/ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.headers.get('content-disposition')).toBe('attachment; filename="interview-dana-whitehorse-2027-04-06.ics"');
    const calendar = await ics.text();
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain('DTSTART:20270406T153000Z'); // 10:30 CDT
    expect(calendar).toContain('SUMMARY:Informational interview with Dana Whitehorse');

    time.set('2027-04-04T15:00:00Z');
    today = Today.parse(await (await t.app.request('/api/today?tz=America/Chicago')).json());
    expect(today.items.map((i) => i.kind)).toEqual(['prepare-agenda']);
    await postJson(t.app, `/api/contacts/${dana.id}/links`, { kind: 'agenda', targetId: 'agenda-1' });
    today = Today.parse(await (await t.app.request('/api/today?tz=America/Chicago')).json());
    expect(today.items).toEqual([]);

    time.set('2027-04-06T17:00:00Z');
    await postJson(t.app, `/api/contacts/${dana.id}/events`, { kind: 'talked' });
    today = Today.parse(await (await t.app.request('/api/today?tz=America/Chicago')).json());
    expect(today.items.map((i) => i.kind)).toEqual(['send-thanks']);
    const thanked = await postJson(t.app, `/api/contacts/${dana.id}/events`, { kind: 'thanked', text: 'Thank you for the time on Tuesday.' });
    expect(((await thanked.json()) as { contact: Contact }).contact.stage).toBe('thanked');
    today = Today.parse(await (await t.app.request('/api/today?tz=America/Chicago')).json());
    expect(today.items).toEqual([]);

    const detail = ContactDetail.parse(await (await t.app.request(`/api/contacts/${dana.id}`)).json());
    expect(detail.events.map((e) => e.kind)).toEqual(['sent', 'scheduled', 'talked', 'thanked']);
    expect(detail.links).toMatchObject([{ kind: 'agenda', targetId: 'agenda-1' }]);
  });

  it('refuses an unknown time zone', async () => {
    current = await createTestApp();
    const res = await current.app.request('/api/today?tz=Mars/Olympus');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('exports every contact with its history as JSON and CSV', async () => {
    current = await createTestApp();
    const t = current;
    const dana = Contact.parse(await (await postJson(t.app, '/api/contacts', DANA)).json());
    await postJson(t.app, `/api/contacts/${dana.id}/events`, { kind: 'sent', at: '2026-11-24T15:00:00Z' });
    await postJson(t.app, '/api/contacts', { name: 'Marcus, "the EDC guy"', notes: 'two\nlines' });
    const json = (await (await t.app.request('/api/export?format=json')).json()) as { contacts: ContactDetail[] };
    expect(json.contacts.map((c) => [c.name, c.events.length])).toEqual([
      ['Dana Whitehorse', 1],
      ['Marcus, "the EDC guy"', 0],
    ]);
    const csv = await t.app.request('/api/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('name,role,organization,field,connection,channel,email,linkedinUrl,priority,stage,doNotContact,actedOnAdvice,notes,profile,history,createdAt,updatedAt');
    expect(text).toContain('"Marcus, ""the EDC guy"""');
    expect(text).toContain('2026-11-24 Sent the ask');

    // What was exported imports back.
    const fresh = await createTestApp();
    try {
      const back = await postJson(fresh.app, '/api/contacts/import', { csv: text });
      expect(ContactImportResult.parse(await back.json())).toEqual({ imported: 2, skipped: [] });
    } finally {
      fresh.close();
    }
  });
});

describe('POST /api/contacts/import', () => {
  const LINKEDIN = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Priya,Natarajan,https://www.linkedin.com/in/priya-example,,Lumen Health,Senior UX Researcher,12 Mar 2024',
    'Tomás,Lindqvist,https://www.linkedin.com/in/tomas-example,tomas@example.com,Railyard,Staff Software Engineer,01 Feb 2025',
  ].join('\n');

  it("reads LinkedIn's connections export", async () => {
    current = await createTestApp();
    const t = current;
    const res = await postJson(t.app, '/api/contacts/import', { csv: LINKEDIN });
    expect(res.status).toBe(201);
    expect(ContactImportResult.parse(await res.json())).toEqual({ imported: 2, skipped: [] });
    const list = ContactList.parse(await (await t.app.request('/api/contacts')).json());
    expect(list.contacts.find((c) => c.name === 'Priya Natarajan')).toMatchObject({
      organization: 'Lumen Health',
      role: 'Senior UX Researcher',
      channel: 'linkedin',
      linkedinUrl: 'https://www.linkedin.com/in/priya-example',
      connection: 'LinkedIn connection since 12 Mar 2024',
      email: null,
    });
  });

  it('imports 500 rows, or none when one is bad, naming each bad line', async () => {
    current = await createTestApp();
    const t = current;
    const lines = ['name,organization,email,priority'];
    for (let i = 1; i <= 500; i++) lines.push(`Person ${i},Org ${i % 50},p${i}@example.com,${(i % 3) + 1}`);
    lines[201] = 'Person 201,Org 1,not-an-email,2'; // file line 202
    lines[401] = ',Org 1,x@example.com,2'; // file line 402: no name
    const refused = await postJson(t.app, '/api/contacts/import', { csv: lines.join('\n') });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_import');
    expect(body.error.message).toMatch(/^Nothing was imported: 2 rows are not valid \(line 202: email: not an email address; line 402: name/);
    expect(await rows(t)).toMatchObject({ contacts: 0 });

    const partial = await postJson(t.app, '/api/contacts/import', { csv: lines.join('\n'), skipInvalid: true });
    expect(partial.status).toBe(201);
    const result = ContactImportResult.parse(await partial.json());
    expect(result.imported).toBe(498);
    expect(result.skipped.map((s) => s.line)).toEqual([202, 402]);
    expect(await rows(t)).toMatchObject({ contacts: 498 });
  });

  it('refuses more than 500 rows or 250,000 characters, saying to split the file, and a file with no name column', async () => {
    current = await createTestApp();
    const t = current;
    const lines = ['name', ...Array.from({ length: 501 }, (_, i) => `P${i}`)];
    const tooMany = await postJson(t.app, '/api/contacts/import', { csv: lines.join('\n') });
    expect(tooMany.status).toBe(413);
    expect(await tooMany.json()).toMatchObject({ error: { code: 'too_many_rows', message: 'csv: 501 rows; at most 500 per import. Split the file and import it in parts.' } });
    const tooLong = await postJson(t.app, '/api/contacts/import', { csv: `name,notes\nDana,${'x'.repeat(250_000)}` });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: { message: string } }).error.message).toMatch(/at most 250,000 characters per import; split the file/);
    const noName = await postJson(t.app, '/api/contacts/import', { csv: 'color,size\nred,3' });
    expect(noName.status).toBe(422);
    expect(await rows(t)).toMatchObject({ contacts: 0 });
  });

  it('counts lines of quoted cells that span lines', async () => {
    current = await createTestApp();
    const csv = 'name,notes\n"Ana","met at\nthe fair"\nBad,ok\n,"no name"';
    const res = await postJson(current.app, '/api/contacts/import', { csv, skipInvalid: true });
    expect(ContactImportResult.parse(await res.json()).skipped.map((s) => s.line)).toEqual([5]);
  });
});

describe('DELETE /api/contacts/:id', () => {
  it('deletes the contact with its log, its links and the work linked to it, and nothing else', async () => {
    current = await createTestApp();
    const t = current;
    const dana = Contact.parse(await (await postJson(t.app, '/api/contacts', DANA)).json());
    const other = Contact.parse(await (await postJson(t.app, '/api/contacts', { name: 'Other' })).json());
    const agenda = (await (await postJson(t.app, '/api/agendas', { title: 'For Dana', minutes: 20, questions: ['What does a typical week look like for you?'] })).json()) as { id: string };
    const keep = (await (await postJson(t.app, '/api/agendas', { title: 'Keep', minutes: 20, questions: ['What does a typical week look like for you?'] })).json()) as { id: string };
    const critique = (await (await postJson(t.app, '/api/outreach/critique', { draft: 'Hi Dana, I am a student at State U.' })).json()) as { draftId: string };
    await postJson(t.app, `/api/contacts/${dana.id}/links`, { kind: 'agenda', targetId: agenda.id });
    await postJson(t.app, `/api/contacts/${dana.id}/links`, { kind: 'draft', targetId: critique.draftId });
    await postJson(t.app, `/api/contacts/${other.id}/links`, { kind: 'agenda', targetId: keep.id });
    await postJson(t.app, `/api/contacts/${dana.id}/events`, { kind: 'sent' });
    expect(await rows(t)).toEqual({ contacts: 2, events: 1, links: 3, drafts: 1, agendas: 2 });

    expect((await send(t, 'DELETE', `/api/contacts/${dana.id}`)).status).toBe(204);
    expect(await rows(t)).toEqual({ contacts: 1, events: 0, links: 1, drafts: 0, agendas: 1 });
    expect((await t.app.request(`/api/agendas/${keep.id}`)).status).toBe(200);
    expect((await send(t, 'DELETE', `/api/contacts/${dana.id}`)).status).toBe(404);
  });
});
