import { describe, expect, it } from 'vitest';
import { analyse, sentenceTexts, textLayerReads } from './nlp.ts';
import { danglingReference, newShapes } from './shapes.ts';

/**
 * Checks that only need a text's sentences split them without tagging (a few times cheaper than
 * `analyse`), and split what they need only: the edit policy asks the shapes of every candidate set
 * of edits against the whole draft (README → Performance, "round three").
 */
describe('sentence splitting without tagging', () => {
  it("splits a new text once without tagging it, and gives analyse's sentences", () => {
    const text = 'Hi Ana. I met Dr. Lee at the U.S. booth at 3 p.m. today! Could we talk for 20 minutes? (split test)';
    const before = { ...textLayerReads };
    const split = sentenceTexts(text);
    expect(textLayerReads).toEqual({ tagged: before.tagged, split: before.split + 1 });
    expect(sentenceTexts(text)).toBe(split);
    expect(textLayerReads.split).toBe(before.split + 1);
    expect([...split]).toEqual(analyse(text).sentences.map((s) => s.text));
  });

  it('a dangling reference is looked for in the output only when a sentence about an attachment or a favour is gone', () => {
    const input = 'Hi Sam, I loved your talk on grants. Could we talk for 20 minutes next week? Thanks, Ana (dangling test)';
    const output = 'Hi Sam, I loved your talk on grants. Would you have 20 minutes next week? Thanks, Ana (dangling test)';
    sentenceTexts(input);
    const before = { ...textLayerReads };
    expect(danglingReference(input, output)).toBeUndefined();
    expect(textLayerReads).toEqual(before);
    const withCv = 'I loved your talk on grants. I attached my resume. Please pass them on to your team. Could we talk next week?';
    expect(danglingReference(withCv, 'I loved your talk on grants. Please pass them on to your team. Could we talk next week?')).toBe('Please pass them on to your team.');
  });

  it("the shapes of an edited draft never tag the whole draft: each line's sentences at most", () => {
    const input = 'Hi Sam,\nI loved your talk on grants and would value your advice. Could we talk for 20 minutes next week?\nThanks,\nAna (shapes test)';
    const output = input.replace('Could we talk', 'Would you have time to talk');
    newShapes(input, input);
    const before = { ...textLayerReads };
    newShapes(input, output);
    // The changed line is split (and its sentences tagged where a verb is looked for); the whole draft never.
    expect(textLayerReads.split - before.split).toBeLessThanOrEqual(2);
    expect(sentenceTexts(output)).toBeDefined();
  });
});
