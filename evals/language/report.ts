// The language report (evals/reports/language.md and .html), written by every `npm run eval`: per
// kind and per label, precision, recall and F1 with 95% intervals — cross-validated on the training
// corpus (figures on training data, from evals/language/cv/<kind>.json) and on each blind batch
// separately — a reliability diagram, and the disagreements between the rules and the model.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageKind } from '../../shared/language/registry.ts';
import { blindManifest, readBatch } from './blind.ts';
import { decidableKinds, decider } from './decide.ts';
import { type Counts, prf, showRate, tally, wilson, zeroCounts } from './metrics.ts';

const CV_DIR = fileURLToPath(new URL('./cv', import.meta.url));

interface CvFile {
  note: string;
  units: number;
  nearDuplicatesDropped: number;
  thresholds: { add: number; doubt: number; labelAdd?: Record<string, number> };
  headline: string;
  perLabel: Record<string, { model: Counts; rules: Counts; fused: Counts }>;
  reliability: Record<string, Array<{ n: number; meanP: number; positive: number }>>;
  disagreements: Array<{ text: string; labels: string[]; rules: string[]; fused: string[]; p: number }>;
  disagreementCount: number;
}

type Bin = { n: number; meanP: number; positive: number };

function table(rows: Array<[string, Record<string, Counts>]>, columns: readonly string[]): string[] {
  const out = [`| label | ${columns.map((c) => `${c} precision | ${c} recall | ${c} F1`).join(' | ')} | n+ |`, `|---|${columns.map(() => '---|---|---').join('|')}|---|`];
  for (const [label, byColumn] of rows) {
    const cells = columns.map((c) => {
      const m = prf(byColumn[c]!);
      return `${showRate(m.precision)} | ${showRate(m.recall)} | ${showRate(m.f1)}`;
    });
    const any = byColumn[columns[0]!]!;
    out.push(`| ${label} | ${cells.join(' | ')} | ${any.tp + any.fn} |`);
  }
  return out;
}

/** A text reliability diagram: each bin's mean predicted probability against the observed share, with a bar. */
function reliability(bins: readonly Bin[]): string[] {
  const out = ['```', 'predicted   observed [95% CI]        n    (bar: observed, | : predicted)'];
  bins.forEach((b, i) => {
    if (b.n === 0) return;
    const observed = wilson(b.positive, b.n)!;
    const width = 40;
    const bar: string[] = Array.from({ length: width }, (_, k) => (k < Math.round(observed.value * width) ? '#' : ' '));
    bar[Math.min(width - 1, Math.round(b.meanP * width))] = '|';
    out.push(
      `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} ${b.meanP.toFixed(2)}  ${showRate(observed, 0).padEnd(18)} ${String(b.n).padStart(5)}  ${bar.join('')}`,
    );
  });
  const n = bins.reduce((s, b) => s + b.n, 0);
  const ece = bins.reduce((s, b) => s + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.positive / b.n - b.meanP)), 0);
  out.push(`expected calibration error: ${ece.toFixed(3)}`, '```');
  return out;
}

/** Macro-F1 over the kind's labels (synthetic heads such as job-style left out), per column. */
function macroF1(perLabel: Record<string, Record<string, Counts>>, column: string, skip: ReadonlySet<string>): number {
  const f = Object.entries(perLabel)
    .filter(([label]) => !skip.has(label))
    .map(([, c]) => c[column]!)
    .filter((c) => c.tp + c.fn > 0)
    .map((c) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn)));
  return f.length === 0 ? 0 : f.reduce((a, b) => a + b, 0) / f.length;
}
const SYNTHETIC: ReadonlySet<string> = new Set(['job-style', 'asks-for-more', 'asks-or-empty']);

export interface LanguageSummary {
  lines: string[];
}

