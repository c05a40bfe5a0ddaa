// `node evals/practice/retrieval-reply-check.ts [--list]`: a reply-level dev check (NOT blind) for the
// question turns readers marked "no" or "partly" in the used blind sets r7 and r8 (system B): replays
// each set's questions through the offline engine (one 30-minute session per preset, in file order,
// as the blind runs were made, with a fixed seed) and asks, for each such turn, whether the reply now carries the point.
//
// "Carries the point" is read from the retrieval labels (evals/practice/retrieval-labels/, labelled
// before this check existed, by other sessions): the reply says a sentence of an entry labelled as
// answering the turn (best) — its text or one of its follow-ups — and that sentence holds a subject
// word of the label's `need` (the labeller's own words for what the turn asks: a form of the word,
// same first five letters). Never the readers' or the question's wording: a fair reading, not string
// matching on the set. Both figures are dev measures on used sets.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PRESET_KEYS, retrievalLabels, type RetrievalLabel } from './retrieval-check.ts';
import { PRESET_BANKS } from '../../server/practice/persona-bank.ts';
import { subjectWords } from '../../server/practice/content-head.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { composeReply } from '../../server/practice/persona-engine.ts';

const HERE = fileURLToPath(new URL('./', import.meta.url));
const ROUNDS = ['r7', 'r8'] as const;
type Round = (typeof ROUNDS)[number];

interface Item {
  id: string;
  persona: string;
  kind: string;
  text: string;
}

const jsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

/** The question turns of a round the readers of system B marked "no" or "partly", by question id. */
export function missedTurns(round: Round): Map<string, 'no' | 'partly'> {
  const dir = `${HERE}blind-${round}-2026-12-07/`;
  const key = JSON.parse(readFileSync(`${dir}B/key.json`, 'utf8')) as Record<string, string>;
  const items = new Map(jsonl<Item>(`${dir}questions.jsonl`).map((q) => [q.id, q]));
  const out = new Map<string, 'no' | 'partly'>();
  for (const file of ['labels-1.jsonl', 'labels-2.jsonl']) {
    for (const l of jsonl<{ id: string; relevant: 'yes' | 'no' | 'partly' }>(`${dir}B/${file}`)) {
      const qid = key[l.id]!.replace(/^S:/, '');
      if (items.get(qid)?.kind === 'question' && l.relevant !== 'yes') out.set(qid, l.relevant);
    }
  }
  return out;
}

/** The session seed of the replay: fixed, so a before/after differs only by the change (the blind runs drew theirs). */
export const REPLAY_SEED = 1207;

/** Each round's replies now: one 30-minute session per preset (the offline engine, a fixed seed), the round's turns in file order. */
export function replay(round: Round, seed = REPLAY_SEED): Map<string, string> {
  const items = jsonl<Item>(`${HERE}blind-${round}-2026-12-07/questions.jsonl`);
  const out = new Map<string, string>();
  for (const [key, personaId] of Object.entries(PRESET_KEYS)) {
    const card = PRESET_PERSONAS.find((p) => p.id === personaId)!.card;
    const history: TranscriptTurn[] = [];
    for (const item of items.filter((i) => i.persona === key)) {
      const reply = composeReply({ card, seed, minutes: 30, history, userText: item.text });
      history.push({ role: 'user', content: item.text, elapsedMinutes: reply.userElapsedMinutes }, { role: 'professional', content: reply.text, elapsedMinutes: reply.elapsedMinutes });
      out.set(item.id, reply.text);
    }
  }
  return out;
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s.length >= 20);
const stem = (w: string) => w.toLowerCase().slice(0, 5);

/** Whether a reply carries the labelled point: a sentence of a best entry (text or follow-up) that holds a word of the need. */
export function carriesPoint(reply: string, label: RetrievalLabel, presetId: string): boolean {
  const bank = PRESET_BANKS.get(presetId) ?? [];
  const need = new Set(subjectWords(label.need ?? '').map(stem));
  const flat = reply.replace(/[’]/g, "'");
  for (const entry of bank.filter((e) => label.best.includes(e.id))) {
    for (const text of [entry.text, ...entry.followUps.map((f) => f.text)]) {
      for (const s of sentences(text)) {
        // Said: its first 40 characters, as written or with the persona's contractions (its tail).
        const said = flat.includes(s.replace(/[’]/g, "'").slice(0, 40)) || flat.includes(s.replace(/[’]/g, "'").slice(-40));
        if (said && (need.size === 0 || subjectWords(s).some((w) => need.has(stem(w))))) return true;
      }
    }
  }
  return false;
}

export interface ReplyCheck {
  round: Round;
  n: number;
  carried: number;
  /** Every question turn of the round (the readers' "yes" too): the same reading, so a gain on the missed ones is not a loss elsewhere. */
  all: number;
  allCarried: number;
  rows: Array<{ id: string; verdict: 'no' | 'partly'; carried: boolean; reply: string }>;
}

export function checkRound(round: Round): ReplyCheck {
  const missed = missedTurns(round);
  const replies = replay(round);
  const out: ReplyCheck = { round, n: 0, carried: 0, all: 0, allCarried: 0, rows: [] };
  for (const key of Object.keys(PRESET_KEYS)) {
    const labels = retrievalLabels(key, round === 'r8' ? 'r8' : 'used').filter((l) => l.set === `blind-${round}-2026-12-07` && l.kind === 'question');
    for (const label of labels) {
      const reply = replies.get(label.id) ?? '';
      const carried = carriesPoint(reply, label, PRESET_KEYS[key]!);
      out.all++;
      if (carried) out.allCarried++;
      if (!missed.has(label.id)) continue;
      out.n++;
      if (carried) out.carried++;
      out.rows.push({ id: label.id, verdict: missed.get(label.id)!, carried, reply });
    }
  }
  return out;
}

if (import.meta.main) {
  const list = process.argv.includes('--list');
  // `--save <prefix>`: each round's replies as JSONL (id, reply), for a before/after diff.
  const save = process.argv[process.argv.indexOf('--save') + 1];
  if (process.argv.includes('--save') && save) for (const round of ROUNDS) writeFileSync(`${save}-${round}.jsonl`, [...replay(round)].map(([id, reply]) => JSON.stringify({ id, reply })).join('\n') + '\n');
  for (const round of ROUNDS) {
    const r = checkRound(round);
    console.log(`${round}: ${r.carried}/${r.n} missed question turns now carry the labelled point (${Math.round((100 * r.carried) / Math.max(1, r.n))}%); all question turns ${r.allCarried}/${r.all} (dev, not blind)`);
    if (list) for (const row of r.rows) console.log(`  ${row.carried ? '+' : '-'} ${row.id} [${row.verdict}] ${row.reply.slice(0, 160)}`);
  }
}
