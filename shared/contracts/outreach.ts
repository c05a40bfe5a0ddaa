import { z } from 'zod';
import { CoachInfo, Finding, userText } from './common.ts';
import { TextDelta } from './text-delta.ts';

/**
 * Longest draft the API accepts; longer answers 413. About 330 words: twice the 150 a first message
 * should have, so an over-long draft (the commonest flaw) is still critiqued and cut down, and above
 * the longest draft of every blind set (1,408 characters). The worst accepted critique costs about
 * 2 ms of CPU a 100 characters, in the worker pool under the per-client CPU budget
 * (`node scripts/bench/cap-curve.ts critique`; README → Performance, round five).
 */
export const MAX_DRAFT_CHARS = 2_000;

/** `phone`: a call or voicemail script (no subject line, said aloud). */
export const OUTREACH_CHANNELS = ['email', 'linkedin', 'phone'] as const;

export const OutreachContext = z.object({
  recipientName: userText({ label: "The recipient's name", max: 120, trim: true }).optional(),
  recipientRole: userText({ label: "The recipient's role", max: 160, trim: true }).optional(),
  organization: userText({ label: 'The organization', max: 160, trim: true }).optional(),
  /** How the writer is connected to the recipient, or who referred them. */
  connection: userText({ label: 'The connection', max: 400, trim: true }).optional(),
  channel: z.enum(OUTREACH_CHANNELS).optional(),
  minutesRequested: z.number().int().min(5).max(240).optional(),
});
export type OutreachContext = z.infer<typeof OutreachContext>;

/** A number, or a string of digits (`"20"`) as scripts and form posts send it, read as that number. */
const numberOrDigits = (schema: z.ZodNumber) =>
  z.preprocess((value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value), schema);

/**
 * The context as a request may send it, lenient where tools are: `null` for a field means not
 * given, and numbers may come as numeric strings. Parsed, it has `OutreachContext`'s shape
 * (with nulls still to drop: the route normalizes them with blank fields).
 */
export const OutreachContextInput = z.object({
  recipientName: OutreachContext.shape.recipientName.nullable(),
  recipientRole: OutreachContext.shape.recipientRole.nullable(),
  organization: OutreachContext.shape.organization.nullable(),
  connection: OutreachContext.shape.connection.nullable(),
  channel: OutreachContext.shape.channel.nullable(),
  minutesRequested: numberOrDigits(
    z
      .number({ error: (issue) => (issue.code === 'invalid_type' ? 'expected a whole number of minutes, e.g. 20 or "20"' : undefined) })
      .int()
      .min(5)
      .max(240),
  ).nullish(),
});
export type OutreachContextInput = z.infer<typeof OutreachContextInput>;

/** `POST /api/outreach/critique` (and `/critique/stream`) request body. */
export const CritiqueRequest = z
  .object({
    /** Stored exactly as sent; no visible character is `empty_draft`, over the limit `draft_too_long` (413). */
    draft: userText({
      label: 'The draft',
      max: MAX_DRAFT_CHARS,
      tooLong: { code: 'draft_too_long', status: 413 },
      empty: { code: 'empty_draft', message: 'The draft is empty: paste the message you plan to send.' },
    }),
    /** Omitted or `null`: no context. */
    context: OutreachContextInput.nullable().optional(),
    /** Add this text as a new version of an existing draft; omitted, a new draft is started. */
    draftId: z.string().uuid().optional(),
    /**
     * `false`: critique without writing anything (no draft, version or critique is stored, and the
     * answer carries no ids) — for eval tools and scripts. Default `true`.
     */
    persist: z.boolean().optional(),
  })
  .refine((request) => !(request.persist === false && request.draftId !== undefined), {
    path: ['draftId'],
    message: 'a draftId adds a stored version, so it cannot go with persist: false',
  });
export type CritiqueRequest = z.infer<typeof CritiqueRequest>;

/** Most a placeholder-holding draft may score: it is unfinished until every [blank] is filled. */
export const PLACEHOLDER_SCORE_CAP = 60;

