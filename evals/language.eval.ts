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

function blindEval(kind: LanguageKind, job: string) {
  const manifest = blindManifest(kind);
  if (!manifest) return undefined;
  const cases: BlindCase[] = manifest.batches.flatMap((b, bi) =>
    readBatch(kind, b.file, b.sha256).map((u, i) => ({ name: `batch ${bi + 1} #${i + 1}: ${u.text.slice(0, 80)}`, batch: bi + 1, text: u.text, labels: u.labels })),
  );
  const { headline, heads, truth } = decider(kind);
  const headlineIndex = heads.indexOf(headline);
  const scorers: Array<EvalScorer<BlindCase, Output>> = manifest.batches.flatMap((_, bi) => {
    const batch = bi + 1;
    const positive = (c: BlindCase) => truth(c.labels)[headlineIndex]!;
    return [
      {
        name: `b${batch}-caught`,
        description: `batch ${batch}: the units labelled ${headline} that the decision flags`,
        score: ({ input, output }) =>
          input.batch !== batch || !positive(input)
            ? { skipped: 'another batch or label' }
            : output.labels.includes(headline)
              ? { score: 1, reason: 'flagged' }
              : { score: 0, reason: `missed (${input.labels.join(', ')})` },
      },
      {
        name: `b${batch}-kept`,
        description: `batch ${batch}: the units not labelled ${headline} that the decision keeps`,
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
  manifest.batches.forEach((b, bi) => {
    for (const [measure, floor] of Object.entries(b.floors)) threshold[`b${bi + 1}-${measure}`] = floor;
  });
  return defineEval<BlindCase, Output>({
    name: `language: ${kind} (blind batches)`,
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

export const questionsBlindEval = blindEval('questions', 'questions');
export const outreachBlindEval = blindEval('outreach', 'outreach');
export const turnsBlindEval = blindEval('turns', 'practice');
export const followUpBlindEval = blindEval('follow-up', 'practice');
