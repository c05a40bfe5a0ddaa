import { describe, expect, it } from 'vitest';
import { agendaLines, agendaQuestions, isAsked } from './agenda-checklist.ts';

describe('agendaQuestions', () => {
  it('keeps the questions and the referral question in order, not the opening or closing', () => {
    const items = [
      { kind: 'opening' as const, text: 'Thank them; say who you are', minutes: 2 },
      { kind: 'question' as const, text: 'How did you move from teaching into policy work?', minutes: 3 },
      { kind: 'question' as const, text: 'What does a grant cycle look like for your team?', minutes: 3 },
      { kind: 'referral' as const, text: 'Who else would you suggest I talk to?', minutes: 1 },
      { kind: 'closing' as const, text: 'Thank them again', minutes: 0.5 },
    ];
    expect(agendaQuestions({ items })).toEqual([
      'How did you move from teaching into policy work?',
      'What does a grant cycle look like for your team?',
      'Who else would you suggest I talk to?',
    ]);
  });
});

describe('agendaLines', () => {
  it('splits a pasted list and drops its markers and blank lines', () => {
    expect(agendaLines('1. What surprised you early on?\n\n- Which tools do you use daily?\n• How do teams share data?\n  plain line  ')).toEqual([
      'What surprised you early on?',
      'Which tools do you use daily?',
      'How do teams share data?',
      'plain line',
    ]);
  });
});

describe('isAsked', () => {
  const question = 'What does a typical week look like in your role?';
  it('counts the question sent as is, or inside a longer message', () => {
    expect(isAsked(question, ['Thanks! What does a typical week look like in your role?'])).toBe(true);
    expect(isAsked(question, ['hello', 'So — what does a typical week look like in your role, roughly?'])).toBe(true);
  });
  it('counts a small rewording', () => {
    expect(isAsked(question, ['What does a typical week look like in your current role?'])).toBe(true);
  });
  it('does not count a different question or nothing said', () => {
    expect(isAsked(question, ['What do you enjoy most about your work?'])).toBe(false);
    expect(isAsked(question, [])).toBe(false);
    expect(isAsked('?', ['?'])).toBe(false);
  });
});

describe('isAsked', () => {
  it('ticks the referral question however it is worded', () => {
    expect(isAsked('Who else should I talk to?', ['Who else would you suggest I talk to?'])).toBe(true);
    expect(isAsked('Who else should I talk to?', ['Are there other people in your field whom you think I should talk to?'])).toBe(true);
    expect(isAsked('Who else should I talk to?', ['What does a typical week look like?'])).toBe(false);
  });

  it('still needs the question\'s own words for the others', () => {
    expect(isAsked('What does a typical week look like for you?', ['So what does a typical week look like?'])).toBe(true);
    expect(isAsked('What does a typical week look like for you?', ['What do you like about it?'])).toBe(false);
  });
});
