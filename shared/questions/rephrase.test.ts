import { describe, expect, it } from 'vitest';
import { passesReview, rephrase } from './rephrase.ts';

/**
 * Rephrasings of the kinds the held-out set added (informal spellings, leading complaints,
 * incredulity, documents "I built", self-assessment): natural English that keeps the question's
 * own nouns, and passes review.
 */
const expected: Array<[string, string]> = [
  ['why did u quit McKinsey after only two years', 'How did you decide it was time to move on from McKinsey after only two years?'],
  ['Why in the world did you leave a tenured position?', 'How did you decide it was time to move on from a tenured position?'],
  ["Why'd you go into HR of all things?", 'What led you to go into HR?'],
  ['What made you think leaving medicine was a good idea?', 'How did you decide that leaving medicine was right for you?'],
  ['Give me your reasons for staying in academia.', 'What went into your decision about staying in academia?'],
  ['Name the three conferences every marketer must attend and explain why.', 'Which conferences would you recommend to a marketer starting out?'],
  ['Is it true that Big Four firms treat juniors like garbage?', 'How are juniors supported at Big Four firms?'],
  ["Isn't architecture a terrible career for work-life balance?", 'How do people in architecture think about work-life balance?'],
  ['How toxic is the culture at Uber really?', 'How would you describe the culture at Uber?'],
  ['What was the worst mistake your company ever made?', 'What has your company learned from its mistakes?'],
  ['Honestly, doesn\'t the commute to the Pentagon wear you down?', 'How do you manage the commute to the Pentagon?'],
  ['Where are you based?', 'How does where you are based shape your work?'],
  ['Are you a licensed architect?', 'What did becoming a licensed architect involve?'],
  ['Is your pay enough to live in Boston?', 'Can you help me understand the salary range someone starting out in Boston might expect?'],
  ['Could you edit my personal statement for grad school?', 'What makes a personal statement for grad school stand out in this field?'],
  ['Could you share my portfolio with your design team?', 'What makes a portfolio stand out to your design team?'],
  ['Could you introduce me to your manager at Spotify?', 'Are there managers at Spotify whom you think I should talk to?'],
  ['Could you teach me how to use Figma sometime?', 'How did you learn Figma, and what would you recommend to someone starting out?'],
  ['Where do you picture yourself a decade from now', 'How do you expect your field to change over the next decade?'],
  ['On a scale of one to ten, how good are you at SQL?', 'How important is SQL in your work?'],
  ['Walk me through a conflict you resolved at work.', 'What have you learned from a conflict you resolved at work?'],
  ['Which three software tools are indispensable for an architect? Explain your choices.', 'Which three software tools are indispensable for an architect?'],
];

describe('offline rephrasing of the held-out kinds', () => {
  it.each(expected)('%s', (question, rephrasing) => {
    expect(rephrase(question)).toBe(rephrasing);
    expect(passesReview(rephrasing, {})).toBe(true);
  });
});
