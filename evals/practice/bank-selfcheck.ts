// `node evals/practice/bank-selfcheck.ts [--write]`: the question bank's self-check (NOT blind: the
// engineer wrote the questions and reads the answers). Each question in bank-selfcheck-2026-12-07/
// <preset-id>.txt (paraphrases written without the bank's asks; any that equals an ask is dropped) is
// asked as the second turn of a fresh session; the reply's source (bank entry, direct answer or facts)
// and text are written to replies-<preset-id>.jsonl with --write. labels-<preset-id>.jsonl holds the
// engineer's reading ({"q": n, "specific": true|false}); the report gives top-1 "answers the specific
// point" per preset and where the replies came from.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { answersFor } from '../../server/practice/answers.ts';
import { bankFor, normalize } from '../../server/practice/persona-bank.ts';
import { composeReply } from '../../server/practice/persona-engine.ts';
import { contract } from '../../server/practice/voice.ts';

const DIR = fileURLToPath(new URL('./bank-selfcheck-2026-12-07/', import.meta.url));
const write = process.argv.includes('--write');
const HELLO = 'Hi, thanks so much for making time for this!';

for (const { id, card } of PRESET_PERSONAS) {
  const file = `${DIR}${id}.txt`;
  const bank = bankFor(card);
  if (!existsSync(file) || !bank) continue;
  const asks = new Set(bank.entries.flatMap((e) => [...e.asks, ...e.followUps.flatMap((f) => f.asks)]).map(normalize));
  const questions = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !asks.has(normalize(l)));
  const spoken = (t: string) => contract(t, card.temperament).slice(0, 60);
  const direct = Object.entries(answersFor(card) ?? {}).flatMap(([intent, list]) => (list ?? []).map((a) => ({ intent, text: a.text })));
  const rows = questions.map((q, n) => {
    const history: TranscriptTurn[] = [];
    const first = composeReply({ card, seed: 11, minutes: 30, history, userText: HELLO });
    history.push({ role: 'user', content: HELLO, elapsedMinutes: first.userElapsedMinutes }, { role: 'professional', content: first.text, elapsedMinutes: first.elapsedMinutes });
    const reply = composeReply({ card, seed: 11, minutes: 30, history, userText: q }).text;
    const entry = bank.entries.find((e) => reply.includes(spoken(e.text)));
    const answer = direct.find((a) => reply.includes(spoken(a.text)));
    const source = entry ? `bank:${entry.id}` : answer ? `direct:${answer.intent}` : 'other';
    return { q: n, question: q, source, reply };
  });
  if (write) writeFileSync(`${DIR}replies-${id}.jsonl`, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const labelsFile = `${DIR}labels-${id}.jsonl`;
  const labels = existsSync(labelsFile) ? readFileSync(labelsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { q: number; specific: boolean }) : [];
  const bySource = (s: string) => rows.filter((r) => r.source.startsWith(s)).length;
  const yes = labels.filter((l) => l.specific).length;
  console.log(`${id}: ${rows.length} questions; from the bank ${bySource('bank')}, direct ${bySource('direct')}, other ${bySource('other')}; ` + (labels.length ? `answers the specific point ${yes}/${labels.length} (${Math.round((100 * yes) / labels.length)}%, not blind)` : 'not labelled'));
}
