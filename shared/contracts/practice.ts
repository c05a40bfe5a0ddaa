import { z } from 'zod';
import { CoachInfo, Finding } from './common.ts';

/**
 * Practice: infochat plays a professional the user interviews, then debriefs the user's conduct.
 * The persona card is the professional's whole world: the offline engine answers only from it, and
 * the model prompt is rendered from it, so both stay consistent with what the card says.
 */

export const TEMPERAMENTS = ['warm', 'busy', 'reserved'] as const;
export const Temperament = z.enum(TEMPERAMENTS);
export type Temperament = z.infer<typeof Temperament>;

/** The time a user may ask for, in minutes. */
export const MIN_SESSION_MINUTES = 5;
export const MAX_SESSION_MINUTES = 60;
/** Longest message the API accepts; longer answers 413. */
export const MAX_MESSAGE_CHARS = 4_000;
/**
 * Most turns a session holds (user and professional together): 50 exchanges, past what an hour's
 * conversation needs (about 45). Then the session answers 409 `session_full`: end it for the debrief.
 * With the transcript cap below it bounds what a hint, a reply and a debrief cost.
 */
export const MAX_SESSION_TURNS = 100;
/**
 * Most sentences (or lines) one message may hold: every conduct rule reads a message sentence by
 * sentence, so a message of thousands of one-character questions ("? ? ?…") would cost far more
 * than its length suggests. Over it: 413 `message_too_many_sentences`.
 */
export const MAX_MESSAGE_SENTENCES = 60;

/**
 * Sentences of a message as the cap counts them, the way the question finder splits them: a run of
 * other characters (spaces included: " ?" is a one-character question) closed by `.`, `!`, `?` or a
 * line break, plus an unfinished last one that is not blank.
 */
export function countSentences(text: string): number {
  let count = 0;
  let run = 0; // characters since the last mark
  let visible = false; // a non-space among them
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 10) {
      if (run > 0 && (visible || code !== 10)) count += 1;
      run = 0;
      visible = false;
    } else {
      run += 1;
      if (code !== 32 && code !== 9 && code !== 13) visible = true;
    }
  }
  return count + (visible ? 1 : 0);
}

/** Most characters of a session's transcript (every turn); a message that would pass it answers 413 `transcript_too_long`. */
export const MAX_TRANSCRIPT_CHARS = 60_000;

const line = (max = 400) => z.string().trim().min(1).max(max);
const lines = (min: number, max = 12, each = 400) => z.array(line(each)).min(min).max(max);

export const CareerStep = z.object({
  role: line(120),
  organization: line(120),
  /** e.g. "2014–2017". */
  years: line(40),
  /** What the step taught them or why they moved on, in their words. */
  note: line(400),
});
export type CareerStep = z.infer<typeof CareerStep>;

export const Referral = z.object({
  name: line(80),
  role: line(160),
  /** Why the user should talk to them, in the professional's words. */
  why: line(300),
});
export type Referral = z.infer<typeof Referral>;

/** What their LinkedIn says: questions it already answers are recognised and answered dryly. */
export const PublicProfile = z.object({
  headline: line(200),
  summary: line(800),
  education: lines(1, 4, 200),
});
export type PublicProfile = z.infer<typeof PublicProfile>;

/** Salary range for people entering the field: what the professional shares instead of their own pay. */
export const EntrySalary = z.object({
  low: z.number().int().positive(),
  high: z.number().int().positive(),
  currency: z.string().trim().length(3),
  /** Which entry roles and where, in their words. */
  note: line(300),
});
export type EntrySalary = z.infer<typeof EntrySalary>;

/** What a fact is about: the shared vocabulary of knowledge cards, retrieval and the debrief. */
export const FACT_TOPICS = [
  'path', 'week', 'day', 'projects', 'tools', 'metrics', 'team', 'people', 'mentors', 'mistakes', 'enjoy', 'dislikes', 'hard',
  'balance', 'change', 'training', 'outlook', 'advice', 'referrals', 'opinions', 'getting-started', 'skills', 'culture',
  'surprises', 'reading', 'associations', 'salary-range',
] as const;
export const FactTopic = z.enum(FACT_TOPICS);
export type FactTopic = z.infer<typeof FactTopic>;
/** When in their career a fact sits. */
export const FACT_TIMES = ['early', 'mid', 'recent', 'now', 'general'] as const;
export const FactTime = z.enum(FACT_TIMES);
export const FACT_STANCES = ['likes', 'dislikes', 'hard', 'surprising', 'neutral'] as const;
export const FactStance = z.enum(FACT_STANCES);
export type FactStance = z.infer<typeof FactStance>;
/** What kind of question a fact answers. */
export const FACT_ASKS = ['path', 'transition', 'project', 'person', 'number', 'opinion', 'day', 'general'] as const;
export const FactAsk = z.enum(FACT_ASKS);
export type FactAsk = z.infer<typeof FactAsk>;

