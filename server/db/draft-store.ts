import { asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { CoachInfo } from '../../shared/contracts/common.ts';
import {
  type CritiqueBody,
  type DraftDetail,
  type DraftSummary,
  type DraftVersionSummary,
  failedRuleIdsOf,
  type OutreachContext,
  type StoredCritique,
} from '../../shared/contracts/outreach.ts';
import type { CoachCritique } from '../coach/coach.ts';
import { AppError } from '../errors.ts';
import type { Database } from './client.ts';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.ts';
import { critiques, drafts, draftVersions, type StoredCritiqueResult } from './schema.ts';

type DraftRow = typeof drafts.$inferSelect;
type VersionRow = typeof draftVersions.$inferSelect;
type CritiqueRow = typeof critiques.$inferSelect;

export interface SaveCritiqueInput {
  /** Add to this draft; omitted, a new draft is started. */
  draftId?: string | undefined;
  text: string;
  context: OutreachContext;
  critique: CoachCritique;
  /** The rulebook the critique was checked with. */
  rulebookVersion: string;
}

export interface DraftStore {
  draftExists(id: string): Promise<boolean>;
  /** Writes the draft or version and the critique in one transaction, and answers as the API does. */
  saveCritique(input: SaveCritiqueInput): Promise<StoredCritique>;
  /** One page, newest updated first, after `cursor` (a previous page's `nextCursor`). */
  listDraftsPage(options: { limit: number; cursor?: string | undefined }): Promise<DraftPage>;
  getDraft(id: string): Promise<DraftDetail | undefined>;
  /** Removes the draft with its versions and their critiques in one transaction; false when there was no such draft. */
  deleteDraft(id: string): Promise<boolean>;
}

export interface DraftPage {
  drafts: DraftSummary[];
  /** Opaque; null when this page is the last. */
  nextCursor: string | null;
}

const TITLE_MAX_CHARS = 60;

/** A first line that is only a greeting ("Hi Ana,", "Dear Dr. Omar Haddad:"), with the name it greets. */
const GREETING_LINE =
  /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening))\s+(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3})\s*[,:!]?$/u;


