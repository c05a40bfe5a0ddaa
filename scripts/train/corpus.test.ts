import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LanguageModelArtifact } from '../../shared/language/model.ts';
import { MODEL_HASHES } from '../../shared/language/models/manifest.ts';
import { fnv1a64 } from '../../shared/rules/rulebook-version.ts';
import { CorpusError, corpusHash, dedupe, intentCorpusHash, readCorpus, readIntentCorpus, ROOT } from './corpus.ts';
import { extraUnits } from './extra.ts';
import { asksSomething, normaliseTurnLabels } from './labels.ts';
import { ROUNDS, usedBlindLines } from './used-blind.ts';

const MODELS = path.join(ROOT, 'shared/language/models');

describe('the committed models: corpus hash and manifest (features: stale.test.ts; a full retrain: npm run train -- --check in .ci/run)', () => {
  for (const kind of Object.keys(MODEL_HASHES) as Array<'questions'>) {
    const text = readFileSync(path.join(MODELS, `${kind}.json`), 'utf8');
    const artifact = LanguageModelArtifact.parse(JSON.parse(text));

    it(`${kind}: was trained on the corpus as committed (retrain with npm run train)`, () => {
      expect(artifact.corpusHash).toBe(corpusHash(kind, extraUnits(kind)));
    });

    it(`${kind}: is the artifact the manifest (and so the rulebook version) names`, () => {
      expect(MODEL_HASHES[kind]).toBe(fnv1a64(text));
    });
  }
});

describe('the committed question-intent model', () => {
  it('was trained on the intents, questions and turns corpus as committed (retrain with npm run train:intents)', () => {
    const artifact = LanguageModelArtifact.parse(JSON.parse(readFileSync(path.join(MODELS, 'intents.json'), 'utf8')));
    expect(artifact.corpusHash).toBe(intentCorpusHash());
  });

  it('reads every intent unit (a bad line fails with file:line)', () => {
    expect(readIntentCorpus().length).toBeGreaterThan(0);
  });
});

describe('readCorpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infochat-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (lines: string[]) => {
    mkdirSync(path.join(dir, 'questions'), { recursive: true });
    writeFileSync(path.join(dir, 'questions', 'a.jsonl'), `${lines.join('\n')}\n`);
  };
  const good = '{"text":"What does a typical week look like?","labels":["informational"],"field":"nursing","register":"casual","topics":["week"]}';
  const errorOf = () => {
    try {
      readCorpus('questions', dir);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(CorpusError);
      return (error as Error).message.replace(/^.*a\.jsonl/, 'a.jsonl');
    }
  };

  it('reads valid lines, blank lines skipped', () => {
    write([good, '', good.replace('week look', 'month look')]);
    expect(readCorpus('questions', dir).map((u) => u.labels)).toEqual([['informational'], ['informational']]);
  });

  it('fails on the first bad line with file:line and what is wrong', () => {
    write([good, '{"text":"x",']);
    expect(errorOf()).toMatch(/^a\.jsonl:2: not JSON/);
    write([good, good, good.replace('"informational"', '"hiring"')]);
    expect(errorOf()).toMatch(/^a\.jsonl:3: labels\.0: /);
    write([good.replace('"casual"', '"casual","extra":1')]);
    expect(errorOf()).toMatch(/^a\.jsonl:1: line: Unrecognized key/);
    write([good.replace('["informational"]', '["informational","screening"]')]);
    expect(errorOf()).toBe('a.jsonl:1: labels: informational cannot be combined with another label');
    write([good.replace('"What does a typical week look like?"', '"  "')]);
    expect(errorOf()).toBe('a.jsonl:1: text: text is empty');
  });

  it('validates intent units strictly', () => {
    mkdirSync(path.join(dir, 'intents'), { recursive: true });
    writeFileSync(path.join(dir, 'intents', 'a.jsonl'), '{"text":"Did anyone mentor you?","intent":"mentors"}\n{"text":"What is next?","intent":"next"}\n');
    expect(() => readIntentCorpus(dir)).toThrow(/a\.jsonl:2: intent: /);
    const before = intentCorpusHash(dir);
    writeFileSync(path.join(dir, 'intents', 'a.jsonl'), '{"text":"Did anyone mentor you?","intent":"mentors"}\n');
    expect(readIntentCorpus(dir)).toEqual([{ text: 'Did anyone mentor you?', intent: 'mentors' }]);
    expect(intentCorpusHash(dir)).not.toBe(before);
  });

  it('hashes every byte of the corpus', () => {
    write([good]);
    const before = corpusHash('questions', [], dir);
    write([good.replace('nursing', 'plumbing')]);
    expect(corpusHash('questions', [], dir)).not.toBe(before);
  });
});

