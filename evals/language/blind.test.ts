import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/train/corpus.ts';
import { LANGUAGE_KINDS } from '../../shared/language/registry.ts';
import { blindManifest, readBatch } from './blind.ts';

describe('blind manifests', () => {
  const frozen = LANGUAGE_KINDS.flatMap((kind) => {
    const manifest = blindManifest(kind);
    return manifest ? [{ kind, manifest }] : [];
  });

  it('every frozen batch still has its sha256 and a floor for each measure', () => {
    expect(frozen.length).toBeGreaterThan(0);
    for (const { kind, manifest } of frozen) {
      const files = manifest.batches.map((b) => b.file);
      expect(new Set(files).size, kind).toBe(files.length);
      for (const b of manifest.batches) {
        expect(readBatch(kind, b.file, b.sha256).length, b.file).toBe(b.units);
        expect(Object.keys(b.floors).length, b.file).toBeGreaterThan(0);
      }
    }
  });

  it('a batch added by a later round carries its own date and the model it measured', () => {
    for (const { manifest } of frozen) {
      for (const b of manifest.batches.filter((x) => x.frozenAt !== undefined)) {
        expect(Date.parse(b.frozenAt!), b.file).toBeGreaterThanOrEqual(Date.parse(manifest.frozenAt));
        expect(b.scoredWithModelHash, b.file).toMatch(/^[0-9a-f]{16}$/);
      }
    }
  });

  it('a lowered floor says what it replaced and why, and only ever goes down', () => {
    for (const { manifest } of frozen) {
      for (const b of manifest.batches) {
        for (const [measure, lowered] of Object.entries(b.lowered ?? {})) {
          expect(b.floors[measure], `${b.file} ${measure}`).toBeLessThan(lowered.from);
          expect(lowered.reason.length).toBeGreaterThan(40);
        }
      }
    }
  });
});

describe('used batches made training data (trainedOn)', () => {
  it('are in the corpus file they name, and scored apart from the blind batches, with no floor held', async () => {
    const evals = await import('../language.eval.ts');
    for (const kind of ['outreach', 'turns'] as const) {
      const manifest = blindManifest(kind)!;
      const used = manifest.batches.filter((b) => b.trainedOn !== undefined);
      expect(used.length, kind).toBeGreaterThan(0);
      for (const b of used) expect(existsSync(path.join(ROOT, b.trainedOn!.corpusFile)), b.file).toBe(true);
      const trained = kind === 'outreach' ? evals.outreachTrainedOnEval : evals.turnsTrainedOnEval;
      const blind = kind === 'outreach' ? evals.outreachBlindEval : evals.turnsBlindEval;
      expect(trained?.name).toMatch(/trained on/);
      expect(Object.keys(trained!.threshold)).toEqual(['default']);
      // Whatever is still blind (a later round's batches) keeps its floors; the used ones are not in it.
      for (const c of blind?.cases ?? []) expect(used.some((b) => c.name.startsWith(`batch ${manifest.batches.indexOf(b) + 1} #`))).toBe(false);
    }
  });
});
