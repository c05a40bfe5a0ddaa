import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { lintOutreach, rulesFor } from '../../shared/rules/index.ts';
import { EMAIL_WORD_LIMIT, findDurations, LINKEDIN_NOTE_LIMIT } from '../../shared/rules/outreach-rules.ts';
import { countWords, sentences } from '../../shared/rules/text.ts';
import type { OutreachCritiqueBody } from '../../server/coach/offline-outreach.ts';
import { bracketSpans } from '../../shared/text/scan.ts';

/** A sentence that asks for the meeting: only one of these may stand in the rewrite. */
const ASKS_TO_MEET =
  /\b(?:would|could|can|may|might|will) (?:you|we|I)\b[^.!?\n]{0,80}\b(?:call|chat|talk|meet|meeting|coffee|zoom|minutes?|mins?|time|conversation|speak|connect|hop on|shadow|visit|come by|stop by|tour)\b|\bI(?:['’]d| would) (?:appreciate|love|welcome|value|be (?:so |very |really |most )?grateful for|like)\b[^.!?\n]{0,40}\b(?:minutes?|mins?|of your time|a call|a chat|a conversation|a coffee|a meeting|to meet|to talk|to chat)\b|\blet['’]s (?:meet|talk|chat|grab|set up|schedule|hop)\b|\b(?:are|would) you (?:be )?(?:free|available|open|up for|willing)\b|\b(?:grab|get) (?:a )?(?:coffee|lunch|a call)\b/i;

/** (The meeting-ask and placeholder readings were the legacy rewrite's; the scorers still judge `rewrite` by them.) */
/** Rules a placeholder stands in for: a rewrite that holds one may fail them until the writer fills it in. */
export const PLACEHOLDER_RULES: ReadonlySet<string> = new Set(['outreach.introduces-self', 'outreach.connection', 'outreach.specific-purpose', 'outreach.proposes-times']);

/** Whether `ruleId` failing on `rewrite` only waits on a [bracketed placeholder] the writer fills in. */
export function waitsOnPlaceholder(ruleId: string, rewrite: string): boolean {
  return PLACEHOLDER_RULES.has(ruleId) && bracketSpans(rewrite, { multiline: false }).length > 0;
}

/** Whether a sentence asks for the meeting: "Could we talk…?", "20 min on Zoom next Tue?". */
function asksToMeet(sentence: string): boolean {
  if (/^(?:I['’]m|I am) (?:happy|glad|free|available)\b/i.test(sentence)) return false;
  return ASKS_TO_MEET.test(sentence) || (/\?["'”’)]*$/.test(sentence) && findDurations(sentence).length > 0);
}

/** The sentences of a message that ask for the meeting (a rewrite has exactly one). */
export function meetingAsks(message: string): string[] {
  return sentences(message)
    .map((s) => s.value)
    .filter(asksToMeet);
}

/**
 * Scorers: small named pure functions from (case, output) to 0..1. They judge every coach —
 * offline or model — by the same rules the product uses.
 */
export interface ScorerInput {
  draft: string;
  context: OutreachContext;
  /** Rule ids a human reviewer fails. */
  failed: string[];
  critique: OutreachCritiqueBody;
}
export type Scorer = { name: string; description: string; score: (input: ScorerInput) => number };

const failedOn = (text: string, context: OutreachContext) =>
  new Set(lintOutreach(text, context).filter((v) => !v.result.passed).map((v) => v.rule.id));

/** Share of outreach rules on which the critique agrees with the human label. */
export const agreesWithReviewer: Scorer = {
  name: 'agrees-with-reviewer',
  description: 'share of outreach rules whose verdict matches the human label',
  score: ({ failed, critique }) => {
    const rules = rulesFor('outreach');
    const agree = rules.filter((r) => {
      const finding = critique.findings.find((f) => f.ruleId === r.id);
      return finding !== undefined && finding.passed === !failed.includes(r.id);
    });
    return agree.length / rules.length;
  },
};

/** 1 when every rule a checker fails on the draft is failed in the critique (the guard holds). */
export const neverPassesACheckerFailure: Scorer = {
  name: 'never-passes-a-checker-failure',
  description: 'no finding passes what a checker failed',
  score: ({ draft, context, critique }) => {
    const checkerFailed = failedOn(draft, context);
    return critique.findings.every((f) => !(checkerFailed.has(f.ruleId) && f.passed)) ? 1 : 0;
  },
};

/**
 * The messages the coach offers to send, which the rewrite scorers judge: `rewrite` — the edited draft, every
 * edit accepted — and the fresh draft when one is offered. The page offers exactly these two, and the target
 * is that one of them is sendable (issue 13: "the edited draft or the fresh draft is sendable"), so a rewrite
 * scorer gives the better of the two; the edited draft's own shapes are guarded by the shape scorers.
 */
export function offeredMessages(critique: OutreachCritiqueBody): string[] {
  return [critique.rewrite, critique.freshDraft?.text].filter((t): t is string => t !== undefined);
}
/** The best score of `judge` over the offered messages, or `none` when nothing is offered. */
const best = (critique: OutreachCritiqueBody, none: number, judge: (message: string) => number) => {
  const offered = offeredMessages(critique);
  return offered.length === 0 ? none : Math.max(...offered.map(judge));
};

/**
 * Facts only the writer has, which an offered message never invents (issue 13: a [blank] only for a fact the
 * draft lacks, the writer's time amount kept): a connection the draft does not state, a time amount other than
 * the writer's. A rule on them that the draft failed too waits on the writer, as a placeholder does.
 */
const WRITER_ONLY: ReadonlySet<string> = new Set(['outreach.connection', 'outreach.time-ask']);
const waitsOnWriter = (ruleId: string, rewrite: string, draftFailed: ReadonlySet<string>) => waitsOnPlaceholder(ruleId, rewrite) || (WRITER_ONLY.has(ruleId) && draftFailed.has(ruleId));

/** Rules the rewrite fails, except those waiting on a [placeholder] or a fact only the writer can give. */
const rewriteFailed = (rewrite: string, context: OutreachContext, draftFailed: ReadonlySet<string> = new Set()) =>
  new Set([...failedOn(rewrite, context)].filter((id) => !waitsOnWriter(id, rewrite, draftFailed)));

/** Share of the draft's failed rules that the rewrite passes, or leaves to a placeholder (1 when nothing needed fixing). */
export const rewriteFixes: Scorer = {
  name: 'rewrite-fixes',
  description: "share of the draft's failed rules the offered message passes (or leaves to a placeholder or the writer)",
  score: ({ draft, context, critique }) => {
    const before = failedOn(draft, context);
    if (before.size === 0) return best(critique, 1, (m) => (rewriteFailed(m, context).size === 0 ? 1 : 0));
    return best(critique, 0, (m) => {
      const after = rewriteFailed(m, context, before);
      return [...before].filter((id) => !after.has(id)).length / before.size;
    });
  },
};

/** 1 when an offered message breaks no high-severity rule (no job ask, no CV, a short time ask…). */
export const rewriteKeepsHighRules: Scorer = {
  name: 'rewrite-keeps-high-rules',
  description: 'an offered message breaks no high-severity rule',
  score: ({ draft, context, critique }) => {
    const before = failedOn(draft, context);
    return best(critique, 1, (m) => (lintOutreach(m, context).every((v) => v.result.passed || v.rule.severity !== 'high' || waitsOnWriter(v.rule.id, m, before)) ? 1 : 0));
  },
};

/** 1 when an offered LinkedIn message fits the free connection note. */
export const fitsChannel: Scorer = {
  name: 'fits-channel',
  description: `an offered LinkedIn message fits ${LINKEDIN_NOTE_LIMIT} characters`,
  score: ({ context, critique }) => (context.channel !== 'linkedin' ? 1 : best(critique, 1, (m) => ([...m.trim()].length <= LINKEDIN_NOTE_LIMIT ? 1 : 0))),
};

/**
 * A message a careful person would send (after filling its placeholders): exactly one meeting ask,
 * the sign-off last, within the limit the coach enforces, and no rule the draft passed now broken.
 * The share of those four checks that hold, for the better of the offered messages.
 */
export const rewriteSendable: Scorer = {
  name: 'rewrite-sendable',
  description: 'one ask, sign-off last, within the limit, never worse than the draft',
  score: ({ draft, context, critique }) => {
    const before = failedOn(draft, context);
    return best(critique, 1, (rewrite) => {
      const lines = sentences(rewrite).map((s) => s.value);
      const linkedin = context.channel === 'linkedin';
      const oneAsk = meetingAsks(rewrite).length === 1;
      // An email ends with its sign-off: a short closing line and, at most, a name after it.
      const signoffLast = linkedin || (/^(?:[A-Z][\p{L}\s,.!'’-]{0,30}|\[Your name\])$/u.test(lines.at(-1) ?? '') && !/\?$/.test(lines.at(-1) ?? ''));
      const withinLimit = linkedin ? [...rewrite.trim()].length <= LINKEDIN_NOTE_LIMIT : countWords(rewrite) <= EMAIL_WORD_LIMIT;
      const neverWorse = [...rewriteFailed(rewrite, context)].every((id) => before.has(id));
      return [oneAsk, signoffLast, withinLimit, neverWorse].filter(Boolean).length / 4;
    });
  },
};

export const outreachScorers: Scorer[] = [agreesWithReviewer, neverPassesACheckerFailure, rewriteFixes, rewriteKeepsHighRules, fitsChannel, rewriteSendable];
