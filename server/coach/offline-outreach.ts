import type { Finding } from '../../shared/contracts/common.ts';
import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { lintOutreach, score, toFinding, type RuleVerdict } from '../../shared/rules/index.ts';
import { findDurations } from '../../shared/rules/outreach-rules.ts';
import { askMinutes, rewriteOutreach } from './outreach-rewrite.ts';

/** What a coach says about a draft (no persistence fields). */
export interface OutreachCritiqueBody {
  score: number;
  findings: Finding[];
  strengths: string[];
  rewrite?: string;
  subject?: string;
  /** Shown to the user when something did not go as asked (e.g. a model's rewrite was replaced). */
  notice?: string;
}

/** Rules whose pass is worth praising: the ones that ask the writer to *do* something. */
const PRAISED = new Set([
  'outreach.introduces-self',
  'outreach.connection',
  'outreach.specific-purpose',
  'outreach.time-ask',
  'outreach.proposes-times',
  'outreach.easy-format',
  'outreach.gracious',
]);

function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function strengthsOf(verdicts: RuleVerdict[]): string[] {
  return verdicts
    .filter((v) => v.result.passed && PRAISED.has(v.rule.id) && v.result.evidence?.[0])
    .map((v) => `${v.rule.title}: “${clip(v.result.evidence![0]!.quote)}”`);
}

/** "learning more about career paths in nonprofits focused on sustainability" → that topic. */
function topicOf(verdicts: RuleVerdict[], context: OutreachContext): string | undefined {
  const purpose = verdicts.find((v) => v.rule.id === 'outreach.specific-purpose' && v.result.passed)?.result.evidence?.[0]?.quote;
  const topic = purpose
    ?.replace(/^.*?\b(?:about|on|into|regarding)\s+/i, '')
    .replace(/[.!?]+$/, '')
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
    .replace(/[,;:]+$/, '');
  if (topic && topic !== purpose) return topic;
  const role = context.recipientRole?.trim();
  const org = context.organization?.trim();
  if (role && org) return `working as ${role} at ${org}`;
  return role ? `working as ${role}` : org ? `working at ${org}` : undefined;
}

export function subjectFor(verdicts: RuleVerdict[], context: OutreachContext): string {
  // The draft's own ask when it has a good one ("30-minute"), else the one the rewrite adds.
  const asked = verdicts.find((v) => v.rule.id === 'outreach.time-ask' && v.result.passed)?.result.evidence?.[0]?.quote;
  const minutes = (asked && findDurations(asked)[0]?.minutes) || askMinutes(context);
  const topic = topicOf(verdicts, context);
  return topic ? `${minutes} minutes on ${topic}?` : `Request for a ${minutes}-minute informational conversation`;
}

/** The offline coach: the rulebook's verdicts, a score, strengths, and a rewrite when anything failed. Deterministic. */
export function offlineOutreachCritique(draft: string, context: OutreachContext = {}): OutreachCritiqueBody {
  const verdicts = lintOutreach(draft, context);
  const findings = verdicts.map(toFinding);
  const anyFailed = findings.some((f) => !f.passed);
  return {
    score: score(findings),
    findings,
    strengths: strengthsOf(verdicts),
    ...(anyFailed ? { rewrite: rewriteOutreach(draft, context, verdicts) } : {}),
    ...(context.channel === 'linkedin' ? {} : { subject: subjectFor(verdicts, context) }),
  };
}