describe('dedupe', () => {
  it('keeps the first of two questions whose char-3-gram Jaccard is at least 0.8', () => {
    const units = [
      { text: 'What does a typical week look like for you?' },
      { text: 'What does a typical week look like for you ?' },
      { text: 'How did you get your first job in nursing?' },
      { text: 'what does a typical week look like for you' },
    ];
    const { kept, dropped } = dedupe(units);
    expect(kept.map((u) => u.text)).toEqual([units[0]!.text, units[2]!.text]);
    expect(dropped.map((d) => d.keptAs.text)).toEqual([units[0]!.text, units[0]!.text]);
  });

  it('keeps questions that only share a shape', () => {
    const units = [{ text: 'What do you enjoy most about teaching?' }, { text: 'What do you enjoy most about plumbing?' }];
    expect(dedupe(units).kept).toHaveLength(2);
  });
});

describe('the turns corpus labels follow one convention (scripts/train/labels.ts)', () => {
  it('a follow-up or a turn in another language is neither a question nor a statement beside it', () => {
    const off = readCorpus('turns').filter((u) => JSON.stringify(normaliseTurnLabels(u.text, u.labels)) !== JSON.stringify(u.labels));
    expect(off.map((u) => `${u.source}: ${u.text}`)).toEqual([]);
  });

  it('labels a follow-up by its kinds alone, as the blind writers do', () => {
    expect(normaliseTurnLabels('wait what do u mean by that', ['follow-up', 'question'])).toEqual(['follow-up']);
    expect(normaliseTurnLabels('Haha yeah my back already hates me.', ['statement', 'follow-up'])).toEqual(['follow-up']);
    expect(normaliseTurnLabels('You mentioned a raise. What are you making now?', ['follow-up', 'personal-salary'])).toEqual(['follow-up', 'personal-salary']);
    expect(normaliseTurnLabels('¿Cómo empezaste en la enfermería?', ['other-language', 'question'])).toEqual(['other-language']);
    expect(normaliseTurnLabels('What does a typical week look like?', ['question'])).toEqual(['question']);
    expect(normaliseTurnLabels('heyy im bea, 1st yr at state, thinking abt social work', ['self-intro'])).toEqual(['greeting', 'self-intro']);
    expect(normaliseTurnLabels('Morning shifts are the hardest part for me.', ['statement'])).toEqual(['statement']);
    expect(asksSomething('wait what do u mean by that')).toBe(true);
    expect(asksSomething('Haha yeah my back already hates me.')).toBe(false);
  });
});

describe('the used blind batches in the corpus (scripts/train/used-blind.ts)', () => {
  it('are the frozen batches, as the script writes them (rerun it after a batch or the corpus changes)', () => {
    for (const round of ROUNDS) {
      for (const kind of Object.keys(round.batches) as Array<'outreach' | 'turns'>) {
        const file = path.join(ROOT, 'corpus', kind, round.file);
        const inCorpus = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
        const fromBatches = usedBlindLines(kind, round).length;
        expect(inCorpus, `${kind}/${round.file}`).toBeGreaterThan(0.9 * fromBatches);
        expect(inCorpus, `${kind}/${round.file}`).toBeLessThanOrEqual(fromBatches);
      }
    }
  });
});
