import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from './checklist-items.ts';
import { highlightSegments, wholeWords } from './highlights.ts';

const item = (quote: string, start: number): ChecklistItem =>
  ({ ruleId: 'outreach.test', passed: false, evidence: [{ quote, start, end: start + quote.length }] }) as unknown as ChecklistItem;

describe('highlights', () => {
  it('never end or start inside a word', () => {
    const text = 'I worked with the city and the EPA on brownfields.';
    const quote = 'the city and the E';
    const segments = highlightSegments(text, [item(quote, text.indexOf(quote))]);
    expect(segments.filter((s) => s.ruleIds.length > 0).map((s) => s.text)).toEqual(['the city and the EPA']);
    const mid = 'ity and';
    expect(highlightSegments(text, [item(mid, text.indexOf(mid))]).filter((s) => s.ruleIds.length > 0).map((s) => s.text)).toEqual(['city and']);
  });

  it('leave a span on word boundaries as it is', () => {
    expect(wholeWords('one two three', 4, 7)).toEqual({ start: 4, end: 7 });
    expect(wholeWords("don't stop", 0, 3)).toEqual({ start: 0, end: 5 });
  });
});
