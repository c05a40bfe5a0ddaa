import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanguageModelArtifact } from '../../shared/language/model.ts';
import { ROOT, type Unit } from './corpus.ts';
import { followUpSpec, type KindSpec, SPECS } from './kinds.ts';
import { featureStaleness, prepareKind } from './prepare.ts';
import { setTrainLog, STALE_MESSAGE, staleFiles, trainKind } from './trainer.ts';

// Train/serve skew: the models' features include the rulebook checkers' outputs, so a rule change
// changes what serving reads without changing the committed weights. CI fails until the models are
// retrained: here by the features' fingerprint (seconds), in .ci/run by `npm run train -- --check`
// (a full retrain in memory, byte for byte).

const artifactOf = (kind: string) => LanguageModelArtifact.parse(JSON.parse(readFileSync(path.join(ROOT, 'shared/language/models', `${kind}.json`), 'utf8')));

describe('the committed models were trained on the features training sees at HEAD', () => {
  for (const [kind, spec] of Object.entries(SPECS) as Array<[string, KindSpec]>) {
    it(`${kind}: its feature fingerprint is reproduced (else run npm run train)`, { timeout: 180_000 }, () => {
      // The message names what differs and the one command to run.
      expect(featureStaleness(spec, artifactOf(kind))).toBeUndefined();
    });
  }
});

/** follow-up (the smallest corpus) with one thing changed, as a rule or feature edit would change it. */
function changed(change: 'rule feature' | 'verdict' | 'text features'): KindSpec {
  let first: Unit | undefined;
  return {
    ...followUpSpec,
    ...(change === 'text features' ? { features: ['stems'] as const } : {}),
    prepare(unit) {
      const p = followUpSpec.prepare(unit);
      first ??= unit;
      if (unit !== first || change === 'text features') return p;
      // A pattern that now matches one more sentence: one unit gains a rule feature…
      if (change === 'rule feature') return { ...p, extra: [...p.extra, 'rule:follow-up.deliberately-changed'] };
      // …or a checker that now decides one sentence the other way (its rule features unchanged).
      return { ...p, verdicts: p.verdicts.map((v) => ({ ...v, result: { ...v.result, passed: !v.result.passed } })) };
    },
  };
}

describe('the fingerprint fails on a deliberately changed feature (changed here, not in the code)', () => {
  const committed = artifactOf('follow-up');
  for (const change of ['rule feature', 'verdict', 'text features'] as const) {
    it(`a changed ${change} makes follow-up stale, with the command to run`, { timeout: 60_000 }, () => {
      const message = featureStaleness(followUpSpec, committed, prepareKind(changed(change)));
      expect(message).toMatch(/^shared\/language\/models\/follow-up\.json is stale: its feature fingerprint is [0-9a-f]{12}…, training at HEAD sees [0-9a-f]{12}…/);
      expect(message).toContain('Run `npm run train`');
    });
  }

  it('an artifact without a fingerprint is stale', () => {
    const { featureHash: _, ...trainedOn } = committed.trainedOn;
    expect(featureStaleness(followUpSpec, { trainedOn }, prepareKind(followUpSpec))).toMatch(/records no feature fingerprint.*Run `npm run train`/);
  });
});

describe('npm run train -- --check (a full retrain in memory, compared byte for byte)', () => {
  const threads = process.env.TRAIN_THREADS;
  beforeAll(() => {
    // One thread: the test suite already runs files in parallel.
    process.env.TRAIN_THREADS = '1';
    setTrainLog(() => {});
  });
  afterAll(() => {
    if (threads === undefined) delete process.env.TRAIN_THREADS;
    else process.env.TRAIN_THREADS = threads;
    setTrainLog((line) => console.log(line));
  });

  it('reproduces the committed follow-up artifact and report byte for byte', { timeout: 180_000 }, async () => {
    expect(staleFiles(await trainKind(followUpSpec))).toEqual([]);
  });

  it('fails on a deliberately changed rule feature, naming the files and npm run train', { timeout: 180_000 }, async () => {
    const stale = staleFiles(await trainKind(changed('rule feature')));
    // The artifact at least (its fingerprint; its weights too when the feature reaches the vocabulary).
    expect(stale).toContain('shared/language/models/follow-up.json');
    expect(STALE_MESSAGE(stale)).toMatch(/^training at HEAD does not reproduce shared\/language\/models\/follow-up\.json.*\n.*run `npm run train`/);
  });
});
