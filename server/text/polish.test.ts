import { describe, expect, it } from 'vitest';
import { polishWords } from './polish.ts';

describe('polishWords: what a careful sender would not send', () => {
  it.each([
    ['im a jr dev trying to get into devrel', "I'm a jr dev trying to get into devrel"],
    ['can u tell me how u got started', 'can you tell me how you got started'],
    ['saw ur talk, it was sooo good!!', 'I saw your talk, it was so good!'],
    ['would love to chat for like 30 min on zoom whenever.', "I'd love to chat for 30 min on Zoom."],
    ['Happy to chat for 15 minutes by phone if that helps.', 'Happy to chat for 15 minutes by phone.'],
    ['want to learn about consulting', "I'd like to learn about consulting"],
    ['- how you moved from the CDC into a startup', 'how you moved from the CDC into a startup'],
    ['i think i’d love to hear more', 'I think I’d love to hear more'],
    // Words that only look like shorthand stay.
    ['I study UX and urban design in Utah.', 'I study UX and urban design in Utah.'],
  ])('%j → %j', (text, expected) => {
    expect(polishWords(text)).toBe(expected);
  });
});
