import type { DirectAnswer, FactTopic, Intent, PersonaAnswers } from '../../shared/contracts/practice.ts';
import { tokens } from '../../shared/practice/bm25.ts';
import { guessIntents } from '../../shared/language/intents.ts';
import { ensureIntentModel } from './intent-model.ts';
import { splitTwoPart, type Understanding, unText } from './understand.ts';

/**
 * Answers by intent (README → "How the offline engine chooses a reply"): what each part of a
 * question asks is read by the intent model and the question frames; a confident intent is
 * answered with one of the persona's hand-written direct answers not yet said in the session, and
 * "tell me more" goes on with the follow-ups of the answer just given. Pure: what was said is read
 * back from the replies.
 */

/** The model alone names an intent at this calibrated probability. */
export const INTENT_SURE = 0.5;
/** Below it, the model's intent still counts when clearly ahead of the next (twice as likely). */
const INTENT_LIKELY = 0.45;
/** The whole turn (its statements with its question) is read instead of the question alone only when this sure. */
export const WHOLE_TURN_SURE = 0.8;
/** A follow-up turn is a new question only when the model is this sure of another intent. */
export const NEW_INTENT_ON_FOLLOW_UP = 0.8;

/** A question frame (understand.ts ASPECTS, a card topic) as the intent it asks. */
const FRAME_INTENT: Partial<Record<FactTopic, Intent>> = {
  path: 'path', week: 'week', day: 'week', projects: 'projects', tools: 'tools', metrics: 'metrics', team: 'people', people: 'people',
  mentors: 'mentors', mistakes: 'mistakes', enjoy: 'enjoy', dislikes: 'hard', hard: 'hard', balance: 'balance', change: 'culture',
  training: 'education', outlook: 'outlook', advice: 'advice', 'getting-started': 'getting-started', skills: 'skills', culture: 'culture',
  surprises: 'surprises', reading: 'reading', associations: 'associations', 'salary-range': 'salary-range',
};

export interface IntentReading {
  intent: Intent;
  /** The model's calibrated probability, or the floor a hand-written frame stands for. */
  confidence: number;
}

/** Frames are hand-written and precise: one that matches reads the question at this confidence. */
const FRAME_CONFIDENCE = 0.55;
/** Below this probability of the frame's intent, the model vetoes the frame. */
const FRAME_VETO = 0.05;

/**
 * What one question asks: its frame, refined by the model when the model is sure of an intent no
 * frame names; else the model's intent when it is sure or clearly ahead; undefined when nothing
 * reads it with confidence.
 */
export function readIntent(query: string, frame?: { aspect?: FactTopic | undefined; asksRole?: boolean }): IntentReading | undefined {
  ensureIntentModel();
  const guesses = guessIntents(unText(query));
  const [top, next] = guesses;
  if (frame?.asksRole) return { intent: 'role', confidence: FRAME_CONFIDENCE };
  const framed = frame?.aspect ? FRAME_INTENT[frame.aspect] : undefined;
  // A frame names what it asks ("what do you dislike…" is the hard part, however much it sounds like
  // "what do you like"), unless the model is sure of an intent no frame can name (stress, remote…).
  const framedP = framed ? (guesses.find((g) => g.intent === framed)?.probability ?? 0) : 0;
  // …and unless the model all but rules the frame out ("build projects by myself" is not a question about their projects).
  if (framed && framedP >= FRAME_VETO && !(top && top.probability >= INTENT_SURE && UNFRAMED.includes(top.intent))) {
    return { intent: framed, confidence: Math.max(FRAME_CONFIDENCE, framedP) };
  }
  // A frame no intent answers ("how do you feel about quantum computing?" is an opinion): only a very sure model reads it.
  if (frame?.aspect && !framed) return top && top.probability >= 0.8 ? { intent: top.intent, confidence: top.probability } : undefined;
  if (top && top.probability >= INTENT_SURE) return { intent: top.intent, confidence: top.probability };
  if (top && top.probability >= INTENT_LIKELY && top.probability >= 2 * (next?.probability ?? 0)) return { intent: top.intent, confidence: top.probability };
  return undefined;
}

/** Intents no question frame (understand.ts ASPECTS) names: only the model reads them. */
const UNFRAMED: readonly Intent[] = ['role', 'why-field', 'misconceptions', 'background-fit', 'growth', 'stress', 'remote', 'education'];

