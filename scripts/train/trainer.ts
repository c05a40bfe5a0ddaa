// The trainer of `npm run train` (scripts/train.ts, the command line): one kind's model from its
// corpus, deterministic and seeded, returned as the bytes of the files it writes (so that
// `--check` and the tests can compare them with the committed ones without writing anything).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LanguageModel, type Thresholds } from '../../shared/language/model.ts';
import { LANGUAGE_KINDS } from '../../shared/language/registry.ts';
import { fnv1a64 } from '../../shared/rules/rulebook-version.ts';
import { ROOT } from './corpus.ts';
import { BORROWED_SOURCE } from './extra.ts';
import { prepareKind } from './prepare.ts';
import type { KindSpec } from './kinds.ts';
import { platt, rawScores, rng, round, shuffled, toArtifact, type Weights } from './logreg.ts';
import { trainMany } from './pool.ts';

/** Where each kind's progress line goes (the tests silence it). */
let log: (line: string) => void = (line) => console.log(line);
export function setTrainLog(to: (line: string) => void): void {
  log = to;
}

const SEED = 20261207;
const FOLDS = 5;
const OPTIONS = process.env.TRAIN_OPTIONS ? (JSON.parse(process.env.TRAIN_OPTIONS) as { epochs: number; rate: number; l2: number }) : { epochs: 12, rate: 0.3, l2: 1e-4 };
export const MODELS_DIR = path.join(ROOT, 'shared/language/models');
export const CV_DIR = path.join(ROOT, 'evals/language/cv');
/** Candidate thresholds, chosen on the cross-validated decisions. */
const ADD = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const DOUBT = [0.05, 0.1, 0.2, 0.3, 0.4];
/** Candidate per-label `add` thresholds (`KindSpec.labelAdd`). */
const LABEL_ADD = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function count(c: Counts, truth: boolean, said: boolean) {
  if (truth && said) c.tp++;
  else if (!truth && said) c.fp++;
  else if (truth) c.fn++;
  else c.tn++;
}

/**
 * Trains one kind and returns the files training writes for it (its artifact and its
 * cross-validation report), without writing them. `corpusDir`: a snapshot of corpus/ (`TRAIN_CORPUS`).
 */