/**
 * One thing the professional knows or has lived, in their own spoken voice: the unit the offline
 * engine retrieves and says. `followUps` continue it when the user asks them to say more.
 */
export const Fact = z.object({
  id: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id').max(80),
  text: line(600),
  topics: z.array(FactTopic).min(1).max(6),
  time: FactTime,
  stance: FactStance,
  people: z.array(line(80)).max(6),
  asks: z.array(FactAsk).min(1).max(8),
  followUps: z.array(line(400)).max(6).optional(),
});
export type Fact = z.infer<typeof Fact>;

export const MAX_FACTS = 240;
/** A card's facts: ids are unique, so the engine can remember which it has said. */
export const Facts = z
  .array(Fact)
  .max(MAX_FACTS)
  .refine((facts) => new Set(facts.map((f) => f.id)).size === facts.length, { message: 'fact ids must be unique' });

/** A knowledge-card file (`shared/practice/cards/<preset-id>.json`): the facts of one preset. */
export const KnowledgeCardFile = z.object({ presetId: z.string().trim().min(1).max(120), facts: Facts });
export type KnowledgeCardFile = z.infer<typeof KnowledgeCardFile>;

/**
 * What a user's practice question is really asking the professional (README → "How the offline
 * engine chooses a reply"): the offline engine answers by intent first, with one of the persona's
 * hand-written direct answers, and falls back to retrieval over the facts.
 */
export const INTENTS = [
  'role', 'week', 'projects', 'path', 'why-field', 'people', 'tools', 'enjoy', 'hard', 'surprises', 'misconceptions', 'mistakes',
  'mentors', 'skills', 'background-fit', 'education', 'getting-started', 'advice', 'growth', 'metrics', 'balance', 'stress', 'remote',
  'culture', 'salary-range', 'outlook', 'reading', 'associations',
] as const;
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

/** One direct answer to an intent: its first sentence answers it; `followUps` go one step deeper when asked to say more. */
export const DirectAnswer = z.strictObject({
  text: line(700),
  followUps: z.array(line(400)).min(1).max(4),
});
export type DirectAnswer = z.infer<typeof DirectAnswer>;

/** A preset's answers file (`shared/practice/cards/answers/<preset-id>.json`): per intent, its direct answers. */
export const AnswersFile = z.strictObject({
  presetId: z.string().trim().min(1).max(120),
  answers: z.partialRecord(Intent, z.array(DirectAnswer).min(1).max(6)),
});
export type AnswersFile = z.infer<typeof AnswersFile>;
export type PersonaAnswers = AnswersFile['answers'];

/**
 * A professional to interview. Every list holds things said in the professional's voice (first
 * person), so the engine can compose replies from them without rewriting.
 */
const PersonaCardFields = z.object({
    name: line(80),
    role: line(120),
    organization: line(120),
    field: line(120),
    yearsInField: z.number().int().min(1).max(50),
    /** Oldest first; the last step is the current role. */
    careerPath: z.array(CareerStep).min(3).max(8),
    typicalWeek: lines(2),
    enjoys: lines(1),
    findsHard: lines(1),
    advice: lines(1),
    referrals: z.array(Referral).min(1).max(6),
    temperament: Temperament,
    /** Topics they steer away from (e.g. their own pay, a named client). */
    wontDiscuss: lines(0, 8, 200),
    publicProfile: PublicProfile,
    skills: lines(1),
    /** How people get into the field: entry routes, training, first roles. */
    gettingStarted: lines(1),
    /** Where the field is going in the next few years. */
    trends: lines(1),
    /** Books, newsletters, podcasts they read or recommend. */
    reading: lines(1),
    /** Professional organizations, conferences, communities. */
    associations: lines(1),
    /** What surprised them, or what they wish they had known. */
    surprises: lines(1),
    /** What their organization is like to work in, and what they would change. */
    culture: lines(1),
    entrySalary: EntrySalary,
    /** Questions they might ask the user back, e.g. "What drew you to this work?" */
    curiosity: lines(1, 8, 200),
    /**
     * Facts and short stories, each tagged (topics, time, stance, people, what it answers): what the
     * offline engine retrieves from. Optional: without them, facts are derived from the lists above.
     */
    facts: Facts.optional(),
  });
const salaryInOrder = (card: { entrySalary: EntrySalary }) => card.entrySalary.low <= card.entrySalary.high;
const salaryMessage = { message: 'entrySalary.low must not exceed entrySalary.high', path: ['entrySalary'] };
export const PersonaCard = PersonaCardFields.refine(salaryInOrder, salaryMessage);
export type PersonaCard = z.infer<typeof PersonaCard>;

