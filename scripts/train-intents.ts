// `npm run train:intents`: trains the question-intent model (the 28 intents of
// shared/contracts/practice.ts) from corpus/intents/*.jsonl (one intent per unit) and the `topics`
// labels of corpus/questions/*.jsonl and corpus/turns/*.jsonl (see corpus/README.md; a topic is the
// intent of the same name, `trends` is `outlook`): what a question asks ("how'd you end up in
// logistics?" is `path`, whatever words it shares with a tools fact). The intent units come first,
// so a topic unit they relabel (corpus/intents/relabel-r5.jsonl) is dropped as their duplicate.
// One-vs-rest logistic regression over the language layer's hashed word and char n-grams
// (shared/language/features.ts), deterministic and seeded, Platt-calibrated on 5 seeded folds.
// Writes shared/language/models/intents.json; prints cross-validated top-1 accuracy (training
// data, not blind). Inference is shared/language/intents.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { textFeatures } from '../shared/language/features.ts';
import { LanguageModel } from '../shared/language/model.ts';
import { INTENTS, type Intent } from '../shared/contracts/practice.ts';
import { corpusFiles, dedupe, intentCorpusHash, NOT_FOR_INTENTS, QUESTIONS_NOT_FOR_INTENTS, readIntentCorpus, ROOT } from './train/corpus.ts';
import { platt, rawScores, rng, round, shuffled, toArtifact, toExample, train, vocabulary, type Weights } from './train/logreg.ts';

const SEED = 20261207;
const FOLDS = 5;
const OPTIONS = { epochs: 14, rate: 0.3, l2: 1e-4 };
const OUT = path.join(ROOT, 'shared/language/models/intents.json');

/** Turn labels that are about no topic of their work: negatives for every head. */
const NONE = ['off-topic', 'injection', 'role-swap', 'ai-probe', 'other-language'];

interface IntentUnit {
  text: string;
  topics: string[];
}

/** A corpus topic as an intent: the same name, but `trends` is the outlook. */
const intentOf = (topic: string): Intent | undefined => (topic === 'trends' ? 'outlook' : (INTENTS as readonly string[]).includes(topic) ? (topic as Intent) : undefined);

const all: IntentUnit[] = readIntentCorpus().map((u) => ({ text: u.text, topics: u.intent === 'none' ? [] : [u.intent] }));
for (const file of [...corpusFiles('questions').filter((f) => !QUESTIONS_NOT_FOR_INTENTS.has(path.basename(f))), ...corpusFiles('turns').filter((f) => !NOT_FOR_INTENTS.has(path.basename(f)))]) {
  const bytes = readFileSync(file);
  for (const line of bytes.toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const value = JSON.parse(line) as { text: string; labels: string[]; topics?: string[] };
    // A turn about nothing in their career ("have you tried the ramen place?") teaches every topic "no".
    if (value.labels.some((l) => NONE.includes(l))) {
      all.push({ text: value.text, topics: [] });
      continue;
    }
    if (!value.topics || value.topics.length === 0) continue;
    const topics = [...new Set(value.topics.map(intentOf).filter((t) => t !== undefined))];
    if (topics.length > 0) all.push({ text: value.text, topics });
  }
}
const { kept: units, dropped } = dedupe(all);
const labels = [...INTENTS];
const L = labels.length;
const hits = units.map((u) => textFeatures(u.text).hits);
const buckets = vocabulary(hits);
const rowOf = new Map(buckets.map((b, i) => [b, i]));
const examples = units.map((u, i) => toExample(hits[i]!, rowOf, labels.map((l) => u.topics.includes(l))));
const o = { ...OPTIONS, labels: L, rows: buckets.length };

const fold = new Int32Array(units.length);
shuffled(units.map((_, i) => i), rng(SEED)).forEach((idx, k) => (fold[idx] = k % FOLDS));
const oof = units.map(() => new Float64Array(L));
for (let f = 0; f < FOLDS; f++) {
  const weights: Weights = train(examples.filter((_, i) => fold[i] !== f), { ...o, seed: SEED + f + 1 });
  examples.forEach((e, i) => {
    if (fold[i] === f) oof[i] = rawScores(weights, e, L);
  });
}
const calibration = labels.map((_, l) => platt(oof.map((s) => s[l]!), examples.map((e) => (e.targets[l]! ? 1 : 0))));

// Cross-validated top-1: the best-scoring topic is one of the unit's labels.
let top1 = 0;
let confident = 0;
let confidentRight = 0;
units.forEach((u, i) => {
  const probs = labels.map((_, l) => 1 / (1 + Math.exp(-(calibration[l]![0] * oof[i]![l]! + calibration[l]![1]))));
  const best = probs.indexOf(Math.max(...probs));
  const right = u.topics.length === 0 ? probs[best]! < 0.5 : u.topics.includes(labels[best]!);
  if (right) top1++;
  if (probs[best]! >= 0.5) {
    confident++;
    if (right) confidentRight++;
  }
});

const final = train(examples, { ...o, seed: SEED });
const artifact = toArtifact({
  kind: 'intents',
  labels,
  buckets,
  weights: final,
  calibration,
  thresholds: { add: 0.5, doubt: 0.2 },
  corpusHash: intentCorpusHash(),
  trainedOn: { units: units.length, nearDuplicatesDropped: dropped.length, seed: SEED, folds: FOLDS, epochs: OPTIONS.epochs, cvTop1: round(top1 / units.length, 4) },
});
LanguageModel.fromArtifact(artifact);
const json = `${JSON.stringify(artifact)}\n`;
writeFileSync(OUT, json);
console.log(
  `intents: ${units.length} units (${dropped.length} near-duplicates dropped), ${artifact.rows} rows, ${(json.length / 1024).toFixed(0)} KB; ` +
    `cross-validated top-1 ${((100 * top1) / units.length).toFixed(1)}%, p ≥ 0.5 on ${((100 * confident) / units.length).toFixed(1)}% at ${((100 * confidentRight) / Math.max(1, confident)).toFixed(1)}% right (training data, not blind)`,
);
