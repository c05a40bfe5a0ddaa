// Runs the offline persona engine of the checkout given as argv[2] over the blind practice
// questions, one 30-minute session per preset, messages in file order; writes replies JSONL.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
const root = process.argv[2]!;
const { createTestApp } = await import(`${root}/test/fixtures/test-app.ts`);
const { startSession, say } = await import(`${root}/test/fixtures/practice-api.ts`);
const PRESETS: Record<string, string> = {
  ux: 'preset-ux-researcher', sustainability: 'preset-sustainability-director', econdev: 'preset-economic-development',
  advocacy: 'preset-repro-health-advocate', highered: 'preset-higher-ed-advising', software: 'preset-software-engineer', nursing: 'preset-icu-nurse-educator',
};
const items = readFileSync('/work/blind/practice-questions/questions.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
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
mkdirSync('/work/blind/practice-outputs', { recursive: true });
writeFileSync(`/work/blind/practice-outputs/replies-${process.argv[3] ?? 'run'}.jsonl`, out.join('\n') + '\n');
console.log(out.length, 'replies');
