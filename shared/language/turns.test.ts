import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LanguageModel } from './model.ts';
import { classifyTurnKinds, fuseScores, fuseTurnKinds, TURN_KINDS } from './turns.ts';

const model = LanguageModel.fromArtifact(JSON.parse(readFileSync(new URL('./models/turns.json', import.meta.url), 'utf8')));
const scores = (p: Partial<Record<(typeof TURN_KINDS)[number], number>>) => TURN_KINDS.map((kind) => ({ kind, probability: p[kind] ?? 0 }));
const T = { add: 0.7, doubt: 0.1 };

describe('turn kinds: the rules and the model together', () => {
  it('without a model, is the rules alone', () => {
    expect(classifyTurnKinds('Hi!', undefined, ['greeting'], undefined)).toBeUndefined();
    expect(fuseTurnKinds(['greeting'], 'Hi!', undefined, undefined)).toEqual(['greeting']);
  });

  it('adds what the model is sure of, drops what it is sure is wrong, keeps what the rules alone decide', () => {
    expect(fuseScores(['statement'], scores({ 'self-intro': 0.99, statement: 0.2 }), T)).toEqual(['self-intro']);
    expect(fuseScores(['question', 'job-ask'], scores({ 'job-ask': 0.95, question: 0.01 }), T)).toEqual(['question', 'job-ask']);
    expect(fuseScores(['thanks', 'closing'], scores({ thanks: 0.9, closing: 0.02 }), T)).toEqual(['thanks']);
    expect(fuseScores(['statement'], scores({ statement: 0.9, 'off-topic': 0.1 }), T)).toEqual(['statement']);
  });

  it('reads a turn off the subject where the rules found nothing else and the model is sure, at the acting bound', () => {
    // A remark off the subject: the fallback becomes off-topic. A question keeps `question` (the engine answers it first).
    expect(fuseScores(['statement'], scores({ 'off-topic': 0.9, statement: 0.2 }), T)).toEqual(['off-topic']);
    expect(fuseScores(['question'], scores({ 'off-topic': 0.99, question: 0.5 }), T)).toEqual(['question', 'off-topic']);
    // Not below the bound of the kinds the engine acts on, not over a statement it rates higher, not beside another kind.
    expect(fuseScores(['statement'], scores({ 'off-topic': 0.6 }), { ...T, labelAdd: { 'off-topic': 0.3 } })).toEqual(['statement']);
    expect(fuseScores(['statement'], scores({ 'off-topic': 0.75, statement: 0.8 }), T)).toEqual(['statement']);
    expect(fuseScores(['question', 'job-ask'], scores({ 'job-ask': 0.9, 'off-topic': 0.9 }), T)).toEqual(['question', 'job-ask']);
  });

  it('reads a question as its specific ask at the cross-validated `asked` threshold, only when the model rates the ask above a plain question', () => {
    const A = { ...T, asked: 0.6 };
    // "how long u been doing this": the rules find a question, the model reads a profile question at 0.65.
    expect(fuseScores(['question'], scores({ 'profile-question': 0.65, question: 0.2 }), A)).toEqual(['question', 'profile-question']);
    // "How do you work with city staff?" (a profile question 0.55, a question 0.54): a question.
    expect(fuseScores(['question'], scores({ 'profile-question': 0.55, question: 0.54 }), { ...T, asked: 0.5 })).toEqual(['question']);
    // Without the threshold, or with the ask rated below a plain question, or under a coin flip: a question.
    expect(fuseScores(['question'], scores({ 'profile-question': 0.65, question: 0.2 }), T)).toEqual(['question']);
    expect(fuseScores(['question'], scores({ 'profile-question': 0.65, question: 0.66 }), A)).toEqual(['question']);
    expect(fuseScores(['question'], scores({ 'profile-question': 0.45, question: 0.1 }), { ...T, asked: 0.3 })).toEqual(['question']);
    // A remark keeps the acting bound: "I think clean energy interests me most" is no goodbye.
    expect(fuseScores(['statement'], scores({ closing: 0.6, 'job-ask': 0.6, statement: 0.3 }), A)).toEqual(['statement']);
  });

  it('reads a remark off the subject at the cross-validated `offRemark` threshold, never under a coin flip', () => {
    const O = { ...T, labelAdd: { 'off-topic': 0.3 } };
    expect(fuseScores(['statement'], scores({ 'off-topic': 0.6, statement: 0.3 }), { ...O, offRemark: 0.55 })).toEqual(['off-topic']);
    expect(fuseScores(['statement'], scores({ 'off-topic': 0.6, statement: 0.3 }), O)).toEqual(['statement']);
    expect(fuseScores(['statement'], scores({ 'off-topic': 0.45, statement: 0.3 }), { ...O, offRemark: 0.3 })).toEqual(['statement']);
    expect(fuseScores(['statement'], scores({ 'off-topic': 0.6, statement: 0.65 }), { ...O, offRemark: 0.55 })).toEqual(['statement']);
  });

  it('greets where the turn opens with a greeting word, and reads a check of the line after it as part of the greeting', () => {
    expect(fuseScores(['self-intro'], scores({ 'self-intro': 0.99 }), T, true, "Hiya, I'm Lou, working retail at a bookshop.")).toEqual(['greeting', 'self-intro']);
    expect(fuseScores(['statement'], scores({ statement: 0.9 }), T, true, 'Morning! Long week here.')).toEqual(['greeting']);
    expect(fuseScores(['greeting', 'question'], scores({ greeting: 0.99, question: 0.9 }), T, true, 'Hello! Can you hear me okay? My mic is odd.')).toEqual(['greeting']);
    expect(fuseScores(['question'], scores({ question: 0.9 }), T, true, 'hiii can u hear me ok')).toEqual(['greeting']);
    // Another question beside the check is still a question; without a greeting, the check is one too.
    expect(fuseScores(['greeting', 'question'], scores({ greeting: 0.99, question: 0.9 }), T, true, 'Hi! Can you hear me? What do you do all day?')).toEqual(['greeting', 'question']);
    expect(fuseScores(['question'], scores({ question: 0.9 }), T, true, 'Can you hear me okay?')).toEqual(['question']);
  });

  it('reads a question the patterns missed at the cross-validated `unmarked` threshold, never under a coin flip', () => {
    expect(fuseScores(['statement'], scores({ question: 0.55, statement: 0.3 }), { ...T, unmarked: 0.5 })).toEqual(['question']);
    expect(fuseScores(['statement'], scores({ question: 0.55, statement: 0.3 }), T)).toEqual(['statement']);
    expect(fuseScores(['statement'], scores({ question: 0.45, statement: 0.3 }), { ...T, unmarked: 0.3 })).toEqual(['statement']);
    expect(fuseScores(['statement'], scores({ question: 0.55, statement: 0.6 }), { ...T, unmarked: 0.5 })).toEqual(['statement']);
  });

  it('never adds a follow-up before the first reply, and their own pay wins over the entry range', () => {
    expect(fuseScores(['question'], scores({ 'follow-up': 0.9 }), T, false)).toEqual(['question']);
    expect(fuseScores(['question'], scores({ 'follow-up': 0.9 }), T, true)).toEqual(['question', 'follow-up']);
    expect(fuseScores(['personal-salary'], scores({ 'personal-salary': 0.9, 'entry-salary': 0.9 }), T)).toEqual(['personal-salary']);
  });

  it('recognises self-introductions in common forms (the shipped model)', () => {
    for (const text of [
      "I'm Sam, a second-year nursing student thinking about critical care.",
      'hey! im jo, 3rd yr eng student lol',
      'My name is Priya and I recently graduated in accounting.',
    ]) {
      expect(fuseTurnKinds([], text, undefined, model), text).toContain('self-intro');
    }
  });
});

describe('the debrief background rule reads self-introductions through the turns model', () => {
  it('credits "I\'m Sam, a second-year nursing student thinking about critical care." (the issue)', async () => {
    const { transcriptOf } = await import('../../test/fixtures/practice-conversations.ts');
    const { lint } = await import('../rules/lint.ts');
    const { forgetModels, provideModel } = await import('./registry.ts');
    const transcript = transcriptOf([
      ['u', 'Hi Dana, thank you for making time today.'],
      ['p', 'Happy to.'],
      ['u', "I'm Sam, a second-year nursing student thinking about critical care."],
      ['p', 'Welcome, Sam.'],
      ['u', 'What does a typical shift in the ICU look like for you?'],
    ]);
    const brief = () => lint('conduct', transcript, { minutesRequested: 20 }).find((v) => v.rule.id === 'conduct.brief-intro')!.result;
    provideModel('turns', model);
    try {
      expect(brief()).toMatchObject({ passed: true });
      expect(brief().evidence?.[0]?.quote).toMatch(/nursing student/);
    } finally {
      forgetModels();
    }
    // Since the practice round widened the rules' self-introductions, the rules alone credit it too.
    expect(brief()).toMatchObject({ passed: true });
  });
});
