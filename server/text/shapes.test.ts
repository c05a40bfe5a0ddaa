import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts.ts';
import { changedTimeAmount, formatClash, isStrayTopic, leftoverFavour, newShapes, overNoteLimit, strayTopic } from './shapes.ts';

/** The failure shapes blind readers named on 2026-12-07, each caught mechanically on every run. */
describe('failure shapes', () => {
  it.each(['Tuesdays and Thursdays', 'days', 'my first attempt', 'the Rollins alumni page that you work at', 'worth the debt', 'a zombie hamster lol', '11th', 'few weeks'])('a stray topic: %s', (t) => {
    expect(isStrayTopic(t)).toBe(true);
    expect(strayTopic(`I'd love to learn about ${t}.`)).toBeDefined();
  });

  it.each(['urban water management', 'how you moved from consulting into policy', 'your work at NASA', 'becoming a vet'])('a topic: %s', (t) => {
    expect(isStrayTopic(t)).toBe(false);
  });

  it('"phone or video" on a call or beside coffee is a clash; on an email it is not', () => {
    expect(formatClash('Would you have 20 minutes for a phone or video call?', 'phone-script')).toBeDefined();
    expect(formatClash('I can meet you at the Heart Coffee. Would you have 20 minutes by phone or video?', 'email')).toBeDefined();
    expect(formatClash('Would you have 20 minutes for a phone or video call?', 'email')).toBeUndefined();
  });

  it("the writer's minutes changed, whatever they were", () => {
    const hour = extractFacts('Could we talk for an hour next week?');
    expect(changedTimeAmount('Would you have 20 minutes for a call?', hour)).toMatch(/20 minutes where the writer asked for 60/);
    expect(changedTimeAmount('Would you have an hour for a call?', hour)).toBeUndefined();
    const range = extractFacts('Could we talk for 15-20 minutes?');
    expect(changedTimeAmount('Would you have 20 minutes?', range)).toBeUndefined();
  });

  it('a note over 300 characters', () => {
    expect(overNoteLimit('x'.repeat(301), 'linkedin-note')).toBeDefined();
    expect(overNoteLimit('x'.repeat(301), 'email')).toBeUndefined();
  });

  it.each(['How much do you make a year?', "What's it pay?", 'Could you review my resume?', 'Would you be open to referring me?', 'Are you guys hiring?', 'Do you know anyone on the admissions committee?', 'Can you send me your business plan?'])('a favour: %s', (s) => {
    expect(leftoverFavour(`Hi,\n\n${s}\n\nThanks`)).toBeDefined();
  });

  it('an edit that adds a [blank] is a new shape; the writer\'s own blank is not', () => {
    const draft = 'Hi [Name],\n\nI study law. Could we talk?\n\nThanks';
    expect(newShapes(draft, draft.replace('I study law.', "I study law. [How you found them]"))).toHaveProperty('placeholder');
    expect(newShapes(draft, draft)).toEqual({});
  });
});