/**
 * What the card prompt returns: the same shape, with facts required and their optional parts
 * nullable (strict structured output rejects optional fields). `fromModelCard` maps it back.
 */
export const ModelPersonaCard = PersonaCardFields.extend({
  facts: z.array(Fact.extend({ followUps: z.array(line(400)).max(6).nullable() })).min(20).max(MAX_FACTS),
}).refine(salaryInOrder, salaryMessage);
export type ModelPersonaCard = z.infer<typeof ModelPersonaCard>;

export function fromModelCard(card: ModelPersonaCard): PersonaCard {
  const facts = card.facts.map(({ followUps, ...fact }) => (followUps && followUps.length > 0 ? { ...fact, followUps } : fact));
  // Ids the model repeated are made unique, so the card validates.
  const seen = new Set<string>();
  for (const fact of facts) {
    let id = fact.id;
    for (let n = 2; seen.has(id); n++) id = `${fact.id}-${n}`;
    seen.add(id);
    fact.id = id;
  }
  return PersonaCard.parse({ ...card, facts });
}

/** A stored persona: a preset (written by us, id `preset-…`) or one the user described. */
export const Persona = z.object({
  id: z.string(),
  preset: z.boolean(),
  card: PersonaCard,
  createdAt: z.string(),
});
export type Persona = z.infer<typeof Persona>;

/** `POST /api/personas` body: a card. */
export const CreatePersonaRequest = z.object({ card: PersonaCard });
export type CreatePersonaRequest = z.infer<typeof CreatePersonaRequest>;

/** `POST /api/personas/generate` body (model only). */
export const GeneratePersonaRequest = z.object({ description: z.string().trim().min(3).max(400) });
export type GeneratePersonaRequest = z.infer<typeof GeneratePersonaRequest>;

/** `GET /api/personas`: a JSON array, presets first. */
export const PersonaList = z.array(Persona);
export type PersonaList = z.infer<typeof PersonaList>;

// ---------------------------------------------------------------------------------------------
// Sessions

export const TURN_ROLES = ['user', 'professional'] as const;
export const TurnRole = z.enum(TURN_ROLES);
export type TurnRole = z.infer<typeof TurnRole>;

export const Turn = z.object({
  role: TurnRole,
  content: z.string(),
  /** Wall-clock time it was written (ISO-8601). */
  at: z.string(),
  /** Simulated conversation time when the turn ended, at speaking pace. */
  elapsedMinutes: z.number().nonnegative(),
  /** False for a reply cut off mid-stream; it can be retried. */
  complete: z.boolean(),
});
export type Turn = z.infer<typeof Turn>;

export const Minutes = z.number().int().min(MIN_SESSION_MINUTES).max(MAX_SESSION_MINUTES);

/** `POST /api/practice/sessions`: a stored persona by id, or a card described inline. */
export const CreateSessionRequest = z
  .object({
    personaId: z.string().min(1).max(120).optional(),
    persona: PersonaCard.optional(),
    minutes: Minutes,
    agendaId: z.string().min(1).max(120).optional(),
  })
  .refine((body) => (body.personaId === undefined) !== (body.persona === undefined), {
    message: 'give exactly one of personaId or persona',
    path: ['personaId'],
  });
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

export const SESSION_STATUSES = ['active', 'ended'] as const;

export const DebriefItem = z.object({
  ruleId: z.string(),
  title: z.string(),
  passed: z.boolean(),
  /** The user's own words the verdict rests on. */
  evidence: z.array(z.string()),
  advice: z.string(),
  /** Guide files the rule comes from. */
  sources: z.array(z.string()),
});
export type DebriefItem = z.infer<typeof DebriefItem>;

/**
 * How the user did as the one asking, beyond the conduct rules: talk share, the phases of the
 * agenda, follow-up depth, open questions, time kept. `not-rated` when the conversation gives
 * nothing to judge; every rated verdict quotes the user's own words.
 */
export const ASKER_SCORE_IDS = ['talk-share', 'agenda', 'follow-up-depth', 'open-questions', 'time-kept'] as const;
export const AskerScore = z.object({
  id: z.enum(ASKER_SCORE_IDS),
  title: z.string(),
  verdict: z.enum(['good', 'work-on', 'not-rated']),
  /** The measure in words: "You spoke about 22% of the time." */
  measure: z.string(),
  evidence: z.array(z.string()),
  advice: z.string(),
});
export type AskerScore = z.infer<typeof AskerScore>;

