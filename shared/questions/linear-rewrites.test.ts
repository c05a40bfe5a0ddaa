import { describe, expect, it } from 'vitest';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { userName } from '../practice/intro.ts';
import { asRoleAtEnd } from './rephrase.ts';

/** Patterns rewritten as one-pass code (they backtracked cubically): the same answers, on texts built at random. */
const texts = randomTexts;

describe('linear rewrites agree with the patterns they replaced', () => {
  it('the role a question ends on', () => {
    const old = (q: string) => /\bas (an? [\w -]+?)\s*[?.!]*$/i.exec(q)?.[1];
    const pieces = ['as', ' ', 'a', 'an', 'As', ' A', 'nurse', '-', '?', '.', '!', '\t', '\n', ',', 'has', 'x'];
    let found = 0;
    for (const q of ['What are your weaknesses as a junior analyst?', 'as an x', 'as a', ...texts(pieces, 30_000, 21), ...texts(pieces, 3_000, 5).map((t, i) => `${t}${i % 2 ? ' as an ' : 'as a '}${texts(pieces, 1, i)[0]}`)]) {
      expect(asRoleAtEnd(q), JSON.stringify(q)).toBe(old(q));
      if (old(q) !== undefined) found++;
    }
    expect(found).toBeGreaterThan(30);
  });

  it('the name under a sign-off', () => {
    const old = (t: string) => /(?:^|\n)\s*(?:best|thanks|cheers|regards|sincerely),?\s*\n\s*([A-Z][a-z'’-]+)\s*$/i.exec(t)?.[1];
    const pieces = ['\n', ' ', 'Thanks', 'best', 'BEST', ',', 'Jordan', 'jo', "O'", 'x', '.', 'sincerely', '\t', 'ok'];
    let found = 0;
    for (const t of ['Great chat.\nThanks,\nJordan', ...texts(pieces, 30_000, 23)]) {
      // userName tries other patterns first; the sign-off decides only when they find nothing, so compare where it is the last resort.
      const first = [/\b[Mm]y name(?:['’]s| is)\s+([A-Z][a-z'’-]+)/, /\b(?:I['’]m|I am|this is|[Ii]t['’]s|call me)\s+([A-Z][a-z'’-]+)(?=[\s,.!;—-]|$)/, /^(?:hi|hello|hey)?[,!\s]*([A-Z][a-z'’-]+) here\b/i];
      if (first.some((p) => p.test(t))) continue;
      const name = old(t);
      const expected = name && /^[A-Z]/.test(name) && !['ok', 'x', 'jo'].includes(name.toLowerCase()) ? name.replace(/['’]s$/, '') : undefined;
      if (expected === undefined) continue;
      expect(userName(t), JSON.stringify(t)).toBe(expected);
      found++;
    }
    expect(found).toBeGreaterThan(30);
  });
});
