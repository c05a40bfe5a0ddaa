// Mixes the baseline and new replies (blind to the reader), shuffled with a fixed seed, into N files.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
const PROS = {
  ux: 'Priya Natarajan, Senior UX Researcher at Lumen Health (patient-scheduling software)',
  sustainability: 'Jelena Okafor, Program Director at Green Futures Alliance (environmental nonprofit)',
  econdev: 'Marcus Delaney, Business Retention and Expansion Manager at Riverside County EDC',
  advocacy: 'Dana Whitehorse, Policy and Advocacy Manager at Access Forward (reproductive-health advocacy)',
  highered: 'Dr. Helen Castillo, Director of Academic Advising at Northgate University',
  software: 'Tomás Lindqvist, Staff Software Engineer at Railyard (logistics software)',
  nursing: 'Grace Mwangi, Clinical Nurse Educator at St. Brigid Regional Medical Center (ICU)',
};
const read = (f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const sets = { A: read('/work/blind/practice-outputs/replies-baseline.jsonl'), B: read('/work/blind/practice-outputs/replies-new.jsonl') };
let seed = 12345; const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const items = [];
for (const [sys, rows] of Object.entries(sets)) for (const r of rows) items.push({ key: `${sys}:${r.id}`, item: { professional: PROS[r.persona], professionalSaidBefore: r.professionalBefore, userTyped: r.user, professionalReply: r.reply } });
for (let i = items.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [items[i], items[j]] = [items[j], items[i]]; }
const n = Number(process.argv[2] ?? 3);
mkdirSync('/work/blind/readers/practice', { recursive: true });
const keyMap = {};
items.forEach((x, i) => { const id = `p${String(i + 1).padStart(3, '0')}`; keyMap[id] = x.key; x.item = { id, ...x.item }; });
for (let b = 0; b < n; b++) writeFileSync(`/work/blind/readers/practice/items-${b + 1}.jsonl`, items.filter((_, i) => i % n === b).map((x) => JSON.stringify(x.item)).join('\n') + '\n');
writeFileSync('/work/blind/readers/practice-key.json', JSON.stringify(keyMap, null, 1));
console.log(items.length, 'items in', n, 'files');
