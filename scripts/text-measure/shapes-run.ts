// Runs the offline coach over the labelled outreach drafts and counts the failure shapes in the edited and fresh drafts.
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { extractFacts } from '../../server/text/facts.ts';
import { newShapes, outreachShapes } from '../../server/text/shapes.ts';
import { outreachCases } from '../../evals/outreach/cases.ts';
import { reviewedDrafts } from '../../evals/outreach/reviewed-drafts.ts';
import { polishDrafts } from '../../evals/outreach/polish-drafts.ts';

const all = [...outreachCases, ...reviewedDrafts, ...polishDrafts] as Array<{ name: string; draft: string; context?: any }>;
const counts: Record<string, number> = {};
let n = 0, ready = 0, withBlanks = 0;
const verbose = process.argv.includes('-v');
for (const c of all) {
  const r = offlineOutreachCritique(c.draft, c.context ?? {});
  if (r.readyToSend) { ready++; continue; }
  const facts = extractFacts(c.draft, c.context ?? {});
  for (const [kind, text, subject] of [['edited', r.editedDraft, undefined], ['fresh', r.freshDraft?.text, r.freshDraft?.subject]] as const) {
    if (!text) continue;
    n++;
    if (/\[/.test(text)) withBlanks++;
    const shapes = kind === 'edited' ? newShapes(c.draft, text, subject, facts) : outreachShapes(c.draft, text, subject, facts);
    for (const [k, v] of Object.entries(shapes)) { counts[`${kind}:${k}`] = (counts[`${kind}:${k}`] ?? 0) + 1; if (verbose) console.log(`[${c.name}] ${kind} ${k}: ${v}`); }
  }
}
console.log({ drafts: all.length, ready, outputs: n, withBlanks, counts });
