import { describe, expect, it } from 'vitest';
import { countWords, findEvery, sentences } from './text.ts';

describe('sentences', () => {
  it('splits on end punctuation and line breaks, keeping offsets', () => {
    const text = 'Dear Ms. Alvarez,\nI graduated with a B.S. in Biology. Are you free at 2 p.m. EST? Thanks!';
    const spans = sentences(text);
    expect(spans.map((s) => s.value)).toEqual([
      'Dear Ms. Alvarez,',
      'I graduated with a B.S. in Biology.',
      'Are you free at 2 p.m. EST?',
      'Thanks!',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.value);
  });

  it('keeps "Dr. Lee" and "e.g. this" inside their sentence', () => {
    expect(sentences('Dr. Lee suggested I write, e.g. to ask about labs. Thank you.').map((s) => s.value)).toEqual([
      'Dr. Lee suggested I write, e.g. to ask about labs.',
      'Thank you.',
    ]);
  });
});

describe('words and matches', () => {
  it('counts "30-minute", "p.m." and "I’m" as one word each', () => {
    expect(countWords('I’m free for a 30-minute call at 2 p.m.')).toBe(9);
  });

  it('merges overlapping matches', () => {
    expect(findEvery('an MBA and an MBA', [/MBA/, /an MBA/])).toEqual([
      { start: 0, end: 6, quote: 'an MBA' },
      { start: 11, end: 17, quote: 'an MBA' },
    ]);
  });
});
