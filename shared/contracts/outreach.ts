import { z } from 'zod';
import { CoachInfo, Finding, userText } from './common.ts';

/** Longest draft the API accepts; longer answers 413. */
export const MAX_DRAFT_CHARS = 20_000;

export const OUTREACH_CHANNELS = ['email', 'linkedin'] as const;

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

/** `POST /api/outreach/critique` (and `/critique/stream`) request body. */
export const CritiqueRequest = z.object({
  /** Stored exactly as sent; no visible character is `empty_draft`, over the limit `draft_too_long` (413). */
  draft: userText({
    label: 'The draft',
    max: MAX_DRAFT_CHARS,
    tooLong: { code: 'draft_too_long', status: 413 },
    empty: { code: 'empty_draft', message: 'The draft is empty: paste the message you plan to send.' },
  }),
  context: OutreachContext.optional(),
  /** Add this text as a new version of an existing draft; omitted, a new draft is started. */
  draftId: z.string().uuid().optional(),
});
export type CritiqueRequest = z.infer<typeof CritiqueRequest>;

/** `POST /api/outreach/critique` 200 response. */
export const CritiqueResponse = z.object({
  score: z.number().int().min(0).max(100),
  /** Every outreach rule, passed or not, in rulebook order. */
  findings: z.array(Finding),
  strengths: z.array(z.string()),
  rewrite: z.string().optional(),
  subject: z.string().optional(),
  coach: CoachInfo,
  /** Shown to the user when something did not go as asked (e.g. the model failed and the offline coach answered). */
  notice: z.string().optional(),
  draftId: z.string(),
  versionId: z.string(),
  version: z.number().int().positive(),
  critiqueId: z.string(),
  createdAt: z.string(),
});
export type CritiqueResponse = z.infer<typeof CritiqueResponse>;

/**
 * Events of `POST /api/outreach/critique/stream` (Server-Sent Events, `data:` lines of JSON).
 * `progress` while a model writes, then exactly one `result` or `error`.
 */
export const CritiqueStreamEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    /** How many rule findings the model has written so far. */
    findings: z.number().int().nonnegative(),
    /** The rewrite as far as the model has written it. */
    rewrite: z.string().optional(),
    attempt: z.number().int().positive(),
  }),
  z.object({ type: z.literal('result'), critique: CritiqueResponse }),
  z.object({ type: z.literal('error'), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type CritiqueStreamEvent = z.infer<typeof CritiqueStreamEvent>;

/**
 * What the model must return (structured output). Nullable rather than optional: OpenAI's strict
 * JSON schema wants every key required. Parsed, then guarded by the rulebook before anyone sees it.
 */
export const OutreachModelCritique = z.object({
  findings: z.array(
    z.object({
      ruleId: z.string(),
      passed: z.boolean(),
      message: z.string(),
      suggestion: z.string().nullable(),
      /** Exact words from the draft the verdict rests on, or null. */
      quote: z.string().nullable(),
    }),
  ),
  strengths: z.array(z.string()),
  rewrite: z.string(),
  subject: z.string().nullable(),
});
export type OutreachModelCritique = z.infer<typeof OutreachModelCritique>;

/** A stored version of a draft with the score of its latest critique. */
export const DraftVersionSummary = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  text: z.string(),
  context: OutreachContext,
  createdAt: z.string(),
  critique: CritiqueResponse.nullable(),
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
