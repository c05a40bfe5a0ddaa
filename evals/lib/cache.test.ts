import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKeyHash, diskCache, stableJson, type CacheKey } from './cache.ts';

const KEY: CacheKey = { eval: 'outreach critique', model: 'openai@gpt-4.1-mini', promptVersion: 'abc123def456', input: { draft: 'Hi', context: {} }, repeat: 0 };
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('cache keys', () => {
  it('do not depend on the order of object keys', () => {
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(cacheKeyHash({ ...KEY, input: { context: {}, draft: 'Hi' } })).toBe(cacheKeyHash(KEY));
  });

  it('change with the model, the prompt version, the input, the repeat index and the eval', () => {
    const variants: CacheKey[] = [
      { ...KEY, model: 'openai-compatible@localhost:11434/llama3.2' },
      { ...KEY, promptVersion: '000000000000' },
      { ...KEY, input: { draft: 'Hi!', context: {} } },
      { ...KEY, input: { draft: 'Hi', context: { channel: 'linkedin' } } },
      { ...KEY, repeat: 1 },
      { ...KEY, eval: 'outreach adversarial' },
    ];
    const hashes = new Set([KEY, ...variants].map(cacheKeyHash));
    expect(hashes.size).toBe(variants.length + 1);
  });
});

describe('diskCache', () => {
  it('stores an answer under its key and reads it back, in a folder it creates', () => {
    const dir = path.join(tempDir(), 'nested', 'cache');
    const cache = diskCache(dir);
    expect(cache.get(KEY)).toBeUndefined();
    cache.set(KEY, { output: { score: 80 } });
    expect(diskCache(dir).get(KEY)).toEqual({ output: { score: 80 } });
    expect(cache.get({ ...KEY, repeat: 1 })).toBeUndefined();
    expect(readdirSync(dir)).toEqual([`${cacheKeyHash(KEY)}.json`]);
  });

  it('treats a corrupt file, or a file stored under another key, as a miss', () => {
    const dir = tempDir();
    const cache = diskCache(dir);
    writeFileSync(path.join(dir, `${cacheKeyHash(KEY)}.json`), '{ not json');
    expect(cache.get(KEY)).toBeUndefined();
    writeFileSync(path.join(dir, `${cacheKeyHash(KEY)}.json`), JSON.stringify({ key: { ...KEY, repeat: 7 }, value: 'other' }));
    expect(cache.get(KEY)).toBeUndefined();
  });
});