/**
 * One minimal change to the draft as sent, for one failing rule: insert `text` at `start`
 * (`start === end`), replace `start..end` with `text`, or delete `start..end` (`text` empty).
 * Offsets are UTF-16 indices into the draft; a critique's edits never overlap, so any subset can
 * be applied (from the end backwards), and all of them give `editedDraft`.
 */
export const SuggestedEdit = z.object({
  id: z.string(),
  ruleId: z.string(),
  kind: z.enum(['insert', 'replace', 'delete']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Why, in a few words, for the reader deciding whether to accept it. */
  reason: z.string(),
});
export type SuggestedEdit = z.infer<typeof SuggestedEdit>;

/** The channels a fresh draft is written for. */
export const FRESH_DRAFT_CHANNELS = ['email', 'linkedin-note', 'linkedin-message', 'phone-script'] as const;

/** A fresh draft written from the facts of the writer's draft, on a human-written template for its channel. */
export const FreshDraft = z.object({
  channel: z.enum(FRESH_DRAFT_CHANNELS),
  /** Which template, e.g. `email-2`. */
  template: z.string(),
  subject: z.string().optional(),
  text: z.string(),
  /** The [blanks] still to fill, as written in `text` (only for facts the draft does not have). */
  placeholders: z.array(z.string()),
});
export type FreshDraft = z.infer<typeof FreshDraft>;

/** What every critique answer says, stored or not. */
export const CritiqueBody = z.object({
  score: z.number().int().min(0).max(100),
  /** Every outreach rule, passed or not, in rulebook order. */
  findings: z.array(Finding),
  /** The `ruleId`s of the findings that did not pass, in the same order: a tool's quick read. */
  failedRuleIds: z.array(z.string()),
  strengths: z.array(z.string()),
  rewrite: z.string().optional(),
  subject: z.string().optional(),
  /** Every rule passed and no [blank] remains: send it as it is (no rewrite, no edits). */
  readyToSend: z.boolean().optional(),
  /** The [placeholders] still in the draft: while any remains, the score is at most {@link PLACEHOLDER_SCORE_CAP}. */
  blanks: z.array(z.string()).optional(),
  /** (a) One minimal edit per failing rule, in text order, each acceptable on its own. */
  edits: z.array(SuggestedEdit).optional(),
  /** The draft with every edit accepted. */
  editedDraft: z.string().optional(),
  /** (b) A fresh draft from the facts of this one. */
  freshDraft: FreshDraft.optional(),
  coach: CoachInfo,
  /** Shown to the user when something did not go as asked (e.g. the model failed and the offline coach answered). */
  notice: z.string().optional(),
  /**
   * The rulebook the critique was made with (`GET /api/rules` answers the current one). `null` only
   * for critiques stored before versions were recorded.
   */
  rulebookVersion: z.string().nullable(),
});
export type CritiqueBody = z.infer<typeof CritiqueBody>;

/** The `ruleId`s of the findings that did not pass, in order. */
export function failedRuleIdsOf(findings: ReadonlyArray<{ ruleId: string; passed: boolean }>): string[] {
  return findings.filter((finding) => !finding.passed).map((finding) => finding.ruleId);
}

/** A stored critique: the default answer of `POST /api/outreach/critique`, and each version's critique in a draft. */
export const StoredCritique = CritiqueBody.extend({
  persisted: z.literal(true),
  draftId: z.string(),
  versionId: z.string(),
  version: z.number().int().positive(),
  critiqueId: z.string(),
  createdAt: z.string(),
});
export type StoredCritique = z.infer<typeof StoredCritique>;

/**
 * The answer to `persist: false`: nothing was written, so there is no `draftId`, `versionId`,
 * `version`, `critiqueId` or `createdAt` — strict, so a stray id is a breach of the contract.
 */
export const UnsavedCritique = z.strictObject({
  ...CritiqueBody.shape,
  persisted: z.literal(false),
  rulebookVersion: z.string(),
});
export type UnsavedCritique = z.infer<typeof UnsavedCritique>;

/**
 * `POST /api/outreach/critique` 200 response (and the stream's `result`): stored
 * (`persisted: true`, with ids) or, for `persist: false`, not (`persisted: false`, no ids).
 */
export const CritiqueResponse = z.discriminatedUnion('persisted', [StoredCritique, UnsavedCritique]);
export type CritiqueResponse = z.infer<typeof CritiqueResponse>;

/**
 * Events of `POST /api/outreach/critique/stream` (Server-Sent Events named `progress`, `result`
 * and `error`, each with one `data:` line of this JSON). `progress` while a model writes, then
 * exactly one `result` or `error`. Comment lines (`: keep-alive`) keep idle connections open.
 */
export const CritiqueStreamEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    /** How many rule findings the model has written so far. */
    findings: z.number().int().nonnegative(),
    /** The rewrite so far, as a change to the one the client has (see `TextDelta`). */
    rewriteDelta: TextDelta.optional(),
    attempt: z.number().int().positive(),
  }),
  z.object({ type: z.literal('result'), critique: CritiqueResponse }),
  z.object({ type: z.literal('error'), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type CritiqueStreamEvent = z.infer<typeof CritiqueStreamEvent>;

/** Character caps on the model's fields (UTF-16 units, as zod counts). */
export const MODEL_TEXT_MAX = { message: 500, suggestion: 700, quote: 600, strength: 300, rewrite: 6_000, subject: 120 } as const;

/**
 * What the model must return (structured output). Nullable rather than optional: OpenAI's strict
 * JSON schema wants every key required. Parsed, then guarded by the rulebook before anyone sees it.
 */
export const OutreachModelCritique = z.object({
  // Caps: far above a good answer, so only a runaway one fails them (and the offline coach answers).
  findings: z
    .array(
      z.object({
        ruleId: z.string().max(80),
        passed: z.boolean(),
        message: z.string().max(MODEL_TEXT_MAX.message),
        suggestion: z.string().max(MODEL_TEXT_MAX.suggestion).nullable(),
        /** Exact words from the draft the verdict rests on, or null. */
        quote: z.string().max(MODEL_TEXT_MAX.quote).nullable(),
      }),
    )
    .max(40),
  strengths: z.array(z.string().max(MODEL_TEXT_MAX.strength)).max(10),
  rewrite: z.string().max(MODEL_TEXT_MAX.rewrite),
  subject: z.string().max(MODEL_TEXT_MAX.subject).nullable(),
});
export type OutreachModelCritique = z.infer<typeof OutreachModelCritique>;

/** A stored version of a draft with the score of its latest critique. */
export const DraftVersionSummary = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  text: z.string(),
  context: OutreachContext,
  createdAt: z.string(),
  critique: StoredCritique.nullable(),
});
export type DraftVersionSummary = z.infer<typeof DraftVersionSummary>;

