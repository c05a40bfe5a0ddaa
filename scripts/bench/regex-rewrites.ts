// The one-pass rewrites of the patterns the regex-safety ledger marked polynomial (round eleven),
// against the patterns they replaced, on each pattern's hostile shape at the sizes its input can
// reach: `node scripts/bench/regex-rewrites.ts`. Wall ms, best of 3 (the old patterns take
// seconds at the largest sizes, so the runs are few). The answers are the same (the equivalence
// tests in server/text/linear-scans.test.ts and shared/rules/regex-safety-rewrites.test.ts).
import { loadavg } from 'node:os';
import { topicAfterLead } from '../../shared/rules/outreach-rules.ts';
import { asRoleClause, BARE_FOLLOW, decidingBetween, DURATION_AT_END, firstClauseBreak, introJoins, isContactLine, isStrayPhrase, linkSpans, minutesOnTopics } from '../../server/text/linear-scans.ts';

const OLD = {
  topic: /\b(?:about|on|into|regarding|interested in(?! (?:learning|hearing|exploring|knowing|understanding|talking|speaking|chatting)\b))\s+(.+)$|\b(?:learn|hear|understand|know|find out|ask you|ask|curious|wondering)(?::\s*(?:[-•*–]\s*)?|\s+)((?:how|what|why|whether|which)\b.+)$/i,
  introJoins:
    /\s+[-–—]\s+(?=I\b|I['’])|,?\s+(?:and|but|so)\s+(?=I\b|I['’]|would|wanted|hope|am\b|was\b|your\b|you\b|we\b|when\b)|,\s+(?=(?:and\s+)?(?:I|would|could|can|your|you|we|when)\b)|,\s+and\s+|(?<!\s)\s+and\s+(?=(?:Dr|Professor|Prof|Mr|Ms|Mrs|Mx)\.?\s|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:suggested|recommended|mentioned|said|told|referred|thought|gave))/g,
  clause: /\s+(?:and how|and why|and what|and that|which|because|so)\b|,/i,
  duration: /\s+(?:for|over) (?:the )?(?:past|last)? ?(?:\w+ )?(?:years?|months?|decades?)$|\s+since \d{4}$/i,
  minutesOn: /\b(?:minutes|call|chat) on ([^.?!\n]+?)\?/gi,
  asRole: /\bAs (an? [^,.!?\n]+),/i,
  between: /\b(?:deciding|choosing|torn|weighing|trying to decide) between ([^.!?\n,]+?) (?:and|or|vs\.?|versus) ([^.!?\n,]+)/i,
  stray:
    /^(?:(?:about |almost |over |nearly |another )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)(?:\s+(?:or|to|-)\s+\d+)?\s+(?:years?|months?|weeks?|days?|hours?)(?:\s+and a half)?|(?:the |a |an |some |few |next |this |last )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|days?|weeks?|months?|mornings?|afternoons?|evenings?|weekends?|weekdays?|\d{1,2}(?:st|nd|rd|th)?|tomorrow|today|tonight)(?:\s+(?:and|or)\s+(?:\w+days?|mornings?|afternoons?|evenings?))*|(?:my|me|myself|i)\b.*|.*\b(?:website|web ?site|page|profile|tiktok|instagram|post|posts|video|videos|article)\b.*|(?:pay|money|no money|salary|the debt|worth the debt)|.*\b(?:lol|lmao|omg)\b.*|.*\p{Extended_Pictographic}.*)$/iu,
  contact: /^(?:[(+]?\d[\d ().-]{6,}\d|\S+@\S+\.\w+|(?:https?:\/\/|www\.)\S+|\S+\.(?:com|io|net|org|ly|me|co|dev)(?:\/\S*)?|linkedin\.com\S*|[\w .,'’-]{0,40}\|[\w .,'’|-]{0,60})$/i,
  bareFollow: /^\s*(?:and|so|oh|wow|really|interesting|huh)?[,!.\s]*(?:why|how|how so|then what|what then|what happened|such as|like what|meaning)\s*\??\s*$/i,
  links: /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|net|org|ly|co|me|edu|dev|app|gov|us|ca|uk)(?:\/[^\s<>"]*)?/gi,
};

/** Each pattern: its hostile shape of `n` characters, the old call and the new one. */
const CASES: Array<{ name: string; sizes: number[]; shape: (n: number) => string; old: (t: string) => unknown; now: (t: string) => unknown }> = [
  { name: 'purpose topic ("about" run, a break at the end)', sizes: [300, 5_000], shape: (n) => `${'about '.repeat(n / 6)}\n`, old: (t) => OLD.topic.exec(t), now: topicAfterLead },
  { name: 'intro joins (spaces, no join)', sizes: [5_000], shape: (n) => `a${' '.repeat(n)}x`, old: (t) => [...t.matchAll(OLD.introJoins)], now: introJoins },
  { name: 'first clause of a claim (spaces)', sizes: [4_000], shape: (n) => `a${' '.repeat(n)}x`, old: (t) => t.split(OLD.clause)[0], now: firstClauseBreak },
  { name: 'trailing duration (spaces)', sizes: [5_000], shape: (n) => `a${' '.repeat(n)}x`, old: (t) => OLD.duration.exec(t), now: (t) => DURATION_AT_END.exec(t) },
  { name: 'minutes on (repeated, no "?")', sizes: [5_000], shape: (n) => 'call on '.repeat(n / 8), old: (t) => [...t.matchAll(OLD.minutesOn)], now: minutesOnTopics },
  { name: '"As a …," (repeated, no comma)', sizes: [5_000], shape: (n) => 'As a '.repeat(n / 5), old: (t) => OLD.asRole.exec(t), now: asRoleClause },
  { name: 'deciding between (repeated, no "and")', sizes: [5_000], shape: (n) => 'torn between '.repeat(n / 13), old: (t) => OLD.between.exec(t), now: decidingBetween },
  { name: 'stray topic ("website" run, a break)', sizes: [300, 2_000], shape: (n) => `${'website '.repeat(n / 8)}\n!`, old: (t) => OLD.stray.test(t), now: isStrayPhrase },
  { name: 'contact line ("@" run)', sizes: [300, 2_000], shape: (n) => `${'a@'.repeat(n / 2)} `, old: (t) => OLD.contact.test(t), now: isContactLine },
  { name: 'bare follow-up (spaces)', sizes: [4_000], shape: (n) => `${' '.repeat(n)}x`, old: (t) => OLD.bareFollow.test(t), now: (t) => BARE_FOLLOW.test(t) },
  { name: 'link mask ("a." run, an "@" at the end)', sizes: [5_000], shape: (n) => `${'a.'.repeat(n / 2)}@`, old: (t) => [...t.matchAll(OLD.links)], now: linkSpans },
  { name: 'link mask ("a." run, no ending)', sizes: [5_000], shape: (n) => 'a.'.repeat(n / 2), old: (t) => [...t.matchAll(OLD.links)], now: linkSpans },
];

const best = (run: () => unknown, times = 3) => {
  let least = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    least = Math.min(least, performance.now() - t0);
  }
  return least;
};

console.log(`Regex rewrites (round eleven): the old pattern vs the one-pass scan on its hostile shape, wall ms, best of 3; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
for (const c of CASES) {
  for (const n of c.sizes) {
    const text = c.shape(n);
    const [old, now] = [best(() => c.old(text)), best(() => c.now(text))];
    console.log(`  ${`${c.name}, ${n.toLocaleString('en')} chars`.padEnd(58)} ${old.toFixed(2).padStart(9)} → ${now.toFixed(2).padStart(6)} ms`);
  }
}
