// Dev check (NOT blind) of the practice persona's conversational turns: introductions, referrals,
// wrong premises, closings and follow-ups of the used r7 and r8 blind sets, scored against hand
// labels written from the user turns alone (labels.json; see its "about").
// Usage: node evals/practice/kinds-check/kinds-check.ts [r7-replies.jsonl r8-replies.jsonl]
// Without files it runs this checkout's offline engine on both question sets (one 30-minute session
// per preset, as scripts/blind/practice-replies.ts does) and scores those replies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Label { kind: string; mention?: string; reject?: string | string[]; also?: string; fit?: string[]; permission?: boolean; correct?: string; gist?: string }
interface Reply { id: string; kind: string; user: string; reply: string }

const here = import.meta.dirname;
const root = path.join(here, '../../..');
const labels = (JSON.parse(readFileSync(path.join(here, 'labels.json'), 'utf8')) as { items: Record<string, Label> }).items;
let [r7File, r8File] = process.argv.slice(2);
if (!r7File || !r8File) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kinds-check-'));
  for (const r of ['r7', 'r8']) {
    execFileSync(process.execPath, [path.join(root, 'scripts/blind/practice-replies.ts'), path.join(root, `evals/practice/blind-${r}-2026-12-07/questions.jsonl`), path.join(dir, `${r}.jsonl`)], { stdio: 'ignore' });
  }
  [r7File, r8File] = [path.join(dir, 'r7.jsonl'), path.join(dir, 'r8.jsonl')];
}
const read = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Reply);
const replies = new Map<string, Reply>([...read(r7File).map((r) => [`r7:${r.id}`, r] as const), ...read(r8File).map((r) => [`r8:${r.id}`, r] as const)]);

const re = (s: string) => new RegExp(s, 'i');
const HONEST_NONE = /don['’]t know anyone|can['’]t think of anyone|nobody I know|no one I know|not sure I know anyone|don['’]t have (?:a name|anyone)/i;
const PERMISSION = /say we spoke|mention my name|say I sent you|use my name|mention me|tell (?:them|her|him) I sent you/i;
const GOODBYE = /\b(?:good luck|best of luck|all the best|take care|best wishes|goodbye|bye)\b/i;

/** Why a reply fails its label, or '' when it passes. */
function fails(label: Label, reply: string): string {
  const rejects = label.reject === undefined ? [] : Array.isArray(label.reject) ? label.reject : [label.reject];
  switch (label.kind) {
    case 'intro':
      if (!re(label.mention!).test(reply)) return 'names nothing the user said';
      if (label.also && !re(label.also).test(reply)) return `missing ${label.also}`;
      if (rejects.some((r) => re(r).test(reply))) return 'stock misread';
      return '';
    case 'referral': {
      const named = (label.fit ?? []).filter((n) => reply.includes(n));
      // Nobody on the card fits: the reply must say so (the closest it then offers is its choice).
      if ((label.fit ?? []).length === 0) {
        if (!HONEST_NONE.test(reply)) return 'never says nobody fits';
      } else {
        if (rejects.some((n) => reply.includes(n)) && named.length === 0) return 'names someone who does not fit';
        if (named.length === 0) return 'names nobody who fits';
      }
      if (label.permission && !PERMISSION.test(reply)) return 'permission unanswered';
      return '';
    }
    case 'wrong-premise':
      return re(label.correct!).test(reply) ? '' : 'premise not corrected';
    case 'closing':
      return /\?/.test(reply) || !GOODBYE.test(reply) ? 'no goodbye' : '';
    case 'follow-up':
      if (rejects.some((r) => re(r).test(reply))) return 'known wrong topic';
      return re(label.gist!).test(reply) ? '' : 'misses its point';
    default:
      return 'unknown kind';
  }
}

const byKind = new Map<string, { n: number; pass: number }>();
const failures: string[] = [];
for (const [id, label] of Object.entries(labels)) {
  const reply = replies.get(id);
  if (!reply) throw new Error(`no reply for ${id}`);
  const why = fails(label, reply.reply);
  const k = byKind.get(label.kind) ?? { n: 0, pass: 0 };
  k.n++;
  if (!why) k.pass++;
  else failures.push(`${id} [${label.kind}] ${why}: ${reply.reply.slice(0, 140)}`);
  byKind.set(label.kind, k);
}
let n = 0;
let pass = 0;
for (const [kind, k] of [...byKind].sort()) {
  console.log(`${kind.padEnd(14)} ${String(k.pass).padStart(2)}/${String(k.n).padEnd(3)} ${Math.round((100 * k.pass) / k.n)}%`);
  n += k.n;
  pass += k.pass;
}
console.log(`${'all'.padEnd(14)} ${pass}/${n} ${Math.round((100 * pass) / n)}%`);
if (process.env.SHOW_FAILURES) for (const f of failures) console.log(`  ${f}`);
