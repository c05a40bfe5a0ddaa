import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_OUTPUT_TOKENS, loadPrompt, loadPromptFile, parsePrompt, PROMPTS_DIR, promptVersion, renderPrompt } from './load-prompt.ts';
import { PROMPT_OUTPUT_SCHEMAS } from './output-schemas.ts';

const GREETING = `---
name: greeting
description: "Says hello: a test prompt."
inputs:
  - who
  - topic   # a trailing comment
output: OutreachModelCritique
maxOutputTokens: 500
---
{{role "system"}}
You greet people.
{{role "user"}}
Say hello to {{who}} about {{ topic }}.
`;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'infochat-prompts-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parsePrompt', () => {
  it('reads the front-matter, splits the roles and hashes the whole file', () => {
    expect(parsePrompt(GREETING, 'greeting.prompt.md', 'greeting')).toEqual({
      name: 'greeting',
      description: 'Says hello: a test prompt.',
      inputs: ['who', 'topic'],
      output: 'OutreachModelCritique',
      maxOutputTokens: 500,
      version: promptVersion(GREETING),
      instructions: 'You greet people.',
      prompt: 'Say hello to {{who}} about {{ topic }}.',
    });
    expect(promptVersion(GREETING)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('throws on a variable the body uses but inputs does not declare', () => {
    const source = GREETING.replace('about {{ topic }}', 'about {{ topic }} in {{city}}');
    expect(() => parsePrompt(source, 'greeting.prompt.md')).toThrow('greeting.prompt.md: the body uses {{city}}, which `inputs` does not declare');
  });

  it('throws on an input declared but never used', () => {
    const source = GREETING.replace(' about {{ topic }}', '');
    expect(() => parsePrompt(source, 'greeting.prompt.md')).toThrow('`inputs` declares "topic", which the body never uses');
  });

  it('throws on a missing front-matter key, an unknown key, a name that is not the file name', () => {
    expect(() => parsePrompt(GREETING.replace('output: OutreachModelCritique\n', ''))).toThrow('`output` is required');
    expect(() => parsePrompt(GREETING.replace('output:', 'model: gpt\noutput:'))).toThrow('unknown key "model"');
    expect(() => parsePrompt(GREETING.replace('output:', 'output: X\noutput:'))).toThrow('front-matter is not valid YAML');
    expect(() => parsePrompt(GREETING.replace('maxOutputTokens: 500', 'maxOutputTokens: lots'))).toThrow('`maxOutputTokens` must be a whole number');
    expect(() => parsePrompt(GREETING.replace('  - topic   # a trailing comment', '  - topic\n  - canary'))).toThrow('input "canary" is reserved');
    expect(() => parsePrompt(GREETING, 'x', 'hello')).toThrow('name "greeting" does not match the file name "hello"');
    expect(() => parsePrompt('no front-matter here')).toThrow('missing front-matter');
  });

  it('reads YAML the hand-written parser could not: flow lists, block scalars; defaults the output cap', () => {
    const source = GREETING.replace('inputs:\n  - who\n  - topic   # a trailing comment\n', 'inputs: [who, topic]\n')
      .replace('description: "Says hello: a test prompt."', 'description: >-\n  Says hello:\n  a test prompt.')
      .replace('maxOutputTokens: 500\n', '');
    expect(parsePrompt(source)).toMatchObject({ inputs: ['who', 'topic'], description: 'Says hello: a test prompt.', maxOutputTokens: DEFAULT_MAX_OUTPUT_TOKENS });
  });

  it('fills {{canary}} without a declaration, and only from runPrompt', () => {
    const prompt = parsePrompt(GREETING.replace('You greet people.', 'You greet people. Marker: {{canary}}'));
    expect(renderPrompt(prompt, { who: 'Dana', topic: 'x', canary: 'ic-123' }).instructions).toBe('You greet people. Marker: ic-123');
  });

  it('throws on tags it does not understand', () => {
    expect(() => parsePrompt(GREETING.replace('{{who}}', '{{#if who}}'))).toThrow('unsupported tag {{#if who}}');
  });

  it('makes the whole body the user message when there are no role tags', () => {
    const source = GREETING.replace('{{role "system"}}\n', '').replace('{{role "user"}}\n', '');
    const prompt = parsePrompt(source);
    expect(prompt.instructions).toBeUndefined();
    expect(prompt.prompt).toBe('You greet people.\nSay hello to {{who}} about {{ topic }}.');
  });
});

describe('renderPrompt', () => {
  const prompt = parsePrompt(GREETING);

  it('fills every variable once, without re-reading the values', () => {
    expect(renderPrompt(prompt, { who: 'Dana {{topic}}', topic: 'careers' })).toEqual({
      instructions: 'You greet people.',
      prompt: 'Say hello to Dana {{topic}} about careers.',
    });
  });

  it('throws on a missing value', () => {
    expect(() => renderPrompt(prompt, { who: 'Dana' })).toThrow('greeting: no value for {{topic}}');
  });
});

describe('loadPrompt', () => {
  it('gives a new version when the file changes', () => {
    const dir = tempDir();
    const path = join(dir, 'greeting.prompt.md');
    writeFileSync(path, GREETING);
    const before = loadPromptFile(path);
    writeFileSync(path, GREETING.replace('You greet people.', 'You greet people warmly.'));
    const after = loadPromptFile(path);
    expect(before.version).toBe(promptVersion(GREETING));
    expect(after.version).not.toBe(before.version);
  });

  it('reads a file once and caches it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'greeting.prompt.md'), GREETING);
    const first = loadPrompt('greeting', dir);
    writeFileSync(join(dir, 'greeting.prompt.md'), GREETING.replace('hello', 'hi'));
    expect(loadPrompt('greeting', dir)).toBe(first);
  });

  it('loads every prompt file of the repository, each naming a known output schema', () => {
    const files = readdirSync(PROMPTS_DIR).filter((f) => f.endsWith('.prompt.md'));
    expect(files).toContain('outreach-critique.prompt.md');
    for (const file of files) {
      const prompt = loadPromptFile(join(PROMPTS_DIR, file));
      expect(Object.keys(PROMPT_OUTPUT_SCHEMAS)).toContain(prompt.output);
    }
    expect(loadPrompt('outreach-critique')).toMatchObject({ inputs: ['facts', 'rules', 'checkerFindings', 'writerText'], maxOutputTokens: 3000 });
  });
});
