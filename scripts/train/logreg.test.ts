import { describe, expect, it } from 'vitest';
import { textFeatures } from '../../shared/language/features.ts';
import { LanguageModel } from '../../shared/language/model.ts';
import { platt, toArtifact, toExample, train, vocabulary } from './logreg.ts';

const UNITS: Array<[string, boolean]> = [
  ['Is your team hiring right now?', true],
  ['Are there any openings for interns?', true],
  ['Could you refer me for the analyst role?', true],
  ['Do you have a job for me?', true],
  ['Any openings on your team this spring?', true],
  ['What does a typical week look like for you?', false],
  ['How did you get your first role in nursing?', false],
  ['What skills matter most in this field?', false],
  ['What do you enjoy most about your work?', false],
  ['How has the field changed in five years?', false],
];

function fit(seed: number) {
  const hits = UNITS.map(([t]) => textFeatures(t).hits);
  const buckets = vocabulary(hits, 1);
  const rowOf = new Map(buckets.map((b, i) => [b, i]));
  const examples = UNITS.map(([, y], i) => toExample(hits[i]!, rowOf, [y]));
  const weights = train(examples, { labels: 1, rows: buckets.length, epochs: 20, rate: 0.5, l2: 1e-4, seed });
  return toArtifact({ kind: 'questions', labels: ['job-style'], buckets, weights, calibration: [[1, 0]], thresholds: { add: 0.8, doubt: 0.1 }, corpusHash: 'a'.repeat(64), trainedOn: { seed } });
}

describe('the trainer', () => {
  it('is deterministic: the same corpus and seed give the same artifact, byte for byte', () => {
    expect(JSON.stringify(fit(7))).toBe(JSON.stringify(fit(7)));
  });

  it('learns the labels, and the artifact it writes decodes and separates them', () => {
    const model = LanguageModel.fromArtifact(fit(7));
    const p = (t: string) => model.predict(t).scores[0]!.probability;
    expect(p('Is your company hiring designers?')).toBeGreaterThan(p('What does a typical day look like?'));
  });

  it('Platt scaling maps scores to calibrated probabilities (monotone, sensible ends)', () => {
    const scores = [-3, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 3];
    const targets = [0, 0, 0, 0, 1, 0, 1, 1, 1, 1];
    const [a, b] = platt(scores, targets);
    expect(a).toBeGreaterThan(0);
    const sigma = (s: number) => 1 / (1 + Math.exp(-(a * s + b)));
    expect(sigma(-3)).toBeLessThan(0.2);
    expect(sigma(3)).toBeGreaterThan(0.8);
  });
});
