import { describe, expect, it } from 'vitest';
import { diffStats, rewriteDiff, type DiffPart } from './rewrite-diff.ts';

/** The text a side of the diff shows: kept parts plus that side's changes. */
const side = (parts: DiffPart[], keep: 'insert' | 'delete') =>
  parts.filter((p) => p.kind === 'equal' || p.kind === keep).map((p) => p.text).join('');
/** Spacing aside: the word diff does not count a change in the amount of space as a change. */
const unspaced = (text: string) => text.replace(/\s+/g, '');

describe('rewriteDiff', () => {
  it('returns one kept part for identical texts, and nothing for two empty ones', () => {
    expect(rewriteDiff('Thanks for your time.', 'Thanks for your time.')).toEqual([{ kind: 'equal', text: 'Thanks for your time.' }]);
    expect(rewriteDiff('', '')).toEqual([]);
  });

  it('shows a whole text added or removed', () => {
    expect(rewriteDiff('', 'Hello there')).toEqual([{ kind: 'insert', text: 'Hello there' }]);
    expect(rewriteDiff('Hello there', '')).toEqual([{ kind: 'delete', text: 'Hello there' }]);
  });

  it('marks an inserted word', () => {
    expect(rewriteDiff('Could we talk for a call?', 'Could we talk for a 20-minute call?')).toEqual([
      { kind: 'equal', text: 'Could we talk for a ' },
      { kind: 'insert', text: '20-minute ' },
      { kind: 'equal', text: 'call?' },
    ]);
  });

  it('marks a deleted phrase', () => {
    expect(rewriteDiff('I have attached my resume and would love a chat.', 'I would love a chat.')).toEqual([
      { kind: 'equal', text: 'I ' },
      { kind: 'delete', text: 'have attached my resume and ' },
      { kind: 'equal', text: 'would love a chat.' },
    ]);
  });

  it('groups a replacement, deletion first, instead of interleaving it word by word', () => {
    expect(rewriteDiff('the quick brown fox', 'the slow red fox')).toEqual([
      { kind: 'equal', text: 'the ' },
      { kind: 'delete', text: 'quick brown' },
      { kind: 'insert', text: 'slow red' },
      { kind: 'equal', text: ' fox' },
    ]);
  });

  it('folds short kept words between changes into one replacement', () => {
    expect(rewriteDiff('Can you refer me for the analyst job?', 'Would you be open to a call in the next few weeks?')).toEqual([
      { kind: 'delete', text: 'Can you refer me for the analyst job' },
      { kind: 'insert', text: 'Would you be open to a call in the next few weeks' },
      { kind: 'equal', text: '?' },
    ]);
  });

  it('keeps a long unchanged stretch between two changes', () => {
    expect(rewriteDiff('Hi Dana, I would love to learn about your work. Sam', 'Hello Dana, I would love to learn about your work. Best, Sam')).toEqual([
      { kind: 'delete', text: 'Hi' },
      { kind: 'insert', text: 'Hello' },
      { kind: 'equal', text: ' Dana, I would love to learn about your work. ' },
      { kind: 'insert', text: 'Best, ' },
      { kind: 'equal', text: 'Sam' },
    ]);
  });

  it('diffs punctuation apart from words', () => {
    expect(rewriteDiff('Thanks.', 'Thanks!')).toEqual([
      { kind: 'equal', text: 'Thanks' },
      { kind: 'delete', text: '.' },
      { kind: 'insert', text: '!' },
    ]);
  });

  it('rebuilds the rewrite exactly, and the draft but for spacing, from its parts', () => {
    const before = 'Hi Dana,\n\nI am a student. Can you refer me for the analyst job? I attached my CV.\n\nBest,\nSam';
    const after =
      'Hi Dana,\n\nI am a student exploring analytics. Would you have 20 minutes next week to share how you got started?\n\nThank you,\nSam';
    const parts = rewriteDiff(before, after);
    expect(side(parts, 'insert')).toBe(after);
    expect(unspaced(side(parts, 'delete'))).toBe(unspaced(before));
    expect(parts.some((p) => p.kind === 'delete' && p.text.includes('refer me'))).toBe(true);
    // Merged: never two kept parts in a row, never an insertion before its deletion.
    parts.forEach((p, i) => {
      expect(p.kind === 'equal' && parts[i + 1]?.kind === 'equal').toBe(false);
      expect(p.kind === 'insert' && parts[i + 1]?.kind === 'delete').toBe(false);
    });
  });

  it('shows long texts with nothing in common as one replacement', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    expect(rewriteDiff(before, after)).toEqual([
      { kind: 'delete', text: before },
      { kind: 'insert', text: after },
    ]);
  });
});

describe('diffStats', () => {
  it('counts words added and removed, not punctuation or spaces', () => {
    expect(diffStats(rewriteDiff('the quick brown fox jumps.', 'the slow red fox jumps!'))).toEqual({ added: 2, removed: 2 });
    expect(diffStats(rewriteDiff('I’d love a call', 'I’d love a 20-minute call'))).toEqual({ added: 1, removed: 0 });
  });
});
