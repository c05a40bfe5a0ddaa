import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** `prompts/` at the repository root. */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

/** A prompt file, parsed and checked. See prompts/README.md for the contract. */
export interface LoadedPrompt {
  name: string;
  description: string;
  /** Variables the body uses, as declared in the front-matter. */
  inputs: readonly string[];
  /** Name of the zod schema the model must answer with. */
  output: string;
  /** Cap on the answer's length, sent to the model and enforced while it streams. */
  maxOutputTokens: number;
  /** First 12 hex characters of the sha256 of the whole file. */
  version: string;
  /** Template of the instructions (`{{role "system"}}` part), if any. */
  instructions?: string | undefined;
  /** Template of the user message. */
  prompt: string;
}

/** What a rendered prompt sends: instructions (system) and the user message. */
export interface RenderedPrompt {
  instructions?: string | undefined;
  prompt: string;
}

export class PromptFileError extends Error {
  override name = 'PromptFileError';
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Every `{{ … }}` tag of a body. */
const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;
const ROLE_TAG = /^role\s+"(system|user)"$/;
/**
 * Filled by `runPrompt` itself, never by a caller: a per-process marker a prompt may keep in its
 * instructions, so an answer that repeats the instructions is caught (server/model/output-hygiene.ts).
 */
export const CANARY_VARIABLE = 'canary';
/** Used when a prompt file declares no `maxOutputTokens`. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 2_000;

const FrontMatter = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  inputs: z.array(z.string()),
  output: z.string().min(1),
  maxOutputTokens: z.number().int().min(1).max(100_000).optional(),
});

export function promptVersion(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 12);
}

/**
 * Parses a prompt file's text. Pure: `origin` only names the file in errors, and `expectedName`
 * (the file name without `.prompt.md`) must match the front-matter's `name` when given.
 */
export function parsePrompt(source: string, origin = 'prompt', expectedName?: string): LoadedPrompt {
  const fail = (message: string): never => {
    throw new PromptFileError(`${origin}: ${message}`);
  };
  const text = source.replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) return fail('missing front-matter (a --- block at the top of the file)');
  const meta = parseFrontMatter(match[1] ?? '', fail);
  const body = match[2] ?? '';

  const { name, description, output, inputs } = meta;
  for (const input of inputs) {
    if (!VARIABLE_NAME.test(input)) fail(`input "${input}" is not a valid variable name`);
    if (input === CANARY_VARIABLE) fail(`input "${input}" is reserved: runPrompt fills {{${CANARY_VARIABLE}}} itself`);
  }
  const duplicate = inputs.find((input, i) => inputs.indexOf(input) !== i);
  if (duplicate) fail(`input "${duplicate}" is declared twice`);
  if (expectedName !== undefined && name !== expectedName) {
    fail(`name "${name}" does not match the file name "${expectedName}"`);
  }

  const used = new Set<string>();
  for (const [, tag = ''] of body.matchAll(TAG)) {
    if (ROLE_TAG.test(tag) || tag === CANARY_VARIABLE) continue;
    if (!VARIABLE_NAME.test(tag)) fail(`unsupported tag {{${tag}}}`);
    if (!inputs.includes(tag)) fail(`the body uses {{${tag}}}, which \`inputs\` does not declare`);
    used.add(tag);
  }
  const unused = inputs.filter((input) => !used.has(input));
  if (unused.length > 0) fail(`\`inputs\` declares ${unused.map((u) => `"${u}"`).join(', ')}, which the body never uses`);

  const { instructions, prompt } = splitRoles(body, fail);
  const maxOutputTokens = meta.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
  return { name, description, inputs, output, maxOutputTokens, version: promptVersion(source), instructions, prompt };
}

/** Reads and parses a prompt file (no cache). */
export function loadPromptFile(path: string): LoadedPrompt {
  const file = basename(path);
  if (!file.endsWith('.prompt.md')) throw new PromptFileError(`${path}: a prompt file's name ends in .prompt.md`);
  return parsePrompt(readFileSync(path, 'utf8'), path, file.slice(0, -'.prompt.md'.length));
}

const cache = new Map<string, LoadedPrompt>();

/** `prompts/<name>.prompt.md`, read and checked once per process. */
export function loadPrompt(name: string, dir = PROMPTS_DIR): LoadedPrompt {
  const path = join(dir, `${name}.prompt.md`);
  let prompt = cache.get(path);
  if (!prompt) {
    prompt = loadPromptFile(path);
    cache.set(path, prompt);
  }
  return prompt;
}

/**
 * Fills the variables in. Every declared input needs a value (an empty string is a value); values
 * are inserted as they are and never scanned for tags themselves.
 */
export function renderPrompt(prompt: LoadedPrompt, values: Readonly<Record<string, string | undefined>>): RenderedPrompt {
  const missing = prompt.inputs.filter((input) => typeof values[input] !== 'string');
  if (missing.length > 0) {
    throw new PromptFileError(`${prompt.name}: no value for ${missing.map((m) => `{{${m}}}`).join(', ')}`);
  }
  const fill = (template: string) => template.replace(TAG, (_whole, tag: string) => values[tag] ?? '');
  return {
    ...(prompt.instructions !== undefined ? { instructions: fill(prompt.instructions) } : {}),
    prompt: fill(prompt.prompt),
  };
}

/** The front-matter, read by `yaml` and checked by its zod schema: unknown keys are errors. */
function parseFrontMatter(block: string, fail: (message: string) => never): z.infer<typeof FrontMatter> {
  let raw: unknown;
  try {
    raw = parseYaml(block, { uniqueKeys: true });
  } catch (error) {
    return fail(`front-matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
  const parsed = FrontMatter.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') return fail(`unknown key "${issue.keys[0]}" in the front-matter`);
  const key = String(issue?.path[0] ?? '');
  if (key === 'inputs') return fail('`inputs` must be a list of variable names');
  if (key === 'maxOutputTokens') return fail('`maxOutputTokens` must be a whole number from 1 to 100000');
  return fail(`\`${key}\` is required (a single value)`);
}

function splitRoles(body: string, fail: (message: string) => never): RenderedPrompt {
  const parts: Array<{ role: string; text: string }> = [];
  let role = 'user';
  let last = 0;
  for (const match of body.matchAll(TAG)) {
    const roleMatch = ROLE_TAG.exec(match[1] ?? '');
    if (!roleMatch) continue;
    parts.push({ role, text: body.slice(last, match.index) });
    role = roleMatch[1] ?? 'user';
    last = match.index + match[0].length;
  }
  parts.push({ role, text: body.slice(last) });
  const sections = parts.filter((part) => part.text.trim() !== '');
  const system = sections.filter((s) => s.role === 'system');
  const user = sections.filter((s) => s.role === 'user');
  if (system.length > 1 || user.length > 1) fail('each role may appear once');
  if (user.length === 0) fail('the body has no user message');
  const instructions = system[0]?.text.trim();
  return { ...(instructions !== undefined ? { instructions } : {}), prompt: user[0]?.text.trim() ?? '' };
}
