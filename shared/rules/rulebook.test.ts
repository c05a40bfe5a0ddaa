import { describe, expect, it } from 'vitest';
import { rulebook } from './rulebook.ts';

describe('rulebook', () => {
  it('has unique ids', () => {
    const ids = rulebook.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
