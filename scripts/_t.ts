import { offlineOutreachCritique } from '../server/coach/offline-outreach.ts';
import { lintOutreach } from '../shared/rules/index.ts';
import { outreachCases } from '../evals/outreach/cases.ts';
const names = process.argv.slice(2);
for (const c of outreachCases.filter(c => names.some(n => c.name.startsWith(n)))) {
  const r = offlineOutreachCritique(c.draft, c.context ?? {});
  console.log('---', c.name, r.score, r.subject, r.findings.filter(f=>!f.passed).map(f=>f.ruleId+ ' ' + JSON.stringify(f.evidence?.quote)), 'expected', c.failed);
  console.log(r.rewrite);
  if (r.rewrite) console.log('REWRITE FAILS', lintOutreach(r.rewrite, c.context ?? {}).filter(v=>!v.result.passed).map(v=>v.rule.id+': '+v.result.message));
}
