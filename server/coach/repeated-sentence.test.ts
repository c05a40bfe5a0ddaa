import { describe, expect, it } from 'vitest';
import { analyse, textLayerReads } from '../text/nlp.ts';
import { maskPlaceholders } from '../text/facts.ts';
import { hasRepeatedSentence } from './suggested-edits.ts';

/** The answer the whole tagged analysis gives (the check before it split first): a sentence of four words or more said twice in a row. */
function taggedAnswer(draft: string): boolean {
  const sentences = analyse(maskPlaceholders(draft)).sentences;
  const dups = sentences.filter((x, i) => x.text.split(/\s+/).length >= 4 && sentences.findIndex((y) => y.text === x.text) !== i);
  if (dups.length === 0) return false;
  const first = sentences.find((y) => y.text === dups[0]!.text)!;
  const last = dups.filter((d) => d.text === dups[0]!.text).at(-1)!;
  return sentences.filter((y) => y.start > first.start && y.end <= last.end).every((y) => y.text === first.text);
}

describe('hasRepeatedSentence', () => {
  it('splits a new text without tagging it when no sentence is said twice', () => {
    const draft = 'Hi Ana, I loved your talk on grants. Could we talk for 20 minutes next week? Thanks, Sam (repeat test one)';
    const before = { ...textLayerReads };
    expect(hasRepeatedSentence(draft)).toBe(false);
    expect(textLayerReads.tagged).toBe(before.tagged);
  });

  it('answers as the tagged analysis does, repeats and near-repeats included', () => {
    const drafts = [
      'Hi Ana. I loved your talk on grants. I loved your talk on grants. Could we talk? (repeat test two)',
      'Hi Ana. I loved your talk on grants. Could we talk? I loved your talk on grants. (repeat test three)',
      'Thanks! Thanks! Thanks! Could we talk next week? (repeat test four)',
      'I am a student. Are you hiring? I am a student. Are you hiring? (repeat test five)',
      'Hi [Name], I loved your talk on [topic]. I loved your talk on [topic]. Best, Sam (repeat test six)',
    ];
    for (const d of drafts) expect(hasRepeatedSentence(d), d).toBe(taggedAnswer(d));
    expect(hasRepeatedSentence(drafts[0]!)).toBe(true);
  });
});
