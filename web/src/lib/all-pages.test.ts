import { describe, expect, it } from 'vitest';
import { nextLink } from './all-pages.ts';

describe('nextLink', () => {
  it('reads the next page of a Link header, and nothing else', () => {
    expect(nextLink('</api/personas?limit=200&cursor=abc>; rel="next"')).toBe('/api/personas?limit=200&cursor=abc');
    expect(nextLink('</api/x?cursor=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
