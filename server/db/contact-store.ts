import { and, asc, desc, eq, inArray, lt, notInArray, or, sql } from 'drizzle-orm';
import type {
  Contact,
  ContactDetail,
  ContactEvent,
  ContactFields,
  ContactLink,
  ContactLinkInput,
  Meeting,
  Snooze,
} from '../../shared/contracts/contacts.ts';
import { EMPTY_PLAN_STATE, foldEvents, type PlanState, stageAfter } from '../contacts/plan-state.ts';
import type { PlannedContact } from '../contacts/planner.ts';
import type { Database } from './client.ts';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.ts';
import { bulkInsertStatements } from './bulk-insert.ts';
import { agendas, contactEvents, contactLinks, contacts, critiques, drafts, draftVersions, practiceSessions, practiceTurns } from './schema.ts';

type ContactRow = typeof contacts.$inferSelect;
type EventRow = typeof contactEvents.$inferSelect;
type LinkRow = typeof contactLinks.$inferSelect;

export interface NewEvent {
  kind: ContactEvent['kind'];
  at: string;
  meeting?: Meeting | undefined;
  text?: string | undefined;
}

/** A contact with the planner's facts of its log (the API answers the stage they imply, not the facts). */
export type ContactWithPlan = Contact & { plan: PlanState };

export interface ContactPage {
  contacts: ContactWithPlan[];
  nextCursor: string | null;
}

export interface ContactStore {
  create(fields: ContactFields): Promise<Contact>;
  /** Every row or none: one transaction. */
  createMany(rows: readonly ContactFields[]): Promise<number>;
  /** Newest updated first. */
  listPage(options: { limit: number; cursor?: string | undefined }): Promise<ContactPage>;
  get(id: string): Promise<(ContactDetail & { plan: PlanState }) | undefined>;
  /** `undefined`: no such contact (nothing written). */
  /** Changes the fields present in `fields` (a key present with `undefined` clears an optional field). */
  patch(id: string, fields: Partial<ContactFields>): Promise<Contact | undefined>;
  /** The contact with its events and links, and the drafts, agendas and practice sessions linked to it, in one transaction. */
  remove(id: string): Promise<boolean>;
  /** Writes the event, refolds the log and moves the stage, in one transaction. */
  addEvent(id: string, event: NewEvent): Promise<{ event: ContactEvent; contact: Contact } | undefined>;
  link(id: string, link: ContactLinkInput): Promise<ContactLink | undefined>;
  snooze(id: string, snooze: Snooze): Promise<Contact | undefined>;
  /** Every contact with its folded log, for the planner. */
  planned(): Promise<PlannedContact[]>;
  /** Every contact with its events and links, oldest first. */
  exportAll(): Promise<ContactDetail[]>;
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    organization: row.organization,
    field: row.field,
    connection: row.connection,
    channel: row.channel,
    email: row.email,
    linkedinUrl: row.linkedinUrl,
    profile: row.profile,
    priority: row.priority,
    notes: row.notes,
    doNotContact: row.doNotContact,
    stage: row.stage,
    actedOnAdvice: row.actedOnAdvice,
    snoozes: row.snoozes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toEvent(row: EventRow): ContactEvent {
  return { id: row.id, contactId: row.contactId, kind: row.kind, at: row.at, meeting: row.meeting ?? null, text: row.text ?? null, createdAt: row.createdAt };
}

function toLink(row: LinkRow): ContactLink {
  return { id: row.id, kind: row.kind, targetId: row.targetId, createdAt: row.createdAt };
}

/** Optional text fields: absent is stored as null, and a blank one too (a form sends ""). */
const orNull = (value: string | undefined) => (value === undefined || value.trim() === '' ? null : value);

function fieldColumns(fields: Partial<ContactFields>): Partial<ContactRow> {
  const out: Partial<ContactRow> = {};
  if ('name' in fields && fields.name !== undefined) out.name = fields.name;
  for (const key of ['role', 'organization', 'field', 'connection', 'email', 'linkedinUrl', 'profile', 'notes'] as const) {
    if (key in fields) out[key] = orNull(fields[key]);
  }
  if ('channel' in fields) out.channel = fields.channel ?? null;
  if (fields.priority !== undefined) out.priority = fields.priority;
  if (fields.doNotContact !== undefined) out.doNotContact = fields.doNotContact;
  if (fields.stage !== undefined) out.stage = fields.stage;
  if (fields.actedOnAdvice !== undefined) out.actedOnAdvice = fields.actedOnAdvice;
  return out;
}


export function createContactStore(db: Database, clock: () => Date, newId: () => string): ContactStore {
  // A write that reads then writes (an event refolds the log) is queued in-process, so two events
  // of one contact cannot fold over each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(write: () => Promise<T>): Promise<T> => {
    const run = queue.then(write, write);
    queue = run.catch(() => undefined);
    return run;
  };

