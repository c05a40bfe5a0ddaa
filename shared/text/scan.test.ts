import { describe, expect, it } from 'vitest';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { bracketSpans, lastLineStart, listItemAfterBreak, parenAside, stripEnd, trailingSpace } from './scan.ts';

/** Each helper against the pattern it stands for, on texts built at random from the characters that pattern reads. */
const texts = randomTexts;

const spans = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

describe('linear helpers agree with the patterns they replace', () => {
  it('runs at the end', () => {
    for (const text of texts(['.', '!', '?', ' ', '\n', '\u00a0', 'a', '.!'], 3_000, 3)) {
      expect(stripEnd(text, '.!')).toBe(text.replace(/[.!]*$/, ''));
      expect(trailingSpace(text)).toBe(/\s*$/.exec(text)![0].length);
      expect(text.slice(lastLineStart(text))).toBe(/.*$/.exec(text)![0]);
    }
  });

  it('bracket pairs', () => {
    for (const text of texts(['[', ']', '[]', 'a', '\n', ' ', '[x'], 3_000, 5)) {
      expect(bracketSpans(text), JSON.stringify(text)).toEqual(spans(text, /\[[^\]]*\]/g));
      expect(bracketSpans(text, { multiline: false }), JSON.stringify(text)).toEqual(spans(text, /\[[^\]\n]+\]/g));
    }
  });

  it('an aside in parentheses', () => {
    for (const text of texts(['(', ')', ' ', '\t', 'abc', 'x'.repeat(30), '()'], 3_000, 9)) {
      for (const max of [Number.POSITIVE_INFINITY, 160, 5]) {
        const m = new RegExp(`\\s*\\([^)]{0,${max === Number.POSITIVE_INFINITY ? '' : max}}\\)`).exec(text);
        expect(parenAside(text, max), JSON.stringify(text)).toEqual(m ? { index: m.index, end: m.index + m[0].length } : undefined);
      }
    }
  });

  it('a list item after a line break', () => {
    for (const text of texts(['\n', ' ', '\t', '1', '12', '123', '.', ')', '-', '•', '*', 'a'], 5_000, 17)) {
      expect(listItemAfterBreak(text), JSON.stringify(text)).toBe(/\n\s*(?:\d+[.)]|[-•*])\s/.test(text));
      expect(listItemAfterBreak(text, { digits: 2, lineStart: true }), JSON.stringify(text)).toBe(/(?:^|\n)\s*(?:\d{1,2}[.)]|[-•*])\s/.test(text));
    }
  });
});

describe('more helpers against their patterns', () => {
  it('the last join and code points at the end', async () => {
    const { lastJoinIndex, stripEndPoints, isSpace } = await import('./scan.ts');
    const pieces = [' ', ',', 'and', 'And', 'or', 'but', '—', '–', 'x', 'for', '\n', '  '];
    let found = 0;
    for (const text of texts(pieces, 20_000, 31)) {
      const old = [...text.matchAll(/,?\s+(?:and|but|or|—|–)\s+/g)].at(-1)?.index;
      expect(lastJoinIndex(text), JSON.stringify(text)).toBe(old);
      if (old !== undefined) found++;
    }
    expect(found).toBeGreaterThan(500);
    for (const text of texts(['😀', '👩‍💻', ' ', '!', ',', '.', 'a', '\n', '🙏🏽', 'é'], 3_000, 37)) {
      expect(stripEndPoints(text, (c) => isSpace(c) || '!,.'.includes(c) || /\p{Extended_Pictographic}/u.test(c))).toBe(text.replace(/[\p{Extended_Pictographic}\s!,.]+$/u, ''));
    }
  });
});

describe('trailing words, brackets and asides against their patterns', () => {
  it('agree on random texts', async () => {
    const { stripTrailingWord, stripLastWord, replaceBrackets, removeAsides } = await import('./scan.ts');
    const words = ['stuff', 'things', 'and stuff', 'and things'];
    for (const text of texts(['stuff', 'Things', ' ', 'and', '\n', 'x', ' and stuff', 'AND', '\t'], 5_000, 41)) {
      expect(stripTrailingWord(text, words), JSON.stringify(text)).toBe(text.replace(/\s+(?:stuff|things|and stuff|and things)$/i, ''));
      expect(stripLastWord(text), JSON.stringify(text)).toBe(text.replace(/\s+\S+$/, ''));
    }
    for (const text of texts(['[', ']', 'a', ' ', '(', ')', '\n', '\t', '()'], 5_000, 43)) {
      expect(replaceBrackets(text, 'it'), JSON.stringify(text)).toBe(text.replace(/\[[^\]]*\]/g, 'it'));
      expect(removeAsides(text), JSON.stringify(text)).toBe(text.replace(/\s*\([^)]*\)/g, ''));
    }
  });
});

describe('a final stop and a choice', () => {
  it('agree with their patterns on random texts', async () => {
    const { cutAtFinalStop, choiceBetween } = await import('./scan.ts');
    for (const text of texts(['.', ' ', '\n', 'a', '. ', '\r', 'x.y'], 5_000, 47)) {
      expect(cutAtFinalStop(text), JSON.stringify(text)).toBe(text.replace(/\.(?:\s.*)?$/, ''));
    }
    for (const t of texts([' and ', 'and', ' ', 'x', '\n', 'a and b'], 5_000, 53)) {
      const text = `how you would choose between ${t}`;
      const m = /^how you would choose between (.+) and (.+)$/.exec(text);
      expect(choiceBetween(text), JSON.stringify(text)).toEqual(m ? [m[1], m[2]] : undefined);
    }
  });
});

describe('last-line cuts', () => {
  it('agree with their patterns on random texts', async () => {
    const { cutAtLastLine, withoutClosingAside } = await import('./scan.ts');
    for (const text of texts([',', ';', 'a', ' ', '\n', '(', ')', '\u2028', '\t', 'x)'], 6_000, 73)) {
      expect(cutAtLastLine(text, ','), JSON.stringify(text)).toBe(text.replace(/,.*$/, ''));
      expect(cutAtLastLine(text, ',;'), JSON.stringify(text)).toBe(text.replace(/[,;].*$/, ''));
      expect(withoutClosingAside(text), JSON.stringify(text)).toBe(text.replace(/\s*\(.*\)$/, ''));
      expect(withoutClosingAside(text), JSON.stringify(text)).toBe(text.replace(/(?<!\s)\s*\(.*\)$/, ''));
    }
  });
});

describe('a trailing join', () => {
  it('agrees with its pattern on random texts', async () => {
    const { withoutTrailingJoin } = await import('./scan.ts');
    for (const text of texts([',', ' ', 'and', 'AND', 'but', 'so', 'band', 'x', '\n', 'also'], 6_000, 79)) {
      expect(withoutTrailingJoin(text), JSON.stringify(text)).toBe(text.replace(/\s*(?:,|\band\b|\bbut\b|\bso\b)\s*$/i, ''));
    }
  });
});
