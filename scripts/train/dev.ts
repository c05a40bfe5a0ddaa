// `node scripts/train/dev.ts [batch numbers…]`: the shipped turns decision on USED turns batches
// (a development set: never a blind figure), per batch: macro-F1 over the labels as
// `npm run eval` measures it (a unit's `previous` not passed), and the same with the writer's
// `previous` passed (as the engine has the reply), plus pooled per-kind F1. `DEV_ERRORS=1` lists
// every unit whose decision differs from its labels.
import { ensureLanguageModels } from '../../server/language/models.ts';
import { modelFor } from '../../shared/language/registry.ts';
import { blindManifest, readBatch } from '../../evals/language/blind.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BLIND_DIR } from '../../evals/language/blind.ts';
import { turnsSpec } from './kinds.ts';

type C = { tp: number; fp: number; fn: number };
const f1 = (c: C) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
ensureLanguageModels();
const model = modelFor('turns');
const manifest = blindManifest('turns')!;
const wanted = process.argv.slice(2).map(Number);
const batches = manifest.batches.filter((b) => wanted.length === 0 || wanted.some((n) => b.file === `turns-batch-${n}.jsonl`));
const pooled: Record<string, C> = {};
for (const b of batches) {
  readBatch('turns', b.file, b.sha256);
  const lines = readFileSync(path.join(BLIND_DIR, 'turns', b.file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; labels: string[]; previous?: string });
  const figures: string[] = [];
  for (const withPrevious of [false, true]) {
    const counts: Record<string, C> = Object.fromEntries(turnsSpec.heads.map((h) => [h, { tp: 0, fp: 0, fn: 0 }]));
    for (const u of lines) {
      const unit = { text: u.text, labels: u.labels, source: '', ...(withPrevious && u.previous ? { previous: u.previous } : {}) };
      const said = turnsSpec.decide(unit, turnsSpec.prepare(unit), model);
      const truth = turnsSpec.targets(unit);
      turnsSpec.heads.forEach((h, l) => {
        const c = counts[h]!;
        if (truth[l] && said.has(h)) c.tp++;
        else if (said.has(h)) c.fp++;
        else if (truth[l]) c.fn++;
        if (!withPrevious) {
          const p = (pooled[h] ??= { tp: 0, fp: 0, fn: 0 });
          if (truth[l] && said.has(h)) p.tp++;
          else if (said.has(h)) p.fp++;
          else if (truth[l]) p.fn++;
        }
      });
      if (process.env.DEV_ERRORS && !withPrevious && turnsSpec.heads.some((h, l) => truth[l] !== said.has(h))) console.log(`${b.file.replace('turns-batch-', 'b').replace('.jsonl', '')}\t${u.labels.join(',')}\t→ ${[...said].join(',')}\t${u.text}${u.previous ? `\t[prev: ${u.previous.slice(0, 60)}]` : ''}`);
    }
    const fs = Object.values(counts).filter((c) => c.tp + c.fn > 0).map(f1);
    figures.push((fs.reduce((a, x) => a + x, 0) / fs.length).toFixed(3));
  }
  console.log(`${b.file}: macro-F1 ${figures[0]} (with previous ${figures[1]})`);
}
console.log(Object.entries(pooled).filter(([, c]) => c.tp + c.fn > 0).map(([h, c]) => `${h} ${f1(c).toFixed(2)} (p ${c.tp}/${c.tp + c.fp}, r ${c.tp}/${c.tp + c.fn})`).join('\n'));
