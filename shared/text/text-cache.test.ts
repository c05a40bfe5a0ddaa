import { describe, expect, it } from 'vitest';
import { TextCache } from './text-cache.ts';

describe('TextCache', () => {
  it('drops the oldest text past its entry bound', () => {
    const cache = new TextCache<number>(2, 1_000);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.peek('a'), cache.peek('b'), cache.peek('c')]).toEqual([undefined, 2, 3]);
  });

  it('drops the oldest texts past its character bound, and never keeps a text over a quarter of it', () => {
    const cache = new TextCache<number>(100, 40);
    cache.set('x'.repeat(11), 0);
    expect(cache.peek('x'.repeat(11))).toBeUndefined();
    cache.set('a'.repeat(10), 1);
    cache.set('b'.repeat(10), 2);
    cache.set('c'.repeat(10), 3);
    cache.set('d'.repeat(10), 4);
    cache.set('e'.repeat(10), 5);
    expect(cache.peek('a'.repeat(10))).toBeUndefined();
    expect(cache.peek('e'.repeat(10))).toBe(5);
  });

  it('makes a hit the newest only when it refreshes on hits, and peek never does', () => {
    const lru = new TextCache<number>(2, 1_000, true);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.peek('a'), lru.peek('b')]).toEqual([1, undefined]);
    const fifo = new TextCache<number>(2, 1_000);
    fifo.set('a', 1);
    fifo.set('b', 2);
    fifo.get('a');
    fifo.peek('a');
    fifo.set('c', 3);
    expect([fifo.peek('a'), fifo.peek('b')]).toEqual([undefined, 2]);
  });
});
