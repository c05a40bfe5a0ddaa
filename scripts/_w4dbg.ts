import fs from 'node:fs';
import { offlineOutreachCritique } from '../server/coach/offline-outreach.ts';
const ids = process.argv.slice(2);
for (const l of fs.readFileSync('evals/writing/readers-r2-2026-12-07/inputs/outreach.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const o = JSON.parse(l);
  if (!ids.includes(o.id)) continue;
  const body = o.text.replace(/^\s*Subject:[^\n]*\n+/i, '');
  const r = offlineOutreachCritique(body, /linkedin/.test(o.channel) ? { channel: 'linkedin' } : {});
  for (const e of r.edits ?? []) console.log(o.id, e.start, e.end, e.ruleId, e.kind, JSON.stringify(body.slice(e.start, e.end)), '->', JSON.stringify(e.text));
}
