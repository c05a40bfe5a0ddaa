// `node scripts/merge-bank-asks.ts <dir> [--dry]`: adds new ways of asking the bank entries to the
// presets' banks. `<dir>/<key>.jsonl` holds lines {"id": entryId, "asks": [...]} (key: ux,
// sustainability, econdev, advocacy, highered, software, nursing). Each ask is trimmed, kept only
// when it fits the contract (1–300 characters) and is new to the whole bank once normalised (the
// bank's own normalisation: case, quotes, texting spellings, punctuation), so no ask ends up on two
// entries; an entry takes asks up to the contract's maximum. Every bank is validated (zod,
// shared/practice/bank.ts) before it is written; unknown entry ids are reported, never added.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { BankFile } from '../shared/practice/bank.ts';
import { BANK_DIR, normalize } from '../server/practice/persona-bank.ts';

export const PRESET_FILES: Record<string, string> = {
  ux: 'preset-ux-researcher', sustainability: 'preset-sustainability-director', econdev: 'preset-economic-development',
  advocacy: 'preset-repro-health-advocate', highered: 'preset-higher-ed-advising', software: 'preset-software-engineer', nursing: 'preset-icu-nurse-educator',
};
/** The contract's most asks per entry (shared/practice/bank.ts). */
const MAX_ASKS = 12;
const MAX_ASK_CHARS = 300;

export interface MergeResult {
  added: number;
  duplicate: number;
  unknown: string[];
  full: number;
}

/** Merges the new asks into a bank file's value (a copy); the result validated. */
export function mergeAsks(bank: unknown, lines: ReadonlyArray<{ id: string; asks: readonly string[] }>): { bank: BankFile; result: MergeResult } {
  const file = BankFile.parse(bank);
  const seen = new Set<string>();
  for (const e of file.entries) {
    for (const a of e.asks) seen.add(normalize(a));
    for (const f of e.followUps) for (const a of f.asks) seen.add(normalize(a));
  }
  const result: MergeResult = { added: 0, duplicate: 0, unknown: [], full: 0 };
  const byId = new Map(file.entries.map((e) => [e.id, e]));
  for (const line of lines) {
    const entry = byId.get(line.id);
    if (!entry) {
      result.unknown.push(line.id);
      continue;
    }
    for (const raw of line.asks) {
      const ask = raw.trim().replace(/\s+/g, ' ');
      const key = normalize(ask);
      if (!ask || ask.length > MAX_ASK_CHARS || !key) continue;
      if (seen.has(key)) {
        result.duplicate++;
        continue;
      }
      if (entry.asks.length >= MAX_ASKS) {
        result.full++;
        continue;
      }
      entry.asks.push(ask);
      seen.add(key);
      result.added++;
    }
  }
  return { bank: BankFile.parse(file), result };
}

if (process.argv[1] === import.meta.filename) {
  const [dir, ...flags] = process.argv.slice(2);
  if (!dir) throw new Error('usage: merge-bank-asks.ts <dir> [--dry]');
  for (const [key, presetId] of Object.entries(PRESET_FILES)) {
    const source = path.join(dir, `${key}.jsonl`);
    if (!existsSync(source)) {
      console.log(`${key}: no ${source}`);
      continue;
    }
    const lines = readFileSync(source, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; asks: string[] });
    const target = path.join(BANK_DIR, `${presetId}.json`);
    const { bank, result } = mergeAsks(JSON.parse(readFileSync(target, 'utf8')), lines);
    console.log(`${key}: +${result.added} asks, ${result.duplicate} already in the bank, ${result.full} over the maximum, unknown ids: ${result.unknown.join(', ') || 'none'}`);
    if (!flags.includes('--dry')) writeFileSync(target, `${JSON.stringify(bank, null, 2)}\n`);
  }
}
