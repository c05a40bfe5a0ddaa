import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { lintOutreach, rulesFor } from '../../shared/rules/index.ts';
import { EMAIL_WORD_LIMIT, LINKEDIN_NOTE_LIMIT } from '../../shared/rules/outreach-rules.ts';
import { countWords, sentences } from '../../shared/rules/text.ts';
import type { OutreachCritiqueBody } from '../../server/coach/offline-outreach.ts';
import { meetingAsks, waitsOnPlaceholder } from '../../server/coach/outreach-rewrite.ts';

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

/** Rules the rewrite fails, except those waiting on a [placeholder] only the writer can fill. */
const rewriteFailed = (rewrite: string, context: OutreachContext) =>
  new Set([...failedOn(rewrite, context)].filter((id) => !waitsOnPlaceholder(id, rewrite)));

/** Share of the draft's failed rules that the rewrite passes, or leaves to a placeholder (1 when nothing needed fixing). */
export const rewriteFixes: Scorer = {
  name: 'rewrite-fixes',
  description: "share of the draft's failed rules the rewrite passes (or leaves to a placeholder)",
  score: ({ draft, context, critique }) => {
    const before = failedOn(draft, context);
    if (before.size === 0) return critique.rewrite === undefined || rewriteFailed(critique.rewrite, context).size === 0 ? 1 : 0;
    if (critique.rewrite === undefined) return 0;
    const after = rewriteFailed(critique.rewrite, context);
    return [...before].filter((id) => !after.has(id)).length / before.size;
  },
};

/** 1 when the rewrite breaks no high-severity rule (no job ask, no CV, a short time ask…). */
export const rewriteKeepsHighRules: Scorer = {
  name: 'rewrite-keeps-high-rules',
  description: 'the rewrite breaks no high-severity rule',
  score: ({ context, critique }) => {
    if (critique.rewrite === undefined) return 1;
    const rewrite = critique.rewrite;
    return lintOutreach(rewrite, context).every((v) => v.result.passed || v.rule.severity !== 'high' || waitsOnPlaceholder(v.rule.id, rewrite)) ? 1 : 0;
  },
};

/** 1 when a LinkedIn rewrite fits the free connection note. */
export const fitsChannel: Scorer = {
  name: 'fits-channel',
  description: `a LinkedIn rewrite fits ${LINKEDIN_NOTE_LIMIT} characters`,
  score: ({ context, critique }) =>
    context.channel !== 'linkedin' || critique.rewrite === undefined || [...critique.rewrite.trim()].length <= LINKEDIN_NOTE_LIMIT ? 1 : 0,
};

/**
 * A rewrite a careful person would send (after filling its placeholders): exactly one meeting ask,
 * the sign-off last, within the limit the coach enforces, and no rule the draft passed now broken.
 * The share of those four checks that hold.
 */
export const rewriteSendable: Scorer = {
  name: 'rewrite-sendable',
  description: 'one ask, sign-off last, within the limit, never worse than the draft',
  score: ({ draft, context, critique }) => {
    const rewrite = critique.rewrite;
    if (rewrite === undefined) return 1;
    const lines = sentences(rewrite).map((s) => s.value);
    const linkedin = context.channel === 'linkedin';
    const oneAsk = meetingAsks(rewrite).length === 1;
    // An email ends with its sign-off: a short closing line and, at most, a name after it.
    const signoffLast = linkedin || /^(?:[A-Z][\p{L}\s,.!'’-]{0,30}|\[Your name\])$/u.test(lines.at(-1) ?? '') && !/\?$/.test(lines.at(-1) ?? '');
    const withinLimit = linkedin ? [...rewrite.trim()].length <= LINKEDIN_NOTE_LIMIT : countWords(rewrite) <= EMAIL_WORD_LIMIT;
    const before = failedOn(draft, context);
    const neverWorse = [...rewriteFailed(rewrite, context)].every((id) => before.has(id));
    return [oneAsk, signoffLast, withinLimit, neverWorse].filter(Boolean).length / 4;
  },
};

export const outreachScorers: Scorer[] = [agreesWithReviewer, neverPassesACheckerFailure, rewriteFixes, rewriteKeepsHighRules, fitsChannel, rewriteSendable];
