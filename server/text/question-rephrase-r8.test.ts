import { describe, expect, it } from 'vitest';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { createOfflineQuestionsCoach } from '../coach/questions-coach.ts';
import { improveResult, swappedFrame } from './question-rephrase.ts';

const review = (q: string, context = {}) => improveResult(reviewQuestion(q, context), context);

/** Blind readers of round 6 (drafts written here in the same shapes, not the readers' set). */
describe('rephrasings, round 8', () => {
  it.each([
    ['Which clinics in the county are the worst ones to rotate through as a new nurse?', { field: 'nursing' }],
    // (A swap about the work itself stays: "What is the worst part of working in hospitality?" → "…most challenging part…".)
    ["What's the most toxic thing you've seen happen on a film set?", { field: 'film production' }],
    ['What does the city get completely wrong about how it runs the library system?', { field: 'libraries' }],
  ])('a negative frame with a word swapped is replaced, never offered: %s', (q, ctx) => {
    const r = review(q, ctx);
    expect(r.verdict).toBe('rephrase');
    expect(r.rephrased).not.toMatch(/most (?:challenging|difficult) (?:ones|thing)|get completely challenging/);
  });

  it('a swap about the professional\'s own work stays a good rephrasing', () => {
    expect(swappedFrame('What do you hate most about your job?', 'What do you find most challenging about your job?', ['question.positive-framing'])).toBe(false);
    expect(swappedFrame('Which schools are the worst ones to teach at?', 'Which schools are the most challenging ones to teach at?', ['question.positive-framing'])).toBe(true);
  });

  it('a story question loses its "and how it played out" tail', () => {
    const r = review('Tell me about a time you disagreed with a senior editor and how it played out.', { field: 'publishing' });
    expect(r.rephrased).not.toMatch(/\band how\b/);
  });

  const coach = async (q: string, field: string) => (await createOfflineQuestionsCoach().review([q], { field })).results[0]!;

  it('"a foot in the door" is no role', async () => {
    const r = await coach('honestly i just need a foot in the door, any chance u guys need a runner on the next shoot', 'film production');
    expect(r.rephrased).not.toMatch(/\ba foot\b/);
  });

  it('no month as a place to work', async () => {
    const r = await coach('Is the garage taking on apprentices for the September intake?', 'auto repair');
    expect(r.rephrased).not.toMatch(/\bthe September\?/);
  });

});