export const DraftSummary = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  versionCount: z.number().int().nonnegative(),
  latestScore: z.number().int().min(0).max(100).nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

/** Drafts per page of `GET /api/drafts` unless `limit` says otherwise, and the most a page may hold. */
export const DRAFT_PAGE_DEFAULT = 50;
export const DRAFT_PAGE_MAX = 200;

/** `GET /api/drafts?limit=&cursor=` (query strings). */
export const DraftListQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `expected a whole number from 1 to ${DRAFT_PAGE_MAX}`)
    .transform(Number)
    .pipe(z.number().min(1, `expected a whole number from 1 to ${DRAFT_PAGE_MAX}`).max(DRAFT_PAGE_MAX, `expected a whole number from 1 to ${DRAFT_PAGE_MAX}`))
    .optional(),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type DraftListQuery = z.input<typeof DraftListQuery>;

/** `GET /api/drafts`: a page, newest updated first; `nextCursor` fetches the next one (null: no more). */
export const DraftList = z.object({ drafts: z.array(DraftSummary), nextCursor: z.string().nullable() });
export type DraftList = z.infer<typeof DraftList>;

/** `GET /api/drafts/:id` — every version, oldest first. */
export const DraftDetail = DraftSummary.extend({ versions: z.array(DraftVersionSummary) });
export type DraftDetail = z.infer<typeof DraftDetail>;
