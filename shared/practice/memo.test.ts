import { describe, expect, it } from 'vitest';
import { memoSpans } from './memo.ts';

describe('memoSpans', () => {
  it('finds a text once, answers it again from memory, frozen, and forgets the oldest past its size', () => {
    let calls = 0;
    const find = memoSpans(2, (t: string) => t, (t: string) => {
      calls += 1;
      return [{ start: 0, end: t.length, quote: t }];
    });
    const a = find('a');
    expect(find('a')).toBe(a);
    expect(calls).toBe(1);
    expect(find.stats).toEqual({ hits: 1, misses: 1 });
    expect(Object.isFrozen(a) && Object.isFrozen(a[0])).toBe(true);
    find('b');
    find('c');
    find('a');
    expect(calls).toBe(4);
  });

  it('keeps at most maxChars characters of texts, and never a text longer than a quarter of them', () => {
    let calls = 0;
    const find = memoSpans(100, (t: string) => t, () => {
      calls += 1;
      return [];
    }, 40);
    find('x'.repeat(11));
    find('x'.repeat(11));
    expect(calls).toBe(2);
    for (const c of 'abcd') find(c.repeat(10));
    find('a'.repeat(10));
    expect(calls).toBe(6);
    // A fifth text goes past 40 characters: the oldest ('a…') is dropped.
    find('e'.repeat(10));
    find('a'.repeat(10));
    expect(calls).toBe(8);
    find('e'.repeat(10));
    expect(calls).toBe(8);
  });
});
