// Dev check (NOT blind) of the practice persona's conversational turns: introductions, referrals,
// wrong premises, closings and follow-ups of the used r7 and r8 blind sets, scored against hand
// labels written from the user turns alone (labels.json; see its "about").
// Usage: node evals/practice/kinds-check/kinds-check.ts [--seeds N] [--checkout DIR]
// Runs the offline persona engine (DIR's, default this checkout's: for a before/after pair) on both
// question sets, one 30-minute session per preset and seed (seeds 1..N, default 5: the same seeds
// for every checkout, so a difference is the engine's, not the dice), and scores every reply.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Label { kind: string; mention?: string; reject?: string | string[]; also?: string; fit?: string[]; permission?: boolean; correct?: string; gist?: string }
interface Reply { id: string; kind: string; user: string; reply: string }

const here = import.meta.dirname;
const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seeds = Number(flag('--seeds') ?? 5);
const checkout = path.resolve(flag('--checkout') ?? path.join(here, '../../..'));
const labels = (JSON.parse(readFileSync(path.join(here, 'labels.json'), 'utf8')) as { items: Record<string, Label> }).items;
const { composeReply } = (await import(path.join(checkout, 'server/practice/persona-engine.ts'))) as typeof import('../../../server/practice/persona-engine.ts');
const { findPreset } = (await import(path.join(checkout, 'shared/practice/presets.ts'))) as typeof import('../../../shared/practice/presets.ts');
const PRESETS: Record<string, string> = {
  ux: 'preset-ux-researcher', sustainability: 'preset-sustainability-director', econdev: 'preset-economic-development',
  advocacy: 'preset-repro-health-advocate', highered: 'preset-higher-ed-advising', software: 'preset-software-engineer', nursing: 'preset-icu-nurse-educator',
};
type Turn = { role: 'user' | 'professional'; content: string; elapsedMinutes: number };

/** Every reply of one seed's sessions, by "r7:ux-01". */
function run(seed: number): Map<string, Reply> {
  const out = new Map<string, Reply>();
  for (const r of ['r7', 'r8']) {
    const items = readFileSync(path.join(here, `../blind-${r}-2026-12-07/questions.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; persona: string; kind: string; text: string });
    for (const [key, presetId] of Object.entries(PRESETS)) {
      const card = findPreset(presetId)!.card;
      const history: Turn[] = [];
      for (const item of items.filter((i) => i.persona === key)) {
        const reply = composeReply({ card, seed, minutes: 30, history, userText: item.text });
        history.push({ role: 'user', content: item.text, elapsedMinutes: reply.userElapsedMinutes }, { role: 'professional', content: reply.text, elapsedMinutes: reply.elapsedMinutes });
        out.set(`${r}:${item.id}`, { id: item.id, kind: item.kind, user: item.text, reply: reply.text });
      }
    }
  }
  return out;
}

const re = (s: string) => new RegExp(s, 'i');
const HONEST_NONE = /don['’]t know anyone|can['’]t think of anyone|nobody I know|no one I know|not sure I know anyone|don['’]t have (?:a name|anyone)/i;
const PERMISSION = /say we spoke|mention my name|say I sent you|use my name|mention me|tell (?:them|her|him) I sent you/i;
const BRIDGE = /isn['’]t something I work on|rather not guess|don['’]t know much about|can['’]t speak to|only speak to the nearest|nearest I can offer on|outside my work|not my area/i;
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
      // An honest bridge answers no follow-up (its subject may echo the question's own words).
      if (BRIDGE.test(reply)) return 'a bridge';
      return re(label.gist!).test(reply) ? '' : 'misses its point';
    default:
      return 'unknown kind';
  }
}

const byKind = new Map<string, { n: number; pass: number }>();
const failures: string[] = [];
const perItem = new Map<string, number>();
for (let seed = 1; seed <= seeds; seed++) {
  const replies = run(seed);
  for (const [id, label] of Object.entries(labels)) {
    const reply = replies.get(id);
    if (!reply) throw new Error(`no reply for ${id}`);
    const why = fails(label, reply.reply);
    const k = byKind.get(label.kind) ?? { n: 0, pass: 0 };
    k.n++;
    if (!why) k.pass++;
    if (process.env.PER_ITEM && !why) perItem.set(id, (perItem.get(id) ?? 0) + 1);
    else if (seed === 1) failures.push(`${id} [${label.kind}] ${why}: ${reply.reply.slice(0, 140)}`);
    byKind.set(label.kind, k);
  }
}
console.log(`${path.basename(checkout)}: ${seeds} seed(s) × ${Object.keys(labels).length} turns (dev, not blind)`);
let n = 0;
let pass = 0;
for (const [kind, k] of [...byKind].sort()) {
  console.log(`${kind.padEnd(14)} ${String(k.pass).padStart(3)}/${String(k.n).padEnd(4)} ${Math.round((100 * k.pass) / k.n)}%`);
  n += k.n;
  pass += k.pass;
}
console.log(`${'all'.padEnd(14)} ${pass}/${n} ${Math.round((100 * pass) / n)}%`);
if (process.env.PER_ITEM) for (const id of Object.keys(labels)) console.log(`  ${id} ${perItem.get(id) ?? 0}`);
if (process.env.SHOW_FAILURES) for (const f of failures) console.log(`  ${f}`);
