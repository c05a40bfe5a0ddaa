import { describe, expect, it } from 'vitest';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { asRoleClause, BARE_FOLLOW, decidingBetween, DURATION_AT_END, firstClauseBreak, introJoins, isContactLine, isStrayPhrase, linkSpans, minutesOnTopics } from './linear-scans.ts';
import { HOSTILE_SHAPES } from '../../scripts/bench/hostile-shapes.ts';
import { REPLACED_PATTERNS } from '../../test/fixtures/replaced-patterns.ts';

/**
 * Each one-pass rewrite against the pattern it replaced (kept verbatim in test/fixtures/replaced-patterns.ts): the same answers on
 * texts built at random from the pieces the pattern reads, on the hostile shapes that made it
 * backtrack (long runs of what it retries), and on the cases the product's tests name.
 */
const OLD = REPLACED_PATTERNS;

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);
/** Random texts, plus each piece repeated long (the runs a backtracking pattern retries). */
const corpus = (pieces: string[], n: number, seed: number, maxPieces = 12) => [
  ...randomTexts(pieces, n, seed, maxPieces),
  ...pieces.flatMap((p, i) => [p.repeat(2_000), `${p.repeat(1_000)}${pieces[(i + 1) % pieces.length]!.repeat(1_000)}`]),
];
const agree = <T,>(texts: string[], now: (t: string) => T, before: (t: string) => T, wanted: (v: T) => boolean = () => true) => {
  let found = 0;
  for (const t of texts) {
    const v = now(t);
    expect(v, JSON.stringify(t.length > 200 ? `${t.slice(0, 200)}…` : t)).toEqual(before(t));
    if (wanted(v)) found++;
  }
  return found;
};

