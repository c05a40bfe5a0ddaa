import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CALLS = /\b(?:streamText|generateText|streamObject|generateObject)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('one door to a model', () => {
  it('only runPrompt and streamModelText call the AI SDK, so every model text passes the output gate, the deadline and the call count', () => {
    const callers = ['server', 'evals', 'scripts', 'shared']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return /from 'ai'/.test(text) && text.split('\n').some((line) => /from 'ai'|^\s+(?:streamText|generateText|streamObject|generateObject),?$/.test(line) && CALLS.test(line));
      })
      .map((file) => relative(ROOT, file));
    expect(callers.sort()).toEqual(['server/model/run-prompt.ts', 'server/model/stream-text.ts']);
  });
});
