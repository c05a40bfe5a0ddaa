import { readFileSync } from 'node:fs';
const root = process.argv[2];
const { offlineOutreachCritique } = await import(`${root}/server/coach/offline-outreach.ts`);
const { channelContext } = await import(`${root}/server/text/facts.ts`);
const { isMeetingAsk } = await import(`${root}/server/text/facts.ts`);
const { sentenceTexts } = await import(`${root}/server/text/nlp.ts`);
const OWN_ASK = /\b(?:happy|glad|free|available|down|open) to (?:chat|talk|hop on|jump on|meet|get on|grab|speak)\b|\bI(?:['’]d| would) (?:\w+ ){0,2}(?:appreciate|welcome|love|value)\b[^.!?\n]{0,30}\b(?:\d+|ten|fifteen|twenty|thirty) ?-?(?:minutes?|mins?)\b|\bmaybe we (?:can|could) (?:talk|chat|meet|speak)\b|\bwould (?:sometime|some time|a time|a call|a chat)\b[^.!?\n]{0,60}\bpossible\b/i;
const TEXTING = /\b(?:u|ur|abt|lmk|idk|ppl|rn|thx|pls|plz|mgmt|tmrw|bc|cuz|wanna|gonna|lol|w\/)\b/;
const c = { inputs: 0, edited: 0, editedTwoAsks: 0, editedTexting: 0, rewriteTexting: 0, rewriteBlankBesideFact: 0, subjects: 0, subjectInventedMinutes: 0, rewriteInventedMinutes: 0, ready: 0 };
for (const set of ['r7', 'r6']) for (const l of readFileSync(`${process.cwd()}/evals/writing/readers-${set}-2026-12-07/inputs/outreach.jsonl`, 'utf8').split('\n').filter(Boolean)) {
  const o = JSON.parse(l);
  const text = o.input ?? o.draft ?? o.text;
  const ctx = { ...channelContext(o.channel), ...(o.context ?? {}) };
  const subj = /^\s*Subject:[^\n]*\n+/i.exec(text)?.[0];
  const body = subj ? text.slice(subj.length) : text;
  const r = offlineOutreachCritique(body, ctx);
  c.inputs++;
  if (r.readyToSend) c.ready++;
  const mins = (t: string) => [...t.matchAll(/\b(\d+)(?:-| )?min/gi)].map((m) => m[1]);
  const own = new Set(mins(body));
  if (r.subject) { c.subjects++; if (mins(r.subject).some((m) => !own.has(m))) c.subjectInventedMinutes++; }
  if (r.rewrite) { if (mins(r.rewrite).some((m) => !own.has(m))) c.rewriteInventedMinutes++; if (TEXTING.test(r.rewrite)) c.rewriteTexting++; if (/\[(?:two or three times|Your name)/.test(r.rewrite)) c.rewriteBlankBesideFact++; }
  if (r.editedDraft) {
    c.edited++;
    const asks = sentenceTexts(r.editedDraft).filter((s: string) => isMeetingAsk(s) || OWN_ASK.test(s)).length;
    if (asks >= 2) c.editedTwoAsks++;
    if (TEXTING.test(r.editedDraft)) c.editedTexting++;
  }
}
console.log(JSON.stringify(c));
