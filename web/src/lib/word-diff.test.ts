import { describe, expect, it } from 'vitest';
import { diffStats, diffWords, tokenize, type DiffPart } from './word-diff.ts';

const join = (parts: DiffPart[], keep: 'insert' | 'delete') =>
  parts.filter((p) => p.kind === 'equal' || p.kind === keep).map((p) => p.text).join('');

describe('tokenize', () => {
  it('splits words, punctuation and whitespace, losing nothing', () => {
    const text = "Hi Dana,\n\nI'd love a 20-minute call.";
    expect(tokenize(text)).toEqual(['Hi', ' ', 'Dana', ',', '\n\n', "I'd", ' ', 'love', ' ', 'a', ' ', '20-minute', ' ', 'call', '.']);
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it('returns one equal part for identical texts', () => {
    expect(diffWords('Thanks for your time.', 'Thanks for your time.')).toEqual([
      { kind: 'equal', text: 'Thanks for your time.' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'Hello there')).toEqual([{ kind: 'insert', text: 'Hello there' }]);
    expect(diffWords('Hello there', '')).toEqual([{ kind: 'delete', text: 'Hello there' }]);
  });

  it('marks an inserted word', () => {
    expect(diffWords('Could we talk for a call?', 'Could we talk for a 20-minute call?')).toEqual([
      { kind: 'equal', text: 'Could we talk for a ' },
      { kind: 'insert', text: '20-minute ' },
      { kind: 'equal', text: 'call?' },
    ]);
  });

  it('marks a deleted phrase', () => {
    expect(diffWords('I have attached my resume and would love a chat.', 'I would love a chat.')).toEqual([
      { kind: 'equal', text: 'I ' },
      { kind: 'delete', text: 'have attached my resume and ' },
      { kind: 'equal', text: 'would love a chat.' },
    ]);
  });

  it('groups a replacement instead of interleaving it word by word', () => {
    expect(diffWords('the quick brown fox', 'the slow red fox')).toEqual([
      { kind: 'equal', text: 'the ' },
      { kind: 'delete', text: 'quick brown' },
      { kind: 'insert', text: 'slow red' },
      { kind: 'equal', text: ' fox' },
    ]);
  });

  it('folds short kept words between changes into one replacement', () => {
    expect(diffWords('Can you refer me for the analyst job?', 'Would you be open to a call in the next few weeks?')).toEqual([
      { kind: 'delete', text: 'Can you refer me for the analyst job' },
      { kind: 'insert', text: 'Would you be open to a call in the next few weeks' },
      { kind: 'equal', text: '?' },
    ]);
  });

  it('keeps a long unchanged stretch between two changes', () => {
    expect(diffWords('Hi Dana, I would love to learn about your work. Sam', 'Hello Dana, I would love to learn about your work. Best, Sam')).toEqual([
      { kind: 'delete', text: 'Hi' },
      { kind: 'insert', text: 'Hello' },
      { kind: 'equal', text: ' Dana, I would love to learn about your work.' },
      { kind: 'insert', text: ' Best,' },
      { kind: 'equal', text: ' Sam' },
    ]);
  });

  it('diffs punctuation separately from words', () => {
    expect(diffWords('Thanks.', 'Thanks!')).toEqual([
      { kind: 'equal', text: 'Thanks' },
      { kind: 'delete', text: '.' },
      { kind: 'insert', text: '!' },
    ]);
  });

  it('ignores changes in the amount of spacing but keeps paragraph breaks meaningful', () => {
    expect(diffWords('a  b', 'a b')).toEqual([{ kind: 'equal', text: 'a b' }]);
    expect(diffWords('Hi Dana, thanks', 'Hi Dana,\n\nthanks')).toEqual([
      { kind: 'equal', text: 'Hi Dana,' },
      { kind: 'delete', text: ' ' },
      { kind: 'insert', text: '\n\n' },
      { kind: 'equal', text: 'thanks' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Hi Dana,\n\nI am a student. Can you refer me for the analyst job? I attached my CV.\n\nBest,\nSam';
    const after =
      'Hi Dana,\n\nI am a student exploring analytics. Would you have 20 minutes next week to share how you got started?\n\nThank you,\nSam';
    const parts = diffWords(before, after);
    expect(join(parts, 'insert')).toBe(after);
    expect(join(parts, 'delete')).toBe(before);
    expect(parts.some((p) => p.kind === 'delete' && p.text.includes('refer me'))).toBe(true);
    // No two neighbours of the same kind: parts are merged.
    parts.forEach((p, i) => expect(p.kind === 'equal' && parts[i + 1]?.kind === 'equal').toBe(false));
  });

  it('stays correct (as one replacement) on texts too long for a full LCS', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const parts = diffWords(before, after);
    expect(join(parts, 'insert')).toBe(after);
    expect(join(parts, 'delete')).toBe(before);
  });
});

describe('diffStats', () => {
  it('counts words added and removed, not punctuation or spaces', () => {
    expect(diffStats(diffWords('the quick brown fox.', 'the slow red fox!'))).toEqual({ added: 2, removed: 2 });
  });
});
