import { defineEval, type EvalScorer } from './lib/types.ts';
import { blindManifest, readBatch } from './language/blind.ts';
import { decider } from './language/decide.ts';
import type { LanguageKind } from '../shared/language/registry.ts';

/**
 * The language layer on its blind batches (evals/blind/<kind>/, frozen, scored once when the model
 * was frozen; evals/blind/README.md): one eval per kind, a scorer per batch and measure, each held
 * to the figure recorded at that one scoring. A batch below its floor fails the run. Per-category
 * precision, recall and F1 with intervals, the reliability diagram and the disagreements are in
 * the language report (evals/reports/language.md, written by every run).
 *
 * A used batch that became training data (`trainedOn` in its manifest entry; round 4 made outreach
 * and turns batches 1–7 corpus) is no blind batch any more: it is scored in an eval of its own,
 * "(used batches, trained on)", its sha256 still checked, its figures reported as training data and
 * no floor held (a model trained on a batch clears the figure of one that never saw it by
 * construction; that proves nothing).
 */
interface BlindCase {
  name: string;
  batch: number;
  text: string;
  labels: string[];
}

interface Output {
  labels: string[];
}

function blindEval(kind: LanguageKind, job: string, trainedOn: boolean) {
  const manifest = blindManifest(kind);
  if (!manifest) return undefined;
  // Batch numbers are their place in the manifest, whichever eval scores them.
  const batches = manifest.batches.map((b, bi) => ({ ...b, batch: bi + 1 })).filter((b) => (b.trainedOn !== undefined) === trainedOn);
  if (batches.length === 0) return undefined;
  const cases: BlindCase[] = batches.flatMap((b) =>
    readBatch(kind, b.file, b.sha256).map((u, i) => ({ name: `batch ${b.batch} #${i + 1}: ${u.text.slice(0, 80)}`, batch: b.batch, text: u.text, labels: u.labels })),
  );
  const { headline, heads, truth } = decider(kind);
  const headlineIndex = heads.indexOf(headline);
  const scorers: Array<EvalScorer<BlindCase, Output>> = batches.flatMap(({ batch }) => {
    const positive = (c: BlindCase) => truth(c.labels)[headlineIndex]!;
    return [
      {
        name: `b${batch}-caught`,
        description: `batch ${batch}${trainedOn ? ' (trained on)' : ''}: the units labelled ${headline} that the decision flags`,
        score: ({ input, output }) =>
          input.batch !== batch || !positive(input)
            ? { skipped: 'another batch or label' }
            : output.labels.includes(headline)
              ? { score: 1, reason: 'flagged' }
              : { score: 0, reason: `missed (${input.labels.join(', ')})` },
      },
      {
        name: `b${batch}-kept`,
        description: `batch ${batch}${trainedOn ? ' (trained on)' : ''}: the units not labelled ${headline} that the decision keeps`,
        score: ({ input, output }) =>
          input.batch !== batch || positive(input)
            ? { skipped: 'another batch or label' }
            : output.labels.includes(headline)
              ? { score: 0, reason: `false alarm (${output.labels.join(', ')})` }
              : { score: 1, reason: 'kept' },
      },
    ];
  });
  const threshold: Record<string, number> & { default: number } = { default: 0 };
  // Floors only for batches still blind.
  if (!trainedOn) for (const b of batches) for (const [measure, floor] of Object.entries(b.floors)) threshold[`b${b.batch}-${measure}`] = floor;
  return defineEval<BlindCase, Output>({
    name: trainedOn ? `language: ${kind} (used batches, trained on)` : `language: ${kind} (blind batches)`,
    job,
    cases,
    setup: () => {
      const d = decider(kind);
      return async (input) => ({ output: { labels: [...d.decide(input.text).fused].sort() } });
    },
    scorers,
    threshold,
    show: { input: (c) => `${c.text}\n(labels: ${c.labels.join(', ')})`, output: (o) => o.labels.join(', ') || '(nothing flagged)' },
  });
}

export const questionsBlindEval = blindEval('questions', 'questions', false);
export const outreachBlindEval = blindEval('outreach', 'outreach', false);
export const turnsBlindEval = blindEval('turns', 'practice', false);
export const followUpBlindEval = blindEval('follow-up', 'practice', false);
export const outreachTrainedOnEval = blindEval('outreach', 'outreach', true);
export const turnsTrainedOnEval = blindEval('turns', 'practice', true);
