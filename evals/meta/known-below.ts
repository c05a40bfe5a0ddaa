/**
 * Checkers known to be under the meta-evaluation's bar on our honest examples, recorded instead of
 * hidden: the run reports them (precision, recall and every missed example) as KNOWN BELOW and
 * does not fail on them, so CI stays a gate for everything else. The examples are never bent to
 * fit a checker; the fix is the checker. When a rule reaches the bar, the run says the entry is
 * stale: delete it, and from then on a drop fails the run.
 *
 * Empty since 2026-11-23 (branch `calib`): every outreach checker reaches the bar on its examples.
 */
export const KNOWN_BELOW: Readonly<Record<string, string>> = {};
