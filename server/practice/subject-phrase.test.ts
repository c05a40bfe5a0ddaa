import { describe, expect, it } from 'vitest';
import { subjectPhrase } from './persona-engine.ts';

describe('subjectPhrase: what a bridge names as the subject asked about', () => {
  it('names a noun phrase of the question', () => {
    expect(subjectPhrase('Is there much age mix in this field?', ['age'])).toBe('age mix');
  });
  it('never crosses punctuation into a phrase nobody said', () => {
    expect(subjectPhrase('Which kinds of jobs, design or sales maybe, pay better?', ['jobs'])).toBe('jobs');
  });
  it('names nothing for a word used as a verb, or a phrase led by a pronoun', () => {
    expect(subjectPhrase('Are those contracts tied to a project that finishes?', ['finishes'])).toBe('');
    expect(subjectPhrase('I figured everyone managing budgets has an MBA', ['everyone'])).toBe('');
    expect(subjectPhrase('I figured everyone managing budgets has an MBA', ['managing'])).not.toMatch(/everyone/);
  });
});
