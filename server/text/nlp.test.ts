import { describe, expect, it } from 'vitest';
import { analyse, checkComplete, duplicatedClause, hasVerb, lemmaOf, nounPhrases, pastOf, transformWhy } from './nlp.ts';

describe('analyse', () => {
  it('keeps recent analyses: the same text gives the same frozen answer, which no caller can change', () => {
    const text = 'What does a typical week in research operations look like?';
    const first = analyse(text);
    expect(analyse(text)).toBe(first);
    expect(Object.isFrozen(first.tokens[0])).toBe(true);
    expect(() => {
      (first.tokens as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(analyse(`${text} `)).not.toBe(first);
  });
  it('splits sentences with their spans, abbreviations included', () => {
    const text = "Hi Dana, I'm Jordan, a junior at St. Olaf. Dr. Kim suggested I write. Thanks!";
    const { sentences } = analyse(text);
    expect(sentences.map((s) => s.text)).toEqual(["Hi Dana, I'm Jordan, a junior at St. Olaf.", 'Dr. Kim suggested I write.', 'Thanks!']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('tags and lemmatises', () => {
    const { tokens } = analyse('Why did you leave consulting?');
    expect(tokens.map((t) => t.pos)).toEqual(['ADV', 'AUX', 'PRON', 'VERB', 'NOUN', 'PUNCT']);
    expect(tokens[1]!.lemma).toBe('do');
  });
  it('finds durations, dates and times as entities', () => {
    const { entities } = analyse('Would you have 15 minutes next Thursday at 4pm?');
    expect(entities.map((e) => e.type)).toEqual(['DURATION', 'DATE', 'TIME']);
  });
});

describe('noun phrases', () => {
  it.each([
    ['I saw your talk on urban water management at the AWWA conference.', ['your talk', 'urban water management', 'the AWWA conference']],
    ['What skills matter most in UX research?', ['UX research']],
    ['What are the biggest challenges facing the industry?', ['the biggest challenges', 'the industry']],
  ])('%s', (text, expected) => {
    const found = nounPhrases(text).map((n) => n.text);
    for (const e of expected) expect(found).toContain(e);
  });
});

describe('hasVerb', () => {
  it.each([
    ['Why did you leave consulting for the nonprofit sector?', true],
    ['How many golf balls fit in a school bus?', true],
    ['What skills matter most in UX research?', true],
    ['Tell me about a time you failed.', true],
    ['Are you hiring?', true],
    ['Your move from consulting to Clearwater Utilities.', false],
    ['The research on coastal resilience and flood mapping.', false],
    ['A third-year student studying water policy.', false],
    ['Thanks so much for considering it.', true],
    ['Happy to work around your schedule.', true],
  ])('%s → %s', (s, expected) => expect(hasVerb(s)).toBe(expected));
});

describe('checkComplete', () => {
  it.each([
    'How did you get into product management?',
    'What does a typical week look like for you?',
    "I'm free Tuesday or Thursday after 2 p.m.",
    'Would you have 15 minutes for a call next week?',
  ])('complete: %s', (s) => expect(checkComplete(s)).toEqual({ complete: true, problems: [] }));
  it.each([
    ['Which achievements, and why have meant the most to you?', 'and why'],
    ['What have you learned from times when you failed and what you learned?', 'repeats'],
    ['I would love to hear about your path and.', 'dangling'],
    ['Could we talk about water, if so.', 'dangling'],
    ['I also want to ask also', 'end mark'],
    ['Your move from consulting to Clearwater Utilities.', 'no verb'],
    ['how did you start?', 'capital'],
    ["I'm free [two or three times].", 'holds'],
    ['Would you have coffee, or coffee next week?', 'repeats'],
    ['What is is the hardest part?', 'holds'],
  ])('incomplete: %s', (s, problem) => {
    const r = checkComplete(s);
    expect(r.complete).toBe(false);
    expect(r.problems.join('; ')).toContain(problem);
  });
  it('a placeholder may stand in a template when asked', () => {
    expect(checkComplete("I'm [who you are in one line].", { allowPlaceholder: true }).complete).toBe(true);
  });
});

describe('duplicatedClause', () => {
  it('finds a clause said twice, not a repeated function word', () => {
    expect(duplicatedClause('What did you learn and what did you learn?')).toBeDefined();
    expect(duplicatedClause('I work in water and you work in the city.')).toBeUndefined();
  });
});

describe('verbs', () => {
  it.each([
    ['left', 'leave'],
    ['moved', 'move'],
    ['studying', 'study'],
  ])('lemma of %s is %s', (w, l) => expect(lemmaOf(w)).toBe(l));
  it.each([
    ['leave', 'left'],
    ['move', 'moved'],
    ['study', 'studied'],
    ['switch', 'switched'],
  ])('past of %s is %s', (w, p) => expect(pastOf(w)).toBe(p));
});

describe('transformWhy', () => {
  it.each([
    ['Why did you leave consulting?', 'How did you decide to leave consulting?'],
    ['why did you leave X', 'How did you decide to leave X?'],
    ['Why do you work in policy?', 'What drew you to work in policy?'],
    ['Why should I choose nursing over teaching?', 'What led you to choose nursing over teaching?'],
    ['Why did you stop teaching and why?', 'How did you decide to stop teaching?'],
    ['Why did you move to Denver, if so?', 'How did you decide to move to Denver?'],
  ])('%s → %s', (q, expected) => expect(transformWhy(q).text).toBe(expected));
  it('leaves a question it cannot parse alone', () => {
    expect(transformWhy('What is your greatest weakness?').kind).toBe('none');
    expect(transformWhy('Why the long face?').kind).toBe('none');
  });
});
