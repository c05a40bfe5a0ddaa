import type { FactTopic } from '../contracts/practice.ts';
import type { LanguageModel } from './model.ts';

/**
 * What a question asks about, learned: the 18 topic labels of the corpus (corpus/README.md),
 * trained by `npm run train:topics` (scripts/train-topics.ts) into models/topics.json and read
 * here in pure TypeScript. The practice engine fuses it with its question frames: a frame that the
 * model finds likely wins, a question no frame reads is read by the model alone.
 */
export const QUESTION_TOPICS = [
  'week', 'enjoy', 'hard', 'skills', 'getting-started', 'path', 'advice', 'trends', 'reading', 'associations', 'surprises',
  'culture', 'projects', 'people', 'tools', 'balance', 'outlook', 'salary-range',
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

/** A corpus topic as a knowledge-card topic (the card vocabulary has no `trends`: it is the outlook). */
export const CARD_TOPIC: Record<QuestionTopic, FactTopic> = {
  week: 'week', enjoy: 'enjoy', hard: 'hard', skills: 'skills', 'getting-started': 'getting-started', path: 'path', advice: 'advice',
  trends: 'outlook', reading: 'reading', associations: 'associations', surprises: 'surprises', culture: 'culture', projects: 'projects',
  people: 'people', tools: 'tools', balance: 'balance', outlook: 'outlook', 'salary-range': 'salary-range',
};

let model: LanguageModel | undefined;

export function provideTopicModel(m: LanguageModel | undefined): void {
  if (m && m.kind !== 'topics') throw new Error(`a ${m.kind} model cannot read topics`);
  model = m;
}

export function topicModel(): LanguageModel | undefined {
  return model;
}

export interface TopicGuess {
  topic: FactTopic;
  probability: number;
}

/** The card topics a question is about, most likely first (the two corpus topics for the outlook merged). */
export function guessTopics(text: string): TopicGuess[] {
  if (!model) return [];
  const best = new Map<FactTopic, number>();
  for (const s of model.predict(text).scores) {
    const topic = CARD_TOPIC[s.label as QuestionTopic];
    if (topic && s.probability > (best.get(topic) ?? -1)) best.set(topic, s.probability);
  }
  return [...best.entries()].map(([topic, probability]) => ({ topic, probability })).sort((a, b) => b.probability - a.probability);
}
