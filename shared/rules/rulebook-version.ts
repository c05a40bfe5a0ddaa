import { MODEL_HASHES } from '../language/models/manifest.ts';
import type { Rule } from './rule.ts';
import { rulebook } from './rulebook.ts';

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = (1n << 64n) - 1n;

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. Pure JavaScript so the
 * browser and the server compute the same value (no `node:crypto` here). Not for secrets: it only
 * has to tell two rulebooks apart.
 */
export function fnv1a64(text: string): string {
  let hash = FNV64_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV64_PRIME) & MASK64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A stable version of a set of rules: the hash of what each rule demands (id, target, severity,
 * text, sources with their quotes), sorted by id so reordering the display changes nothing.
 * Titles are labels and checkers are code, so neither is part of it: a checker fix that changes
 * verdicts should come with a rule text change if clients must notice.
 */
export function rulebookVersionOf(rules: readonly Rule[]): string {
  const canonical = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((rule) => [rule.id, rule.appliesTo, rule.severity, rule.text, rule.sources.map((s) => [s.guide, s.quote])]);
  return fnv1a64(JSON.stringify(canonical));
}

/**
 * The version of a rulebook and the language models that judge beside it: the rules' version,
 * then each model artifact's content hash by kind. A retrained model changes verdicts, so it
 * changes the version.
 */
export function withModels(rulesVersion: string, modelHashes: Readonly<Record<string, string>>): string {
  const kinds = Object.keys(modelHashes).sort();
  if (kinds.length === 0) return rulesVersion;
  return fnv1a64(JSON.stringify([rulesVersion, kinds.map((k) => [k, modelHashes[k]])]));
}

/** The version of the whole rulebook with its models, stamped on every critique and on `GET /api/rules`. */
export const RULEBOOK_VERSION: string = withModels(rulebookVersionOf(rulebook), MODEL_HASHES);
