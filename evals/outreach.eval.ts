import { outreachCases } from './outreach/cases.ts';
import { outreachScorers } from './outreach/scorers.ts';

/** Outreach critiques: data + task (a coach, chosen by the runner) + scorers + a threshold. */
export const outreachEval = {
  name: 'outreach critique',
  cases: outreachCases,
  scorers: outreachScorers,
  /** Every scorer's mean over the cases must reach this. */
  threshold: 0.95,
};
