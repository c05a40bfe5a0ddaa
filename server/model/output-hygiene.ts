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

/** An HTML/XML tag (`<script>`, `</draft>`, `<img src=x>`), or a `javascript:` / `data:` URL. */
const MARKUP = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--|\bjavascript\s*:|\bdata:text\/html/i;

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
