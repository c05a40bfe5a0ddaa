// A change "for speed only" must leave every output byte-identical: this prints one SHA-256 per
// task over its outputs on the hostile shapes at several sizes (the critique, email and LinkedIn),
// the review's worst shapes, and the practice hint and debrief over transcripts built from the
// hostile shapes. Run it before and after (`node scripts/bench/output-hashes.ts`) and compare;
// `npm run eval -- --out DIR` gives the eval's outputs (outputText per case) for the rest.
import { createHash } from 'node:crypto';
import { ensureLanguageModels } from '../../server/language/models.ts';
import { TASKS } from '../../server/offload/tasks.ts';
import { MAX_DRAFT_CHARS } from '../../shared/contracts/outreach.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { HOSTILE_SHAPES } from './hostile-shapes.ts';
import { TASK_SHAPES } from './task-cpu.ts';

ensureLanguageModels();
const SIZES = [250, 500, 1_000, 2_000, 3_000, MAX_DRAFT_CHARS];
const hashes: Record<string, ReturnType<typeof createHash>> = {};
const add = (task: string, value: unknown) => (hashes[task] ??= createHash('sha256')).update(`${JSON.stringify(value)}\n`);
let count = 0;

for (const [name, text] of Object.entries(HOSTILE_SHAPES)) {
  for (const size of SIZES) {
    const draft = text.slice(0, size);
    add('critique', [name, size, TASKS.outreachCritique(draft, { channel: 'email', recipientName: 'Jordan' })]);
    add('critique', [name, size, TASKS.outreachCritique(draft, { channel: 'linkedin', connection: 'Maria Lopez referred me' })]);
    count += 2;
  }
}
for (const [name, run] of Object.entries(TASK_SHAPES)) {
  if (!name.startsWith('review')) continue;
  for (const tag of [1, 2, 3]) {
    add('review', [name, tag, run(tag)]);
    count++;
  }
}
// Transcripts: each hostile shape cut into user messages of 1,000 characters, a fixed reply between them.
for (const [name, text] of Object.entries(HOSTILE_SHAPES)) {
  const persona = PRESET_PERSONAS[0]!;
  const turns = [];
  for (let i = 0; i < 12 && i * 1_000 < text.length; i++) {
    turns.push({ role: 'user' as const, content: text.slice(i * 1_000, (i + 1) * 1_000), elapsedMinutes: i * 2 });
    turns.push({ role: 'professional' as const, content: `That is a good question about ${name}. In my work at ${persona.card.organization}, most weeks start with planning.`, elapsedMinutes: i * 2 + 1 });
  }
  const transcript = { card: persona.card, minutes: 30, turns };
  add('practice hint', [name, TASKS.practiceHint(transcript)]);
  add('practice debrief', [name, TASKS.practiceDebrief(transcript)]);
  count += 2;
}
for (const [task, h] of Object.entries(hashes)) console.log(`${task.padEnd(18)} ${h.digest('hex')}`);
console.log(`${count} outputs`);
