import { describe, expect, it } from 'vitest';
import { takingLeave } from './closings.ts';
import { composeReply } from './persona-engine.ts';
import { findPreset } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';

describe('takingLeave: a goodbye in words the set phrases miss', () => {
  it('hears the time used, a note promised, what the talk gave', () => {
    expect(takingLeave("I realize we've gone over the half hour. Thank you, truly.")).toBe(true);
    expect(takingLeave('Thanks again, I am going to write up my notes and drop you a line after the interview.')).toBe(true);
    expect(takingLeave('Thank you so much. Talking with you gave me a far more realistic picture of the job.')).toBe(true);
  });

  it('is not a thanks mid-talk, or one with a question', () => {
    expect(takingLeave('Thanks, that makes sense. My old job had a lot of that too.')).toBe(false);
    expect(takingLeave("Thanks, that gave me a clearer picture. What's the hardest part, though?")).toBe(false);
    expect(takingLeave('I will send the form to my advisor tomorrow.')).toBe(false);
  });
});

describe('the engine says goodbye to it', () => {
  it('wraps up instead of asking what else is on the list', () => {
    const card = findPreset('preset-higher-ed-advising')!.card;
    const history: TranscriptTurn[] = [];
    const turns = ['Hi, thanks for meeting with me.', 'What does your week look like?', 'How did you get into advising?', 'What do advisors find hardest?'];
    let elapsed = 0;
    for (const [i, t] of turns.entries()) {
      history.push({ role: 'user', content: t, elapsedMinutes: (elapsed += 1) });
      history.push({ role: 'professional', content: composeReply({ card, seed: 3, minutes: 30, history: history.slice(0, -1), userText: t }).text, elapsedMinutes: (elapsed += 1 + i) });
    }
    const r = composeReply({ card, seed: 3, minutes: 30, history, userText: 'Thank you, Dr. Castillo. We have run over our time, and this gave me a far better sense of the job.' });
    expect(r.wrappedUp).toBe(true);
    expect(r.text).not.toMatch(/\?/);
  });
});
