/**
 * Checks every string a model returns before anyone sees or stores it. A model's text is data it
 * wrote under the influence of the user's text (and whatever that text told it): it may carry
 * markup, echo a secret or the instructions, or talk to the reader instead of about the draft.
 * Pure and linear in the text: runs on every field of every answer, and on streamed partials.
 */

export type OutputProblemKind = 'too-long' | 'markup' | 'secret' | 'reader-instruction';

export interface OutputProblem {
  /** Where in the answer: `rewrite`, `findings.3.message`, `strengths.0`. */
  path: string;
  kind: OutputProblemKind;
}

export interface HygieneOptions {
  /** Strings that must never appear (the API key, the prompt canary). Blank ones are ignored. */
  secrets?: readonly string[] | undefined;
  /** Longest allowed text, in code points. */
  maxChars?: number | undefined;
}

/**
 * An HTML/XML tag (`<script>`, `</draft>`, `<img src=x>`), a `javascript:` / `data:` URL, or an
 * event-handler attribute on its own (`" onerror="…`, the tail of a tag a page might assemble).
 */
const MARKUP =
  /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--|\bjavascript\s*:|\bdata:text\/html|\bon(?:error|load|click|dblclick|mouse[a-z]+|pointer[a-z]+|focus(?:in|out)?|blur|key(?:down|up|press)|submit|change|input|toggle|begin|animation[a-z]+|transition[a-z]+)\s*=/i;

/**
 * Strings shaped like credentials, whoever's they are: OpenAI (`sk-…`, `sk-proj-…`), GitHub, AWS,
 * Slack and Google keys, and a bearer token. A model that echoes one (from the request, a
 * proxy's error page, its training data) is stopped like one that echoes the configured key.
 */
const KEY_LIKE =
  /\b(?:sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{30,})|\bBearer\s+[A-Za-z0-9._~+/=-]{20,}/;

/**
 * The secrets of each configured model (its API key), registered where the model is built
 * (`server/model/provider.ts`): every check of that model's text includes them, so no caller has
 * to remember to pass the key.
 */
const modelSecrets = new WeakMap<object, readonly string[]>();

export function registerModelSecrets(model: object, secrets: readonly (string | undefined)[]): void {
  modelSecrets.set(model, secrets.filter((s): s is string => typeof s === 'string' && s.trim().length >= 8));
}

/** The secrets registered for a model, plus any given. */
export function secretsFor(model: object, extra: readonly string[] = []): string[] {
  return [...(modelSecrets.get(model) ?? []), ...extra];
}

/**
 * Sentences addressed to the reader or about the conversation with the model, never about the
 * draft: an injected instruction being passed on, or the model stepping out of its role.
 */
const READER_INSTRUCTIONS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier|all|any|these|those|the)\b[^.!?\n]{0,20}\b(?:instructions?|prompts?|rules?|directions?|messages?)\b/i,
  /\bas an (?:ai|a\.i\.|artificial intelligence|ai language model|language model|llm)\b/i,
  /\bI(?:'m| am) (?:an? )?(?:ai|a\.i\.|language model|large language model|llm|chatbot|assistant created)\b/i,
  /\b(?:system|developer) (?:prompt|message|instructions?)\b/i,
  /\b(?:my|the|these) (?:instructions|guidelines) (?:say|tell|forbid|require|are)\b/i,
  /\byou (?:are|must) now\b/i,
  /\b(?:new|updated) instructions?\s*:/i,
  /\bdo not (?:tell|show|inform) the (?:user|writer|reader)\b/i,
];

/** The first problem of one text, or undefined when it may be shown. */
export function checkModelText(text: string, options: HygieneOptions = {}): OutputProblemKind | undefined {
  if (options.maxChars !== undefined && codePoints(text) > options.maxChars) return 'too-long';
  const lower = text.toLowerCase();
  for (const secret of options.secrets ?? []) {
    // A short "secret" (a local server's placeholder key) would match ordinary words.
    if (secret.trim().length >= 8 && lower.includes(secret.trim().toLowerCase())) return 'secret';
  }
  if (KEY_LIKE.test(text)) return 'secret';
  if (MARKUP.test(text)) return 'markup';
  if (READER_INSTRUCTIONS.some((pattern) => pattern.test(text))) return 'reader-instruction';
  return undefined;
}

/**
 * The part of a text still being written that may be shown now: it stops before a tag that is not
 * closed yet and before a trailing start of a secret, so a streamed preview never shows half a
 * key (or half a `<script`) before the whole of it can be recognised and withheld.
 */
export function streamablePrefix(text: string, options: HygieneOptions = {}): string {
  let end = text.length;
  const open = text.lastIndexOf('<');
  if (open !== -1 && text.indexOf('>', open) === -1) end = open;
  const lower = text.slice(0, end).toLowerCase();
  for (const raw of options.secrets ?? []) {
    const secret = raw.trim().toLowerCase();
    if (secret.length < 8) continue;
    for (let k = Math.min(secret.length - 1, lower.length); k >= 3; k--) {
      if (lower.endsWith(secret.slice(0, k))) {
        end = Math.min(end, lower.length - k);
        break;
      }
    }
  }
  return text.slice(0, end);
}

