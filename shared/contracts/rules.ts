import { z } from 'zod';
import { RULE_KINDS, RULE_TARGETS, SEVERITIES } from '../rules/rule.ts';

/** One rule as `GET /api/rules` lists it: everything but its checker. */
export const RuleInfo = z.object({
  /** Stable, `<target>.<name>`; the `ruleId` of findings and `failedRuleIds`. */
  id: z.string(),
  title: z.string(),
  /** One imperative line. */
  text: z.string(),
  appliesTo: z.enum(RULE_TARGETS),
  severity: z.enum(SEVERITIES),
  /** What passing the rule is worth in the score, relative to the other rules. */
  weight: z.number().positive(),
  /** `does`: a part a good text has (missing it costs its share); `avoids`: a mistake (breaking it costs a penalty). */
  kind: z.enum(RULE_KINDS),
  /** Breaking the rule caps the score at this, whatever else the text does; null when it does not. */
  capsScoreAt: z.number().int().min(0).max(100).nullable(),
  /** Guide files with a short quote each. */
  sources: z.array(z.object({ guide: z.string(), quote: z.string() })),
});
export type RuleInfo = z.infer<typeof RuleInfo>;

/** `GET /api/rules?appliesTo=` query: every rule, or one target's. */
export const RulesQuery = z.object({ appliesTo: z.enum(RULE_TARGETS).optional() });
export type RulesQuery = z.infer<typeof RulesQuery>;

/** `GET /api/rules`: the rulebook in display order, with the version stamped on critiques. */
export const RulesResponse = z.object({
  /** Hash of the whole rulebook (whatever the filter): equal to a critique's `rulebookVersion` when made with these rules. */
  rulebookVersion: z.string(),
  rules: z.array(RuleInfo),
});
export type RulesResponse = z.infer<typeof RulesResponse>;
