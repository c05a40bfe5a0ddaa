import { offlineOutreachCritique } from '../server/coach/offline-outreach.ts';
import { outreachCases } from '../evals/outreach/cases.ts';
for (const c of outreachCases) {
  const r = offlineOutreachCritique(c.draft, c.context ?? {});
  console.log('===', c.name, '| score', r.score, '| subject:', r.subject);
  if (r.rewrite) console.log(r.rewrite);
}
