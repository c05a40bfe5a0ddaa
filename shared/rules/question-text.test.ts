import { describe, expect, it } from 'vitest';
import { evidenceInOriginal, expandInformal } from './question-text.ts';

describe('expandInformal', () => {
  it('reads texting and apostrophe-less spellings as their full forms', () => {
    expect(expandInformal('r u hiring rn').text).toBe('are you hiring right now');
    expect(expandInformal('whats ur salary').text).toBe("what's your salary");
    expect(expandInformal('Whats it like, dont you think').text).toBe("What's it like, don't you think");
    expect(expandInformal('im curious how u got started').text).toBe("I'm curious how you got started");
    expect(expandInformal('a 5 yr plan').text).toBe('a 5 years plan');
  });

  it('leaves names and words that only look short alone ("R", "U.S.", "UR", "its")', () => {
    for (const text of ['Do you use R or Python?', 'How is work in the U.S. different?', 'What did UR teach you?', 'How does the team do its planning?']) {
      expect(expandInformal(text).text).toBe(text);
    }
  });

  it('maps a span of the expanded text back to the original words', () => {
    const original = 'is ur team hiring';
    const expanded = expandInformal(original);
    const start = expanded.text.indexOf('your team');
    expect(evidenceInOriginal(original, expanded, [{ start, end: start + 'your team'.length, quote: 'your team' }])).toEqual([{ start: 3, end: 10, quote: 'ur team' }]);
  });
});