  function newRow(fields: ContactFields, now: string): ContactRow {
    return {
      id: newId(),
      name: fields.name,
      role: orNull(fields.role),
      organization: orNull(fields.organization),
      field: orNull(fields.field),
      connection: orNull(fields.connection),
      channel: fields.channel ?? null,
      email: orNull(fields.email),
      linkedinUrl: orNull(fields.linkedinUrl),
      profile: orNull(fields.profile),
      priority: fields.priority,
      notes: orNull(fields.notes),
      doNotContact: fields.doNotContact,
      stage: fields.stage ?? 'to-ask',
      actedOnAdvice: fields.actedOnAdvice,
      snoozes: [],
      plan: { ...EMPTY_PLAN_STATE },
      createdAt: now,
      updatedAt: now,
    };
  }

  async function row(id: string): Promise<ContactRow | undefined> {
    const [found] = await db.select().from(contacts).where(eq(contacts.id, id)).limit(1);
    return found;
  }

  return {
    async create(fields) {
      const r = newRow(fields, clock().toISOString());
      await db.insert(contacts).values(r);
      return toContact(r);
    },

    async createMany(rows) {
      if (rows.length === 0) return 0;
      const now = clock().toISOString();
      const values = rows.map((fields) => newRow(fields, now));
      // One batch is one transaction (all rows or none); 2,000 rows built by drizzle cost ~100 ms of the event loop, these a few.
      await db.$client.batch(bulkInsertStatements(contacts, values), 'write');
      return values.length;
    },

    async listPage({ limit, cursor }) {
      const after = cursor === undefined ? undefined : decodeKeysetCursor(cursor);
      const rowid = sql<number>`${contacts}.rowid`;
      const rows = await db
        .select({ contact: contacts, rowid })
        .from(contacts)
        .where(after ? or(lt(contacts.updatedAt, after.updatedAt), and(eq(contacts.updatedAt, after.updatedAt), lt(rowid, after.rowid))) : undefined)
        .orderBy(desc(contacts.updatedAt), desc(rowid))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        contacts: page.map((r) => ({ ...toContact(r.contact), plan: r.contact.plan })),
        nextCursor: rows.length > limit && last ? encodeKeysetCursor(last.contact.updatedAt, last.rowid) : null,
      };
    },

    async get(id) {
      const found = await row(id);
      if (!found) return undefined;
      const [events, links] = await Promise.all([
        db.select().from(contactEvents).where(eq(contactEvents.contactId, id)).orderBy(asc(contactEvents.at), asc(sql`${contactEvents}.rowid`)),
        db.select().from(contactLinks).where(eq(contactLinks.contactId, id)).orderBy(asc(contactLinks.createdAt)),
      ]);
      return { ...toContact(found), plan: found.plan, events: events.map(toEvent), links: links.map(toLink) };
    },

    patch(id, fields) {
      return serialized(async () => {
        const [updated] = await db
          .update(contacts)
          .set({ ...fieldColumns(fields), updatedAt: clock().toISOString() })
          .where(eq(contacts.id, id))
          .returning();
        return updated ? toContact(updated) : undefined;
      });
    },

    remove(id) {
      return serialized(async () => {
        if (!(await row(id))) return false;
        const linked = await db.select().from(contactLinks).where(eq(contactLinks.contactId, id));
        const ids = (kind: LinkRow['kind']) => linked.filter((l) => l.kind === kind).map((l) => l.targetId);
        const draftIds = ids('draft');
        const agendaIds = ids('agenda');
        const sessionIds = ids('practice');
        const versionIds = db.select({ id: draftVersions.id }).from(draftVersions).where(inArray(draftVersions.draftId, draftIds));
        // Children first, explicitly, all in one batch (one transaction): everything linked goes, or nothing.
        await db.batch([
          db.delete(critiques).where(inArray(critiques.versionId, versionIds)),
          db.delete(draftVersions).where(inArray(draftVersions.draftId, draftIds)),
          db.delete(drafts).where(inArray(drafts.id, draftIds)),
          db.delete(agendas).where(inArray(agendas.id, agendaIds)),
          db.delete(practiceTurns).where(inArray(practiceTurns.sessionId, sessionIds)),
          db.delete(practiceSessions).where(inArray(practiceSessions.id, sessionIds)),
          db.delete(contactEvents).where(eq(contactEvents.contactId, id)),
          db.delete(contactLinks).where(eq(contactLinks.contactId, id)),
          db.delete(contacts).where(eq(contacts.id, id)),
        ]);
        return true;
      });
    },

