import { describe, expect, it } from 'vitest';
import { categorize } from './category.ts';

describe('categorize', () => {
  it('puts a question about climate change, or what is changing a field, under industry trends (not advice)', () => {
    expect(categorize('How is climate change affecting your work?')).toBe('industry-trends');
    expect(categorize('What do you think about climate change?')).toBe('industry-trends');
    expect(categorize('How are new regulations affecting the field?')).toBe('industry-trends');
  });

  it('keeps the narrow categories first and advice for advice', () => {
    expect(categorize('Who else would you suggest I talk to?')).toBe('referrals');
    expect(categorize('What advice would you give someone entering the field?')).toBe('advice');
    expect(categorize('What does a typical week look like for you?')).toBe('day-to-day');
  });
});