describe('linear scans agree with the patterns they replaced', () => {
  it('the joins of an introduction', () => {
    const pieces = [' ', '  ', '\t', ',', ' - ', ' — ', 'and', 'but', 'so', 'I', "I'm", 'would', 'you', 'when', 'Dr', '.', 'Maria', 'Lopez', 'suggested', 'x', ' and ', ', and '];
    const found = agree(corpus(pieces, 30_000, 31), (t) => spans(introJoins(t)), (t) => spans(t.matchAll(OLD.introJoins)), (v) => v.length > 0);
    expect(found).toBeGreaterThan(3_000);
    expect(spans(introJoins('I study nursing, and I would love to chat - I am new and Dr. Lee suggested you'))).toEqual(spans('I study nursing, and I would love to chat - I am new and Dr. Lee suggested you'.matchAll(OLD.introJoins)));
  });

  it('the first clause of a claim', () => {
    const pieces = [' ', '  ', '\n', ',', 'and how', 'and why', 'And That', 'which', 'because', 'so', 'soon', 'x', 'the', ' and'];
    const found = agree(corpus(pieces, 30_000, 32), (t) => t.slice(0, firstClauseBreak(t)), (t) => t.split(OLD.clause)[0]!, (v) => v.length > 0);
    expect(found).toBeGreaterThan(3_000);
  });

  it('a duration at the end of a fact', () => {
    const pieces = [' ', '  ', 'for', 'over', ' the', ' past', ' last', ' six', ' years', ' months', ' decade', 's', 'since', ' 2019', 'x', '\n'];
    const found = agree(corpus(pieces, 30_000, 33), (t) => DURATION_AT_END.exec(t)?.index, (t) => OLD.duration.exec(t)?.index, (v) => v !== undefined);
    expect(found).toBeGreaterThan(150);
    expect(DURATION_AT_END.exec('a nurse at Mercy   for the past six years')?.index).toBe(OLD.duration.exec('a nurse at Mercy   for the past six years')?.index);
  });

  it('the topics of "minutes on …?"', () => {
    const pieces = ['minutes', 'call', 'Chat', ' on ', 'on', ' ', 'x', '?', '.', '!', '\n', 'budgets'];
    const found = agree(corpus(pieces, 30_000, 34), minutesOnTopics, (t) => [...t.matchAll(OLD.minutesOn)].map((m) => m[1]!), (v) => v.length > 0);
    expect(found).toBeGreaterThan(150);
  });

  it('"As a …," in a draft', () => {
    const pieces = ['As', 'as', ' ', 'a', 'an', 'A', 'nurse', ',', '.', '!', '\n', 'x', 'has', 'As a ', 'As an ', 'as A ', 'nurse,', ' educator'];
    const shape = (m: RegExpExecArray | null) => (m ? [m.index, m[0], m[1]] : null);
    const found = agree(corpus(pieces, 30_000, 35), (t) => shape(asRoleClause(t)), (t) => shape(OLD.asRole.exec(t)), (v) => v !== null);
    expect(found).toBeGreaterThan(300);
  });

  it('"deciding between X and Y"', () => {
    const pieces = ['deciding', 'torn', 'trying to decide', ' between ', 'between', ' ', 'and', 'or', 'vs', 'vs.', 'versus', 'AND', 'x', ',', '.', '\n', 'school', 'deciding between ', 'Torn between ', ' and ', ' or ', ' vs. ', ' vs ', ' versus ', ' Or '];
    const found = agree(corpus(pieces, 40_000, 36, 14), decidingBetween, (t) => {
      const m = OLD.between.exec(t);
      return m ? [m[1]!, m[2]!] : undefined;
    }, (v) => v !== undefined);
    expect(found).toBeGreaterThan(300);
    expect(decidingBetween("I'm deciding between school-based and medical SLP.")).toEqual(['school-based', 'medical SLP']);
  });

  it('a stray topic', () => {
    const pieces = ['my', ' ', 'website', 'web site', 'lol', '😀', 'x', '\n', 'the ', 'mondays', ' and ', 'tuesdays', '3 ', 'years', 'pay', 'I', 'page', 'ſ', 'a few', ' or ', '2'];
    const found = agree(corpus(pieces, 40_000, 37, 8), isStrayPhrase, (t) => OLD.stray.test(t), (v) => v);
    expect(found).toBeGreaterThan(1_000);
  });

  it('a contact line of a closing', () => {
    const pieces = ['a', '@', '.', 'com', 'co', 'io', '/', ' ', 'x', '1', '(', '+', '-', '|', 'www.', 'https://', 'linkedin.com', 'ME', '_', '\n'];
    const found = agree(corpus(pieces, 40_000, 38, 8), isContactLine, (t) => OLD.contact.test(t), (v) => v);
    expect(found).toBeGreaterThan(1_000);
  });

  it('a bare follow-up', () => {
    const pieces = [' ', '  ', '\t', ',', '!', '.', 'and', 'so', 'wow', 'why', 'how', 'how so', 'then what', '?', 'x', 'Meaning'];
    const found = agree(corpus(pieces, 40_000, 39, 8), (t) => BARE_FOLLOW.test(t), (t) => OLD.bareFollow.test(t), (v) => v);
    expect(found).toBeGreaterThan(1_000);
  });

  it('links, addresses and bare domains (the link mask)', () => {
    const pieces = ['a', 'B', '-', '.', '+', '@', '_', '1', 'com', 'Community', 'co', 'io', 'UK', 'x', '/', ' ', '"', '<', 'www.', 'http://', 'HTTPS://', 'bit.ly/ek', 'me', '.,', '!', '?', ')', '\n', 'é'];
    const texts = [...corpus(pieces, 60_000, 40, 14), ...Object.values(HOSTILE_SHAPES), 'Find me at behance.net/kait or jo.lee+x@mail.example.org, or https://x.y/z?q=1.'];
    const found = agree(texts, (t) => linkSpans(t), (t) => [...t.matchAll(OLD.links)].map((m) => [m.index, m.index + m[0].length]), (v) => v.length > 0);
    expect(found).toBeGreaterThan(10_000);
  });
});