/** "To Jelisa" when we know the recipient, else the start of the first line. */
export function draftTitle(text: string, context: OutreachContext): string {
  if (context.recipientName) return `To ${context.recipientName}`;
  const firstLine = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  const greeted = GREETING_LINE.exec(firstLine)?.[1];
  if (greeted) return `To ${greeted}`;
  if (firstLine.length <= TITLE_MAX_CHARS) return firstLine;
  const cut = firstLine.slice(0, TITLE_MAX_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > TITLE_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Same fields and values, whatever the key order. */
function sameContext(a: OutreachContext, b: OutreachContext): boolean {
  const canonical = (context: OutreachContext) =>
    JSON.stringify(Object.entries(context).filter(([, value]) => value !== undefined).sort(([x], [y]) => x.localeCompare(y)));
  return canonical(a) === canonical(b);
}

/** The answer's common part, from what a coach said (fresh) or what was stored (read back). */
export function critiqueBody(
  score: number,
  result: StoredCritiqueResult,
  coach: CoachInfo,
): CritiqueBody {
  const { findings, strengths, rewrite, subject, notice, rulebookVersion, readyToSend, blanks, edits, editedDraft, freshDraft } = result;
  return {
    score,
    findings,
    failedRuleIds: failedRuleIdsOf(findings),
    strengths,
    ...(rewrite !== undefined ? { rewrite } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(readyToSend !== undefined ? { readyToSend } : {}),
    ...(blanks !== undefined ? { blanks } : {}),
    ...(edits !== undefined ? { edits } : {}),
    ...(editedDraft !== undefined ? { editedDraft } : {}),
    ...(freshDraft !== undefined ? { freshDraft } : {}),
    coach,
    ...(notice !== undefined ? { notice } : {}),
    rulebookVersion: rulebookVersion ?? null,
  };
}

/** What is stored of a coach's critique (and answered, stored or not). */
export function storedResult({ body, notice }: CoachCritique, rulebookVersion: string): StoredCritiqueResult {
  return {
    findings: body.findings,
    strengths: body.strengths,
    rewrite: body.rewrite,
    subject: body.subject,
    readyToSend: body.readyToSend,
    blanks: body.blanks,
    edits: body.edits,
    editedDraft: body.editedDraft,
    freshDraft: body.freshDraft,
    notice,
    rulebookVersion,
  };
}

function toStoredCritique(row: CritiqueRow, version: VersionRow): StoredCritique {
  const coach: CoachInfo = {
    kind: row.coachKind,
    ...(row.model !== null ? { model: row.model } : {}),
    ...(row.promptVersion !== null ? { promptVersion: row.promptVersion } : {}),
  };
  return {
    ...critiqueBody(row.score, row.result, coach),
    persisted: true,
    draftId: version.draftId,
    versionId: version.id,
    version: version.version,
    critiqueId: row.id,
    createdAt: row.createdAt,
  };
}

export function createDraftStore(db: Database, clock: () => Date, newId: () => string): DraftStore {
  // Writes are a read (the latest version) then one batch; queueing them in-process keeps two
  // critiques of the same draft from both taking the same version number.
  let writeQueue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(write: () => Promise<T>): Promise<T> => {
    const run = writeQueue.then(write, write);
    writeQueue = run.catch(() => undefined);
    return run;
  };

  async function draftExists(id: string): Promise<boolean> {
    const [row] = await db.select({ id: drafts.id }).from(drafts).where(eq(drafts.id, id)).limit(1);
    return row !== undefined;
  }

  function saveCritique({ draftId, text, context, critique, rulebookVersion }: SaveCritiqueInput): Promise<StoredCritique> {
    return serialized(async () => {
      const now = clock().toISOString();
      const newVersion = (id: string, number: number): VersionRow => ({
        id: newId(),
        draftId: id,
        version: number,
        text,
        context,
        createdAt: now,
      });
      // The draft's own write comes first: versions and critiques refer to it.
      let draftWrite: BatchItem<'sqlite'>;
      const writes: BatchItem<'sqlite'>[] = [];
      let version: VersionRow;

      if (draftId === undefined) {
        const id = newId();
        draftWrite = db.insert(drafts).values({ id, title: draftTitle(text, context), createdAt: now, updatedAt: now });
        version = newVersion(id, 1);
        writes.push(db.insert(draftVersions).values(version));
      } else {
        // Checked before the coach ran too; this covers a draft gone in between.
        if (!(await draftExists(draftId))) throw new AppError('draft_not_found', 404, 'No draft with this id.');
        const [latest] = await db
          .select()
          .from(draftVersions)
          .where(eq(draftVersions.draftId, draftId))
          .orderBy(desc(draftVersions.version))
          .limit(1);
        draftWrite = db.update(drafts).set({ updatedAt: now }).where(eq(drafts.id, draftId));
        if (latest && latest.text === text && sameContext(latest.context, context)) {
          version = latest;
        } else {
          version = newVersion(draftId, (latest?.version ?? 0) + 1);
          writes.push(db.insert(draftVersions).values(version));
        }
      }

      const row: CritiqueRow = {
        id: newId(),
        versionId: version.id,
        coachKind: critique.coach.kind,
        model: critique.coach.model ?? null,
        promptVersion: critique.coach.promptVersion ?? null,
        score: critique.body.score,
        result: storedResult(critique, rulebookVersion),
        latencyMs: Math.round(critique.latencyMs),
        inputTokens: critique.usage?.inputTokens ?? null,
        outputTokens: critique.usage?.outputTokens ?? null,
        createdAt: now,
      };
      // A libsql batch is one transaction: all of it is written, or none.
      await db.batch([draftWrite, ...writes, db.insert(critiques).values(row)]);
      return toStoredCritique(row, version);
    });
  }

  async function listDraftsPage({ limit, cursor }: { limit: number; cursor?: string | undefined }): Promise<DraftPage> {
    const after = cursor === undefined ? undefined : decodeKeysetCursor(cursor);
    const versionCount = db
      .select({ n: count() })
      .from(draftVersions)
      .where(eq(draftVersions.draftId, drafts.id));
    const latestScore = db
      .select({ score: critiques.score })
      .from(critiques)
      .innerJoin(draftVersions, eq(critiques.versionId, draftVersions.id))
      .where(eq(draftVersions.draftId, drafts.id))
      .orderBy(desc(critiques.createdAt), desc(sql`${critiques}.rowid`))
      .limit(1);
    const query = db
      .select({
        draft: drafts,
        rowid: sql<number>`${drafts}.rowid`,
        versionCount: sql<number>`(${versionCount})`,
        latestScore: sql<number | null>`(${latestScore})`,
      })
      .from(drafts)
      // Keyset pagination: a row-value comparison in the list's own order, so a page costs the same deep in the list.
      .where(after ? sql`(${drafts.updatedAt}, ${drafts}.rowid) < (${after.updatedAt}, ${after.rowid})` : undefined)
      .orderBy(desc(drafts.updatedAt), desc(sql`${drafts}.rowid`));
    // One more than asked tells whether there is a next page.
    const rows = await query.limit(limit + 1);
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page.at(-1);
    return {
      drafts: page.map(({ draft, versionCount, latestScore }) => toSummary(draft, Number(versionCount), latestScore)),
      nextCursor: more && last ? encodeKeysetCursor(last.draft.updatedAt, Number(last.rowid)) : null,
    };
  }

  async function getDraft(id: string): Promise<DraftDetail | undefined> {
    const [draft] = await db.select().from(drafts).where(eq(drafts.id, id)).limit(1);
    if (!draft) return undefined;
    const versions = await db
      .select()
      .from(draftVersions)
      .where(eq(draftVersions.draftId, id))
      .orderBy(asc(draftVersions.version));
    const critiqueRows = versions.length
      ? await db
          .select()
          .from(critiques)
          .where(inArray(critiques.versionId, versions.map((version) => version.id)))
          .orderBy(asc(critiques.createdAt), asc(sql`${critiques}.rowid`))
      : [];
    // Oldest first: the last critique seen for a version is its latest, the last of all the draft's.
    const latestByVersion = new Map(critiqueRows.map((row) => [row.versionId, row]));
    const summaries: DraftVersionSummary[] = versions.map((version) => {
      const critique = latestByVersion.get(version.id);
      return {
        id: version.id,
        version: version.version,
        text: version.text,
        context: version.context,
        createdAt: version.createdAt,
        critique: critique ? toStoredCritique(critique, version) : null,
      };
    });
    const latestScore = critiqueRows.at(-1)?.score ?? null;
    return { ...toSummary(draft, versions.length, latestScore), versions: summaries };
  }

  function deleteDraft(id: string): Promise<boolean> {
    // Queued with the writes, so a critique being saved to this draft cannot land after it is gone.
    return serialized(async () => {
      if (!(await draftExists(id))) return false;
      const versionIds = db.select({ id: draftVersions.id }).from(draftVersions).where(eq(draftVersions.draftId, id));
      // Children first, explicitly: the schema cascades too, but this does not depend on the connection's foreign-key setting.
      await db.batch([
        db.delete(critiques).where(inArray(critiques.versionId, versionIds)),
        db.delete(draftVersions).where(eq(draftVersions.draftId, id)),
        db.delete(drafts).where(eq(drafts.id, id)),
      ]);
      return true;
    });
  }

  return { draftExists, saveCritique, listDraftsPage, getDraft, deleteDraft };
}

function toSummary(draft: DraftRow, versionCount: number, latestScore: number | null): DraftSummary {
  return {
    id: draft.id,
    title: draft.title,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    versionCount,
    latestScore,
  };
}