/** How a question of its own opens (after "and", "so", "also"). */
const OWN_QUESTION = /^(?:(?:and|so|also|plus|oh|ok(?:ay)?)[,\s]+)?(?:what|what['’]s|how|why|who|which|where|when|is|are|was|were|do|does|did|would|could|can|will|should|have|has|any)\b/i;

/** The question's parts and what each asks: two parts only when both are read and ask different things. */
export function readParts(u: Pick<Understanding, 'query' | 'aspect' | 'asksRole'>, frameOf: (q: string) => { aspect?: FactTopic | undefined; asksRole?: boolean }): IntentReading[] {
  // Two questions, each ending in a question mark, count as two parts even when the first opens
  // with a lead ("for somebody self-taught, what would you focus on…? and does my background count?").
  // The second must be a question of its own: it opens as one and does not just point back ("How should I talk about it?").
  const marked = u.query.split(/(?<=\?)\s+/).filter((p) => p.split(/\s+/).length >= 4);
  const ownQuestion = (p: string) => OWN_QUESTION.test(p) && !(p.split(/\s+/).length <= 6 && /\b(?:it|that|this|them)\b/i.test(p));
  if (marked.length === 2 && !ownQuestion(marked[1]!)) marked.pop();
  const parts = splitTwoPart(u.query).length === 2 ? splitTwoPart(u.query) : marked.length === 2 ? marked : [u.query];
  const whole = readIntent(u.query, u);
  if (parts.length === 2) {
    const [a, b] = parts.map((p) => readIntent(p, frameOf(p)));
    if (a && b && a.intent !== b.intent) return [a, b];
    // The first part alone is read when the whole is not ("…? In my old company we had no such level").
    if (!whole && a) return [a];
  }
  return whole ? [whole] : [];
}

export interface DirectState {
  answers: PersonaAnswers;
  /** Everything said so far in the session, this reply's parts included. */
  said: string;
  /** How the persona says a line (contractions), as it appears in the transcript. */
  voice: (text: string) => string;
  /** An answer that mostly repeats what was said already (in other words: a bank entry, a fact). */
  stale?: (text: string) => boolean;
}

/** Whether a line was said already (in the persona's voice or as written). */
export function wasSaid(state: Pick<DirectState, 'said' | 'voice'>, text: string): boolean {
  const probe = (t: string) => t.slice(0, 60);
  return state.said.includes(probe(state.voice(text))) || state.said.includes(probe(text));
}

/**
 * An unsaid direct answer for the intent (a different one each time it is asked, in turn): the one
 * sharing most words with the question ("…or more the people side?"), else the first unsaid in the
 * file's order (writers put the most central answer first).
 */
export function pickAnswer(state: DirectState, intent: Intent, query = ''): DirectAnswer | undefined {
  const fresh = (state.answers[intent] ?? []).filter((a) => !wasSaid(state, a.text) && !state.stale?.(a.text));
  if (fresh.length === 0) return undefined;
  const overlap = fresh.map((a) => sharedWords(a.text, query));
  return fresh[overlap.indexOf(Math.max(...overlap))];
}

/** The unsaid answer for the intent that shares fewest words with what was just said (a correction before it). */
export function leastSaid(state: DirectState, intent: Intent, before: string): DirectAnswer | undefined {
  const fresh = (state.answers[intent] ?? []).filter((a) => !wasSaid(state, a.text) && !state.stale?.(a.text));
  if (fresh.length === 0) return undefined;
  return fresh.reduce((best, a) => (sharedWords(firstSentences(a.text, 1), before) < sharedWords(firstSentences(best.text, 1), before) ? a : best), fresh[0]!);
}

/** The direct answer the last reply gave (or went on from), with its intent. */
export function lastDirect(state: Pick<DirectState, 'answers' | 'voice'>, lastReply: string | undefined): { intent: Intent; answer: DirectAnswer } | undefined {
  if (!lastReply) return undefined;
  const said = { said: lastReply, voice: state.voice };
  for (const [intent, list] of Object.entries(state.answers) as Array<[Intent, DirectAnswer[]]>) {
    for (const answer of list) if (wasSaid(said, answer.text) || answer.followUps.some((f) => wasSaid(said, f))) return { intent, answer };
  }
  return undefined;
}

/** How many content words two texts share. */
export function sharedWords(a: string, b: string): number {
  const words = new Set(tokens(b));
  return new Set(tokens(a).filter((t) => words.has(t))).size;
}

/** The answer's next unsaid follow-up, the one sharing most words with the question first. */
export function nextFollowUp(state: DirectState, answer: DirectAnswer, query: string): string | undefined {
  const fresh = answer.followUps.filter((f) => !wasSaid(state, f));
  if (fresh.length === 0) return undefined;
  const asked = new Set(tokens(query));
  const overlap = (f: string) => new Set(tokens(f).filter((t) => asked.has(t))).size;
  return fresh.reduce((best, f) => (overlap(f) > overlap(best) ? f : best), fresh[0]!);
}

const SENTENCE_END = /(?<=[.!?])\s+(?=["“'‘(]?[A-Z0-9])/;

/** The first sentences of an answer, for one of two parts (the first sentence answers the intent). */
export function firstSentences(text: string, n: number): string {
  const sentences = text.split(SENTENCE_END);
  return sentences.slice(0, n).join(' ');
}
