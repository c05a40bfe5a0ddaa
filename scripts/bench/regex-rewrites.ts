// The one-pass rewrites of the patterns the regex-safety ledger marked polynomial (round eleven),
// against the patterns they replaced, on each pattern's hostile shape at the sizes its input can
// reach: `node scripts/bench/regex-rewrites.ts`. Wall ms, best of 3 (the old patterns take
// seconds at the largest sizes, so the runs are few). The answers are the same (the equivalence
// tests in server/text/linear-scans.test.ts and shared/rules/regex-safety-rewrites.test.ts).
import { loadavg } from 'node:os';
import { REPLACED_PATTERNS } from '../../test/fixtures/replaced-patterns.ts';
import { topicAfterLead } from '../../shared/rules/outreach-rules.ts';
import { asRoleClause, BARE_FOLLOW, decidingBetween, DURATION_AT_END, firstClauseBreak, introJoins, isContactLine, isStrayPhrase, linkSpans, minutesOnTopics } from '../../server/text/linear-scans.ts';

const OLD = REPLACED_PATTERNS;

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
