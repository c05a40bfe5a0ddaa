import { diffWords } from 'diff';

export type DiffPart = { kind: 'equal' | 'insert' | 'delete'; text: string };

/**
 * Kept words between two changes that are this short (in characters, spaces included) read better
 * as part of one replacement than as islands: "Can you refer me" → "Would you be open" is one change.
 */
const SHORT_KEPT_RUN = 6;

/**
 * Beyond this many word and space edits the texts have little in common, and the diff's cost grows
 * with the square of it: give up and show one replacement (a rewrite of a 150-word draft is far below).
 */
const MAX_EDIT_LENGTH = 1_500;

/**
 * "What changed" from the draft to a rewrite: the `diff` package's word diff (changes in the amount
 * of spacing are not changes), with short kept runs between two changes folded into one
 * replacement, and every deletion shown before its insertion.
 */
export function rewriteDiff(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  // Too different to be worth the wait: one replacement says it as well.
  if (!changes) return mergeNeighbours([{ kind: 'delete', text: before }, { kind: 'insert', text: after }]);
  const parts: DiffPart[] = changes.map((change) => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
  return mergeNeighbours(foldShortKeptRuns(parts));
}

function foldShortKeptRuns(parts: DiffPart[]): DiffPart[] {
  const folded: DiffPart[] = [];
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1;
    if (part.kind === 'equal' && between && part.text.trim().length <= SHORT_KEPT_RUN && part.text.trim() !== '') {
      folded.push({ kind: 'delete', text: part.text }, { kind: 'insert', text: part.text });
    } else {
      folded.push(part);
    }
  });
  return folded;
}

/** Runs of changes become one deletion then one insertion; neighbouring kept parts become one. */
function mergeNeighbours(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) merged.push({ kind: 'delete', text: deleted });
    if (inserted) merged.push({ kind: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    if (part.kind === 'delete') deleted += part.text;
    else if (part.kind === 'insert') inserted += part.text;
    else {
      flush();
      const last = merged.at(-1);
      if (last?.kind === 'equal') last.text += part.text;
      else merged.push({ ...part });
    }
  }
  flush();
  return merged;
}

/** Words added and removed (punctuation and spaces do not count). */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === 'insert') added += words(part.text);
    if (part.kind === 'delete') removed += words(part.text);
  }
  return { added, removed };
}
