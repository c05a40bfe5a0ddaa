/**
 * Checkers known to be under the meta-evaluation's bar on our honest examples, recorded instead of
 * hidden: the run reports them (precision, recall and every missed example) as KNOWN BELOW and
 * does not fail on them, so CI stays a gate for everything else. The examples are never bent to
 * fit a checker; the fix is the checker. When a rule reaches the bar, the run says the entry is
 * stale: delete it, and from then on a drop fails the run.
 *
 * Recorded 2026-11-23 on branch `evals`, before the improved outreach checkers are merged.
 */
export const KNOWN_BELOW: Readonly<Record<string, string>> = {
  'outreach.no-job-ask': 'flags "I\'m not looking for a job"; misses "taking on interns", "I\'d like a job at your lab" (precision 0.92, recall 0.86)',
  'outreach.no-extra-labour': 'misses asks to proofread, edit, introduce, or "send them my way" (recall 0.67)',
  'outreach.no-credentials-dump': 'counts degrees and awards, misses lists of achievements without them (recall 0.58)',
  'outreach.gracious': 'misses "feel free to say no", "don\'t feel obligated", "no problem at all" (precision 0.80)',
  'outreach.plans-ahead': 'flags a greeting\'s "today"; misses "this weekend", "in 20 minutes" (precision 0.91, recall 0.83)',
};