/**
 * The end of the text that a preview may show now: the last sentence end (`.`, `!` or `?` before a
 * space, or a line break). Every reader-instruction pattern lies within one sentence, so a preview
 * that shows only finished sentences, each checked, never shows the start of one ("Ignore all
 * previous instructio…") before it can be recognised.
 */
function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '\n') return i + 1;
    if (ch !== ' ' && ch !== '\t') continue;
    const before = text[i - 1] ?? '';
    if (/[.!?…]/.test(before) || (/["'”’)]/.test(before) && /[.!?…]/.test(text[i - 2] ?? ''))) return i + 1;
  }
  return 0;
}

/**
 * The part of a partial text a preview may show: finished sentences only, and never the start of
 * a tag or a secret (`streamablePrefix`). The caller still checks what it shows (`checkModelText`).
 */
export function previewablePrefix(text: string, options: HygieneOptions = {}): string {
  return streamablePrefix(text.slice(0, lastSentenceEnd(text)), options);
}

/** Characters of already-shown text checked again with each new piece: every pattern above, and any key, is shorter. */
export const GATE_OVERLAP_CHARS = 600;

export interface StreamGate {
  /** Adds a piece of the text; returns what may be shown now (often ''), or the problem found. */
  push(delta: string): { show: string; problem?: undefined } | { show?: undefined; problem: string };
  /** The text is complete: the whole of it checked, and the rest that may be shown. */
  end(): { show: string; problem?: undefined } | { show?: undefined; problem: string };
  /** Everything pushed so far. */
  readonly text: string;
}

/**
 * The one gate a streamed model text passes before any of it is shown: only finished sentences go
 * out, never the start of a tag or of a secret, and each piece is checked (with the tail already
 * shown, so a match across pieces is seen) before it leaves. `extra` adds a route's own check
 * (the practice guard). Linear in the text: each character is checked a bounded number of times.
 */
export function createStreamGate(options: HygieneOptions & { extra?: ((window: string) => string | undefined) | undefined } = {}): StreamGate {
  let text = '';
  let shown = 0;
  // The last sentence end seen: only the new piece (and the character before it) is scanned for one.
  let sentenceEnd = 0;
  const check = (from: number, to: number): string | undefined => {
    const window = text.slice(Math.max(0, from - GATE_OVERLAP_CHARS), to);
    // The route's own check first: it names the problem in its own terms (a persona stepping out of character).
    return options.extra?.(window) ?? checkModelText(window, { secrets: options.secrets });
  };
  return {
    get text() {
      return text;
    },
    push(delta) {
      const from = Math.max(0, text.length - 1);
      text += delta;
      if (options.maxChars !== undefined && text.length > options.maxChars) return { problem: 'too-long' };
      const found = lastSentenceEnd(text.slice(from));
      if (found > 0) sentenceEnd = from + found;
      if (sentenceEnd <= shown) return { show: '' };
      const end = shown + streamablePrefix(text.slice(shown, sentenceEnd), options).length;
      if (end <= shown) return { show: '' };
      const problem = check(shown, end);
      if (problem) return { problem };
      const show = text.slice(shown, end);
      shown = end;
      return { show };
    },
    end() {
      const problem = options.extra?.(text) ?? checkModelText(text, options);
      if (problem) return { problem };
      const show = text.slice(shown);
      shown = text.length;
      return { show };
    },
  };
}

/**
 * A copy of a parsed answer with every string a check flagged replaced by '' — what `runPrompt`
 * returns, so a caller that forgets to look at the problems still never shows one.
 */
export function withoutFlagged<T>(value: T, problems: readonly OutputProblem[]): T {
  if (problems.length === 0) return value;
  const flagged = new Set(problems.map((p) => p.path));
  const visit = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') return flagged.has(path) ? '' : node;
    if (Array.isArray(node)) return node.map((item, i) => visit(item, path ? `${path}.${i}` : String(i)));
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, visit(item, path ? `${path}.${key}` : key)]));
    }
    return node;
  };
  return visit(value, '') as T;
}

/** Every string in a parsed answer, with its path, checked. */
export function inspectOutput(value: unknown, options: HygieneOptions = {}): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      const kind = checkModelText(node, options);
      if (kind) problems.push({ path, kind });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, path ? `${path}.${i}` : String(i)));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) visit(item, path ? `${path}.${key}` : key);
    }
  };
  visit(value, '');
  return problems;
}

/** What a problem is, in words for a notice. */
export const PROBLEM_WORDS: Readonly<Record<OutputProblemKind, string>> = {
  'too-long': 'was too long',
  markup: 'contained markup',
  secret: 'repeated a secret',
  'reader-instruction': 'contained instructions addressed to the reader',
};

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
