import { desc, eq, sql } from 'drizzle-orm';
import type { Agenda, AgendaPlan, AgendaSummary } from '../../shared/contracts/questions.ts';
import type { Database } from './client.ts';
import { ALL, type Page, type Paged } from './page.ts';
import { agendas } from './schema.ts';

type AgendaRow = typeof agendas.$inferSelect;

export interface AgendaStore {
  create(plan: AgendaPlan): Promise<Agenda>;
  /** Newest updated first. */
  /** Newest updated first: `limit` from `offset`, and whether more follow. */
  list(page?: Page): Promise<Paged<AgendaSummary>>;
  get(id: string): Promise<Agenda | undefined>;
  /** `undefined` when there is no agenda with this id (nothing written). */
  update(id: string, plan: AgendaPlan): Promise<Agenda | undefined>;
  /** Whether there was one to delete. */
  remove(id: string): Promise<boolean>;
}

function toAgenda(row: AgendaRow): Agenda {
  return { id: row.id, ...row.plan, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

export function createAgendaStore(db: Database, clock: () => Date, newId: () => string): AgendaStore {
  return {
    async create(plan) {
      const now = clock().toISOString();
      const row: AgendaRow = { id: newId(), title: plan.title, plan, createdAt: now, updatedAt: now };
      await db.insert(agendas).values(row);
      return toAgenda(row);
    },
    async list({ limit, offset } = ALL) {
      const rows = await db
        .select()
        .from(agendas)
        .orderBy(desc(agendas.updatedAt), desc(sql`${agendas}.rowid`))
        .limit(limit + 1)
        .offset(offset);
      const items = rows.slice(0, limit).map((row) => ({
        id: row.id,
        title: row.title,
        minutes: row.plan.minutes,
        questionCount: row.plan.items.filter((i) => i.kind === 'question').length,
        fits: row.plan.fits,
        updatedAt: row.updatedAt,
      }));
      return { items, more: rows.length > limit };
    },
    async get(id) {
      const [row] = await db.select().from(agendas).where(eq(agendas.id, id)).limit(1);
      return row ? toAgenda(row) : undefined;
    },
    async update(id, plan) {
      const now = clock().toISOString();
      const [row] = await db.update(agendas).set({ title: plan.title, plan, updatedAt: now }).where(eq(agendas.id, id)).returning();
      return row ? toAgenda(row) : undefined;
    },
    async remove(id) {
      const deleted = await db.delete(agendas).where(eq(agendas.id, id)).returning({ id: agendas.id });
      return deleted.length > 0;
    },
  };
}
