// Runs the offline persona engine over a practice question file (JSONL of { id, persona, kind, text }),
// one 30-minute session per preset, messages in file order, and writes the replies as JSONL.
// Usage: node scripts/blind/practice-replies.ts <questions.jsonl> <out.jsonl> [checkout]
// `checkout` (default: this one) is another worktree, for a before/after pair on the same questions
// (the blind rounds in evals/practice/blind-*/ were run this way, A and B).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [questionsPath, outPath, checkout = path.join(import.meta.dirname, '../..')] = process.argv.slice(2);
if (!questionsPath || !outPath) throw new Error('usage: practice-replies.ts <questions.jsonl> <out.jsonl> [checkout]');
const { createTestApp } = (await import(path.join(path.resolve(checkout), 'test/fixtures/test-app.ts'))) as typeof import('../../test/fixtures/test-app.ts');
const { startSession, say } = (await import(path.join(path.resolve(checkout), 'test/fixtures/practice-api.ts'))) as typeof import('../../test/fixtures/practice-api.ts');
const PRESETS: Record<string, string> = {
  ux: 'preset-ux-researcher', sustainability: 'preset-sustainability-director', econdev: 'preset-economic-development',
  advocacy: 'preset-repro-health-advocate', highered: 'preset-higher-ed-advising', software: 'preset-software-engineer', nursing: 'preset-icu-nurse-educator',
};
const items = readFileSync(questionsPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; persona: string; kind: string; text: string });
const out: string[] = [];
for (const [key, presetId] of Object.entries(PRESETS)) {
  const t = await createTestApp({ limits: { writesPerMinute: 100000, cpuMsPerMinute: 10_000_000 } });
  const session = await startSession(t.app, { personaId: presetId, minutes: 30 });
  let previous: string | null = null;
  for (const item of items.filter((i) => i.persona === key)) {
    const r = await say(t.app, session.id, item.text);
    out.push(JSON.stringify({ id: item.id, persona: key, kind: item.kind, professionalBefore: previous, user: item.text, reply: r.reply.content }));
    previous = r.reply.content;
  }
  t.close();
}
writeFileSync(outPath, out.join('\n') + '\n');
console.log(out.length, 'replies');
