// Prints drafts with their edited and fresh drafts, for reading: node scripts/text-measure/show.ts [from] [count]
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { outreachCases } from '../../evals/outreach/cases.ts';
import { reviewedDrafts } from '../../evals/outreach/reviewed-drafts.ts';
import { polishDrafts } from '../../evals/outreach/polish-drafts.ts';
const all = [...outreachCases, ...reviewedDrafts, ...polishDrafts] as Array<{ name: string; draft: string; context?: any }>;
const from = Number(process.argv[2] ?? 0), count = Number(process.argv[3] ?? 10);
for (const c of all.slice(from, from + count)) {
  const r = offlineOutreachCritique(c.draft, c.context ?? {});
  console.log(`\n######## ${c.name} ${JSON.stringify(c.context ?? {})} score=${r.score} ready=${r.readyToSend}\n${c.draft}`);
  if (r.readyToSend) continue;
  console.log(`--- EDITED (${(r.edits ?? []).map((e) => e.ruleId.replace('outreach.', '')).join(',')})\n${r.editedDraft ?? '(no edits)'}`);
  console.log(`--- FRESH ${r.freshDraft?.template} subject: ${r.freshDraft?.subject ?? '-'}\n${r.freshDraft?.text}`);
}
