import type { CheckContext } from '../../shared/rules/index.ts';

/**
 * A labelled example for the meta-evaluation of one rule's checker: a text, what a careful
 * reviewer says the rule decides on it, and where the example comes from.
 */
export interface LabelledExample {
  ruleId: string;
  text: string;
  context?: CheckContext | undefined;
  expect: 'pass' | 'fail';
  /** `infochat` for ours; a guide file name for the guides' own examples. */
  source: string;
}

/** Builds one rule's examples: `should.pass(...)` / `should.fail(...)` read like the label. */
export function examplesFor(ruleId: string, build: (should: { pass: Add; fail: Add }) => void): LabelledExample[] {
  const out: LabelledExample[] = [];
  const add =
    (expect: 'pass' | 'fail'): Add =>
    (text, context) => {
      out.push({ ruleId, text, expect, source: 'infochat', ...(context ? { context } : {}) });
    };
  build({ pass: add('pass'), fail: add('fail') });
  return out;
}

type Add = (text: string, context?: CheckContext) => void;
