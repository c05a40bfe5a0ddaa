import { describe, expect, it } from 'vitest';
import { countWords, findAffirmed, findEvery, isNegated, sentenceAt, sentences, sentencesOf, shortenQuote, SpanIndex } from './text.ts';

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

describe('negation', () => {
  it.each([
    ["I'm not asking about jobs.", 'asking'],
    ['No résumé attached, just a question.', 'résumé'],
    ["I haven't attached my CV.", 'attached'],
    ["I'm not looking for a job right now.", 'looking'],
    ['I am writing without attaching my resume.', 'attaching'],
    ["This isn't a request for a referral.", 'a request'],
    ['I never ask for referrals.', 'ask'],
  ])('"%s" denies "%s"', (text, word) => {
    expect(isNegated(text, text.indexOf(word))).toBe(true);
  });

  it.each([
    ["I'm not sure whether your team is hiring.", 'hiring'],
    ["I'm not asking for a job, but are you hiring?", 'are you hiring'],
    ["I don't have a CV yet; I have attached my portfolio.", 'attached'],
    ['Are you hiring?', 'hiring'],
    ["Not long ago I moved to Denver, and I'm looking for a job.", 'looking'],
    ["I'd love nothing more than to join your team.", 'join'],
    ["I can't wait to join your team.", 'join'],
    ['Nothing would make me happier than joining your team.', 'joining'],
    ["I couldn't be more excited to apply to your company.", 'apply'],
    ['Not only am I curious about the work, I want to get hired there.', 'want'],
  ])('"%s" does not deny "%s"', (text, word) => {
    expect(isNegated(text, text.indexOf(word))).toBe(false);
  });

  it('keeps only the matches the writer does not deny', () => {
    const text = "I'm not asking about openings. Do you have openings in design?";
    expect(findAffirmed(text, [/\bopenings\b/])).toEqual([{ start: 43, end: 51, quote: 'openings' }]);
  });
});

describe('sentencesOf and sentenceAt', () => {
  it('gives each sentence holding a hit once, in text order', () => {
    const text = 'One two. Three four? Five six!';
    const hits = [
      { start: 26, end: 30, quote: 'six!' },
      { start: 0, end: 3, quote: 'One' },
      { start: 4, end: 7, quote: 'two' },
    ];
    expect(sentencesOf(text, hits)).toEqual([
      { start: 0, end: 8, quote: 'One two.' },
      { start: 21, end: 30, quote: 'Five six!' },
    ]);
  });

  it('finds the sentence around an offset by binary search, as a linear scan would', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Sentence ${i}.`).join(' ');
    for (const offset of [0, 5, 1000, 4000, text.length - 1]) {
      const linear = sentences(text).filter((s) => s.start <= offset).at(-1);
      expect(sentenceAt(text, offset)).toEqual(linear);
    }
  });

  it('splits on abbreviations the same way however long the line', () => {
    const line = 'She has a B.S. in math. Dr. Lee met her at 2 p.m. EST. Thanks.';
    expect(sentences(`${'x '.repeat(5000)}. ${line}`).slice(-3).map((s) => s.value)).toEqual([
      'She has a B.S. in math.',
      'Dr. Lee met her at 2 p.m. EST.',
      'Thanks.',
    ]);
  });
});

describe('SpanIndex', () => {
  const hits = [
    { start: 10, end: 20, quote: '' },
    { start: 0, end: 100, quote: '' },
    { start: 30, end: 35, quote: '' },
  ];
  const index = new SpanIndex(hits);

  it('answers which spans overlap, as a scan would', () => {
    for (const span of [{ start: 0, end: 5 }, { start: 21, end: 29 }, { start: 33, end: 40 }, { start: 100, end: 110 }, { start: 15, end: 31 }]) {
      const scan = [...hits].sort((a, b) => a.start - b.start).filter((h) => h.start < span.end && h.end > span.start);
      expect(index.overlapping(span)).toEqual(scan);
      expect(index.overlaps(span)).toBe(scan.length > 0);
      expect(index.first(span)).toEqual(scan[0]);
    }
  });
});

describe('shortenQuote', () => {
  it.each([
    ["I'm free Tuesday or Thursday after 2 p.m., and happy to work around your schedule.", 61, "I'm free Tuesday or Thursday after 2 p.m., and happy to work…"],
    ["I'm free Tuesday or Thursday after 2 p.m., and happy to work around your schedule.", 53, "I'm free Tuesday or Thursday after 2 p.m., and happy…"],
    // A cut right after a comma drops the comma.
    ['Tuesdays, Wednesdays, Thursdays, Fridays', 23, 'Tuesdays, Wednesdays…'],
    // A cut that lands exactly at the end of a word keeps the word.
    ['alpha beta gamma', 11, 'alpha beta…'],
    ['short enough', 40, 'short enough'],
    ['  spread\n\nover   lines  ', 40, 'spread over lines'],
    // One word longer than the room is cut where it must be.
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['naïve café résumé déjà vu', 14, 'naïve café…'],
  ])('%j in %i characters → %j', (text, max, expected) => {
    expect(shortenQuote(text, max)).toBe(expected);
  });

  it('never ends mid-word, and never exceeds the room', () => {
    const text = 'happy to work around your schedule whenever suits you best in the coming weeks';
    for (let max = 8; max <= text.length + 2; max++) {
      const quote = shortenQuote(text, max);
      expect([...quote].length).toBeLessThanOrEqual(max);
      const kept = quote.replace(/…$/, '');
      expect(text.startsWith(kept)).toBe(true);
      expect(text.length === kept.length || /\s/.test(text.charAt(kept.length))).toBe(true);
    }
  });
});
