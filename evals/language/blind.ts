// The blind batches (evals/blind/<kind>/): frozen files written by writers who never saw the code,
// the rules or the corpus, each with its sha256 in the manifest, scored once after the model was
// frozen, with the figure of that one scoring recorded as the batch's floor. See evals/blind/README.md.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LABELS } from '../../scripts/train/corpus.ts';
import type { LanguageKind } from '../../shared/language/registry.ts';

export const BLIND_DIR = fileURLToPath(new URL('../blind', import.meta.url));

export const BlindManifest = z.strictObject({
  kind: z.string(),
  /** When the batches were copied here and frozen (ISO date). */
  frozenAt: z.string(),
  /** The model artifact's corpus hash at the one scoring: the model they measured. */
  scoredWithCorpusHash: z.string().optional(),
  writerBrief: z.string(),
  batches: z.array(
    z.strictObject({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      units: z.number().int().positive(),
      /** For a batch added to a kind already frozen (a later round): when it was frozen, and the model it measured. */
      frozenAt: z.string().optional(),
      scoredWithCorpusHash: z.string().optional(),
      /** The shipped model's content hash (its thresholds and fusion included) at the one scoring. */
      scoredWithModelHash: z.string().optional(),
      /**
       * A floor lowered by a later round, with the figure it replaced and why (evals/blind/README.md):
       * only for a deliberate, cross-validated change of operating point, never to hide a regression.
       */
      lowered: z.record(z.string(), z.strictObject({ from: z.number().min(0).max(1), at: z.string(), reason: z.string().min(1) })).optional(),
      /**
       * A used batch made training data (evals/blind/README.md, round 4): since when, and the corpus
       * file it went into. Its figures are then training data: reported as "trained on", no floor held.
       */
      trainedOn: z.strictObject({ since: z.string(), corpusFile: z.string(), reason: z.string().min(1) }).optional(),
      /** Scorer name → the figure at the one scoring; a later run below it fails (unless the batch is `trainedOn`). */
      floors: z.record(z.string(), z.number().min(0).max(1)),
    }),
  ),
});
export type BlindManifest = z.infer<typeof BlindManifest>;

export interface BlindUnit {
  text: string;
  labels: string[];
  field?: string | undefined;
  register?: string | undefined;
}

const BlindLine = z.looseObject({ text: z.string().min(1), labels: z.array(z.string()).min(1) });

export function blindManifest(kind: LanguageKind, dir = BLIND_DIR): BlindManifest | undefined {
  const file = path.join(dir, kind, 'manifest.json');
  if (!existsSync(file)) return undefined;
  return BlindManifest.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** A batch's units; throws when the file's sha256 is not the frozen one or a line is not a unit of the kind. */
export function readBatch(kind: LanguageKind, file: string, sha256: string, dir = BLIND_DIR): BlindUnit[] {
  const full = path.join(dir, kind, file);
  const bytes = readFileSync(full);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`evals/blind/${kind}/${file}: sha256 ${actual} is not the frozen ${sha256}`);
  const known = new Set(LABELS[kind]);
  return bytes
    .toString('utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const parsed = BlindLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`evals/blind/${kind}/${file}:${i + 1}: not a unit`);
      const unknown = parsed.data.labels.filter((l) => !known.has(l));
      if (unknown.length > 0) throw new Error(`evals/blind/${kind}/${file}:${i + 1}: unknown label ${unknown.join(', ')}`);
      const { text, labels } = parsed.data;
      const field = typeof parsed.data['field'] === 'string' ? parsed.data['field'] : undefined;
      const register = typeof parsed.data['register'] === 'string' ? parsed.data['register'] : undefined;
      return [{ text, labels, field, register }];
    });
}
