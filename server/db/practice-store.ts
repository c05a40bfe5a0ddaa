import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type {
  Debrief,
  Persona,
  PersonaCard,
  PracticeSession,
  SessionSummary,
  Turn,
  TurnRole,
} from '../../shared/contracts/practice.ts';
import { findPreset, PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { Database } from './client.ts';
import { ALL, type Page, type Paged } from './page.ts';
import { practicePersonas, practiceSessions, practiceTurns } from './schema.ts';

type SessionRow = typeof practiceSessions.$inferSelect;
type TurnRow = typeof practiceTurns.$inferSelect;

/** When the presets "were written": they have no row, so no stored timestamp. */
const PRESET_CREATED_AT = '2026-11-23T00:00:00.000Z';

export interface NewSession {
  personaId: string | null;
  persona: PersonaCard;
  minutes: number;
  agendaId: string | null;
  seed: number;
}

export interface NewTurn {
  role: TurnRole;
  content: string;
  elapsedMinutes: number;
  complete: boolean;
}

export interface PracticeStore {
  /** Presets first, then described personas, oldest first: `limit` from `offset`, and whether more follow. */
  listPersonas(page?: Page): Promise<Paged<Persona>>;
  getPersona(id: string): Promise<Persona | undefined>;
  createPersona(card: PersonaCard): Promise<Persona>;
  /**
   * Deletes a described persona: `'deleted'`, `'preset'` (presets are code, never deleted) or
   * `'not-found'`. Its sessions stay whole (each holds its own copy of the card, so transcript,
   * debrief and note read as they were); their link to the persona is cleared, in the same
   * transaction, so no session points at a persona that is gone.
   */
  removePersona(id: string): Promise<'deleted' | 'preset' | 'not-found'>;
  /**
   * How the persona list has changed in this process: `version` counts the personas created, and
   * `reordered` is the last version whose persona did not sort after every earlier one (a clock
   * that went back; the first one after start, whose place is unknown). A page full and followed
   * by more, read at `version >= reordered`, stays the same until `reordered` moves past it: the
   * list only grows at its end. (One server process per database, as `npm start` runs it.)
   */
  personaChanges(): { version: number; reordered: number };
  createSession(session: NewSession): Promise<PracticeSession>;
  getSession(id: string): Promise<PracticeSession | undefined>;
  /** Newest first, with the debrief's score once ended. */
  listSessions(page?: Page): Promise<Paged<SessionSummary>>;
  /** Appends a turn at the next position; returns its position. One statement: a crash leaves it or nothing. */
  appendTurn(sessionId: string, turn: NewTurn): Promise<{ position: number; turn: Turn }>;
  /** Rewrites a reply being streamed, or marks it complete with its final simulated time. */
  updateTurn(sessionId: string, position: number, update: Pick<NewTurn, 'content' | 'complete' | 'elapsedMinutes'>): Promise<Turn>;
  deleteTurn(sessionId: string, position: number): Promise<void>;
  endSession(id: string, debrief: Debrief): Promise<void>;
  /** Keeps the user's edit of the thank-you note with the debrief. */
  saveNote(id: string, note: string): Promise<void>;
}

function toTurn(row: TurnRow): Turn {
  return { role: row.role, content: row.content, at: row.at, elapsedMinutes: row.elapsedMinutes, complete: row.complete };
}

function toSession(row: SessionRow, turns: TurnRow[]): PracticeSession {
  const complete = turns.filter((t) => t.complete);
  return {
    id: row.id,
    personaId: row.personaId,
    persona: row.persona,
    minutes: row.minutes,
    agendaId: row.agendaId,
    seed: row.seed,
    status: row.status,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
    elapsedMinutes: complete.at(-1)?.elapsedMinutes ?? 0,
    turns: turns.map(toTurn),
    debrief: row.debrief ?? null,
  };
}

export function createPracticeStore(db: Database, clock: () => Date, newId: () => string): PracticeStore {
  const presets = (): Persona[] => PRESET_PERSONAS.map((p) => ({ id: p.id, preset: true, card: p.card, createdAt: PRESET_CREATED_AT }));

  let personaVersion = 0;
  let personaReordered = 0;
  let newestPersonaAt: string | undefined;

  // Turn positions come from a read then a write; queueing turn writes in-process keeps two
  // messages to the same session from taking the same position.
  let writeQueue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(write: () => Promise<T>): Promise<T> => {
    const run = writeQueue.then(write, write);
    writeQueue = run.catch(() => undefined);
    return run;
  };

  async function turnsOf(sessionId: string): Promise<TurnRow[]> {
    return db.select().from(practiceTurns).where(eq(practiceTurns.sessionId, sessionId)).orderBy(asc(practiceTurns.position));
  }

  async function getTurn(sessionId: string, position: number): Promise<TurnRow | undefined> {
    const [row] = await db
      .select()
      .from(practiceTurns)
      .where(and(eq(practiceTurns.sessionId, sessionId), eq(practiceTurns.position, position)))
      .limit(1);
    return row;
  }

  return {
    async listPersonas({ limit, offset } = ALL) {
      const fixed = presets();
      const shown = fixed.slice(offset, offset + limit);
      const rowOffset = Math.max(0, offset - fixed.length);
      // One more than the page asks for says whether another page follows.
      const rows = await db
        .select()
        .from(practicePersonas)
        .orderBy(asc(practicePersonas.createdAt), asc(sql`${practicePersonas}.rowid`))
        .limit(limit - shown.length + 1)
        .offset(rowOffset);
      const described = rows.map((row) => ({ id: row.id, preset: false, card: row.card, createdAt: row.createdAt }));
      const items = [...shown, ...described];
      return { items: items.slice(0, limit), more: items.length > limit };
    },

    async getPersona(id) {
      const preset = findPreset(id);
      if (preset) return { id: preset.id, preset: true, card: preset.card, createdAt: PRESET_CREATED_AT };
      const [row] = await db.select().from(practicePersonas).where(eq(practicePersonas.id, id)).limit(1);
      return row ? { id: row.id, preset: false, card: row.card, createdAt: row.createdAt } : undefined;
    },

    async createPersona(card) {
      const row = { id: newId(), card, createdAt: clock().toISOString() };
      await db.insert(practicePersonas).values(row);
      personaVersion += 1;
      if (newestPersonaAt === undefined || row.createdAt < newestPersonaAt) personaReordered = personaVersion;
      if (newestPersonaAt === undefined || row.createdAt > newestPersonaAt) newestPersonaAt = row.createdAt;
      return { ...row, preset: false };
    },

    async removePersona(id) {
      if (findPreset(id)) return 'preset';
      const [found] = await db.select({ id: practicePersonas.id }).from(practicePersonas).where(eq(practicePersonas.id, id)).limit(1);
      if (!found) return 'not-found';
      await db.batch([
        db.update(practiceSessions).set({ personaId: null }).where(eq(practiceSessions.personaId, id)),
        db.delete(practicePersonas).where(eq(practicePersonas.id, id)),
      ]);
      // The list changed other than at its end: every kept page is stale.
      personaVersion += 1;
      personaReordered = personaVersion;
      return 'deleted';
    },

    personaChanges: () => ({ version: personaVersion, reordered: personaReordered }),

    async createSession(session) {
      const row: SessionRow = {
        id: newId(),
        ...session,
        status: 'active',
        createdAt: clock().toISOString(),
        endedAt: null,
        score: null,
        debrief: null,
      };
      await db.insert(practiceSessions).values(row);
      return toSession(row, []);
    },

    async getSession(id) {
      const [row] = await db.select().from(practiceSessions).where(eq(practiceSessions.id, id)).limit(1);
      return row ? toSession(row, await turnsOf(id)) : undefined;
    },

    async listSessions({ limit, offset } = ALL) {
      const rows = await db
        .select({
          id: practiceSessions.id,
          persona: practiceSessions.persona,
          minutes: practiceSessions.minutes,
          status: practiceSessions.status,
          createdAt: practiceSessions.createdAt,
          endedAt: practiceSessions.endedAt,
          score: practiceSessions.score,
          turnCount: count(practiceTurns.id),
        })
        .from(practiceSessions)
        .leftJoin(practiceTurns, eq(practiceTurns.sessionId, practiceSessions.id))
        .groupBy(practiceSessions.id)
        .orderBy(desc(practiceSessions.createdAt), desc(sql`${practiceSessions}.rowid`))
        .limit(limit + 1)
        .offset(offset);
      const items = rows.slice(0, limit).map(({ persona, ...row }) => ({
        ...row,
        personaName: persona.name,
        personaRole: persona.role,
        field: persona.field,
      }));
      return { items, more: rows.length > limit };
    },

    appendTurn(sessionId, turn) {
      return serialized(async () => {
        const [last] = await db
          .select({ position: practiceTurns.position })
          .from(practiceTurns)
          .where(eq(practiceTurns.sessionId, sessionId))
          .orderBy(desc(practiceTurns.position))
          .limit(1);
        const position = (last?.position ?? -1) + 1;
        const row: TurnRow = { id: newId(), sessionId, position, at: clock().toISOString(), ...turn };
        await db.insert(practiceTurns).values(row);
        return { position, turn: toTurn(row) };
      });
    },

    updateTurn(sessionId, position, update) {
      return serialized(async () => {
        const at = clock().toISOString();
        await db
          .update(practiceTurns)
          .set({ ...update, at })
          .where(and(eq(practiceTurns.sessionId, sessionId), eq(practiceTurns.position, position)));
        const row = await getTurn(sessionId, position);
        if (!row) throw new Error(`turn ${position} of session ${sessionId} vanished`);
        return toTurn(row);
      });
    },

    deleteTurn(sessionId, position) {
      return serialized(async () => {
        await db.delete(practiceTurns).where(and(eq(practiceTurns.sessionId, sessionId), eq(practiceTurns.position, position)));
      });
    },

    async saveNote(id, note) {
      const [row] = await db.select({ debrief: practiceSessions.debrief }).from(practiceSessions).where(eq(practiceSessions.id, id)).limit(1);
      if (!row?.debrief) return;
      await db.update(practiceSessions).set({ debrief: { ...row.debrief, note } }).where(eq(practiceSessions.id, id));
    },

    async endSession(id, debrief) {
      await db
        .update(practiceSessions)
        .set({ status: 'ended', endedAt: debrief.createdAt, score: debrief.score, debrief })
        .where(eq(practiceSessions.id, id));
    },
  };
}
