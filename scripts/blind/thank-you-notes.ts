// Thank-you notes for a blind set of practice transcripts:
//   node scripts/blind/thank-you-notes.ts <checkout> <transcripts.jsonl> <notes.jsonl>
// The card is a preset with the transcript's professional's name, role, organization and field (its
// own referrals dropped); `checkout` is the worktree whose coach writes the notes (A/B pairs).
import { readFileSync, writeFileSync } from 'node:fs';
const [root, transcriptsPath, outPath] = process.argv.slice(2);
if (!root || !transcriptsPath || !outPath) throw new Error('usage: thank-you-notes.ts <checkout> <transcripts.jsonl> <notes.jsonl>');
const { thankYouDraft } = await import(`${root}/server/practice/debrief.ts`);
const { PRESET_PERSONAS: PRESETS } = await import(`${root}/shared/practice/presets.ts`);
const base = (PRESETS[0].card);
const rows = readFileSync(transcriptsPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const out = rows.map((t: any) => {
  const card = { ...base, name: t.professional.name, role: t.professional.role, organization: t.professional.organization, field: t.field ?? base.field, referrals: [{ name: 'Nobody Listed', role: 'n/a', why: 'n/a' }], facts: undefined };
  const turns = t.turns.map((x: any, i: number) => ({ role: x.role, content: x.content, elapsedMinutes: i }));
  return JSON.stringify({ id: t.id, kind: 'thank-you-note', input: t.turns.map((x: any) => `${x.role === 'user' ? 'USER' : 'PROFESSIONAL'}: ${x.content}`).join('\n'), userName: t.userName, output: thankYouDraft({ card, minutes: 30, turns }) });
});
writeFileSync(outPath, out.join('\n') + '\n');
console.log(out.length);
