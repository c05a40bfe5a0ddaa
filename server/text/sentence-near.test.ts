import { describe, expect, it } from 'vitest';
import { outreachCases } from '../../evals/outreach/cases.ts';
import { polishDrafts } from '../../evals/outreach/polish-drafts.ts';
import { reviewedDrafts } from '../../evals/outreach/reviewed-drafts.ts';
import { HOSTILE_SHAPES } from '../../scripts/bench/hostile-shapes.ts';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { sentenceSplits, sentenceTexts, splitNearAndWhole } from './nlp.ts';

/** Seeded numbers in [0, 1). */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** What an edit brings or leaves at a seam: sentences, stops, abbreviations, links, breaks. */
const PIECES = [
  'I am a student at UCLA. ', 'Thanks! ', 'Are you hiring? ', 'Could we talk for 15 minutes? ', 'e.g. ', 'Dr. Lee ', 'at 2:00 p.m., Wednesday ',
  'the D.C. Public Defender Service ', 'B.S. ', 'behance.net/kait ', 'see www.example.com. ', 'a@b.co ', '\n', '\n\n', ' ', '. ', '? ', '! ', '...',
  'schedule.Thank you ', 'I would love to learn about your work', '😀 ', 'Best,\nSam\n', 'Hi Jordan,\n', '"Quoted." ', '(aside.) ', 'Mr. Smith said so. ',
  'U.S. ', 'lmk ', 'and ', 'Would you have 20 minutes next week? ', 'I’m free Tuesday at 3pm. ', '- ', '— ', 'etc. ', 'No. 5 ', '1. ', '2) ',
];

const drafts = [...outreachCases, ...reviewedDrafts, ...polishDrafts].map((c) => c.draft);
/** Long texts: the eval's drafts run together (a draft is short), the bench's hostile shapes, random texts. */
function longTexts(): string[] {
  const out: string[] = [];
  const seps = [' ', '\n', '\n\n'];
  for (let i = 0; i < drafts.length; i += 3) {
    let t = drafts.slice(i, i + 3).join(seps[i % 3]);
    while (t.length < 1_200) t += `${seps[(i + t.length) % 3]}${drafts[(i + t.length) % drafts.length]}`;
    out.push(t);
  }
  for (const text of Object.values(HOSTILE_SHAPES)) out.push(text.slice(0, 5_000), text.slice(3, 2_003), text.slice(5, 405), text.slice(7, 907));
  for (const t of randomTexts(PIECES, 200, 7, 200)) if (t.length >= 1_000) out.push(t);
  // Texts of a draft's ordinary length, from the shortest split near (400 characters) up.
  for (let i = 0; i < drafts.length; i += 2) {
    let t = drafts[i]!;
    while (t.length < 400) t += `${seps[(i + t.length) % 3]}${drafts[(i + t.length + 1) % drafts.length]}`;
    out.push(t);
  }
  for (const t of randomTexts(PIECES, 200, 13, 70)) if (t.length >= 400 && t.length < 1_000) out.push(t);
  return out;
}

/** The text with one to three random edits: a stretch deleted, a piece put in, a stretch replaced. */
function edited(text: string, next: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(next() * t.length);
    const len = Math.floor(next() * 80);
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    const kind = Math.floor(next() * 3);
    t = kind === 0 ? t.slice(0, at) + t.slice(at + len) : kind === 1 ? t.slice(0, at) + piece + t.slice(at) : t.slice(0, at) + piece + t.slice(at + len);
  }
  return t;
}

describe('sentenceTexts near a text split before (the edit policy splits each candidate set of edits)', () => {
  it('gives exactly the whole split, over the eval drafts, the hostile shapes and random texts, each with random edits', () => {
    const next = rng(11);
    let compared = 0;
    for (const base of longTexts()) {
      for (let r = 0; r < 6; r++) {
        const text = edited(base, next);
        const { near, whole } = splitNearAndWhole(base, text);
        if (!near) continue;
        compared += 1;
        expect(near, JSON.stringify(text.slice(0, 200))).toEqual(whole);
      }
    }
    expect(compared).toBeGreaterThan(800);
    // A few thousand whole splits: minutes on a machine shared by many jobs (no timed assertion, only room to finish).
  }, 120_000);

  it('splits again only the changed stretch of a long text it split a moment ago, and answers as before', () => {
    // The bench's "many sentences" shape at 5,000 characters (the shapes now stop at the 1,000-character draft cap).
    const base = 'I am a student. Thanks! Are you hiring? Could we talk? '.repeat(91).slice(0, 5_000).replace(/^/, 'Hi Sam, cache test one. ');
    const whole = sentenceSplits.whole;
    const first = sentenceTexts(base);
    expect(sentenceSplits.whole).toBe(whole + 1);
    const near = sentenceSplits.near;
    const text = `${base.slice(0, 2_000)}Would you have 20 minutes next week? ${base.slice(2_000)}`;
    const second = sentenceTexts(text);
    expect(sentenceSplits.near).toBe(near + 1);
    expect(sentenceSplits.whole).toBe(whole + 1);
    // A text unlike any split before is split whole.
    sentenceTexts(`${'Something else entirely here. '.repeat(40)}cache test two`);
    expect(sentenceSplits.whole).toBe(whole + 2);
    expect(second).toEqual(splitNearAndWhole(text, text).whole);
    expect(second.length).toBeGreaterThan(first.length);
  });
});
