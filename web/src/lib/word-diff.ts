/**
 * A small word-level diff for "What changed" between a draft and its rewrite.
 *
 * Longest common subsequence over tokens (words, single punctuation marks, whitespace runs).
 * Whitespace runs match each other regardless of length (a paragraph break only matches a
 * paragraph break), so reflowed spacing does not show up as a change. Equal parts carry the
 * new text's characters: joining the `equal` and `insert` parts gives back the new text exactly.
 */

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Above this many LCS cells the middle is shown as one replacement instead (keeps the page responsive). */
const MAX_LCS_CELLS = 4_000_000;

const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function isSpace(token: string): boolean {
  return /^\s+$/.test(token);
}

function keyOf(token: string): string {
  if (!isSpace(token)) return token;
  return token.includes('\n') ? '\n' : ' ';
}

/** One step of the raw edit script; equal steps keep both sides' characters. */
type Op = { kind: 'equal'; before: string; after: string } | { kind: 'delete'; text: string } | { kind: 'insert'; text: string };

function editScript(a: string[], b: string[]): Op[] {
  const ka = a.map(keyOf);
  const kb = b.map(keyOf);

  let prefix = 0;
  while (prefix < ka.length && prefix < kb.length && ka[prefix] === kb[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < ka.length - prefix &&
    suffix < kb.length - prefix &&
    ka[ka.length - 1 - suffix] === kb[kb.length - 1 - suffix]
  ) {
    suffix++;
  }

  const ops: Op[] = [];
  for (let i = 0; i < prefix; i++) ops.push({ kind: 'equal', before: a[i] ?? '', after: b[i] ?? '' });

  const n = ka.length - prefix - suffix;
  const m = kb.length - prefix - suffix;
  if ((n + 1) * (m + 1) > MAX_LCS_CELLS) {
    for (let i = 0; i < n; i++) ops.push({ kind: 'delete', text: a[prefix + i] ?? '' });
    for (let j = 0; j < m; j++) ops.push({ kind: 'insert', text: b[prefix + j] ?? '' });
  } else {
    // lcs[i * (m + 1) + j] = LCS length of the middles' suffixes from i and j.
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] =
          ka[prefix + i] === kb[prefix + j]
            ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
            : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && ka[prefix + i] === kb[prefix + j]) {
        ops.push({ kind: 'equal', before: a[prefix + i] ?? '', after: b[prefix + j] ?? '' });
        i++;
        j++;
      } else if (j >= m || (i < n && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
        ops.push({ kind: 'delete', text: a[prefix + i] ?? '' });
        i++;
      } else {
        ops.push({ kind: 'insert', text: b[prefix + j] ?? '' });
        j++;
      }
    }
  }

  for (let k = suffix; k > 0; k--) {
    ops.push({ kind: 'equal', before: a[a.length - k] ?? '', after: b[b.length - k] ?? '' });
  }
  return ops;
}

type Group = { kind: 'equal'; before: string; after: string } | { kind: 'change'; deleted: string; inserted: string };

/** Raw ops → alternating equal / change groups (each change: all removed text, then all added text). */
function toGroups(ops: readonly Op[]): Group[] {
  const groups: Group[] = [];
  for (const op of ops) {
    const last = groups.at(-1);
    if (op.kind === 'equal') {
      if (last?.kind === 'equal') {
        last.before += op.before;
        last.after += op.after;
      } else groups.push({ kind: 'equal', before: op.before, after: op.after });
    } else {
      const change = last?.kind === 'change' ? last : { kind: 'change' as const, deleted: '', inserted: '' };
      if (change !== last) groups.push(change);
      if (op.kind === 'delete') change.deleted += op.text;
      else change.inserted += op.text;
    }
  }
  return groups;
}

/**
 * Folds an equal run into its neighbouring changes when it is no longer than either of them (the
 * rule diff-match-patch's semantic cleanup uses): a heavy rewrite then reads as whole replaced
 * phrases instead of a confetti of kept "the"s and "you"s.
 */
function absorbShortEqualities(groups: Group[]): Group[] {
  const out = [...groups];
  let i = 1;
  while (i < out.length - 1) {
    const previous = out[i - 1];
    const middle = out[i];
    const next = out[i + 1];
    if (previous?.kind === 'change' && middle?.kind === 'equal' && next?.kind === 'change') {
      const size = middle.after.length;
      const fits =
        size <= Math.max(previous.deleted.length, previous.inserted.length) &&
        size <= Math.max(next.deleted.length, next.inserted.length);
      if (fits) {
        out.splice(i - 1, 3, {
          kind: 'change',
          deleted: previous.deleted + middle.before + next.deleted,
          inserted: previous.inserted + middle.after + next.inserted,
        });
        i = Math.max(1, i - 1);
        continue;
      }
    }
    i++;
  }
  return out;
}

/**
 * Word diff of `before` → `after`. Adjacent changes are grouped (all removed words, then all added
 * words), and short unchanged bits between two changes join them, so "quick brown" → "slow red"
 * reads as one replacement rather than two interleaved ones.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const groups = absorbShortEqualities(toGroups(editScript(tokenize(before), tokenize(after))));
  const parts: DiffPart[] = [];
  for (const group of groups) {
    if (group.kind === 'equal') {
      if (group.after) parts.push({ kind: 'equal', text: group.after });
    } else {
      if (group.deleted) parts.push({ kind: 'delete', text: group.deleted });
      if (group.inserted) parts.push({ kind: 'insert', text: group.inserted });
    }
  }
  return parts;
}

/** Counts of words added and removed, for a one-line summary. */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === 'insert') added += words(part.text);
    if (part.kind === 'delete') removed += words(part.text);
  }
  return { added, removed };
}
