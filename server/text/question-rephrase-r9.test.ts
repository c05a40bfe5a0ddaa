import { describe, expect, it } from 'vitest';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { carriesJudgement, familyFor, improveResult, neutralClause, neutralDecision, swappedFrame } from './question-rephrase.ts';

const review = (q: string, context = {}) => improveResult(reviewQuestion(q, context), context);
const all = (r: { rephrased: string | null; alternatives: string[] }) => [r.rephrased ?? '', ...r.alternatives];

/**
 * Blind readers, rounds 5–7 (drafts written here in the same shapes, not the readers' set): a justification demand
 * rephrased with its judgement kept ("How do you think about charging…", "…when you've got an MBA sitting in a
 * drawer", "What led you to threw away…", "What has shaped your view that…") was their most named failure.
 */
describe('justification demands keep the decision, never the judgement', () => {
  it('a judging tail is cut and a judging verb named as the move', () => {
    expect(neutralClause('stay in teaching when you could be earning twice as much in tech')).toBe('stay in teaching');
    expect(neutralClause('threw away a law career to become a chef')).toBe('leave a law career to become a chef');
    expect(neutralClause('leave Deloitte for a charity that pays half as much')).toBe('leave Deloitte for a charity');
    expect(neutralDecision('How did you decide it was time to move on from a tenured post for a startup that might fold?')).toBe('How did you decide to leave a tenured post for a startup?');
    expect(neutralDecision('What led you to threw away an engineering degree to become a potter?')).toBe('What led you to leave an engineering degree to become a potter?');
    expect(neutralDecision('What first drew you to ceramics?')).toBe('What first drew you to ceramics?');
  });

  it('an act justified becomes the decision; a thing weighed stays a thing to think about', () => {
    expect(neutralDecision('How do you think about drilling for oil on land that your neighbours farm?')).toBe('What led you to drill for oil on land?');
    expect(neutralDecision('How did you think about spending five years on a degree you don\'t use?')).toBe('What led you to spend five years on a degree?');
    expect(neutralDecision('How do you think about the night shifts to your family?')).toBe('How do you think about the night shifts?');
    expect(neutralDecision('How did you think about why you picked Leeds over Durham?')).toBe('What led you to pick Leeds over Durham?');
  });

  it('a rephrasing that thinks about the charge itself, or keeps the premise, carries the judgement', () => {
    expect(carriesJudgement('How do you think about charging patients $400 for a filling?')).toBe(true);
    expect(carriesJudgement('How did you think about that to your friends?')).toBe(true);
    expect(carriesJudgement('What has shaped your view that dairy farming is still a sensible living?')).toBe(true);
    expect(carriesJudgement('How are prices usually set in dentistry?')).toBe(false);
    expect(carriesJudgement('How did you decide to leave a law career to become a chef?')).toBe(false);
  });

  it('a demand to justify what a field charges asks how prices are set', () => {
    expect(familyFor('How can you justify charging $250 an hour for bookkeeping?', ['question.no-justification-demand'], 'advice')).toBe('pricing');
    const r = review('How do you justify charging pet owners $3,000 for a routine surgery?', { field: 'veterinary medicine' });
    expect(r.verdict).toBe('rephrase');
    for (const q of all(r)) expect(q).not.toMatch(/think about|\$3,000|pet owners/);
    expect(r.rephrased).toMatch(/veterinary medicine/);
  });

  it.each([
    ['Why on earth would you stay in teaching when you could be earning twice as much in tech?', 'education', /when you could|twice as much/],
    ['Could you explain why you threw away a law career to become a chef?', 'culinary arts', /threw|throw/],
    ['What makes you think pottery is still a sensible living when nobody buys handmade mugs anymore?', 'ceramics', /shaped your view|sensible|nobody buys/],
    ['Honestly, how do you justify selling ads for junk food to kids? How do you explain that to people?', 'advertising', /think about|that to people/],
  ])('%s', (q, field, bad) => {
    const r = review(q, { field });
    expect(r.verdict).toBe('rephrase');
    for (const x of all(r)) {
      expect(x).not.toMatch(bad);
      expect(carriesJudgement(x)).toBe(false);
    }
  });
});

describe('negative frames and hearsay are replaced, not reworded', () => {
  it('a ranking of other places or people by how bad they are is a swapped frame', () => {
    expect(swappedFrame('Which of the big agencies is the worst place to start out?', 'Which of the big agencies is the most challenging place to start out?', ['question.positive-framing'])).toBe(true);
  });

  it.each([
    ["What's the worst part of working at Tesla - is it really as bad as everyone says?", 'automotive engineering', /as bad as|is it really/],
    ['i heard the partners at ur practice are kind of awful to work for, is that true', 'architecture', /is that true|heard/],
    ['What do you complain about most to your partner when it comes to being a nurse?', 'nursing', /to your partner|challenging to/],
  ])('%s', (q, field, bad) => {
    const r = review(q, { field });
    expect(r.verdict).toBe('rephrase');
    for (const x of all(r)) expect(x).not.toMatch(bad);
  });
});

describe('an ask aimed at an opening becomes a question about the work', () => {
  it('an area opening is an area, not a person ("the work of a youth ministry")', async () => {
    const { openingArea, openingRole } = await import('./question-rephrase.ts');
    expect(openingRole('Is the hospice chaplaincy post at St. Luke\'s still open?')).toBeUndefined();
    expect(openingArea('Is the hospice chaplaincy position at St. Luke\'s still open, and could I be considered?')).toBe("hospice chaplaincy at St. Luke's");
    expect(openingRole('Is the UNICEF role still open?')).toBeUndefined();
    expect(openingRole('Could you refer me for the GIS analyst opening?')).toBe('a GIS analyst');
  });

  it('a fit for a named opening is never the question', () => {
    const r = review('Would you put in a word with the hiring panel at the orchestra? I think I would be a great fit for the opening in brass.', { field: 'music performance' });
    expect(r.verdict).toBe('rephrase');
    for (const q of all(r)) expect(q).not.toMatch(/the opening/);
  });
});

describe('a view asked about is the decision it judges', () => {
  it('"what made you think leaving X to open Y was smart" asks how they decided', () => {
    expect(neutralDecision('What has shaped your view that leaving a steady govt job to open a café was smart??')).toBe('How did you decide to leave a steady government job to open a café?');
  });

  it('a field named by its place of business reads as that business', async () => {
    const { fieldPhrase } = await import('../../shared/questions/rephrase.ts');
    expect(fieldPhrase('brewery')).toBe('the brewery business');
    expect(fieldPhrase('nursing')).toBe('nursing');
  });
});

describe('alternatives differ from the main rephrasing', () => {
  it('a question that only trades the field for "this work" is the same question', async () => {
    const { similar } = await import('./question-rephrase.ts');
    expect(similar('Which skills matter most for doing well in artisan baking?', 'Which skills matter most for doing this work well?')).toBe(true);
    expect(similar('Which skills matter most for doing well in artisan baking?', 'Which skills took you the longest to develop in artisan baking?')).toBe(false);
    expect(similar('Which skills matter most for doing well in plumbing?', 'How did you build the skills you use most in plumbing?')).toBe(false);
  });
});