function kindSection(kind: LanguageKind): { md: string[]; summary: string[] } {
  const md: string[] = [`## ${kind}`, ''];
  const summary: string[] = [];
  const cvFile = path.join(CV_DIR, `${kind}.json`);
  if (existsSync(cvFile)) {
    const cv = JSON.parse(readFileSync(cvFile, 'utf8')) as CvFile;
    md.push(
      `### Cross-validated on the training corpus (training data, not blind)`,
      '',
      `${cv.units} units after ${cv.nearDuplicatesDropped} near-duplicates dropped; 5 seeded folds; thresholds add ${cv.thresholds.add}, doubt ${cv.thresholds.doubt}${cv.thresholds.labelAdd && Object.keys(cv.thresholds.labelAdd).length > 0 ? `, add per label ${Object.entries(cv.thresholds.labelAdd).map(([l, t]) => `${l} ${t}`).join(', ')}` : ''}. "model" is the model alone at p ≥ 0.5, "rules" the rules alone, "fused" the shipped decision.`,
      '',
      ...table(Object.entries(cv.perLabel), ['rules', 'model', 'fused']),
      '',
      `Macro-F1 over the labels: rules ${macroF1(cv.perLabel, 'rules', SYNTHETIC).toFixed(3)}, model ${macroF1(cv.perLabel, 'model', SYNTHETIC).toFixed(3)}, decision ${macroF1(cv.perLabel, 'fused', SYNTHETIC).toFixed(3)}.`,
      '',
      `Reliability of the ${cv.headline} head (cross-validated):`,
      '',
      ...reliability(cv.reliability[cv.headline]!),
      '',
      `Disagreements, rules vs the decision on ${cv.headline} (cross-validated): ${cv.disagreementCount}; the first ${Math.min(40, cv.disagreements.length)}:`,
      '',
      ...cv.disagreements.slice(0, 40).map((d) => `- ${JSON.stringify(d.text)} — label ${d.labels.join(', ')}; rules: ${d.rules.join(', ') || 'fine'}; decision: ${d.fused.join(', ') || 'fine'} (p ${d.p})`),
      '',
    );
    const h = cv.perLabel[cv.headline]!;
    const caught = wilson(h.fused.tp, h.fused.tp + h.fused.fn);
    const kept = wilson(h.fused.tn, h.fused.tn + h.fused.fp);
    summary.push(`${kind}, cross-validated (training data): ${cv.headline} caught ${showRate(caught)}, others kept ${showRate(kept)}; macro-F1 ${macroF1(cv.perLabel, 'fused', SYNTHETIC).toFixed(3)} (rules ${macroF1(cv.perLabel, 'rules', SYNTHETIC).toFixed(3)})`);
  }
  const manifest = blindManifest(kind);
  if (!manifest) {
    md.push('### Blind batches', '', 'None scored for this kind (see evals/blind/README.md).', '');
    return { md, summary };
  }
  const d = decider(kind);
  const headlineIndex = d.heads.indexOf(d.headline);
  manifest.batches.forEach((batch, bi) => {
    const units = readBatch(kind, batch.file, batch.sha256);
    const counts: Record<string, Record<string, Counts>> = Object.fromEntries(d.heads.map((h) => [h, { rules: zeroCounts(), fused: zeroCounts() }]));
    const bins: Bin[] = Array.from({ length: 10 }, () => ({ n: 0, meanP: 0, positive: 0 }));
    const disagreements: string[] = [];
    const misses: string[] = [];
    for (const u of units) {
      const truth = d.truth(u.labels);
      const decision = d.decide(u.text);
      d.heads.forEach((h, l) => {
        tally(counts[h]!['rules']!, truth[l]!, decision.rules.has(h));
        tally(counts[h]!['fused']!, truth[l]!, decision.fused.has(h));
      });
      const bin = bins[Math.min(9, Math.floor(decision.p * 10))]!;
      bin.n++;
      bin.meanP += decision.p;
      bin.positive += truth[headlineIndex] ? 1 : 0;
      const r = decision.rules.has(d.headline);
      const f = decision.fused.has(d.headline);
      if (r !== f) disagreements.push(`- ${JSON.stringify(u.text)} — label ${u.labels.join(', ')}; rules: ${[...decision.rules].join(', ') || 'fine'}; decision: ${[...decision.fused].join(', ') || 'fine'} (p ${decision.p.toFixed(2)})`);
      if (f !== truth[headlineIndex]) misses.push(`- ${JSON.stringify(u.text)} — label ${u.labels.join(', ')}; decision: ${[...decision.fused].join(', ') || 'fine'} (p ${decision.p.toFixed(2)})`);
    }
    for (const b of bins) b.meanP = b.n ? b.meanP / b.n : 0;
    const h = counts[d.headline]!['fused']!;
    const caught = wilson(h.tp, h.tp + h.fn);
    const kept = wilson(h.tn, h.tn + h.fp);
    // A used batch made training data (its manifest's `trainedOn`) is reported as such, never as blind.
    const what = batch.trainedOn ? `trained-on batch ${bi + 1} (used blind batch, now in ${batch.trainedOn.corpusFile}; training data, not blind)` : `blind batch ${bi + 1}`;
    summary.push(
      `${kind}, ${what} (${batch.file}, ${units.length} units): ${d.headline} caught ${showRate(caught)}, others kept ${showRate(kept)}; macro-F1 ${macroF1(counts, 'fused', SYNTHETIC).toFixed(3)} (rules ${macroF1(counts, 'rules', SYNTHETIC).toFixed(3)})`,
    );
    md.push(
      batch.trainedOn
        ? `### Trained-on batch ${bi + 1}: ${batch.file} (${units.length} units, sha256 ${batch.sha256.slice(0, 12)}…; used, in the corpus since ${batch.trainedOn.since}: training data, not blind; figures at its one blind scoring ${JSON.stringify(batch.floors)}, no longer held)`
        : `### Blind batch ${bi + 1}: ${batch.file} (${units.length} units, sha256 ${batch.sha256.slice(0, 12)}…, floors ${JSON.stringify(batch.floors)})`,
      '',
      ...table(Object.entries(counts), ['rules', 'fused']),
      '',
      `Macro-F1 over the labels: rules ${macroF1(counts, 'rules', SYNTHETIC).toFixed(3)}, decision ${macroF1(counts, 'fused', SYNTHETIC).toFixed(3)}.`,
      '',
      `Reliability of the ${d.headline} head on this batch:`,
      '',
      ...reliability(bins),
      '',
      `Disagreements, rules vs the decision on ${d.headline}: ${disagreements.length}`,
      '',
      ...disagreements,
      '',
      `Where the decision differs from the label on ${d.headline}: ${misses.length}`,
      '',
      ...misses,
      '',
    );
  });
  return { md, summary };
}

/** Writes the report into `dir` and returns the summary lines for the terminal. */
export function writeLanguageReport(dir: string): LanguageSummary {
  const md: string[] = ['# The language layer: rules and models', '', 'Figures marked "training data" are cross-validated on the corpus the model was trained on; only the blind batches measure generalisation (a used batch made training data is marked "trained-on").', ''];
  const lines: string[] = [];
  for (const kind of decidableKinds()) {
    const section = kindSection(kind);
    md.push(...section.md);
    lines.push(...section.summary);
  }
  const text = `${md.join('\n')}\n`;
  writeFileSync(path.join(dir, 'language.md'), text);
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  writeFileSync(path.join(dir, 'language.html'), `<!doctype html><meta charset="utf-8"><title>infochat language report</title><pre style="white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace">${escaped}</pre>\n`);
  return { lines };
}
