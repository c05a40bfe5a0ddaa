// Labelled questions that already existed before the corpus (the questions eval's hand-labelled
// set, the held-out set and the second to sixth fresh batches) join the questions corpus. The
// seventh batch — the last one never tuned on — stays out, so it still measures something.
import { questionCases } from '../../evals/questions/cases.ts';
import { fifthBatchCases } from '../../evals/questions/fifth-batch.ts';
import { fourthBatchCases } from '../../evals/questions/fourth-batch.ts';
import { heldOutCases } from '../../evals/questions/held-out.ts';
import { secondBatchCases } from '../../evals/questions/second-batch.ts';
import { sixthBatchCases } from '../../evals/questions/sixth-batch.ts';
import { thirdBatchCases } from '../../evals/questions/third-batch.ts';
import type { LanguageKind } from '../../shared/language/registry.ts';
import type { Unit } from './corpus.ts';

/**
 * The eval's mistake names as corpus labels; a mistake with no single label (`other-forms`) is left
 * out, and so is `justification-demand`: the evals label many a neutral "Why did you switch…?" as
 * one, where the corpus labels (corpus/README.md) keep a neutral "why did you choose…" informational.
 */
const MISTAKE_LABEL: Record<string, string> = {
  'job-seeking': 'job-seeking',
  screening: 'screening',
  'negative-framing': 'negative-framing',
  'on-their-profile': 'profile-fact',
  'personal-salary': 'personal-salary',
  'extra-labour': 'extra-labour',
};

export function extraUnits(kind: LanguageKind): Unit[] {
  if (kind !== 'questions') return [];
  const sets = { cases: questionCases, 'held-out': heldOutCases, second: secondBatchCases, third: thirdBatchCases, fourth: fourthBatchCases, fifth: fifthBatchCases, sixth: sixthBatchCases };
  const out: Unit[] = [];
  for (const [name, cases] of Object.entries(sets)) {
    for (const c of cases) {
      if (c.expected === 'informational') out.push({ text: c.question, labels: ['informational'], source: `evals/questions ${name}` });
      else {
        const label = c.mistake === undefined ? undefined : MISTAKE_LABEL[c.mistake];
        if (label) out.push({ text: c.question, labels: [label], source: `evals/questions ${name}` });
      }
    }
  }
  return out;
}
