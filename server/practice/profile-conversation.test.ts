import { describe, expect, it } from 'vitest';
import { draftCardFromProfile } from '../../shared/practice/profile-draft.ts';
import { BIO, LINKEDIN_PASTE } from '../../shared/practice/profile-draft.fixtures.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { composeReply } from './persona-engine.ts';

const QUESTIONS = [
  "Hi, thanks for making time! I'm Sam, a senior studying public health.",
  'How did you get into this work?',
  'What happened next?',
  'What exactly is your role there?',
  'What does a typical week look like?',
  'What do you enjoy most?',
  'What is hardest about it?',
  'What did you study?',
  'What skills matter most?',
  'How do people get started?',
  'Where is the field heading?',
  'What advice would you give me?',
  'What surprised you most?',
  'Who else should I talk to?',
  'Thank you so much for your time!',
];

const BRIDGE = /don['’]t know|can['’]t speak to|rather not guess|outside (?:what I actually do|my work)|isn['’]t something I work on/i;

describe('a card drafted from a pasted profile holds a 15-turn conversation', () => {
  it.each([
    ['a LinkedIn paste', LINKEDIN_PASTE],
    ['a bio', BIO],
  ])('%s: answers from the profile, never repeats, rarely bridges', (_what, text) => {
    const { card } = draftCardFromProfile(text, 2026);
    const history: TranscriptTurn[] = [];
    const replies: string[] = [];
    for (const userText of QUESTIONS) {
      const reply = composeReply({ card, seed: 3, minutes: 30, history, userText });
      history.push({ role: 'user', content: userText, elapsedMinutes: reply.userElapsedMinutes }, { role: 'professional', content: reply.text, elapsedMinutes: reply.elapsedMinutes });
      replies.push(reply.text);
    }
    expect(new Set(replies).size).toBe(replies.length);
    expect(replies.filter((r) => BRIDGE.test(r)).length).toBeLessThanOrEqual(1);
    expect(replies[0]).toContain('Sam');
    expect(replies.join(' ')).toContain(card.careerPath[0]!.organization);
    expect(replies.join(' ')).toContain(card.organization);
    expect(replies.at(-1)).toMatch(/welcome|pleasure|luck|best/i);
  });
});
