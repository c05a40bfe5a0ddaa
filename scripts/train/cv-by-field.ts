// `node scripts/train/cv-by-field.ts [file-part] [old-artifact.json]`: how the questions model
// generalises to FIELDS it never saw, on one corpus file's units (default `lang8-gaps`). That
// file's fields are dealt into 5 folds (sorted by name, round-robin); each fold's units are held
// out, a model is trained on everything else (less a seeded fifth of the other units, kept aside
// to calibrate it), and the held-out units are decided with the shipped thresholds. With an old
// artifact (e.g. `git show HEAD~1:shared/language/models/questions.json > old.json`), the same
// units are also decided by it: a model that never saw any of them. `CV_FEATURES=stems,asks` (or
// empty) trains with other feature groups than the spec's. Training data, not blind.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LanguageModel } from '../../shared/language/model.ts';
import { ROOT } from './corpus.ts';
import { questionsSpec } from './kinds.ts';
import type { FeatureGroup } from '../../shared/language/features.ts';
import { platt, rawScores, rng, shuffled, toArtifact } from './logreg.ts';
import { trainMany } from './pool.ts';
import { prepareKind } from './prepare.ts';

const groups = process.env.CV_FEATURES === undefined ? undefined : (process.env.CV_FEATURES.split(',').filter(Boolean) as FeatureGroup[]);
const spec = groups === undefined ? questionsSpec : { ...questionsSpec, features: groups };
const part = process.argv[2] ?? 'lang8-gaps';
const oldFile = process.argv[3];
const FOLDS = 5;
const OPTIONS = { epochs: 12, rate: 0.3, l2: 1e-4 };
const shipped = JSON.parse(readFileSync(path.join(ROOT, 'shared/language/models/questions.json'), 'utf8'));
const { units, prepared, examples, buckets, corpusHash } = prepareKind(spec);
const L = spec.heads.length;

// The field of each unit of the file, read from the file itself (units keep their source line).
const fieldOf = new Map<string, string>();
for (const u of units) {
  if (!u.source.includes(part)) continue;
  const [file, line] = u.source.split(/:(?=\d+$)/);
  const lines = readFileSync(path.join(ROOT, file!), 'utf8').split('\n');
  fieldOf.set(u.source, (JSON.parse(lines[Number(line) - 1]!) as { field: string }).field);
}
const fields = [...new Set(fieldOf.values())].sort();
const foldOfField = new Map(fields.map((f, i) => [f, i % FOLDS]));
const held = units.map((u) => (fieldOf.has(u.source) ? foldOfField.get(fieldOf.get(u.source)!)! : -1));
// A seeded fifth of the units outside the file calibrates each fold's model.
const calibrate = new Set(shuffled(units.map((_, i) => i).filter((i) => held[i] === -1), rng(7)).slice(0, Math.floor(units.length / 5)));

const jobs = Array.from({ length: FOLDS }, (_, f) => ({
  indices: Int32Array.from(units.map((_, i) => i).filter((i) => held[i] !== f && !calibrate.has(i))),
  options: { ...OPTIONS, labels: L, rows: buckets.length, seed: 100 + f, ...(spec.skip ? { skip: spec.skip } : {}) },
}));
const weights = await trainMany(examples, jobs);

type C = { caught: number; positives: number; kept: number; negatives: number; byLabel: Record<string, [number, number]> };
const empty = (): C => ({ caught: 0, positives: 0, kept: 0, negatives: 0, byLabel: {} });
function score(c: C, i: number, said: Set<string>) {
  const u = units[i]!;
  const positive = !u.labels.includes('informational');
  const flagged = said.has('job-style');
  if (positive) {
    c.positives++;
    if (flagged) c.caught++;
  } else {
    c.negatives++;
    if (!flagged) c.kept++;
  }
  const label = u.labels[0]!;
  const b = (c.byLabel[label] ??= [0, 0]);
  b[1]++;
  if (positive === flagged) b[0]++;
}
const cv = empty();
for (let f = 0; f < FOLDS; f++) {
  const cal = [...calibrate];
  const calibration = spec.heads.map((_, l) => platt(cal.map((i) => rawScores(weights[f]!, examples[i]!, L)[l]!), cal.map((i) => examples[i]!.targets[l]!)));
  const model = LanguageModel.fromArtifact(toArtifact({ kind: 'questions', labels: spec.heads, buckets, weights: weights[f]!, calibration, thresholds: shipped.thresholds, corpusHash, ...(spec.features?.length ? { features: spec.features } : {}), trainedOn: {} }));
  units.forEach((u, i) => {
    if (held[i] === f) score(cv, i, spec.decide(u, prepared[i]!, model));
  });
}
const show = (name: string, c: C) =>
  console.log(
    `${name}: job-style caught ${c.caught}/${c.positives} (${((100 * c.caught) / c.positives).toFixed(1)}%), informational kept ${c.kept}/${c.negatives} (${((100 * c.kept) / c.negatives).toFixed(1)}%); right by label: ` +
      Object.entries(c.byLabel)
        .sort()
        .map(([l, [r, n]]) => `${l} ${r}/${n}`)
        .join(', '),
  );
console.log(`${part}: ${fieldOf.size} units, ${fields.length} fields in ${FOLDS} folds by field`);
show('cross-validated by field (trained without the held-out fields)', cv);
if (oldFile) {
  const old = LanguageModel.fromArtifact(JSON.parse(readFileSync(oldFile, 'utf8')));
  const c = empty();
  units.forEach((u, i) => {
    if (held[i] !== -1) score(c, i, spec.decide(u, prepared[i]!, old));
  });
  show(`the old model (${path.basename(oldFile)}, never saw these units)`, c);
}
