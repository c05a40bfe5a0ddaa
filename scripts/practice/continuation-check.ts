// How often the persona engine's continuation test (server/practice/continuation.ts) reads a turn of
// the used blind sets as going on with the last reply, by the writer's kind (question, follow-up,
// wrong premise, referral). A question with its own topic should not be a continuation (it goes to
// retrieval); the writers' "follow-ups" are mixed (many bring a subject of their own). Not blind:
// these sets are used. Usage: node scripts/practice/continuation-check.ts [--list]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isContinuation } from '../../server/practice/continuation.ts';
import { classifyTurn, has } from '../../server/practice/classify-turn.ts';
import { understand } from '../../server/practice/understand.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';

const PRESETS: Record<string, string> = {
  ux: 'preset-ux-researcher', sustainability: 'preset-sustainability-director', econdev: 'preset-economic-development',
  advocacy: 'preset-repro-health-advocate', highered: 'preset-higher-ed-advising', software: 'preset-software-engineer', nursing: 'preset-icu-nurse-educator',
};
/** Before this test: the turn classifier's follow-up or the understanding's "say more" sent a turn down the continuation paths. */
function before(user: string, last: string | undefined, persona: string): boolean {
  if (!last) return false;
  const card = PRESET_PERSONAS.find((p) => p.id === PRESETS[persona])!.card;
  return has(classifyTurn(user, last), 'follow-up') || understand(user, last, card).sayMore;
}

const root = path.join(import.meta.dirname, '../../evals/practice');
const list = process.argv.includes('--list');
const counts = new Map<string, { n: number; yes: number; old: number }>();
for (const dir of readdirSync(root).filter((d) => d.startsWith('blind')).sort()) {
  const files = [path.join(dir, 'replies-new.jsonl'), ...readdirSync(path.join(root, dir)).filter((f) => /^replies-B-/.test(f)).map((f) => path.join(dir, f)), path.join(dir, 'B')]
    .flatMap((f) => {
      const full = path.join(root, f);
      try {
        return f.endsWith('B') ? readdirSync(full).filter((x) => x.startsWith('replies-')).map((x) => path.join(full, x)) : [readFileSync(full) && full];
      } catch {
        return [];
      }
    });
  const file = files[0];
  if (!file) continue;
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const item = JSON.parse(line) as { id: string; persona: string; kind: string; user: string; professionalBefore: string | null };
    if (item.kind === 'intro' || item.kind === 'closing') continue;
    const yes = isContinuation(item.user, item.professionalBefore ?? undefined);
    const c = counts.get(item.kind) ?? { n: 0, yes: 0, old: 0 };
    c.n++;
    if (yes) c.yes++;
    if (before(item.user, item.professionalBefore ?? undefined, item.persona)) c.old++;
    counts.set(item.kind, c);
    if (list && yes) console.log(`${dir} ${item.id} ${item.kind}: ${item.user.replace(/\s+/g, ' ').slice(0, 110)}`);
  }
}
for (const [kind, c] of counts) console.log(`${kind.padEnd(14)} n ${String(c.n).padStart(4)}  read as continuation ${c.yes} (${Math.round((100 * c.yes) / c.n)}%); before (classifier follow-up or say-more) ${c.old} (${Math.round((100 * c.old) / c.n)}%)`);
