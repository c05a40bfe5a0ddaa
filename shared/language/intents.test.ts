import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LanguageModel } from './model.ts';
import { guessIntents, guessTopics, INTENTS, provideIntentModel } from './intents.ts';

const artifact = JSON.parse(readFileSync(new URL('./models/intents.json', import.meta.url), 'utf8'));

describe('the question-intent model', () => {
  it('ships a valid artifact over the intents', () => {
    const model = LanguageModel.fromArtifact(artifact);
    expect(model.kind).toBe('intents');
    expect(model.labels).toEqual([...INTENTS]);
  });

  it('reads what a question asks, old topics and new intents alike', () => {
    provideIntentModel(LanguageModel.fromArtifact(artifact));
    const top = (text: string) => guessIntents(text)[0]!.intent;
    expect(top('What does a normal week look like for you?')).toBe('week');
    expect(top('What software do you use every day?')).toBe('tools');
    expect(top('Where is the industry heading in the next five years?')).toBe('outlook');
    expect(top('How did you end up in this line of work?')).toBe('path');
    expect(top('What is the biggest mistake you made early on?')).toBe('mistakes');
    expect(top('Who mentored you early in your career?')).toBe('mentors');
    expect(top('Do I need a master’s degree for this?')).toBe('education');
    expect(top('Can you do this job fully remote?')).toBe('remote');
    // Read as card topics, for retrieval: a mistake is a mistake, the outlook merges trends.
    expect(guessTopics('Where is the industry heading in the next five years?')[0]!.topic).toBe('outlook');
    provideIntentModel(undefined);
    expect(guessIntents('How did you get into this line of work?')).toEqual([]);
  });
});
