/**
 * Applying suggested edits (see `SuggestedEdit` in `contracts/outreach.ts`): the one function the
 * server uses to build the edited draft and the browser uses when the writer accepts edits one by
 * one. Pure, no imports: runs in both.
 */

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Apply any subset of one critique's edits to the draft they were made for (they never overlap). */
export function applyEdits(draft: string, edits: readonly TextEdit[]): string {
  let out = draft;
  // From the end, so earlier offsets stay true; inserts at one spot go in list order.
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  for (const { e } of ordered) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return tidyJoins(out);
}

/** What deleting a sentence can leave: two spaces, a space before a line break, an empty paragraph run. */
function tidyJoins(text: string): string {
  return text.replace(/[ \t]{2,}/g, ' ').replace(/(?<![ \t])[ \t]+\n/g, '\n').replace(/\n[ \t]+(?=\S)/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^\s+/, '').replace(/(?<![ \t])[ \t]+$/, '');
}
