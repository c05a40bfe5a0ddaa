// What training sees of a kind, before any weight is learnt: the corpus units (deduplicated, with
// the borrowed and eval units), each unit's rule verdicts and features (shared/language/features.ts
// over the text and the rule features of `KindSpec.prepare`), the feature vocabulary, the examples,
// and the features' fingerprint. The trainer (scripts/train.ts) stores the fingerprint in the
// artifact (`trainedOn.featureHash`); the staleness test (scripts/train/stale.test.ts) recomputes it at HEAD
// in seconds, so a rule or feature change that alters what training would see fails CI with
// "run npm run train" — without the minutes a retrain takes (`npm run train -- --check` does that).
import { createHash } from 'node:crypto';
import { textFeatures, type FeatureHit } from '../../shared/language/features.ts';
import type { RuleVerdict } from '../../shared/rules/lint-core.ts';
import { CorpusError, corpusHash, dedupe, readCorpus, type Unit } from './corpus.ts';
import { extraUnits } from './extra.ts';
import type { KindSpec } from './kinds.ts';
import { type Example, toExample, vocabulary } from './logreg.ts';

/** Bumped when the fingerprint's own recipe changes (every artifact must then be retrained). */
export const FEATURE_HASH_VERSION = 1;

export interface PreparedKind {
  units: Unit[];
  dropped: Array<{ unit: Unit; keptAs: Unit }>;
  extra: Unit[];
  corpusHash: string;
  prepared: Array<{ verdicts: RuleVerdict[]; extra: string[] }>;
  hits: FeatureHit[][];
  buckets: number[];
  examples: Example[];
  /** The fingerprint of everything above that training reads (see `featureHash`). */
  featureHash: string;
}

/**
 * The features' fingerprint: sha256 over the kind, its feature groups, the vocabulary and, unit by
 * unit in training order, its text, its targets, its rule features, every hashed feature (bucket
 * and exact value) and the labels the rules alone give it (which the thresholds are tuned against).
 * Any change to a checker, a pattern, a rule feature, the tokenizer, the hashing or the corpus that
 * changes what training would see changes it.
 */
export function featureHash(spec: KindSpec, units: readonly Unit[], prepared: PreparedKind['prepared'], hits: readonly FeatureHit[][], buckets: readonly number[]): string {
  const hash = createHash('sha256');
  hash.update(`infochat-features/${FEATURE_HASH_VERSION}\n${spec.kind}\n${JSON.stringify(spec.features ?? [])}\n`);
  hash.update(`${buckets.length}:${buckets.join(',')}\n`);
  units.forEach((u, i) => {
    const p = prepared[i]!;
    const targets = spec.targets(u).map((t) => (t ? 1 : 0)).join('');
    const rules = [...spec.decide(u, p, undefined)].sort().join(',');
    hash.update(`${JSON.stringify(u.text)}\t${targets}\t${JSON.stringify(p.extra)}\t${rules}\n`);
    // Values as written by Number#toString: exact (round-trip) for every double.
    hash.update(hits[i]!.map((h) => `${h.bucket}:${h.value}:${h.from}:${h.to}`).join(' '));
    hash.update('\n');
  });
  return hash.digest('hex');
}

/** A kind's units, rule features, features, vocabulary and examples as training sees them (`corpusDir`: a snapshot of corpus/). */
export function prepareKind(spec: KindSpec, corpusDir?: string): PreparedKind {
  const extra = extraUnits(spec.kind, corpusDir);
  const all: Unit[] = [...(corpusDir ? readCorpus(spec.kind, corpusDir) : readCorpus(spec.kind)), ...extra];
  const hash = corpusDir ? corpusHash(spec.kind, extra, corpusDir) : corpusHash(spec.kind, extra);
  const { kept: units, dropped } = dedupe(all);
  if (units.length < 20) throw new CorpusError(`corpus/${spec.kind}: only ${units.length} units; too few to train`);
  const prepared = units.map((u) => spec.prepare(u));
  const hits = units.map((u, i) => textFeatures(u.text, prepared[i]!.extra, spec.features).hits);
  const buckets = vocabulary(hits);
  const rowOf = new Map(buckets.map((b, i) => [b, i]));
  const examples = units.map((u, i) => toExample(hits[i]!, rowOf, spec.targets(u)));
  return { units, dropped, extra, corpusHash: hash, prepared, hits, buckets, examples, featureHash: featureHash(spec, units, prepared, hits, buckets) };
}

/**
 * What a committed artifact records of its training: `trainedOn.featureHash` and
 * `trainedOn.vocabulary` (in `trainedOn`, not a field of its own: the artifact's schema is in the
 * Outreach page's bundle, whose 150 KB budget has no bytes to spare).
 */
export interface TrainedRecord {
  trainedOn: Record<string, number | string>;
}

/**
 * The staleness check of one committed artifact: undefined when the features training sees at HEAD
 * are those it was trained on, else the message CI prints (what differs, and the one command to run).
 */
export function featureStaleness(spec: KindSpec, artifact: TrainedRecord, now: PreparedKind = prepareKind(spec)): string | undefined {
  const recorded = artifact.trainedOn.featureHash;
  if (recorded === now.featureHash) return undefined;
  const then = artifact.trainedOn.vocabulary;
  const what =
    typeof recorded !== 'string'
      ? 'it records no feature fingerprint (trained before the check existed)'
      : `its feature fingerprint is ${recorded.slice(0, 12)}…, training at HEAD sees ${now.featureHash.slice(0, 12)}… (vocabulary ${then ?? '?'} → ${now.buckets.length} buckets, ${artifact.trainedOn.units ?? '?'} → ${now.units.length} units)`;
  return (
    `shared/language/models/${spec.kind}.json is stale: ${what}. A checker, pattern, rule feature, text feature or corpus line changed since it was trained, ` +
    `so serving reads other features than training saw. Run \`npm run train\` (every kind; or \`npm run train -- ${spec.kind}\`) and commit what it writes (README → "Rules and the model decide together").`
  );
}
