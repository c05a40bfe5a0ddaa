import { describe, expect, it } from 'vitest';
import { outreachCases } from '../../evals/outreach/cases.ts';
import { polishDrafts } from '../../evals/outreach/polish-drafts.ts';
import { reviewedDrafts } from '../../evals/outreach/reviewed-drafts.ts';
import { extractFacts } from './facts.ts';
import { newShapes, outreachShapes, type ShapeReport } from './shapes.ts';

/** Edits of the kinds the edit policy weighs: a sentence deleted, an ask put in, a favour replaced. */
function variants(draft: string): string[] {
  const sentences = draft.split(/(?<=[.!?])\s+/);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) out.push(sentences.filter((_, k) => k !== i).join(' '));
  out.push(`${draft} Would you have 20 minutes for a call next week?`);
  out.push(`${draft} Could you also refer me for the opening? Could you also refer me for the opening?`);
  out.push(draft.replace(/\./, '.Thank you'));
  return out;
}

describe('newShapes does not look again for a shape the draft already has', () => {
  it('reports exactly what the whole detection did, over the eval drafts and edits of them', () => {
    let compared = 0;
    for (const { draft, context } of [...outreachCases, ...reviewedDrafts, ...polishDrafts]) {
      const facts = extractFacts(draft, context);
      const before = outreachShapes(draft, draft, undefined, facts);
      for (const output of variants(draft)) {
        // The definition before the change: every shape detected on the output, those the draft had dropped.
        const everything = outreachShapes(draft, output, undefined, facts);
        const expected: ShapeReport = {};
        for (const [k, v] of Object.entries(everything) as Array<[keyof ShapeReport, string]>) if (before[k] === undefined) expected[k] = v;
        const { placeholder: _p, textAfterSignoff: _t, ...got } = newShapes(draft, output, undefined, facts, before);
        expect(got).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('skips the detectors of known shapes', () => {
    const draft = 'Hi Sam, I am a student. Could we talk? Could we talk? Best, Ana';
    const all = outreachShapes(draft, draft);
    expect(all.twoAsks).toBeDefined();
    const known = outreachShapes(draft, draft, undefined, undefined, { twoAsks: 'known' });
    expect(known.twoAsks).toBeUndefined();
    expect({ ...known, twoAsks: all.twoAsks }).toEqual(all);
  });
});
