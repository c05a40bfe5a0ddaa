import { describe, expect, it } from 'vitest';
import { allPatterns } from '../../test/regex-inventory.ts';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import type { Evidence } from './rule.ts';
import { findAll, sentences } from './text.ts';

/** What `findAll` gave before its exec loop: every non-empty match of `text.matchAll` on a global copy. */
function byMatchAll(text: string, pattern: RegExp): Evidence[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].filter((m) => m[0].length > 0).map((m) => ({ start: m.index, end: m.index + m[0].length, quote: m[0] }));
}

const PIECES = [
  'Why did you ', 'leave ', 'Acme', '?', ' ', '. ', '\n', '\n\n', 'are you hiring', 'refer me', 'my resume', 'Best,\n', 'Sam', 'I am a student',
  '20 minutes', 'Tuesday at 3pm', '😀', 'e\u0301', '我想', '“', '’', 'B.S. ', 'Dr. ', '!?', '—', 'u ', 'ur ', 'keep me in mind', 'Thanks!', 'Hi Maria,',
];

describe('findAll', () => {
  it('finds what matchAll found, for every pattern of the rulebook and the text layer, on random texts', async () => {
    const patterns = (await allPatterns()).flatMap((p) => {
      try {
        return [new RegExp(p.source, p.flags)];
      } catch {
        return [];
      }
    });
    expect(patterns.length).toBeGreaterThan(500);
    const texts = randomTexts(PIECES, 40, 7, 30);
    const differ: string[] = [];
    for (const pattern of patterns) {
      for (const text of texts) {
        if (JSON.stringify(findAll(text, pattern)) !== JSON.stringify(byMatchAll(text, pattern)) && differ.length < 5) differ.push(`${pattern} on ${JSON.stringify(text)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('steps over empty matches as matchAll does: by a code unit, by a code point with u or v, sticky patterns included', () => {
    const text = '😀a b😀\n\nc';
    for (const pattern of [/(?:)/, /(?:)/u, /\b/, /\b/u, /(?=a)|a|😀/u, /$|b/m, /a*/y, /(?:)/v, /x*|😀/v, /(?<=😀)/u, /[^\n]*/]) {
      expect(findAll(text, pattern)).toEqual(byMatchAll(text, pattern));
    }
  });

  it('searches a pattern passed already global from its lastIndex, as matchAll did, and leaves it at 0', () => {
    const g = /a/g;
    expect(findAll('aXa', g)).toHaveLength(2);
    expect(g.lastIndex).toBe(0);
    g.lastIndex = 2;
    const copy = /a/g;
    copy.lastIndex = 2;
    expect(findAll('aXa', g)).toEqual([...'aXa'.matchAll(copy)].map((m) => ({ start: m.index, end: m.index + 1, quote: 'a' })));
    expect(g.lastIndex).toBe(0);
    expect(findAll('aXa', g)).toHaveLength(2);
  });

  it('reads a character as a space exactly when \\s does', () => {
    for (let code = 0; code < 0x10000; code++) expect(sentences(`a${String.fromCharCode(code)}`)[0]!.end === 1, code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
