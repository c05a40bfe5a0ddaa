import { rulebook } from '../../shared/rules/index.ts';
import { guideExamples } from './guide-examples.ts';
import type { LabelledExample } from './labelled-example.ts';
import { KNOWN_BELOW } from './known-below.ts';
import { runMetaEval, type MetaResult } from './meta-eval.ts';
import { outreachExamples } from './outreach-examples.ts';
import { questionExamples, questionGuideExamples } from './question-examples.ts';

/**
 * Every labelled example by rule family. A new family (question-*, conduct-*, follow-up-*) adds
 * its file here; until then its rules are reported with "no examples".
 */
export const labelledExamples: readonly LabelledExample[] = [...outreachExamples, ...questionExamples];

/** The meta-evaluation of the whole rulebook: our examples plus the guides' where present. */
export function metaEvalRulebook(): MetaResult {
  const guides = guideExamples();
  const questionGuides = questionGuideExamples();
  const notes = [guides.note, questionGuides.note].filter((n): n is string => n !== undefined);
  return runMetaEval(rulebook, [...labelledExamples, ...guides.examples, ...questionGuides.examples], { notes, knownBelow: KNOWN_BELOW });
}
