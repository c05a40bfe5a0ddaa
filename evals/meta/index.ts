import { rulebook } from '../../shared/rules/index.ts';
import { guideExamples } from './guide-examples.ts';
import type { LabelledExample } from './labelled-example.ts';
import { KNOWN_BELOW } from './known-below.ts';
import { runMetaEval, type MetaResult } from './meta-eval.ts';
import { conductExamples } from './conduct-examples.ts';
import { followUpExamples } from './follow-up-examples.ts';
import { outreachExamples } from './outreach-examples.ts';
import { practiceGuideExamples } from './practice-guide-examples.ts';
import { questionExamples, questionGuideExamples } from './question-examples.ts';

/**
 * Every labelled example by rule family. A new family (question-*, conduct-*, follow-up-*) adds
 * its file here; until then its rules are reported with "no examples".
 */
export const labelledExamples: readonly LabelledExample[] = [...outreachExamples, ...questionExamples, ...conductExamples, ...followUpExamples];

/** The meta-evaluation of the whole rulebook: our examples plus the guides' where present. */
export function metaEvalRulebook(): MetaResult {
  const guides = [guideExamples(), questionGuideExamples(), practiceGuideExamples()];
  return runMetaEval(rulebook, [...labelledExamples, ...guides.flatMap((g) => g.examples)], {
    notes: guides.flatMap((g) => (g.note ? [g.note] : [])),
    knownBelow: KNOWN_BELOW,
  });
}
