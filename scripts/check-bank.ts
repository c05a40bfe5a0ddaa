// `node scripts/check-bank.ts <file.json>…`: validates question banks against the contract
// (shared/practice/bank.ts) and reports what BANK.md asks of them: 110–140 entries, ≥ 12 corrections,
// every intent covered, 4–8 asks, 2–4 follow-ups, no ask repeated between entries.
import { readFileSync } from 'node:fs';
import { INTENTS } from '../shared/contracts/practice.ts';
import { BankFile } from '../shared/practice/bank.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`${file}: not JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    failed = true;
    continue;
  }
  const parsed = BankFile.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    failed = true;
    continue;
  }
  const { entries } = parsed.data;
  const notes: string[] = [];
  const corrections = entries.filter((e) => e.kind === 'correction').length;
  if (entries.length < 110 || entries.length > 140) notes.push(`${entries.length} entries (110–140 asked)`);
  if (corrections < 12) notes.push(`${corrections} corrections (≥ 12 asked)`);
  const byIntent = new Map(INTENTS.map((i) => [i, entries.filter((e) => e.intent === i).length]));
  const thin = [...byIntent].filter(([, n]) => n < 2).map(([i, n]) => `${i}:${n}`);
  if (thin.length) notes.push(`intents with < 2 entries: ${thin.join(' ')}`);
  const fewAsks = entries.filter((e) => e.asks.length < 4 || e.asks.length > 8).map((e) => `${e.id}(${e.asks.length})`);
  if (fewAsks.length) notes.push(`asks outside 4–8: ${fewAsks.slice(0, 8).join(' ')}${fewAsks.length > 8 ? ` +${fewAsks.length - 8}` : ''}`);
  const fu = entries.filter((e) => e.followUps.length < 2 || e.followUps.length > 4).map((e) => `${e.id}(${e.followUps.length})`);
  if (fu.length) notes.push(`follow-ups outside 2–4: ${fu.slice(0, 8).join(' ')}${fu.length > 8 ? ` +${fu.length - 8}` : ''}`);
  const seen = new Map<string, string>();
  const dup: string[] = [];
  for (const e of entries) for (const a of e.asks) {
    const k = a.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(k) && seen.get(k) !== e.id) dup.push(`"${a}" (${seen.get(k)}, ${e.id})`);
    seen.set(k, e.id);
  }
  if (dup.length) notes.push(`asks repeated between entries: ${dup.slice(0, 5).join('; ')}`);
  const long = entries.filter((e) => e.text.split(/\s+/).length > 110).map((e) => e.id);
  if (long.length) notes.push(`long texts (> 110 words): ${long.join(' ')}`);
  console.log(`${file}: valid; ${entries.length} entries, ${corrections} corrections, ${entries.reduce((n, e) => n + e.asks.length, 0)} asks, ${entries.reduce((n, e) => n + e.followUps.length, 0)} follow-ups${notes.length ? `\n  - ${notes.join('\n  - ')}` : ''}`);
}
process.exitCode = failed ? 1 : 0;
