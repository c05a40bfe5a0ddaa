import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import type { Rule, RuleVerdict } from '../../shared/rules/index.ts';
import { LINKEDIN_NOTE_LIMIT } from '../../shared/rules/outreach-rules.ts';

/**
 * The inputs of `prompts/outreach-critique.prompt.md`, rendered from the rulebook and the checkers
 * so a rule's text is written once (in shared/rules) and the prompt never repeats it.
 */
export interface OutreachCritiqueInputs {
  [name: string]: string;
  draft: string;
  context: string;
  rules: string;
  checkerFindings: string;
}

export function outreachCritiqueInputs(
  draft: string,
  context: OutreachContext,
  rules: readonly Rule[],
  verdicts: readonly RuleVerdict[],
): OutreachCritiqueInputs {
  return {
    draft,
    context: renderContext(context),
    rules: renderRules(rules),
    checkerFindings: renderCheckerFindings(rules, verdicts),
  };
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
      const { passed, message, evidence } = verdict.result;
      const quote = evidence?.[0]?.quote;
      return `- ${rule.id}: ${passed ? 'PASSED' : 'FAILED'}: ${oneLine(message)}${quote ? ` (evidence: "${oneLine(quote)}")` : ''}`;
    })
    .join('\n');
}

export function renderContext(context: OutreachContext): string {
  const given = (value: string | number | undefined) =>
    value === undefined || value === '' ? '(not given)' : oneLine(String(value));
  const channel =
    context.channel === 'linkedin'
      ? `LinkedIn connection note: at most ${LINKEDIN_NOTE_LIMIT} characters in all`
      : context.channel === 'email'
        ? 'email'
        : '(not given; treat it as an email)';
  return [
    `- Recipient: ${given(context.recipientName)}`,
    `- Recipient's role: ${given(context.recipientRole)}`,
    `- Organization: ${given(context.organization)}`,
    `- Connection to the recipient: ${given(context.connection)}`,
    `- Channel: ${channel}`,
    `- Minutes the writer wants to ask for: ${given(context.minutesRequested)}`,
  ].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
