// Own mechanical measures on writing-blind-run outputs (not blind): blanks in fresh drafts, the
// writer's proper nouns and numbers kept, stock lines added to a casual draft, asks made twice.
//   node scripts/text-measure/fact-keep.mjs <outputs.jsonl>...
import { readFileSync } from 'node:fs';
const CASUAL = /(?:^|\s)(?:i|im|u|ur|lol|lmk|thx|ty|tysm|pls|rn|idk|haha|btw|gonna|wanna)(?=[\s,.!?]|$)|!!|💕|🙏|:\)/m;
const STOCK = /I'm happy to work around your schedule\.|Thank you for considering it\.|A phone or video call would be easiest\./g;
const ASK = /\b(?:would you have|would you be open|could we (?:have|talk|meet|set)|could i (?:ask|call|buy)|would .{0,30} work for you\?|are you open to|would you be willing to (?:chat|talk|meet))/gi;
const by = {};
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(line);
    const k = (by[o.kind] ??= { n: 0, blanks: 0, introBlank: 0, nameBlank: 0, keptWords: 0, words: 0, stockInCasual: 0, casual: 0, twoAsks: 0, inventedFree: 0 });
    k.n++;
    const out = o.output;
    const input = o.input;
    if (/\[[^\]]+\]/.test(out)) k.blanks++;
    if (/\[who you are/.test(out)) k.introBlank++;
    if (/\[Your name\]/.test(out)) k.nameBlank++;
    const prop = new Set([...input.matchAll(/(?<=[a-z,;:]\s)[A-Z][\p{L}&'’.-]+|\b\d[\d:.,/-]*\b/gu)].map((m) => m[0].replace(/[.,]$/, '')));
    for (const w of prop) {
      k.words++;
      if (out.includes(w)) k.keptWords++;
    }
    if (CASUAL.test(input)) {
      k.casual++;
      const added = (out.match(STOCK) ?? []).filter((s) => !input.includes(s));
      if (added.length) k.stockInCasual++;
    }
    if ((out.match(ASK) ?? []).length >= 2) k.twoAsks++;
    for (const m of out.matchAll(/I'm free ([^.;]+)|(\w+) would suit me|I could do ([^,.]+)/g)) {
      const t = (m[1] ?? m[2] ?? m[3]).split(/,| or | and /)[0].trim().toLowerCase().replace(/s$/, '');
      if (t && !input.toLowerCase().includes(t)) k.inventedFree++;
      // a day the writer named, but never as free
      else if (t && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)/.test(t) && !new RegExp(`(?:free|available|work|open|could do|can do|suit|good)[^.!?\\n]{0,60}${t}|${t}[^.!?\\n]{0,60}(?:free|available|works?|open|good)`, 'i').test(input)) k.inventedFree++;
    }
  }
}
for (const [kind, k] of Object.entries(by)) console.log(`${kind.padEnd(20)} n ${k.n} blanks ${k.blanks} introBlank ${k.introBlank} nameBlank ${k.nameBlank} keptNames/numbers ${(100 * k.keptWords / Math.max(1, k.words)).toFixed(0)}% stockInCasual ${k.stockInCasual}/${k.casual} twoAsks ${k.twoAsks} freeNotOffered ${k.inventedFree}`);
