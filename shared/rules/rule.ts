/**
 * The shape of a rule. Every checkable piece of advice in the guides is one `Rule`:
 * written once here, used by the live lint (browser), the offline coach and the guard on
 * model output (server), the prompt templates (rendered rule texts) and the evals.
 *
 * This folder imports nothing but zod-free TypeScript so the browser can run it as is.
 */

/** What a rule applies to: the four places people get informational interviews wrong. */
export const RULE_TARGETS = ['outreach', 'question', 'conduct', 'follow-up', 'plan'] as const;
export type RuleTarget = (typeof RULE_TARGETS)[number];

/**
 * How much breaking the rule hurts.
 * - `high`: breaks the nature of an informational interview (job ask, attachments, no ask at all).
 * - `medium`: makes a yes noticeably less likely.
 * - `low`: polish.
 */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A guide file the rule comes from, with a short quote (never more than a sentence). */
export interface RuleSource {
  /** File name in the guides folder, e.g. `000_e59610dcce94501e.txt`. */
  guide: string;
  quote: string;
}

/** A span of the checked text: `text.slice(start, end) === quote`. */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
  /** Where the span is: the checked text (default), or the pasted profile (`question.not-on-profile`). */
  in?: 'profile' | undefined;
}

/** Facts about the message that are not in its text (all optional). */
export interface CheckContext {
  recipientName?: string | undefined;
  recipientRole?: string | undefined;
  organization?: string | undefined;
  connection?: string | undefined;
  channel?: 'email' | 'linkedin' | 'phone' | undefined;
  minutesRequested?: number | undefined;
  /** Follow-up notes: topics of the conversation the note is about, when known. */
  topics?: readonly string[] | undefined;
  /** Questions: the field the person works in, and their pasted profile or bio. */
  field?: string | undefined;
  profile?: string | undefined;
}

/** What a checker decides about one text. */
export interface CheckResult {
  passed: boolean;
  /** One sentence for the user: what was found, or what is missing. */
  message: string;
  /** Where in the text the decision comes from (what satisfied the rule, or what broke it). */
  evidence?: Evidence[];
  /** What to do about a failure: concrete, one or two sentences. */
  suggestion?: string;
}

/** A pure function: same text and context, same result. No I/O, no clock, no randomness. */
export type Checker = (text: string, context: CheckContext) => CheckResult;

export interface Rule {
  /** Stable id, `<target>.<kebab-name>`; stored with critiques, never renamed. */
  id: string;
  appliesTo: RuleTarget;
  severity: Severity;
  /** One line, imperative, shown in checklists and rendered into prompts. */
  text: string;
  /** Short label for compact checklists. */
  title: string;
  sources: RuleSource[];
  /**
   * How the rule counts in the score: `does` rules are the parts of a good message (missing one
   * costs its share), `avoids` rules are mistakes (passing them is free, breaking one costs a
   * penalty). See `score()` in lint.ts. Absent means `does`.
   */
  kind?: RuleKind;
  /** Breaking this rule caps the score here, whatever else the message does (a job ask, a CV). */
  capsScoreAt?: number;
  /** Present where text alone can decide the rule. */
  check?: Checker;
}

export const RULE_KINDS = ['does', 'avoids'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
