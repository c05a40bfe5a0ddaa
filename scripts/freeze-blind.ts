// `node scripts/freeze-blind.ts <kind>`: once the kind's model is frozen and committed, copies the
// blind batches (/work/blind/<kind>-batch-N.jsonl, written by writers who never saw the code, the
// rules or the corpus) into evals/blind/<kind>/, records each file's sha256, scores each batch ONCE
// with the committed model, and records that figure as the batch's floor. A batch scored once is
// never re-frozen, retrained or tuned on (evals/blind/README.md): for a kind already frozen, only
// batches not yet in its manifest are added (a later round's new batches, each with its own date
// and model), and the earlier batches' records stay as they are. `DONE_MARKER=DONE-round2` names
// the file that says a round's batches are complete (default `DONE-<kind>`).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BLIND_DIR, blindManifest, readBatch } from '../evals/language/blind.ts';
import { decider } from '../evals/language/decide.ts';
import { MODEL_HASHES } from '../shared/language/models/manifest.ts';
import { modelFor, type LanguageKind } from '../shared/language/registry.ts';

const SOURCE = process.env.BLIND_SOURCE ?? '/work/blind';
const BRIEF =
  'Writers who never saw the code, the rules, the corpus or earlier batches, given only the five career guides and /work/blind/BRIEF.md: ' +
  'write test items in their own words, 30+ fields per batch, every register (formal, casual, texting, non-native, long, multi-part, named), ' +
  'every form (plain, behavioural, hypothetical, euphemism, brain-teaser, compound, polite but wrong), good items as varied and tricky as bad ones; ' +
  'JSONL {text, labels, field, register}, several labels only when two truly apply.';

const kind = process.argv[2] as LanguageKind | undefined;
if (!kind) throw new Error('usage: node scripts/freeze-blind.ts <kind>');
const dir = path.join(BLIND_DIR, kind);
const earlier = blindManifest(kind);
const done = process.env.DONE_MARKER ?? `DONE-${kind}`;
if (!existsSync(path.join(SOURCE, done))) throw new Error(`${SOURCE}/${done} is missing: the batches are not complete`);
const files = globSync(`${kind}-batch-*.jsonl`, { cwd: SOURCE })
  .filter((f) => !earlier?.batches.some((b) => b.file === f))
  .sort((a, b) => Number(a.match(/(\d+)\.jsonl$/)![1]) - Number(b.match(/(\d+)\.jsonl$/)![1]));
if (files.length === 0) throw new Error(`evals/blind/${kind}: every batch in ${SOURCE} is already frozen and scored; a new round writes new batches`);
for (const f of files) if (existsSync(path.join(dir, f))) throw new Error(`evals/blind/${kind}/${f} exists but is not in the manifest: refusing to overwrite it`);
mkdirSync(dir, { recursive: true });
const d = decider(kind);
const model = modelFor(kind);
if (!model) throw new Error(`no ${kind} model is loaded`);
const headlineIndex = d.heads.indexOf(d.headline);
const floorOf = (x: number) => Math.floor(x * 10_000) / 10_000;
const frozenAt = new Date().toISOString();
const batches = files.map((file) => {
  copyFileSync(path.join(SOURCE, file), path.join(dir, file));
  const sha256 = createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');
  const units = readBatch(kind, file, sha256);
  let tp = 0;
  let pos = 0;
  let tn = 0;
  let neg = 0;
  for (const u of units) {
    const truth = d.truth(u.labels)[headlineIndex]!;
    const said = d.decide(u.text).fused.has(d.headline);
    if (truth) {
      pos++;
      if (said) tp++;
    } else {
      neg++;
      if (!said) tn++;
    }
  }
  const floors: Record<string, number> = {};
  if (pos > 0) floors['caught'] = floorOf(tp / pos);
  if (neg > 0) floors['kept'] = floorOf(tn / neg);
  console.log(`${file}: ${units.length} units; ${d.headline} caught ${tp}/${pos}, others kept ${tn}/${neg}`);
  return earlier ? { file, sha256, units: units.length, frozenAt, scoredWithCorpusHash: model.corpusHash, scoredWithModelHash: MODEL_HASHES[kind], floors } : { file, sha256, units: units.length, floors };
});
const manifest = earlier
  ? { ...earlier, batches: [...earlier.batches, ...batches] }
  : { kind, frozenAt, scoredWithCorpusHash: model.corpusHash, writerBrief: BRIEF, batches };
writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
