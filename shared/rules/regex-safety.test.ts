import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { allPatterns, type FoundPattern, patternKey } from '../../test/regex-inventory.ts';

/**
 * Every regular expression of the rulebook, the language layer and the offline coaches (the
 * folders of REGEX_DIRS; collected by test/regex-inventory.ts,
 * literals and constructed patterns alike) is checked by recheck for super-linear backtracking.
 * A pattern recheck calls vulnerable fails the test, with the input that shows it.
 *
 * recheck takes about half a second a pattern, so its verdicts are kept in a ledger beside this
 * file, keyed by the exact pattern and the recheck version and parameters: a pattern not in it (a
 * new or changed one) is checked here and now. `UPDATE_REGEX_LEDGER=1 npx vitest run
 * shared/rules/regex-safety.test.ts` rewrites the ledger for the patterns of today (minutes).
 * `unknown` (recheck gave up: a timeout) is kept and listed, not failed: the brief is "vulnerable".
 *
 * `regex-safety.known.json` maps each polynomial pattern not yet rewritten to why it may stay: the
 * bounded text it runs on (a question of at most 300 characters, a window of 16, a card's name) and
 * what its worst case costs there. The list may only shrink: a vulnerable pattern not on it fails,
 * and so does an entry whose pattern is gone or that gives no reason.
 */
const KNOWN_FILE = new URL('./regex-safety.known.json', import.meta.url);
const LEDGER_FILE = new URL('./regex-safety.ledger.json', import.meta.url);
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const PARAMS = { timeout: 2_000, randomSeed: 42 } as const;
const UPDATE = process.env.UPDATE_REGEX_LEDGER === '1';

interface Ledger {
  recheck: string;
  params: typeof PARAMS;
  /** Pattern key → `safe`, `unknown (<why>)` or `vulnerable (<complexity>)`. */
  verdicts: Record<string, string>;
}

function readLedger(): Record<string, string> {
  if (!existsSync(LEDGER_FILE)) return {};
  const ledger = JSON.parse(readFileSync(LEDGER_FILE, 'utf8')) as Ledger;
  // Another recheck or other parameters: every verdict is taken again.
  if (ledger.recheck !== RECHECK_VERSION || JSON.stringify(ledger.params) !== JSON.stringify(PARAMS)) return {};
  return ledger.verdicts;
}

/** recheck does not read the ES2025 modifier groups `(?-i:…)`; for the check they are plain groups (the same shape). */
const forRecheck = (source: string) => source.replace(/\(\?-?[ims]+(?:-[ims]+)?:/g, '(?:');

interface Verdict {
  pattern: FoundPattern;
  status: string;
  attack?: string;
}

function check(pattern: FoundPattern): Verdict {
  const result = checkSync(forRecheck(pattern.source), pattern.flags, PARAMS);
  if (result.status === 'vulnerable') return { pattern, status: `vulnerable (${result.complexity.type})`, attack: result.attack.pattern };
  if (result.status === 'unknown') return { pattern, status: `unknown (${result.error.kind})` };
  return { pattern, status: 'safe' };
}

describe('every rule pattern runs in linear time', () => {
  it('finds the patterns mechanically: literals and the ones built from strings', async () => {
    const keys = new Set((await allPatterns()).map(patternKey));
    // A literal in the outreach rules, and a pattern that question-rules builds with rx() from a string.
    expect([...keys].some((k) => k.includes('would|could|can|may|might) (?:you|we|I)'))).toBe(true);
    expect([...keys].some((k) => k.startsWith('/\\bwhy(?: exactly| on earth)? '))).toBe(true);
    expect(keys.size).toBeGreaterThan(1_000);
  });

  it(
    'recheck finds no pattern vulnerable to super-linear backtracking',
    async () => {
      const patterns = await allPatterns();
      const ledger = readLedger();
      const verdicts = patterns.map((pattern): Verdict => {
        const known = ledger[patternKey(pattern)];
        return known ? { pattern, status: known } : check(pattern);
      });
      const reasons = existsSync(KNOWN_FILE) ? (JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as Record<string, string>) : {};
      const known = new Set(Object.keys(reasons));
      // Each known pattern says why it may stay: the bounded input it runs on.
      expect(Object.entries(reasons).filter(([, why]) => typeof why !== 'string' || why.trim().length < 20).map(([k]) => k)).toEqual([]);
      if (UPDATE) {
        const kept: Record<string, string> = {};
        for (const v of verdicts) kept[patternKey(v.pattern)] = v.status;
        const sorted = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : 1)));
        writeFileSync(LEDGER_FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, params: PARAMS, verdicts: sorted } satisfies Ledger, null, 1)}\n`);
      }
      const vulnerable = verdicts.filter((v) => v.status.startsWith('vulnerable') && !known.has(patternKey(v.pattern)));
      expect(vulnerable.map((v) => `${v.pattern.where}: ${patternKey(v.pattern)} — ${v.status}${v.attack ? `, e.g. ${v.attack}` : ''}`)).toEqual([]);
      // The known list only shrinks: an entry whose pattern was rewritten, removed or found safe goes.
      // (recheck's verdict under a time limit can be `unknown` one run and `vulnerable` the next: both keep an entry.)
      const current = new Set(verdicts.filter((v) => v.status !== 'safe').map((v) => patternKey(v.pattern)));
      expect([...known].filter((k) => !current.has(k))).toEqual([]);
    },
    UPDATE ? 60 * 60_000 : 10 * 60_000,
  );
});
