import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The disk cache of model answers, so a re-run against the same model costs nothing. One JSON file
 * per answer, named by the hash of its key. Only valid answers are stored (the runner never puts
 * errors or invalid outputs); offline runs use no cache at all.
 */
export interface CacheKey {
  /** The eval's name: two evals may send the same input to different tasks. */
  eval: string;
  /** Provider, host and model id, e.g. `openai-compatible@localhost:11434/llama3.2`. */
  model: string;
  promptVersion: string;
  /** What the task sees of the case. */
  input: unknown;
  /** 0-based repeat index: `--repeat 3` keeps three separate answers per case. */
  repeat: number;
}

export interface AnswerCache {
  get(key: CacheKey): unknown;
  set(key: CacheKey, value: unknown): void;
}

/** Stable JSON: object keys sorted, so `{a, b}` and `{b, a}` hash the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function cacheKeyHash(key: CacheKey): string {
  return createHash('sha256').update(stableJson(key)).digest('hex');
}

/** A cache in `dir` (created on the first write). A corrupt or unreadable file is a miss. */
export function diskCache(dir: string): AnswerCache {
  const file = (key: CacheKey) => path.join(dir, `${cacheKeyHash(key)}.json`);
  return {
    get(key) {
      try {
        const stored = JSON.parse(readFileSync(file(key), 'utf8')) as { key?: unknown; value?: unknown };
        // A hash collision (or a hand-edited file) must not answer for another key.
        return stableJson(stored.key) === stableJson(key) ? stored.value : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      mkdirSync(dir, { recursive: true });
      const target = file(key);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ key, value }));
      renameSync(temp, target);
    },
  };
}
