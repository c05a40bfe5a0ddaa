import { index, integer, real, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import type { OutreachContext, StoredCritique } from '../../shared/contracts/outreach.ts';
import type { Debrief, PersonaCard } from '../../shared/contracts/practice.ts';
import type { AgendaPlan, QuestionContext, QuestionResult } from '../../shared/contracts/questions.ts';
import type { Meeting, Snooze } from '../../shared/contracts/contacts.ts';
import type { PlanState } from '../contacts/plan-state.ts';

// Timestamps are ISO-8601 strings from the app's clock: they sort as text, and the API answers them as is.
// Changing this file? Run `npm run db:generate` and commit the new migration.

/** A message someone is working on; its text lives in versions. */
export const drafts = sqliteTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('drafts_updated_at_idx').on(t.updatedAt)],
);

/** One text of a draft, numbered 1, 2, … per draft. Identical resubmissions reuse the latest version. */
export const draftVersions = sqliteTable(
  'draft_versions',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => drafts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    context: text('context', { mode: 'json' }).$type<OutreachContext>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [unique('draft_versions_draft_id_version_unique').on(t.draftId, t.version)],
);

/**
 * What the coach said, as answered to the client (findings, strengths, rewrite, subject, notice) and
 * the rulebook it was checked with (absent in rows written before versions were recorded).
 */
export type StoredCritiqueResult = Pick<StoredCritique, 'findings' | 'strengths' | 'rewrite' | 'subject' | 'notice' | 'readyToSend' | 'blanks' | 'edits' | 'editedDraft' | 'freshDraft'> & {
  rulebookVersion?: string | undefined;
};

/** One critique of one version, with who wrote it (coach kind, model, prompt version) and its cost. */
export const critiques = sqliteTable(
  'critiques',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => draftVersions.id, { onDelete: 'cascade' }),
    coachKind: text('coach_kind', { enum: ['offline', 'model'] }).notNull(),
    model: text('model'),
    promptVersion: text('prompt_version'),
    score: integer('score').notNull(),
    result: text('result', { mode: 'json' }).$type<StoredCritiqueResult>().notNull(),
    latencyMs: integer('latency_ms').notNull(),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('critiques_version_id_created_at_idx').on(t.versionId, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Practice (issue 8): personas the user described, sessions, their turns. Preset personas live in
// code (shared/practice/presets.ts) and are not stored.

/** A persona card the user described (or a model generated). */
export const practicePersonas = sqliteTable('practice_personas', {
  id: text('id').primaryKey(),
  card: text('card', { mode: 'json' }).$type<PersonaCard>().notNull(),
  createdAt: text('created_at').notNull(),
});

/** A practice conversation. The persona card is copied in, so a session stays as it was held. */
export const practiceSessions = sqliteTable(
  'practice_sessions',
  {
    id: text('id').primaryKey(),
    personaId: text('persona_id'),
    persona: text('persona', { mode: 'json' }).$type<PersonaCard>().notNull(),
    minutes: integer('minutes').notNull(),
    agendaId: text('agenda_id'),
    seed: integer('seed').notNull(),
    status: text('status', { enum: ['active', 'ended'] }).notNull(),
    createdAt: text('created_at').notNull(),
    endedAt: text('ended_at'),
    score: integer('score'),
    debrief: text('debrief', { mode: 'json' }).$type<Debrief>(),
  },
  (t) => [index('practice_sessions_created_at_idx').on(t.createdAt)],
);

/** One turn, written as soon as it is complete; a reply cut off mid-stream stays with complete = false. */
export const practiceTurns = sqliteTable(
  'practice_turns',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    role: text('role', { enum: ['user', 'professional'] }).notNull(),
    content: text('content').notNull(),
    at: text('at').notNull(),
    elapsedMinutes: real('elapsed_minutes').notNull(),
    complete: integer('complete', { mode: 'boolean' }).notNull(),
  },
  (t) => [unique('practice_turns_session_id_position_unique').on(t.sessionId, t.position)],
);

/** What a question review answered for each question (as in the API), with the user's context. */
export type StoredQuestionResults = { results: QuestionResult[]; notice?: string | undefined };

/** One review of a list of questions, with who wrote it (coach kind, model, prompt version) and its cost. */
export const questionReviews = sqliteTable(
  'question_reviews',
  {
    id: text('id').primaryKey(),
    questions: text('questions', { mode: 'json' }).$type<string[]>().notNull(),
    context: text('context', { mode: 'json' }).$type<QuestionContext>().notNull(),
    result: text('result', { mode: 'json' }).$type<StoredQuestionResults>().notNull(),
    coachKind: text('coach_kind', { enum: ['offline', 'model'] }).notNull(),
    model: text('model'),
    promptVersion: text('prompt_version'),
    latencyMs: integer('latency_ms').notNull(),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('question_reviews_created_at_idx').on(t.createdAt)],
);

/** A planned interview agenda: the plan (items, estimates, warning) as the API answers it. */
export const agendas = sqliteTable(
  'agendas',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    plan: text('plan', { mode: 'json' }).$type<AgendaPlan>().notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('agendas_updated_at_idx').on(t.updatedAt)],
);

// ---------------------------------------------------------------------------------------------
// Contacts (issue 17): the people a user keeps in play, their log, and what of the other pages'
// work belongs to them. Deleting a contact deletes its events and links here; the store deletes
// the linked drafts, agendas and practice sessions in the same transaction.

/** A person to ask, with the board's stage and the planner's facts folded from the log. */
export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role'),
    organization: text('organization'),
    field: text('field'),
    connection: text('connection'),
    channel: text('channel', { enum: ['email', 'linkedin', 'phone', 'other'] }),
    email: text('email'),
    linkedinUrl: text('linkedin_url'),
    profile: text('profile'),
    priority: integer('priority').notNull(),
    notes: text('notes'),
    doNotContact: integer('do_not_contact', { mode: 'boolean' }).notNull(),
    stage: text('stage', { enum: ['to-ask', 'asked', 'scheduled', 'talked', 'thanked', 'keeping-in-touch', 'declined', 'no-reply'] }).notNull(),
    actedOnAdvice: integer('acted_on_advice', { mode: 'boolean' }).notNull(),
    snoozes: text('snoozes', { mode: 'json' }).$type<Snooze[]>().notNull(),
    plan: text('plan', { mode: 'json' }).$type<PlanState>().notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('contacts_updated_at_idx').on(t.updatedAt)],
);

/** One thing that happened with a contact, as the user logged it. */
export const contactEvents = sqliteTable(
  'contact_events',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['sent', 'followed-up', 'replied', 'scheduled', 'talked', 'thanked', 'update-sent', 'declined', 'note'] }).notNull(),
    at: text('at').notNull(),
    meeting: text('meeting', { mode: 'json' }).$type<Meeting>(),
    text: text('text'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('contact_events_contact_id_at_idx').on(t.contactId, t.at)],
);

/** A draft, agenda or practice session done for a contact. */
export const contactLinks = sqliteTable(
  'contact_links',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['draft', 'agenda', 'practice'] }).notNull(),
    targetId: text('target_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [unique('contact_links_contact_kind_target_unique').on(t.contactId, t.kind, t.targetId), index('contact_links_target_idx').on(t.kind, t.targetId)],
);
