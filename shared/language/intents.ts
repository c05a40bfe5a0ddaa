import { type FactTopic, INTENTS, type Intent } from '../contracts/practice.ts';
import type { LanguageModel } from './model.ts';

/**
 * What a practice question asks, learned: the 28 intents (shared/contracts/practice.ts), trained by
 * `npm run train:intents` (scripts/train-intents.ts) into models/intents.json from the intent units
 * of corpus/intents and the topic labels of corpus/questions and corpus/turns, and read here in pure
 * TypeScript. The practice engine answers a confident intent with a direct answer; its retrieval
 * fuses the same model, read as card topics, with its question frames.
 */
export { INTENTS, type Intent };

/** An intent as a knowledge-card topic, for retrieval over a card's facts. */
export const INTENT_TOPIC: Record<Intent, FactTopic> = {
  role: 'week', week: 'week', projects: 'projects', path: 'path', 'why-field': 'path', people: 'people', tools: 'tools', enjoy: 'enjoy',
  hard: 'hard', surprises: 'surprises', misconceptions: 'surprises', mistakes: 'mistakes', mentors: 'mentors', skills: 'skills',
  'background-fit': 'advice', education: 'training', 'getting-started': 'getting-started', advice: 'advice', growth: 'path', metrics: 'metrics',
  balance: 'balance', stress: 'hard', remote: 'culture', culture: 'culture', 'salary-range': 'salary-range', outlook: 'outlook', reading: 'reading',
  associations: 'associations',
};

let model: LanguageModel | undefined;

export function provideIntentModel(m: LanguageModel | undefined): void {
  if (m && m.kind !== 'intents') throw new Error(`a ${m.kind} model cannot read intents`);
  model = m;
}

export function intentModel(): LanguageModel | undefined {
  return model;
}

export interface IntentGuess {
  intent: Intent;
  probability: number;
}

/** The intents a question may ask, most likely first (calibrated probabilities, one-vs-rest: they need not sum to 1). */
export function guessIntents(text: string): IntentGuess[] {
  if (!model) return [];
  return model
    .predict(text)
    .scores.map((s) => ({ intent: s.label as Intent, probability: s.probability }))
    .sort((a, b) => b.probability - a.probability);
}

export interface TopicGuess {
  topic: FactTopic;
  probability: number;
}

/** The card topics a question is about, most likely first (intents on the same card topic merged). */
export function guessTopics(text: string): TopicGuess[] {
  const best = new Map<FactTopic, number>();
  for (const g of guessIntents(text)) {
    const topic = INTENT_TOPIC[g.intent];
    if (g.probability > (best.get(topic) ?? -1)) best.set(topic, g.probability);
  }
  return [...best.entries()].map(([topic, probability]) => ({ topic, probability })).sort((a, b) => b.probability - a.probability);
}