    addEvent(id, event) {
      return serialized(async () => {
        const found = await row(id);
        if (!found) return undefined;
        const now = clock().toISOString();
        const eventRow: EventRow = { id: newId(), contactId: id, kind: event.kind, at: event.at, meeting: event.meeting ?? null, text: event.text ?? null, createdAt: now };
        const earlier = await db.select().from(contactEvents).where(eq(contactEvents.contactId, id));
        const plan: PlanState = foldEvents([...earlier.map(toEvent), toEvent(eventRow)]);
        const stage = stageAfter(event.kind, found.stage);
        await db.batch([
          db.insert(contactEvents).values(eventRow),
          db.update(contacts).set({ plan, stage, updatedAt: now }).where(eq(contacts.id, id)),
        ]);
        return { event: toEvent(eventRow), contact: toContact({ ...found, plan, stage, updatedAt: now }) };
      });
    },

    link(id, link) {
      return serialized(async () => {
        if (!(await row(id))) return undefined;
        const [existing] = await db
          .select()
          .from(contactLinks)
          .where(and(eq(contactLinks.contactId, id), eq(contactLinks.kind, link.kind), eq(contactLinks.targetId, link.targetId)))
          .limit(1);
        if (existing) return toLink(existing);
        const r: LinkRow = { id: newId(), contactId: id, kind: link.kind, targetId: link.targetId, createdAt: clock().toISOString() };
        await db.insert(contactLinks).values(r);
        return toLink(r);
      });
    },

    snooze(id, snooze) {
      return serialized(async () => {
        const found = await row(id);
        if (!found) return undefined;
        const snoozes = [...found.snoozes.filter((s) => s.item !== snooze.item), snooze];
        const [updated] = await db.update(contacts).set({ snoozes, updatedAt: clock().toISOString() }).where(eq(contacts.id, id)).returning();
        return updated ? toContact(updated) : undefined;
      });
    },

    async planned() {
      // Only what the planner reads (a pasted profile can be 20,000 characters), and never a closed contact.
      const [rows, agendaLinks] = await Promise.all([
        db
          .select({
            id: contacts.id,
            name: contacts.name,
            organization: contacts.organization,
            priority: contacts.priority,
            stage: contacts.stage,
            doNotContact: contacts.doNotContact,
            actedOnAdvice: contacts.actedOnAdvice,
            snoozes: contacts.snoozes,
            plan: contacts.plan,
          })
          .from(contacts)
          .where(and(eq(contacts.doNotContact, false), notInArray(contacts.stage, ['declined', 'no-reply', 'keeping-in-touch']))),
        db.select({ contactId: contactLinks.contactId }).from(contactLinks).where(eq(contactLinks.kind, 'agenda')),
      ]);
      const withAgenda = new Set(agendaLinks.map((l) => l.contactId));
      return rows.map((r) => ({ ...r, hasAgenda: withAgenda.has(r.id) }));
    },

    async exportAll() {
      const [rows, events, links] = await Promise.all([
        db.select().from(contacts).orderBy(asc(contacts.createdAt), asc(sql`${contacts}.rowid`)),
        db.select().from(contactEvents).orderBy(asc(contactEvents.at), asc(sql`${contactEvents}.rowid`)),
        db.select().from(contactLinks).orderBy(asc(contactLinks.createdAt)),
      ]);
      const eventsOf = Map.groupBy(events, (e) => e.contactId);
      const linksOf = Map.groupBy(links, (l) => l.contactId);
      return rows.map((r) => ({
        ...toContact(r),
        events: (eventsOf.get(r.id) ?? []).map(toEvent),
        links: (linksOf.get(r.id) ?? []).map(toLink),
      }));
    },
  };
}
