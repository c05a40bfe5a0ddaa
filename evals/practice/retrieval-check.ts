// `node evals/practice/retrieval-check.ts [--r8] [--list]`: how often the question bank's first-ranked entry
// is one that answers the turn, on the retrieval labels (evals/practice/retrieval-labels/, README
// there): every question, wrong-premise and referral turn of the used blind sets, with the bank
// entries that answer it (best) or answer it in part (partly), labelled on bank commit 1787233. NOT
// blind (the sets are used; these labels are the ranker's dev measure, never its training data).
// Reported per preset: top-1 in best ∪ partly, top-1 in best, top-3 in best ∪ partly, and
// answered-by-bank coverage (turns whose verdict is answers or partly). The query is what the
// engine searches: the turn's question (understand().query), with the intent model's prior and the
// words around the question (understand().context) as a weak prior on the order.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { bankIndex, type BankIndex, type BankOptions, PRESET_BANKS } from '../../server/practice/persona-bank.ts';
import { understand, unText } from '../../server/practice/understand.ts';
import { ensureIntentModel } from '../../server/practice/intent-model.ts';
import { guessIntents } from '../../shared/language/intents.ts';
import type { Intent } from '../../shared/contracts/practice.ts';

const DIR = fileURLToPath(new URL('./retrieval-labels/', import.meta.url));
export const PRESET_KEYS: Record<string, string> = {
  ux: 'preset-ux-researcher', sustainability: 'preset-sustainability-director', econdev: 'preset-economic-development',
  advocacy: 'preset-repro-health-advocate', highered: 'preset-higher-ed-advising', software: 'preset-software-engineer', nursing: 'preset-icu-nurse-educator',
};

export interface RetrievalLabel {
  set: string;
  id: string;
  kind: string;
  text: string;
  verdict: 'answers' | 'partly' | 'none';
  best: string[];
  partly: string[];
  need?: string;
}

/** The label sets: `used` (r1–r7, 574 turns, README) and `r8` (the round-8 set's 84 turns, `r8/`). */
export type LabelSet = 'used' | 'r8';

export function retrievalLabels(key: string, set: LabelSet = 'used'): RetrievalLabel[] {
  return readFileSync(`${DIR}${set === 'r8' ? 'r8/' : ''}${key}.jsonl`, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as RetrievalLabel);
}

export interface PresetScore {
  key: string;
  n: number;
  /** Turns the bank answers (verdict answers or partly). */
  covered: number;
  top1: number;
  top1Best: number;
  top3: number;
  misses: Array<{ id: string; set: string; text: string; got: string; want: string[] }>;
}

/** The first-ranked entries for each labelled turn of a preset, with the given bank (default: the shipped one). */
export function scorePreset(key: string, bank?: BankIndex, options: BankOptions = {}, set: LabelSet = 'used'): PresetScore {
  ensureIntentModel();
  const presetId = PRESET_KEYS[key]!;
  const card = PRESET_PERSONAS.find((p) => p.id === presetId)!.card;
  const index = bank ?? bankIndex(PRESET_BANKS.get(presetId)!, options);
  const out: PresetScore = { key, n: 0, covered: 0, top1: 0, top1Best: 0, top3: 0, misses: [] };
  for (const label of retrievalLabels(key, set)) {
    out.n++;
    if (label.verdict === 'none') continue;
    out.covered++;
    const u = understand(label.text, undefined, card);
    const query = u.query || label.text;
    const prior = new Map<Intent, number>(guessIntents(unText(query)).map((g) => [g.intent, g.probability] as const));
    const ranked = index.search(query, prior, u.context);
    const good = new Set([...label.best, ...label.partly]);
    const top = ranked[0]?.entry.id ?? '';
    if (good.has(top)) out.top1++;
    else out.misses.push({ id: label.id, set: label.set, text: label.text, got: top, want: [...label.best, ...label.partly] });
    if (label.best.includes(top)) out.top1Best++;
    if (ranked.slice(0, 3).some((r) => good.has(r.entry.id))) out.top3++;
  }
  return out;
}

export function scoreAll(options: BankOptions = {}, set: LabelSet = 'used'): PresetScore[] {
  return Object.keys(PRESET_KEYS).map((key) => scorePreset(key, undefined, options, set));
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

export function report(scores: readonly PresetScore[]): string {
  const lines = scores.map((s) => `${s.key.padEnd(15)} n ${String(s.n).padStart(3)}  covered ${pct(s.covered, s.n).padStart(6)}  top-1 ${pct(s.top1, s.covered).padStart(6)}  top-1 best ${pct(s.top1Best, s.covered).padStart(6)}  top-3 ${pct(s.top3, s.covered).padStart(6)}`);
  const sum = (f: (s: PresetScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  lines.push(`${'all'.padEnd(15)} n ${String(sum((s) => s.n)).padStart(3)}  covered ${pct(sum((s) => s.covered), sum((s) => s.n)).padStart(6)}  top-1 ${pct(sum((s) => s.top1), sum((s) => s.covered)).padStart(6)}  top-1 best ${pct(sum((s) => s.top1Best), sum((s) => s.covered)).padStart(6)}  top-3 ${pct(sum((s) => s.top3), sum((s) => s.covered)).padStart(6)}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const set: LabelSet = process.argv.includes('--r8') ? 'r8' : 'used';
  const scores = scoreAll({}, set);
  if (process.argv.includes('--list')) for (const s of scores) for (const m of s.misses) console.log(`${s.key} ${m.set} ${m.id}: ${m.text.replace(/\s+/g, ' ').slice(0, 100)} -> ${m.got} (want ${m.want.join(', ')})`);
  console.log(report(scores));
}