export async function trainKind(spec: KindSpec, corpusDir?: string): Promise<Written> {
  const started = performance.now();
  const { units, dropped, extra, corpusHash: hash, prepared, buckets, examples, featureHash } = prepareKind(spec, corpusDir);
  const L = spec.heads.length;
  const o = { ...OPTIONS, labels: L, rows: buckets.length, ...(spec.skip ? { skip: spec.skip } : {}) };

  // Cross-validation: seeded folds, one model per fold, out-of-fold raw scores.
  const fold = new Int32Array(units.length);
  shuffled(units.map((_, i) => i), rng(SEED)).forEach((idx, k) => (fold[idx] = k % FOLDS));
  // The fold models and the shipped one (every unit) at once, on two threads.
  const everyUnit = Int32Array.from(units.map((_, i) => i));
  const trained = await trainMany(examples, [
    ...Array.from({ length: FOLDS }, (_, f) => ({ indices: everyUnit.filter((i) => fold[i] !== f), options: { ...o, seed: SEED + f + 1 } })),
    { indices: everyUnit, options: { ...o, seed: SEED } },
  ]);
  const foldWeights: Weights[] = trained.slice(0, FOLDS);
  const final = trained[FOLDS]!;
  const oof = units.map(() => new Float64Array(L));
  for (let f = 0; f < FOLDS; f++) {
    const weights = foldWeights[f]!;
    examples.forEach((e, i) => {
      if (fold[i] === f) oof[i] = rawScores(weights, e, L);
    });
  }
  // Calibrated on the kind's own units (not those borrowed from another kind's corpus).
  const own = units.map((u) => !u.source.startsWith(BORROWED_SOURCE));
  const calibration = spec.heads.map((_, l) => platt(oof.filter((_, i) => own[i]).map((s) => s[l]!), examples.filter((_, i) => own[i]).map((e) => e.targets[l]!)));

  // The fold models as shipped (quantised, calibrated), for the cross-validated decisions.
  const artifactArgs = { kind: spec.kind, labels: spec.heads, buckets, calibration, corpusHash: hash, ...(spec.features?.length ? { features: spec.features } : {}) };
  const foldModels = foldWeights.map((weights) => (thresholds: Thresholds) =>
    LanguageModel.fromArtifact(toArtifact({ ...artifactArgs, weights, thresholds, trainedOn: {} })),
  );
  const headline = spec.heads.indexOf(spec.headline);
  const truthOf = units.map((u) => spec.targets(u));
  let best: { add: number; doubt: number; score: number } | undefined;
  const tuningModels = foldModels.map((m) => m({ add: 0.5, doubt: 0.1 }));
  const predictions = units.map((u, i) => tuningModels[fold[i]!]!.predict(u.text, prepared[i]!.extra));
  // Units borrowed from another kind's corpus are trained on, never scored (thresholds and figures are the kind's own).
  const scored = own;
  const scoreOf = (thresholds: Thresholds) => {
    const perHead: Record<string, Counts> = Object.fromEntries(spec.heads.map((h) => [h, zero()]));
    units.forEach((u, i) => {
      if (!scored[i]) return;
      const said = spec.decide(u, prepared[i]!, tuningModels[fold[i]!], { prediction: predictions[i]!, thresholds });
      spec.heads.forEach((h, l) => count(perHead[h]!, truthOf[i]![l]!, said.has(h)));
    });
    const c = perHead[spec.headline]!;
    const kept = c.tn / Math.max(1, c.tn + c.fp);
    const caught = c.tp / Math.max(1, c.tp + c.fn);
    return spec.objective ? spec.objective(perHead) : kept >= spec.minKept ? caught + kept : kept - 1;
  };
  for (const add of ADD.filter((a) => a >= (spec.minAdd ?? 0))) {
    for (const doubt of DOUBT) {
      const score = scoreOf({ add, doubt });
      if (!best || score > best.score + 1e-12) best = { add, doubt, score };
    }
  }
  let thresholds: Thresholds = { add: best!.add, doubt: best!.doubt };
  // Then, label by label (coordinate ascent), an `add` of its own where it scores better.
  if (spec.labelAdd && spec.labelAdd.length > 0) {
    const base = thresholds;
    // Coordinate ascent from a start: each label's best `add`, label after label, three passes. A
    // start may fall short of the kind's bound: moves that come closer to it are taken first.
    const ascend = (start: Record<string, number>) => {
      const labelAdd: Record<string, number> = { ...start };
      let score = scoreOf({ ...base, labelAdd: { ...labelAdd } });
      for (let pass = 0, changed = true; pass < 3 && changed; pass++) {
        // A pass that changes nothing would repeat itself exactly: stop there.
        changed = false;
        for (const label of spec.labelAdd!) {
          for (const candidate of LABEL_ADD.filter((a) => a >= (spec.labelAddFloor?.(label) ?? spec.minLabelAdd ?? 0))) {
            const s = scoreOf({ ...base, labelAdd: { ...labelAdd, [label]: candidate } });
            if (s > score + 1e-12) {
              score = s;
              labelAdd[label] = candidate;
              changed = true;
            }
          }
        }
      }
      return { labelAdd, score };
    };
    // From no label of its own; and, where the headline is an umbrella label with an `add` of its own
    // (outreach's asks-for-more), also from the umbrella switched on, which no single move reaches.
    const starts: Array<Record<string, number>> = [{}];
    if (spec.labelAdd.includes(spec.headline)) starts.push({ [spec.headline]: base.add });
    let chosen = ascend(starts[0]!);
    for (const start of starts.slice(1)) {
      const tried = ascend(start);
      if (tried.score > chosen.score + 1e-12) chosen = tried;
    }
    thresholds = { add: base.add, doubt: base.doubt, labelAdd: Object.fromEntries(Object.entries(chosen.labelAdd).sort(([a], [b]) => a.localeCompare(b))) };
  }
  // Then, where the kind has them (turns), one after another in this order, its own cut-offs from
  // their grids: the `add` of a specific ask made as a question, a remark off the subject, a question
  // the patterns miss.
  for (const key of ['asked', 'offRemark', 'unmarked'] as const) {
    const grid = spec[key];
    if (!grid || grid.length === 0) continue;
    let score = scoreOf(thresholds);
    for (const value of grid) {
      const s = scoreOf({ ...thresholds, [key]: value });
      if (s > score + 1e-12) {
        score = s;
        thresholds = { ...thresholds, [key]: value };
      }
    }
  }
  const models = foldModels.map((m) => m(thresholds));

  // Cross-validated counts per head: the model alone (p ≥ 0.5), the rules alone, the fused decision.
  const perLabel: Record<string, { model: Counts; rules: Counts; fused: Counts }> = {};
  for (const h of spec.heads) perLabel[h] = { model: zero(), rules: zero(), fused: zero() };
  const bins = spec.heads.map(() => Array.from({ length: 10 }, () => ({ n: 0, p: 0, positive: 0 })));
  const disagreements: Array<{ text: string; labels: string[]; rules: string[]; fused: string[]; p: number }> = [];
  units.forEach((u, i) => {
    if (!scored[i]) return;
    const model = models[fold[i]!]!;
    const rules = spec.decide(u, prepared[i]!, undefined);
    const fused = spec.decide(u, prepared[i]!, model);
    spec.heads.forEach((h, l) => {
      const truth = truthOf[i]![l]!;
      const p = model.calibrate(l, oof[i]![l]!);
      count(perLabel[h]!.model, truth, p >= 0.5);
      count(perLabel[h]!.rules, truth, rules.has(h));
      count(perLabel[h]!.fused, truth, fused.has(h));
      const bin = bins[l]![Math.min(9, Math.floor(p * 10))]!;
      bin.n++;
      bin.p += p;
      bin.positive += truth ? 1 : 0;
    });
    if (rules.has(spec.headline) !== fused.has(spec.headline)) {
      disagreements.push({ text: u.text, labels: u.labels, rules: [...rules].sort(), fused: [...fused].sort(), p: round(model.calibrate(headline, oof[i]![headline]!), 3) });
    }
  });

  // The shipped model: every unit.
  const trainedOn = { units: units.length, nearDuplicatesDropped: dropped.length, fromEvals: extra.length, vocabulary: buckets.length, featureHash, seed: SEED, folds: FOLDS, epochs: OPTIONS.epochs };
  const artifact = toArtifact({ ...artifactArgs, weights: final, thresholds, trainedOn });
  const json = `${JSON.stringify(artifact)}\n`;

  const cv = {
    note: 'Cross-validated on the training corpus (5 folds, seeded): figures on training data, not blind.',
    kind: spec.kind,
    corpusHash: hash,
    units: units.length,
    nearDuplicatesDropped: dropped.length,
    thresholds,
    headline: spec.headline,
    perLabel,
    reliability: Object.fromEntries(spec.heads.map((h, l) => [h, bins[l]!.map((b) => ({ n: b.n, meanP: b.n ? round(b.p / b.n, 4) : 0, positive: b.positive }))])),
    disagreements: disagreements.slice(0, 200),
    disagreementCount: disagreements.length,
  };
  const cvText = `${JSON.stringify(cv, null, 1)}\n`;
  // `CV_ERRORS=file.json`: every unit whose cross-validated decision differs from its labels (for corpus writers).
  if (process.env.CV_ERRORS) {
    const errors: Array<{ text: string; labels: string[]; fused: string[]; p: number; source: string }> = [];
    units.forEach((u, i) => {
      if (!scored[i]) return;
      const fused = spec.decide(u, prepared[i]!, models[fold[i]!]!);
      if (spec.heads.some((h, l) => fused.has(h) !== truthOf[i]![l])) errors.push({ text: u.text, labels: u.labels, fused: [...fused].sort(), p: round(models[fold[i]!]!.calibrate(headline, oof[i]![headline]!), 3), source: u.source });
    });
    writeFileSync(process.env.CV_ERRORS.replace('{kind}', spec.kind), `${JSON.stringify(errors, null, 1)}\n`);
  }
  // `CV_SOURCE=part-of-a-file-name`: the cross-validated fused figures on those units alone (compare corpus additions on the same units).
  if (process.env.CV_SOURCE) {
    const only: Record<string, Counts> = Object.fromEntries(spec.heads.map((x) => [x, zero()]));
    units.forEach((u, i) => {
      if (!u.source.includes(process.env.CV_SOURCE!)) return;
      const fused = spec.decide(u, prepared[i]!, models[fold[i]!]!);
      spec.heads.forEach((x, l) => count(only[x]!, truthOf[i]![l]!, fused.has(x)));
    });
    const f1 = Object.values(only).map((c) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn)));
    const c = only[spec.headline]!;
    console.log(`only ${process.env.CV_SOURCE}: macro-F1 ${(f1.reduce((a, b) => a + b, 0) / f1.length).toFixed(3)}, ${spec.headline} caught ${c.tp}/${c.tp + c.fn} kept ${c.tn}/${c.tn + c.fp}`);
  }
  const h = perLabel[spec.headline]!;
  const rate = (c: Counts) => `caught ${((100 * c.tp) / Math.max(1, c.tp + c.fn)).toFixed(1)}% kept ${((100 * c.tn) / Math.max(1, c.tn + c.fp)).toFixed(1)}%`;
  log(
    `${spec.kind}: ${units.length} units (${dropped.length} near-duplicates dropped, ${extra.length} from the evals or other kinds' corpora), ${artifact.rows} rows, ${(json.length / 1024).toFixed(0)} KB; ` +
      `cross-validated ${spec.headline}: rules ${rate(h.rules)}, fused ${rate(h.fused)} (add ${thresholds.add}, doubt ${thresholds.doubt}${thresholds.labelAdd ? `, per label ${JSON.stringify(thresholds.labelAdd)}` : ''}${thresholds.asked !== undefined ? `, asked ${thresholds.asked}` : ''}${thresholds.offRemark !== undefined ? `, off-topic remark ${thresholds.offRemark}` : ''}${thresholds.unmarked !== undefined ? `, unmarked question ${thresholds.unmarked}` : ''}); ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { [path.join(MODELS_DIR, `${spec.kind}.json`)]: json, [path.join(CV_DIR, `${spec.kind}.json`)]: cvText };
}

/** Files as training writes them: absolute path → bytes. */
export type Written = Record<string, string>;

/** manifest.ts as training writes it, from each kind's artifact (`models`: those just trained, else the file on disk). */
export function manifestText(models: Written): string {
  const hashes: Record<string, string> = {};
  for (const kind of LANGUAGE_KINDS) {
    const file = path.join(MODELS_DIR, `${kind}.json`);
    const text = models[file] ?? (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    // Not trained yet: the kind is judged by its rules alone.
    if (text !== undefined) hashes[kind] = fnv1a64(text);
  }
  const body = Object.entries(hashes)
    .map(([k, v]) => `  '${k}': '${v}',`)
    .join('\n');
  return `// Written by \`npm run train\`: FNV-1a 64 of each shipped model artifact. It joins the rulebook version.\nexport const MODEL_HASHES: Readonly<Record<string, string>> = {\n${body}\n};\n`;
}

/** The files of `written` whose committed bytes differ (or are missing), relative to the repo. */
export function staleFiles(written: Written): string[] {
  return Object.entries(written)
    .filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text)
    .map(([file]) => path.relative(ROOT, file));
}

/** What `--check` prints when training at HEAD does not reproduce the committed files. */
export const STALE_MESSAGE = (stale: readonly string[]) =>
  `training at HEAD does not reproduce ${stale.join(', ')}.\nThe committed models are stale (a rule, feature or corpus change since they were trained): run \`npm run train\` and commit what it writes (README → "Rules and the model decide together").`;
