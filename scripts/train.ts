// `npm run train [kind…]`: trains each kind's language model from corpus/<kind>/*.jsonl (see
// corpus/README.md), deterministic and seeded. Writes shared/language/models/<kind>.json (the
// artifact, with the corpus hash), shared/language/models/manifest.ts (the artifacts' content
// hashes, which join the rulebook version) and evals/language/cv/<kind>.json (cross-validated
// counts, reliability bins and disagreements, on training data, for the eval report).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_KINDS, type LanguageKind } from '../shared/language/registry.ts';
import { CorpusError } from './train/corpus.ts';
import { SPECS } from './train/kinds.ts';
import { CV_DIR, manifestText, MODELS_DIR, STALE_MESSAGE, staleFiles, trainKind, type Written } from './train/trainer.ts';

/** `TRAIN_CORPUS=dir`: train on a snapshot of corpus/ (e.g. the git index, checked out) while writers still edit it. */
const CORPUS = process.env.TRAIN_CORPUS ? path.resolve(process.env.TRAIN_CORPUS) : undefined;

/**
 * `npm run train -- --check [kind…]`: trains in memory and compares, byte for byte, with the
 * committed artifacts, cross-validation reports and manifest; writes nothing. Exit 1 when any
 * differs (the committed models are not what training at HEAD gives: train/serve skew).
 */
const check = process.argv.includes('--check');
const asked = process.argv.slice(2).filter((a) => a !== '--check');
const kinds = (asked.length > 0 ? asked : LANGUAGE_KINDS.filter((k) => SPECS[k])) as LanguageKind[];
try {
  const written: Written = {};
  for (const kind of kinds) {
    const spec = SPECS[kind];
    if (!spec) throw new CorpusError(`no model for kind "${kind}" (known: ${Object.keys(SPECS).join(', ')})`);
    Object.assign(written, await trainKind(spec, CORPUS));
  }
  written[path.join(MODELS_DIR, 'manifest.ts')] = manifestText(written);
  if (check) {
    const stale = staleFiles(written);
    if (stale.length > 0) {
      console.error(`train --check: ${STALE_MESSAGE(stale)}`);
      process.exitCode = 1;
    } else console.log(`train --check: ${Object.keys(written).length} files reproduced byte for byte`);
  } else {
    mkdirSync(MODELS_DIR, { recursive: true });
    mkdirSync(CV_DIR, { recursive: true });
    for (const [file, text] of Object.entries(written)) writeFileSync(file, text);
  }
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(`train: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
