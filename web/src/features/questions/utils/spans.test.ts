import { describe, expect, it } from 'vitest';
import { markedPieces, replaceLine } from './spans.ts';

describe('markedPieces', () => {
  it('cuts the text at the spans, merging overlaps', () => {
    expect(markedPieces('Why did you leave Acme?', [{ start: 0, end: 11, quote: 'Why did you' }, { start: 0, end: 17, quote: 'Why did you leave' }])).toEqual([
      { text: 'Why did you leave', marked: true },
      { text: ' Acme?', marked: false },
    ]);
    expect(markedPieces('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('replaceLine', () => {
  it('replaces the first equal line, or appends', () => {
    expect(replaceLine(['a', 'b', 'b'], 'b', 'c')).toEqual(['a', 'c', 'b']);
    expect(replaceLine(['a'], 'x', 'c')).toEqual(['a', 'c']);
  });
});
