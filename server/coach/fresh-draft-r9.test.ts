import { describe, expect, it } from 'vitest';
import { extractFacts } from '../text/facts.ts';
import { freshDraft } from './fresh-draft.ts';

// Round 9, the newcomer's check of the fresh draft.
describe('fresh draft: the recipient, who the writer is, and texting forms (newcomer check)', () => {
  const lower = "hi mr van der berg,\n\ni'm jo, a nursing student. i'd love to hear how u got into mgmt at the hospital. could we talk for 15 min? thx\njo";

  it('reads a lowercase greeting with surname particles as the recipient, and greets them', () => {
    expect(extractFacts(lower, {}).recipient?.text).toBe('mr van der berg');
    expect(freshDraft(lower, {}).text).toMatch(/^Hi Mr\. Van der Berg,/);
    const titled = "Mr. van der Berg - I'm a student and would love to learn about hospital management. Could we talk for 15 minutes next Tuesday?\nJo";
    expect(extractFacts(titled, {}).recipient?.text).toBe('Mr. van der Berg');
  });

  it('keeps who the writer is when it is phrased loosely', () => {
    expect(freshDraft(lower, {}).text).toContain("I'm Jo, a nursing student.");
    const here = 'Hi Ana, Jo here - nursing student at UCLA. Would love to hear abt your path into hospital mgmt. 15 min call sometime? Thanks, Jo';
    expect(freshDraft(here, {}).text).toContain("I'm Jo, a nursing student at UCLA.");
  });

  it('leaves no texting form in the fresh draft', () => {
    for (const d of [lower, 'Hi Ana, Jo here - nursing student at UCLA. Would love to hear abt your path into hospital mgmt. 15 min call sometime? Thanks, Jo']) {
      expect(freshDraft(d, {}).text).not.toMatch(/\b(?:mgmt|abt|u|thx)\b/);
    }
  });
});
