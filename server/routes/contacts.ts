import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  CONTACT_PAGE_DEFAULT,
  type Contact,
  type ContactDetail,
  ContactEventInput,
  ContactImportRequest,
  type ContactImportResult,
  ContactInput,
  ContactLinkInput,
  type ContactList,
  ContactListQuery,
  ContactPatch,
  Snooze,
  type Today,
  TodayQuery,
} from '../../shared/contracts/contacts.ts';
import { contactsCsv } from '../contacts/csv.ts';
import { inProcess, type Offload } from '../offload/offload.ts';
import type { PlanState } from '../contacts/plan-state.ts';
import { icsFileName, meetingIcs } from '../contacts/ics.ts';
import { DEFAULT_PLAN_SETTINGS, effectiveStage, type PlanSettings, planToday } from '../contacts/planner.ts';
import type { ContactStore } from '../db/contact-store.ts';
import { AppError } from '../errors.ts';
import { readJson } from './read-json.ts';

const notFound = () => new AppError('contact_not_found', 404, 'No contact with this id.');

export interface ContactRouteDeps {
  store: ContactStore;
  clock: () => Date;
  settings?: PlanSettings;
  /** The time zone Today uses when the request names none (default: the server's). */
  defaultTimeZone?: string;
  /** Where the file is parsed (the server's worker pool); default in process. */
  offload?: Offload;
}

/** As the API answers it: the stage the planner sees (an ask unanswered for 21 days reads as `no-reply`), without the planner's facts. */
function answered<T extends Contact>({ plan, ...contact }: T & { plan: PlanState }, now: Date, settings: PlanSettings): T {
  return { ...contact, stage: effectiveStage({ stage: contact.stage, plan }, now, settings) } as unknown as T;
}

/**
 * `/api/contacts`: CRUD (pages, newest updated first), CSV import (all rows or none, unless
 * `skipInvalid`), the log (`/:id/events`), links to the other pages' work, snoozes and the agreed
 * chat as `.ics`.
 */
export function contactRoutes({ store, clock, settings = DEFAULT_PLAN_SETTINGS, offload = inProcess }: ContactRouteDeps) {
  async function detail(c: Context): Promise<ContactDetail & { plan: PlanState }> {
    const found = await store.get(c.req.param('id') ?? '');
    if (!found) throw notFound();
    return found;
  }

  return new Hono()
    .post('/', async (c) => {
      const input = await readJson(c, ContactInput);
      return c.json<Contact>(await store.create(input), 201);
    })
    .get('/', async (c) => {
      const { limit = CONTACT_PAGE_DEFAULT, cursor } = ContactListQuery.parse(c.req.query());
      const page = await store.listPage({ limit, cursor });
      const now = clock();
      return c.json<ContactList>({ nextCursor: page.nextCursor, contacts: page.contacts.map((contact) => answered<Contact>(contact, now, settings)) });
    })
    .post('/import', async (c) => {
      const { csv, skipInvalid } = await readJson(c, ContactImportRequest);
      const { rows, errors } = await offload.run('parseContactsCsv', csv);
      if (errors.length > 0 && !skipInvalid) {
        const listed = errors.slice(0, 20).map((e) => `line ${e.line}: ${e.message}`);
        const more = errors.length > 20 ? `; and ${errors.length - 20} more` : '';
        throw new AppError(
          'invalid_import',
          422,
          `Nothing was imported: ${errors.length} ${errors.length === 1 ? 'row is' : 'rows are'} not valid (${listed.join('; ')}${more}). Fix them, or import the valid rows only.`,
        );
      }
      const imported = await store.createMany(rows);
      return c.json<ContactImportResult>({ imported, skipped: errors }, 201);
    })
    .get('/:id', async (c) => {
      return c.json<ContactDetail>(answered<ContactDetail>(await detail(c), clock(), settings));
    })
    .put('/:id', async (c) => {
      const input = await readJson(c, ContactInput);
      // A replacement: every optional field not sent is cleared; the stage stays unless sent.
      const cleared = { role: undefined, organization: undefined, field: undefined, connection: undefined, channel: undefined, email: undefined, linkedinUrl: undefined, profile: undefined, notes: undefined };
      const updated = await store.patch(c.req.param('id'), { ...cleared, ...input });
      if (!updated) throw notFound();
      return c.json<Contact>(updated);
    })
    .patch('/:id', async (c) => {
      const input = await readJson(c, ContactPatch);
      const updated = await store.patch(c.req.param('id'), input);
      if (!updated) throw notFound();
      return c.json<Contact>(updated);
    })
    .delete('/:id', async (c) => {
      if (!(await store.remove(c.req.param('id')))) throw notFound();
      return c.body(null, 204);
    })
    .post('/:id/events', async (c) => {
      const input = await readJson(c, ContactEventInput);
      const written = await store.addEvent(c.req.param('id'), {
        kind: input.kind,
        at: input.at ? new Date(input.at).toISOString() : clock().toISOString(),
        meeting: input.meeting,
        text: input.text,
      });
      if (!written) throw notFound();
      return c.json(written, 201);
    })
    .post('/:id/links', async (c) => {
      const input = await readJson(c, ContactLinkInput);
      const link = await store.link(c.req.param('id'), input);
      if (!link) throw notFound();
      return c.json(link, 201);
    })
    .post('/:id/snooze', async (c) => {
      const input = await readJson(c, Snooze);
      const updated = await store.snooze(c.req.param('id'), input);
      if (!updated) throw notFound();
      return c.json<Contact>(updated);
    })
    .get('/:id/ics', async (c) => {
      const found = await detail(c);
      const scheduled = found.events.filter((e) => e.kind === 'scheduled' && e.meeting).at(-1);
      if (!scheduled?.meeting) throw new AppError('nothing_scheduled', 404, `No chat is scheduled with ${found.name}: log one with a date, time and time zone first.`);
      const meeting = scheduled.meeting;
      c.header('Content-Type', 'text/calendar; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${icsFileName(found, meeting)}"`);
      return c.body(meetingIcs(found, { ...scheduled, meeting }));
    });
}

/** `GET /api/today?tz=`: what is due with every contact, each with its reason. */
export function todayRoutes({ store, clock, settings = DEFAULT_PLAN_SETTINGS, defaultTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone }: ContactRouteDeps) {
  return new Hono().get('/', async (c) => {
    const { tz = defaultTimeZone } = TodayQuery.parse(c.req.query());
    return c.json<Today>(planToday(await store.planned(), clock(), tz, settings));
  });
}

const ExportQuery = z.object({ format: z.enum(['csv', 'json']).default('json') });

/** `GET /api/export?format=csv|json`: every contact with its log and links. */
export function exportRoutes({ store, clock }: ContactRouteDeps) {
  return new Hono().get('/', async (c) => {
    const { format } = ExportQuery.parse(c.req.query());
    const all = await store.exportAll();
    const day = clock().toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="infochat-contacts-${day}.${format}"`);
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      return c.body(contactsCsv(all));
    }
    return c.json({ exportedAt: clock().toISOString(), contacts: all });
  });
}
