import { describe, expect, it } from 'vitest';
import { channelContext } from '../text/facts.ts';
import { freshDraft } from './fresh-draft.ts';

// Round 11: the readers of round 8 found the writer's times the fact a fresh draft dropped most often.
// Drafts written for these tests (not the readers' dev set).
describe('fresh draft: the writer’s times are kept, however they offered them (blind readers, round 8)', () => {
  it('keeps an availability sentence that says the times suit them in words AVAILABLE never listed', () => {
    const offers = ['Monday or Friday mornings are ideal for me.', 'Wed or Fri evenings are easy for me.', "I'm flexible most mornings before ten.", 'Any weekday morning next month works.'];
    for (const when of offers) {
      const draft = `Dear Ms. Quist,\n\nI'm a second-year forestry student at Oregon State, and your talk on seed orchards stayed with me. I'd love 20 minutes by phone to hear how you moved from field crews into tree improvement. ${when}\n\nBest,\nRowan Pike`;
      const text = freshDraft(draft, channelContext('email')).text;
      expect(text, when).toMatch(/Monday|Wednesday|Wed|mornings before ten|weekday morning/);
      expect(text, when).not.toContain('in the next few weeks');
    }
  });

  it('keeps times offered in a question after the ask ("would sometime next week work, maybe Tuesday?")', () => {
    const call = 'Hi, is this Captain Moreau? Hi, my name is Dev Rana, I deckhand on the harbour ferry, and Captain Ito said you started out the same way. I would love twenty minutes sometime about how you earned your master ticket. Would sometime next week work, maybe Monday or Wednesday evening? Thank you so much.';
    const text = freshDraft(call, channelContext('phone')).text;
    expect(text).toMatch(/Monday or Wednesday evening/);
  });

  it('says a note’s times before its thanks when they fit in 200 characters', () => {
    const note = 'Dear Mr. Haldane, I restore clocks as a hobby and read your piece on tower clock escapements. I would be glad of 15 minutes on a call to hear how you trained. Mondays or Thursdays suit me best. Regards, Ines Kerr';
    const text = freshDraft(note, channelContext('linkedin-note')).text;
    expect(text).toMatch(/Mondays or Thursdays/);
    expect([...text].length).toBeLessThanOrEqual(200);
    expect(text).not.toMatch(/Thank you! .*Monday|Thanks! .*Monday/);
  });
});
