import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LanguageModel } from './model.ts';
import { guessTopics, provideTopicModel, QUESTION_TOPICS } from './topics.ts';

const artifact = JSON.parse(readFileSync(new URL('./models/topics.json', import.meta.url), 'utf8'));

describe('the question-topic model', () => {
  it('ships a valid artifact over the corpus topics', () => {
    const model = LanguageModel.fromArtifact(artifact);
    expect(model.kind).toBe('topics');
    expect(model.labels).toEqual([...QUESTION_TOPICS]);
  });

  it('reads what a question asks about, with trends as the outlook', () => {
    provideTopicModel(LanguageModel.fromArtifact(artifact));
    expect(guessTopics('What does a normal week look like for you?')[0]!.topic).toBe('week');
    expect(guessTopics('What software do you use every day?')[0]!.topic).toBe('tools');
    expect(guessTopics('Where is the industry heading in the next five years?')[0]!.topic).toBe('outlook');
    expect(guessTopics('How did you get into this line of work?')[0]!.topic).toBe('path');
    provideTopicModel(undefined);
    expect(guessTopics('How did you get into this line of work?')).toEqual([]);
  });
});
