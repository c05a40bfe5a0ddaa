// `node evals/practice/bank-match-check.ts [weight,floor …]`: how well the bank's retrieval finds the
// right entry (NOT blind: used sets only). Two measures, for each (vector weight, floor) pair given
// (default: 0,0 and the shipped VECTOR_WEIGHT,VECTOR_FLOOR):
// - used: the blind rounds r2–r6 (evals/practice/blind-r*/, all USED): every reply the readers
//   labelled relevant "yes" whose text is a bank entry gives (question → that entry); every reply
//   labelled "no" gives (question → not that entry). Reported: top-1 on the yes pairs (the entry
//   ranks first), and the no pairs whose wrong entry still ranks first.
// - held-out asks: each entry's asks in five folds; an index without a fold is asked the fold's asks;
//   top-1 = the ask's own entry first.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BankEntry } from '../../shared/practice/bank.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { bankIndex, PRESET_BANKS, VECTOR_FLOOR, VECTOR_WEIGHT } from '../../server/practice/persona-bank.ts';
import { contract } from '../../server/practice/voice.ts';

const DIR = fileURLToPath(new URL('./', import.meta.url));
const ROUNDS = ['r2', 'r3', 'r4', 'r5', 'r6'];
const PRESET: Record<string, string> = {
  ux: 'preset-ux-researcher', sustainability: 'preset-sustainability-director', econdev: 'preset-economic-development',
  advocacy: 'preset-repro-health-advocate', highered: 'preset-higher-ed-advising', software: 'preset-software-engineer', nursing: 'preset-icu-nurse-educator',
};
const jsonl = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

interface Pair {
  preset: string;
  question: string;
  entry: string;
  good: boolean;
}
const pairs: Pair[] = [];
for (const r of ROUNDS) {
  const dir = `${DIR}blind-${r}-2026-12-07/`;
  const key = JSON.parse(readFileSync(`${dir}key.json`, 'utf8')) as Record<string, string>;
  const items = new Map<string, Record<string, unknown>>();
  const labels = new Map<string, string>();
  for (let n = 1; n <= 4; n++) {
    for (const it of jsonl(`${dir}items-${n}.jsonl`)) items.set(it.id as string, it);
    for (const l of jsonl(`${dir}labels-${n}.jsonl`)) labels.set(l.id as string, l.relevant as string);
  }
  for (const [id, relevant] of labels) {
    const item = items.get(id);
    const persona = key[id]?.split(':')[1]?.replace(/-\d+$/, '');
    const preset = persona && PRESET[persona];
    if (!item || !preset || relevant === 'partly') continue;
    const card = PRESET_PERSONAS.find((p) => p.id === preset)!.card;
    const reply = String(item.professionalReply ?? '');
    const entry = PRESET_BANKS.get(preset)!.find((e) => reply.includes(contract(e.text, card.temperament).slice(0, 60)));
    if (entry) pairs.push({ preset, question: String(item.userTyped ?? ''), entry: entry.id, good: relevant === 'yes' });
  }
}

const settings = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((a) => a.split(',').map(Number) as [number, number]) : ([[0, 0], [VECTOR_WEIGHT, VECTOR_FLOOR]] as Array<[number, number]>);
for (const [weight, floor] of settings) {
  let yes = 0;
  let yesTop = 0;
  let no = 0;
  let noTop = 0;
  for (const p of pairs) {
    const top = bankIndex(PRESET_BANKS.get(p.preset)!, { vectorWeight: weight, vectorFloor: floor }).search(p.question)[0]!;
    if (p.good) {
      yes++;
      if (top.entry.id === p.entry) yesTop++;
    } else {
      no++;
      if (top.entry.id === p.entry) noTop++;
    }
  }
  let held = 0;
  let heldTop = 0;
  for (const entries of PRESET_BANKS.values()) {
    for (let fold = 0; fold < 5; fold++) {
      const kept: BankEntry[] = entries.map((e) => ({ ...e, asks: e.asks.filter((_, k) => k % 5 !== fold || e.asks.length === 1) }));
      const index = bankIndex(kept, { vectorWeight: weight, vectorFloor: floor });
      entries.forEach((e) => {
        e.asks.forEach((ask, k) => {
          if (k % 5 !== fold || e.asks.length === 1) return;
          held++;
          if (index.search(ask)[0]!.entry.id === e.id) heldTop++;
        });
      });
    }
  }
  const pct = (a: number, b: number) => `${Math.round((100 * a) / Math.max(1, b))}%`;
  console.log(`weight ${weight} floor ${floor}: used yes→top-1 ${pct(yesTop, yes)} (${yesTop}/${yes}), used no→still top ${pct(noTop, no)} (${noTop}/${no}), held-out asks top-1 ${pct(heldTop, held)} (${heldTop}/${held})`);
}
