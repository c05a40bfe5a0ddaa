import { encodeUntrusted } from './untrusted-text.ts';
import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import type { Rule, RuleVerdict } from '../../shared/rules/index.ts';
import { LINKEDIN_NOTE_LIMIT } from '../../shared/rules/outreach-rules.ts';

/**
 * The inputs of `prompts/outreach-critique.prompt.md`, rendered from the rulebook and the checkers
 * so a rule's text is written once (in shared/rules) and the prompt never repeats it.
 *
 * Everything the user typed (the draft and the context fields) goes into `writerText` only, as one
 * JSON object: a block the user's text cannot close (quotes, newlines and angle brackets are
 * escaped). `facts` and `checkerFindings` are written by code alone and never quote the user:
 * checker evidence is given as character offsets into the draft.
 */
export interface OutreachCritiqueInputs {
  [name: string]: string;
  facts: string;
  rules: string;
  checkerFindings: string;
  writerText: string;
}

export function outreachCritiqueInputs(
  draft: string,
  context: OutreachContext,
  rules: readonly Rule[],
  verdicts: readonly RuleVerdict[],
): OutreachCritiqueInputs {
  return {
    facts: renderFacts(context),
    rules: renderRules(rules),
    checkerFindings: renderCheckerFindings(rules, verdicts),
    writerText: renderWriterText(draft, context),
  };
}

/**
 * The user's own text as JSON, with `<`, `>` and `&` escaped too, so no `</…>`, fence or quote in it
 * can end the block or pass for the prompt's own words.
 */
export function renderWriterText(draft: string, context: OutreachContext): string {
  const given = (value: string | undefined) => (value === undefined || value === '' ? null : value);
  return encodeUntrusted({
    draft,
    recipientName: given(context.recipientName),
    recipientRole: given(context.recipientRole),
    organization: given(context.organization),
    connection: given(context.connection),
  });
}

/** `- outreach.no-job-ask [high]: Do not ask for a job…`, one line per rule, rulebook order. */
export function renderRules(rules: readonly Rule[]): string {
  return rules.map((rule) => `- ${rule.id} [${rule.severity}]: ${oneLine(rule.text)}`).join('\n');
}

/** What the checkers decided, one line per rule; rules without a checker are left to the model. */
export function renderCheckerFindings(rules: readonly Rule[], verdicts: readonly RuleVerdict[]): string {
  return rules
    .map((rule) => {
      const verdict = verdicts.find((v) => v.rule.id === rule.id);
      if (!verdict) return `- ${rule.id}: no checker; decide it yourself.`;
      const { passed, evidence } = verdict.result;
      // The rule's text, never the checker's message: messages may quote the draft, and the user's
      // words must not appear among the facts.
      const span = evidence?.[0];
      const where = span ? ` (evidence: draft characters ${span.start}–${span.end})` : '';
      return `- ${rule.id}: ${passed ? 'PASSED' : 'FAILED'}${where}`;
    })
    .join('\n');
}

/** What code knows about the message: the channel and its limit, the minutes asked for, which fields were given. */
export function renderFacts(context: OutreachContext): string {
  const channel =
    context.channel === 'linkedin'
      ? `LinkedIn connection note: at most ${LINKEDIN_NOTE_LIMIT} characters in all`
      : context.channel === 'email'
        ? 'email'
        : context.channel === 'phone'
          ? 'phone call or voicemail script: said aloud, no subject line'
          : '(not given; treat it as an email)';
  const given = (value: string | undefined) => (value === undefined || value === '' ? 'not given' : 'given in the writer\'s text');
  return [
    `- Channel: ${channel}`,
    `- Minutes the writer wants to ask for: ${context.minutesRequested ?? '(not given)'}`,
    `- Recipient's name: ${given(context.recipientName)}`,
    `- Recipient's role: ${given(context.recipientRole)}`,
    `- Organization: ${given(context.organization)}`,
    `- Connection to the recipient: ${given(context.connection)}`,
  ].join('\n');
}

/** A text on one line: every run of whitespace one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
