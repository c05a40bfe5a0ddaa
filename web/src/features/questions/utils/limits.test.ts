import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS } from '../../../../../shared/contracts/questions.ts';
import { reviewLimits } from './limits.ts';

describe("the review form's limits (the server's constants)", () => {
  it('accepts a list at every limit', () => {
    const at = reviewLimits(Array.from({ length: MAX_QUESTIONS }, () => `${'a'.repeat(MAX_QUESTION_CHARS - 1)}?`), 'x'.repeat(MAX_PROFILE_CHARS));
    expect(at.problem).toBeNull();
    expect(at.over).toEqual({ count: false, longest: false, profile: false });
    expect(at.count).toBe(`${MAX_QUESTIONS} of ${MAX_QUESTIONS} questions`);
  });

  it('names the first limit passed, one over each', () => {
    expect(reviewLimits(Array.from({ length: MAX_QUESTIONS + 1 }, () => 'Why?')).problem).toMatch(new RegExp(`^That is ${MAX_QUESTIONS + 1} questions; review at most ${MAX_QUESTIONS}`));
    const long = reviewLimits(['Why?', `${'a'.repeat(MAX_QUESTION_CHARS)}?`]);
    expect(long.over.longest).toBe(true);
    expect(long.problem).toMatch(new RegExp(`^Question 2 has ${MAX_QUESTION_CHARS + 1} characters`));
    const profile = reviewLimits(['Why?'], 'x'.repeat(MAX_PROFILE_CHARS + 1));
    expect(profile.over.profile).toBe(true);
    expect(profile.problem).toMatch(/^The profile has /);
  });

  it('says nothing of the longest question or the profile when there is none', () => {
    expect(reviewLimits([])).toMatchObject({ count: `0 of ${MAX_QUESTIONS} questions`, problem: null });
    expect(reviewLimits([]).longest).toBeUndefined();
    expect(reviewLimits(['Why?']).profile).toBeUndefined();
  });
});
