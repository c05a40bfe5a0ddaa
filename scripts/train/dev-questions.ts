// `node scripts/train/dev-questions.ts [batch numbers…]`: the shipped questions decision on the
// frozen questions batches (evals/blind/questions/), as `npm run eval` scores them: job-style
// caught / informational kept per batch and pooled. A disclosed re-scoring, never a blind figure
// once a batch has been scored. `DEV_ERRORS=1` lists every unit whose job-style verdict is wrong
// (for a USED batch only: reading a batch's misses uses it up).
import { blindManifest, readBatch } from '../../evals/language/blind.ts';
import { decider } from '../../evals/language/decide.ts';

const manifest = blindManifest('questions')!;
const wanted = process.argv.slice(2).map(Number);
const { decide, truth, heads, headline } = decider('questions');
const h = heads.indexOf(headline);
let tp = 0, pos = 0, tn = 0, neg = 0;
manifest.batches.forEach((b, bi) => {
  if (wanted.length > 0 && !wanted.includes(bi + 1)) return;
  let c = 0, p = 0, k = 0, n = 0;
  for (const u of readBatch('questions', b.file, b.sha256)) {
    const positive = truth(u.labels)[h]!;
    const said = decide(u.text).fused.has(headline);
    if (positive) { p++; if (said) c++; } else { n++; if (!said) k++; }
    if (process.env.DEV_ERRORS && said !== positive) console.log(`b${bi + 1}\t${u.labels.join(',')}\t→ ${[...decide(u.text).fused].join(',') || '-'}\t${u.text}`);
  }
  tp += c; pos += p; tn += k; neg += n;
  console.log(`batch ${bi + 1}: caught ${c}/${p} (${((100 * c) / p).toFixed(1)}%) kept ${k}/${n} (${((100 * k) / n).toFixed(1)}%)`);
});
console.log(`all: caught ${tp}/${pos} (${((100 * tp) / pos).toFixed(1)}%) kept ${tn}/${neg} (${((100 * tn) / neg).toFixed(1)}%)`);
