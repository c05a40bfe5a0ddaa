// Groups every blind-reader label that is not "as is", not fluent, or "worse" (rounds 2 and 3 of
// evals/writing/readers-*) by the cause its reason names, and counts them. A label can name several
// causes; "other" is a label that matched none. Used sets only (never /work/blind).
//   node scripts/text-measure/label-causes.mjs [--list CAUSE]
import { readFileSync, readdirSync } from 'node:fs';
const sets = ['evals/writing/readers-r2-2026-12-07', 'evals/writing/readers-r3-2026-12-07/A', 'evals/writing/readers-r3-2026-12-07/B'];
const causes = [
  ['placeholder left', /\[who you are|\[your name|placeholder|blank template|template placeholder/i],
  ['topic/subject from a fragment', /nonsense|topic (?:lost|mangled|changes|is lost)|lose?s? the (?:writer's )?topic|loses? the topic|wrong topic|no referent|points to nothing|subject .{0,40}(?:fragment|nonsense|odd|clumsy|awkward|broken|cut|makes no sense)|truncated|leftover fragment|broken (?:phrase|sentence|noun|greeting)|garbled (?:topic|fragment)|drops the (?:real |writer's )?topic|topic .{0,30}dropped|generic .how you got started|category label/i],
  ['days/times turned around or invented', /garbled times|mangled times|mangles availability|invents? .{0,20}(?:i'm free|free |would suit|saturdays?|weekends|friday|monday)|i'm free (?:friday|monday|thursday)|inverts availability|reverses|monday or thur|monday, friday|twists|days? .{0,20}(?:turned|wrong)|'saturday or fridays'|doubled 'saturday/i],
  ['invented time amount', /invent(?:s|ed)? (?:a )?['"]?(?:20|15|30|time amount)|['"]20[- ]minutes?['"]? (?:is |was )?invented|['"]20[- ]minute['"]? invented|adds? ['"]?20 minutes|'20 minutes' and|invents '20|invents "20|20 minutes\)? \(?invented|\(invented\)|time\/format invented|invented time/i],
  ['stock line / register clash', /clash|register|spliced|stitched|bolted|tack(?:ed|-on| on)|wedged|formal lines|mixes two|slang .{0,30}(?:kept|left|stays)|text-?speak|happy to work around your schedule\.?['"]? (?:is|between|contradicts|clashes|dropped|follows)/i],
  ['doubled ask / repeated', /doubl|twice|two asks|asks twice|repeat|redundant|duplicate/i],
  ['text after the signature', /after the sign|after the signature|signature mid|spliced into the sign-off|sign-off is merged|after the phone number/i],
  ['favour / job ask / hostile question left', /still (?:a|an|asks|demands|job|about|gossip|insulting|confrontational|digs|challenges|leading|reads as a job|self-pitch|orbits)|keeps? (?:the )?(?:favour|review|a large favour|the review|asks for|loaded|personal|pushy|confrontational|insulting|a gossip)|unchanged(?:;|:)? .{0,60}(?:favour|salary|pay|loaded|confrontational|attacks|gossip|income|pressure|pushy|job)|personal(?:-pay| income| salary)|blame|gossip|pressure/i],
  ['writer\'s connection / facts dropped', /drops?|dropped|loses|lost|leaves out|omits/i],
  ['phone script made an email', /(?:phone|voicemail|phone message|phone call)[^.;]{0,30}(?:turned into|into) an email|subject line|"subject:"|'subject:'/i],
  ['writer\'s grammar left', /grammar|slips?|errors|non-native|missing 'a'|comma splice|lowercase/i],
  ['rambling / too long left', /ramb|run-on|wall of text|untrimmed|trimmed|long,|too long|credential dump|résumé dump/i],
  ['note: generic / user line pasted / invented title', /generic|pasted|stray line|invents? (?:the )?(?:title|surname|a title|her role|a surname|'senior)|inferred title|isn't stated|not in the transcript|never (?:appears|given|said|discussed|stated)/i],
];
const only = process.argv.indexOf('--list') > 0 ? process.argv[process.argv.indexOf('--list') + 1] : undefined;
const count = {};
let total = 0;
for (const dir of sets) {
  const key = JSON.parse(readFileSync(`${dir}/key.json`, 'utf8'));
  for (const f of readdirSync(dir).filter((f) => f.startsWith('labels-'))) {
    for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter((l) => l.trim())) {
      const l = JSON.parse(line);
      if (l.sendable === 'as-is' && l.fluent && l.comparison !== 'worse') continue;
      total++;
      const kind = key[l.id]?.kind ?? '?';
      const hit = causes.filter(([, re]) => re.test(l.reason ?? '')).map(([n]) => n);
      for (const n of hit.length ? hit : ['other']) {
        count[n] ??= { all: 0 };
        count[n].all++;
        count[n][kind] = (count[n][kind] ?? 0) + 1;
        if (only && n.startsWith(only)) console.log(`${dir.split('/').pop()} ${key[l.id]?.id} ${kind}: ${l.reason}`);
      }
    }
  }
}
if (!only) {
  console.log(`labels not "as is", not fluent or worse: ${total}`);
  for (const [n, c] of Object.entries(count).sort((a, b) => b[1].all - a[1].all)) {
    const { all, ...by } = c;
    console.log(`${String(all).padStart(4)}  ${n.padEnd(48)} ${Object.entries(by).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