/** `POST /api/practice/sessions/:id/end`. */
export const Debrief = z.object({
  score: z.number().int().min(0).max(100),
  items: z.array(DebriefItem),
  /** The asker's scores (absent on debriefs stored before they existed). */
  askerScores: z.array(AskerScore).optional(),
  /** What text alone cannot judge (a model's remarks); empty offline. */
  remarks: z.array(z.string()),
  thankYouDraft: z.string(),
  /** The note as the user last edited it (saved with `POST …/note`); absent until then. */
  note: z.string().optional(),
  coach: CoachInfo,
  notice: z.string().optional(),
  createdAt: z.string(),
});
export type Debrief = z.infer<typeof Debrief>;

/** `POST /api/practice/sessions/:id/note`: the thank-you note as edited. */
export const SaveNoteRequest = z.object({ note: z.string().max(10_000) });
export type SaveNoteRequest = z.infer<typeof SaveNoteRequest>;

export const PracticeSession = z.object({
  id: z.string(),
  personaId: z.string().nullable(),
  persona: PersonaCard,
  minutes: Minutes,
  agendaId: z.string().nullable(),
  /** The offline engine replays from this seed, so a session's replies are reproducible. */
  seed: z.number().int().nonnegative(),
  status: z.enum(SESSION_STATUSES),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  elapsedMinutes: z.number().nonnegative(),
  turns: z.array(Turn),
  debrief: Debrief.nullable(),
});
export type PracticeSession = z.infer<typeof PracticeSession>;

/** `GET /api/practice/sessions`: history, newest first. */
export const SessionSummary = z.object({
  id: z.string(),
  personaName: z.string(),
  personaRole: z.string(),
  field: z.string(),
  minutes: Minutes,
  status: z.enum(SESSION_STATUSES),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  turnCount: z.number().int().nonnegative(),
  score: z.number().int().min(0).max(100).nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;
export const SessionList = z.array(SessionSummary);
export type SessionList = z.infer<typeof SessionList>;

/** `POST /api/practice/sessions/:id/messages`. */
export const MessageRequest = z.object({ content: z.string() });
export type MessageRequest = z.infer<typeof MessageRequest>;

/** The JSON answer to a message (and the `reply` event's data when streaming). */
export const MessageResponse = z.object({
  userTurn: Turn,
  reply: Turn,
  elapsedMinutes: z.number().nonnegative(),
  remainingMinutes: z.number(),
  /** The professional has wrapped up: the budget is spent. */
  wrappedUp: z.boolean(),
  coach: CoachInfo,
  /** Shown when the model's reply was replaced by the offline engine's. */
  notice: z.string().optional(),
});
export type MessageResponse = z.infer<typeof MessageResponse>;

/** Named SSE events of the message endpoint: `delta` while the reply is written (`restart` drops what came so far), then `reply` or `error`. */
export const MessageStreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delta'), text: z.string() }),
  /** The reply so far is dropped (a model's reply failed the guard and is being written again). */
  z.object({ type: z.literal('restart'), attempt: z.number().int().positive() }),
  z.object({ type: z.literal('reply'), response: MessageResponse }),
  z.object({ type: z.literal('error'), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type MessageStreamEvent = z.infer<typeof MessageStreamEvent>;

/** `POST /api/practice/sessions/:id/coach`: a hint, out of the professional's voice. */
export const CoachHint = z.object({
  hint: z.string(),
  /** The conduct rule the hint is about, when there is one. */
  ruleId: z.string().nullable(),
  sources: z.array(z.string()),
});
export type CoachHint = z.infer<typeof CoachHint>;

/** `POST /api/followup/critique`. */
export const FollowupCritiqueRequest = z.object({
  note: z.string(),
  sessionId: z.string().min(1).max(120).optional(),
});
export type FollowupCritiqueRequest = z.infer<typeof FollowupCritiqueRequest>;

export const FollowupCritiqueResponse = z.object({
  score: z.number().int().min(0).max(100),
  findings: z.array(Finding),
  /** Topics of the session the note could name (empty without a session). */
  topics: z.array(z.string()),
});
export type FollowupCritiqueResponse = z.infer<typeof FollowupCritiqueResponse>;

// ---------------------------------------------------------------------------------------------
// Model output

/** What the debrief prompt returns: remarks the checkers cannot make. Nullable, never optional. */
export const PracticeModelDebrief = z.object({
  /** Capped like every model output field: a runaway answer fails the schema, not the page. */
  remarks: z.array(z.string().max(600)).max(8),
  thankYouDraft: z.string().max(3_000).nullable(),
});
export type PracticeModelDebrief = z.infer<typeof PracticeModelDebrief>;

/** The persona prompt answers in plain text (streamed); the name lets its prompt file declare it. */
export const PracticeReplyText = z.string();
