import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetModels, modelFor } from '../../shared/language/registry.ts';
import { LanguageModelLoadError, loadLanguageModels, MODELS_DIR } from './models.ts';

describe('loadLanguageModels', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'infochat-models-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    forgetModels();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const errorOf = (dir: string) => {
    try {
      loadLanguageModels(dir, ['questions']);
    } catch (error) {
      expect(error).toBeInstanceOf(LanguageModelLoadError);
      return (error as Error).message;
    }
    return undefined;
  };
  const shown = (dir: string) => relative(process.cwd(), join(dir, 'questions.json'));

  it('provides the shipped models', () => {
    loadLanguageModels();
    expect(modelFor('questions')?.kind).toBe('questions');
  });

  it('names the missing file in one line', () => {
    const dir = folder();
    expect(errorOf(dir)).toBe(`infochat: language model ${shown(dir)}: missing (run npm run train)`);
  });

  it('names a file that is not JSON, not an artifact, or does not decode', () => {
    const dir = folder();
    writeFileSync(join(dir, 'questions.json'), '{"format":');
    expect(errorOf(dir)).toBe(`infochat: language model ${shown(dir)}: corrupt (not JSON)`);
    writeFileSync(join(dir, 'questions.json'), JSON.stringify({ format: 'something else' }));
    expect(errorOf(dir)).toMatch(/^infochat: language model .*questions\.json: corrupt \(not a language model artifact \(format: .*\)\)$/);
    const artifact = JSON.parse(readFileSync(join(MODELS_DIR, 'questions.json'), 'utf8')) as { weights: string };
    writeFileSync(join(dir, 'questions.json'), JSON.stringify({ ...artifact, weights: artifact.weights.slice(0, 100) }));
    expect(errorOf(dir)).toMatch(/corrupt \(expected \d+ weights, found 75\)$/);
    expect(errorOf(dir)?.split('\n')).toHaveLength(1);
  });

  it('refuses an artifact of another kind', () => {
    const dir = folder();
    mkdirSync(join(dir, 'x'));
    copyFileSync(join(MODELS_DIR, 'questions.json'), join(dir, 'x', 'turns.json'));
    try {
      loadLanguageModels(join(dir, 'x'), ['turns']);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/turns\.json: corrupt \(its kind is questions, not turns\)$/);
    }
  });
});
