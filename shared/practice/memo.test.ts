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
});
