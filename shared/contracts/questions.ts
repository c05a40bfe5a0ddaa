import { z } from 'zod';
import { CoachInfo, EvidenceSpan, Finding } from './common.ts';

/**
 * Limits of `POST /api/questions/review`; past them the API answers 413 (400 for an empty list).
 * The same as an agenda's, so any agenda can be reviewed whole: a review costs 1.2–2 ms of CPU a
 * question on this 2-core machine, whatever its length or the profile's (`node scripts/bench/cap-curve.ts
 * review`; README → Performance, round five), in the worker pool under the per-client CPU budget.
 * The profile's limit is a contact's.
 */
export const MAX_QUESTIONS = 20;
export const MAX_QUESTION_CHARS = 300;
export const MAX_PROFILE_CHARS = 20_000;

/** The starter bank's categories, in the order an agenda asks them. */
export const QUESTION_CATEGORIES = [
  'career-path',
  'day-to-day',
  'skills-and-training',
  'organization-and-culture',
  'industry-trends',
  'compensation-range',
  'advice',
  'referrals',
] as const;
export const QuestionCategory = z.enum(QUESTION_CATEGORIES);
export type QuestionCategory = z.infer<typeof QuestionCategory>;

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  'career-path': 'Career path',
  'day-to-day': 'Day-to-day',
  'skills-and-training': 'Skills and training',
  'organization-and-culture': 'Organization and culture',
  'industry-trends': 'Industry trends',
  'compensation-range': 'Compensation range',
  advice: 'Advice',
  referrals: 'Referrals',
};

/** Who the user will talk to. Every field optional; `profile` is their pasted LinkedIn profile or bio. */
export const QuestionContext = z.object({
  field: z.string().trim().max(160).optional(),
  role: z.string().trim().max(160).optional(),
  organization: z.string().trim().max(160).optional(),
  /** Length checked by the route (413 past MAX_PROFILE_CHARS), not here (that would be a 400). */
  profile: z.string().optional(),
});
export type QuestionContext = z.infer<typeof QuestionContext>;

/** `POST /api/questions/review`. Counts and lengths are checked by the route, so they answer 413 and name the field. */
export const QuestionReviewRequest = z.object({
  questions: z.array(z.string()),
  context: QuestionContext.optional(),
  /** `false`: review without saving. */
  persist: z.boolean().optional(),
});
export type QuestionReviewRequest = z.infer<typeof QuestionReviewRequest>;

/** A span of the pasted profile (not of the question): where it already answers the question. */
export const ProfileEvidence = EvidenceSpan.extend({ in: z.literal('profile') });
export type ProfileEvidence = z.infer<typeof ProfileEvidence>;

/** An outreach-shaped finding; `evidence` is in the question, `profileEvidence` in the pasted profile. */
export const QuestionFinding = Finding.extend({ profileEvidence: ProfileEvidence.optional() });
export type QuestionFinding = z.infer<typeof QuestionFinding>;

export const QUESTION_VERDICTS = ['informational', 'rephrase'] as const;

/**
 * One question's review. `verdict: "informational"` ⇔ no high or medium rule failed ⇔
 * `rephrased === null`. A rephrasing, reviewed again, is always "informational".
 */
export const QuestionResult = z.object({
  question: z.string(),
  verdict: z.enum(QUESTION_VERDICTS),
  /** Ids of every rule the question breaks (low ones included), rulebook order. */
  ruleIds: z.array(z.string()),
  /** Every question rule, passed or not, rulebook order. */
  findings: z.array(QuestionFinding),
  explanation: z.string(),
  rephrased: z.string().nullable(),
  alternatives: z.array(z.string()).max(2),
  category: QuestionCategory,
});
export type QuestionResult = z.infer<typeof QuestionResult>;

/** `POST /api/questions/review` 200: results in input order (blank items skipped). */
export const QuestionReviewResponse = z.object({
  results: z.array(QuestionResult),
  coach: CoachInfo,
  /** Shown when something did not go as asked (e.g. the offline rephrasing stood in for the model's). */
  notice: z.string().optional(),
  /** Absent when `persist: false`. */
  reviewId: z.string().optional(),
  createdAt: z.string(),
});
export type QuestionReviewResponse = z.infer<typeof QuestionReviewResponse>;

/**
 * What the model must return for `prompts/questions-review.prompt.md`: one entry per question, by
 * index. Nullable, never optional (strict JSON schema). Guarded by the rulebook before use.
 */
export const QuestionsModelReview = z.object({
  results: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      verdict: z.enum(QUESTION_VERDICTS),
      explanation: z.string(),
      rephrased: z.string().nullable(),
      alternatives: z.array(z.string()),
    }),
  ),
});
export type QuestionsModelReview = z.infer<typeof QuestionsModelReview>;

/** A question of the starter bank, written by us, citing the guide that recommends its topic. */
export const BankQuestion = z.object({
  id: z.string(),
  text: z.string(),
  category: QuestionCategory,
  source: z.object({ guide: z.string(), quote: z.string() }),
});
export type BankQuestion = z.infer<typeof BankQuestion>;

/** `GET /api/questions/bank`: every category, in agenda order. */
export const QuestionBank = z.object({
  categories: z.array(z.object({ id: QuestionCategory, label: z.string(), questions: z.array(BankQuestion) })),
});
export type QuestionBank = z.infer<typeof QuestionBank>;

// ---------------------------------------------------------------------------------------------
// Agendas

export const MIN_AGENDA_MINUTES = 5;
export const MAX_AGENDA_MINUTES = 60;

export const AGENDA_ITEM_KINDS = ['opening', 'question', 'referral', 'closing'] as const;

export const AgendaItem = z.object({
  kind: z.enum(AGENDA_ITEM_KINDS),
  text: z.string(),
  /** Estimated minutes, in halves. */
  minutes: z.number().positive(),
  category: QuestionCategory.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** `POST /api/agendas` and `PUT /api/agendas/:id`. */
export const AgendaInput = z.object({
  title: z.string().trim().min(1).max(120),
  minutes: z.number().int().min(MIN_AGENDA_MINUTES).max(MAX_AGENDA_MINUTES),
  questions: z.array(z.string().trim().min(1).max(MAX_QUESTION_CHARS)).max(MAX_QUESTIONS), // the review's limits: any agenda is reviewed whole
  /** `sensible` (default on create): by category, career path first, compensation late. `as-given` (default on update): the user's order. */
  order: z.enum(['sensible', 'as-given']).optional(),
});
export type AgendaInput = z.infer<typeof AgendaInput>;

/** A planned agenda: opening, questions, referral question, closing; with a warning when it does not fit. */
export const AgendaPlan = z.object({
  title: z.string(),
  minutes: z.number().int(),
  items: z.array(AgendaItem),
  totalMinutes: z.number(),
  fits: z.boolean(),
  warning: z.string().nullable(),
});
export type AgendaPlan = z.infer<typeof AgendaPlan>;

export const Agenda = AgendaPlan.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type Agenda = z.infer<typeof Agenda>;

export const AgendaSummary = z.object({
  id: z.string(),
  title: z.string(),
  minutes: z.number().int(),
  questionCount: z.number().int().nonnegative(),
  fits: z.boolean(),
  updatedAt: z.string(),
});
export type AgendaSummary = z.infer<typeof AgendaSummary>;

/** `GET /api/agendas`: newest updated first. */
/** A page of agendas, newest updated first; `nextCursor` fetches the next (absent or null: no more). */
export const AgendaList = z.object({ agendas: z.array(AgendaSummary), nextCursor: z.string().nullable().optional() });
export type AgendaList = z.infer<typeof AgendaList>;
