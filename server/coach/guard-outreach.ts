import type { EvidenceSpan, Finding } from '../../shared/contracts/common.ts';
import type { OutreachContext, OutreachModelCritique } from '../../shared/contracts/outreach.ts';
import { actionable, decideOutreach } from '../../shared/language/outreach.ts';
import { rulesFor, score, toFinding, type Rule, type RuleVerdict } from '../../shared/rules/index.ts';
import { inspectOutput, PROBLEM_WORDS, type OutputProblem } from '../model/output-hygiene.ts';
import { capForBlanks, offlineOutreachCritique, type OutreachCritiqueBody } from './offline-outreach.ts';

export interface GuardedCritique {
  body: OutreachCritiqueBody;
  /** Plain sentences for the user about what the guard had to change (empty when nothing). */
  notices: string[];
  /** Rules the model passed although a checker failed them (kept failed); for evals and logs. */
  overridden: string[];
}

type ModelFinding = OutreachModelCritique['findings'][number];

const MAX_STRENGTHS = 5;

/**
 * Rules a rewrite must pass whatever the draft did: a rewrite that asks for a job or attaches a
 * resume is never one to send, even when the offline rewrite could not get rid of it either.
 */
const NEVER_IN_A_REWRITE: ReadonlySet<string> = new Set(['outreach.no-job-ask', 'outreach.no-attachments']);

export interface GuardOptions {
  /** Strings no field may contain: the API key, the prompt canary. */
  secrets?: readonly string[] | undefined;
  /** Problems `runPrompt` already found (and emptied the strings of): named in the notice like the guard's own. */
  problems?: readonly OutputProblem[] | undefined;
}

/**
 * Puts the rulebook between a model and the user. Pure: same inputs, same answer.
 * - Findings: every outreach rule exactly once, in rulebook order; unknown ids dropped. A rule a
 *   checker failed stays failed whatever the model says; a rule a checker passed may be failed by
 *   the model (its evidence located from the model's quote); the model decides rules without a
 *   checker; a rule the model skipped takes the checker's verdict. Severity and sources always
 *   come from the rulebook, and the score is recomputed: the model never scores.
 * - Rewrite: run through every checker, as a user's draft is. If it breaks a rule the offline
 *   rewrite of the draft keeps (or asks for a job, or attaches something), the offline coach
 *   repairs it; if that still breaks one, the offline rewrite replaces it.
 * - Every string first passes the output hygiene checks (markup, secrets, instructions to the
 *   reader); a field that fails is replaced by the offline coach's (or dropped), with a notice.
 */
export function guardOutreachCritique(
  draft: string,
  context: OutreachContext,
  rawOutput: OutreachModelCritique,
  deterministicVerdicts: readonly RuleVerdict[],
  options: GuardOptions = {},
): GuardedCritique {
  const notices: string[] = [];
  const overridden: string[] = [];
  const rules = rulesFor('outreach');
  const offline = offlineOutreachCritique(draft, context);
  const found = inspectOutput(rawOutput, { secrets: options.secrets });
  const problems = [...(options.problems ?? []), ...found.filter((p) => !options.problems?.some((q) => q.path === p.path))];
  const modelOutput = withoutFailedFields(rawOutput, problems);
  const replaced = describeProblems(problems);
  if (replaced) notices.push(replaced);

  const byRule = new Map<string, ModelFinding>();
  for (const finding of modelOutput.findings) {
    if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, finding);
  }

  const findings: Finding[] = [];
  const skipped: Rule[] = [];
  for (const rule of rules) {
    const verdict = deterministicVerdicts.find((v) => v.rule.id === rule.id);
    const said = byRule.get(rule.id);
    if (verdict) {
      const checked = fromRulebook(rule, toFinding(verdict));
      if (!checked.passed) {
        if (said?.passed) overridden.push(rule.id);
        const suggestion = !said?.passed ? clean(said?.suggestion) : undefined;
        findings.push(suggestion ? { ...checked, suggestion } : checked);
      } else if (said && !said.passed) {
        findings.push(fromModel(rule, said, draft, checked.message));
      } else {
        findings.push(checked);
      }
    } else if (said) {
      findings.push(fromModel(rule, said, draft, rule.text));
    } else {
      const standIn = offline.findings.find((f) => f.ruleId === rule.id);
      if (standIn) findings.push(fromRulebook(rule, standIn));
      else skipped.push(rule);
    }
  }
  if (overridden.length > 0) {
    const titles = listTitles(rules.filter((r) => overridden.includes(r.id)));
    notices.push(
      overridden.length === 1
        ? `The model called "${titles}" met, but the checker found it broken; the checker's verdict stands.`
        : `The model called ${overridden.length} rules met that the checkers found broken (${titles}); the checkers' verdicts stand.`,
    );
  }
  if (skipped.length > 0) {
    notices.push(`The model did not assess ${listTitles(skipped)}, and no checker can; it is left out of the score.`);
  }

  const rewriteRejected = problems.some((p) => p.path === 'rewrite');
  const rewrite = rewriteRejected ? offline.rewrite : guardRewrite(modelOutput.rewrite, draft, context, offline, notices);
  const subjectRejected = problems.some((p) => p.path === 'subject');
  const subject = context.channel === 'linkedin' || context.channel === 'phone' ? undefined : subjectRejected ? offline.subject : clean(modelOutput.subject);
  const strengths = [...new Set(modelOutput.strengths.map((s) => clean(s)).filter((s): s is string => !!s))].slice(0, MAX_STRENGTHS);

  // The offers (edits, fresh draft, blanks) come from the text layer, whichever coach judged.
  const ready = offline.readyToSend === true && findings.every((f) => f.passed);
  const body: OutreachCritiqueBody = {
    score: capForBlanks(score(findings), offline.blanks ?? []),
    findings,
    strengths,
    ...(rewrite !== undefined ? { rewrite } : {}),
    ...(subject !== undefined ? { subject } : {}),
    readyToSend: ready,
    ...(offline.blanks ? { blanks: offline.blanks } : {}),
    ...(offline.edits ? { edits: offline.edits, editedDraft: offline.editedDraft } : {}),
    ...(offline.freshDraft ? { freshDraft: offline.freshDraft } : {}),
  };
  return { body, notices, overridden };
}

function guardRewrite(
  proposed: string,
  draft: string,
  context: OutreachContext,
  offline: OutreachCritiqueBody,
  notices: string[],
): string | undefined {
  const offlineRewrite = offline.rewrite;
  const rewrite = proposed.trim();
  if (rewrite === '') {
    if (offlineRewrite !== undefined) notices.push("The model wrote no rewrite; this is the offline coach's.");
    return offlineRewrite;
  }
  // The bar: whatever the offline rewrite of the draft (or the draft itself) already gets right.
  const bar = failedRuleIds(offlineRewrite ?? draft, context);
  const broken = (text: string) => {
    const failed = failedRuleIds(text, context);
    return rulesFor('outreach').filter((rule) => failed.has(rule.id) && (!bar.has(rule.id) || NEVER_IN_A_REWRITE.has(rule.id)));
  };

  const broke = broken(rewrite);
  if (broke.length === 0) return rewrite;

  const repaired = offlineOutreachCritique(rewrite, context).rewrite?.trim();
  if (repaired && broken(repaired).length === 0) {
    notices.push(`The model's rewrite broke a rule (${listTitles(broke)}); the rulebook edited it.`);
    return repaired;
  }
  if (offlineRewrite !== undefined) {
    notices.push(`The model's rewrite broke a rule (${listTitles(broke)}); this is the offline coach's rewrite instead.`);
    return offlineRewrite;
  }
  notices.push(`The model's rewrite broke a rule (${listTitles(broke)}), so it is not shown.`);
  return undefined;
}

/** The answer with every field that failed a hygiene check emptied, so the rulebook's text stands in. */
function withoutFailedFields(output: OutreachModelCritique, problems: readonly OutputProblem[]): OutreachModelCritique {
  if (problems.length === 0) return output;
  const failed = new Set(problems.map((p) => p.path));
  return {
    findings: output.findings
      .filter((_, i) => !failed.has(`findings.${i}.ruleId`))
      .map((f, i) => ({
        ...f,
        message: failed.has(`findings.${i}.message`) ? '' : f.message,
        suggestion: failed.has(`findings.${i}.suggestion`) ? null : f.suggestion,
        quote: failed.has(`findings.${i}.quote`) ? null : f.quote,
      })),
    strengths: output.strengths.filter((_, i) => !failed.has(`strengths.${i}`)),
    rewrite: failed.has('rewrite') ? '' : output.rewrite,
    subject: failed.has('subject') ? null : output.subject,
  };
}

const FIELD_WORDS: Readonly<Record<string, string>> = { rewrite: 'the rewrite', subject: 'the subject line', strengths: 'a strength', findings: 'a finding' };

/** "The model's rewrite contained markup; …: the offline coach's text stands in." or undefined. */
function describeProblems(problems: readonly OutputProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  const parts = new Map<string, string>();
  for (const problem of problems) {
    const field = FIELD_WORDS[problem.path.split('.')[0] ?? ''] ?? 'a field';
    const key = `${field} ${PROBLEM_WORDS[problem.kind]}`;
    parts.set(key, key);
  }
  return `Parts of the model's answer were not shown (${[...parts.values()].join('; ')}); the offline coach's text stands in.`;
}

function failedRuleIds(text: string, context: OutreachContext): Set<string> {
  return new Set(actionable(decideOutreach(text, context)).filter((v) => !v.result.passed).map((v) => v.rule.id));
}

/** A model's verdict as a finding; `fallbackMessage` stands in for an empty message. */
function fromModel(rule: Rule, said: ModelFinding, draft: string, fallbackMessage: string): Finding {
  const evidence = said.quote ? locateQuote(draft, said.quote) : undefined;
  const suggestion = said.passed ? undefined : clean(said.suggestion);
  return {
    ruleId: rule.id,
    passed: said.passed,
    severity: rule.severity,
    message: clean(said.message) ?? fallbackMessage,
    ...(evidence ? { evidence } : {}),
    ...(suggestion ? { suggestion } : {}),
    sources: rule.sources.map((s) => s.guide),
  };
}

/** Severity and sources are the rulebook's, whoever wrote the rest. */
function fromRulebook(rule: Rule, finding: Finding): Finding {
  return { ...finding, severity: rule.severity, sources: rule.sources.map((s) => s.guide) };
}

/**
 * Where the model's quote is in the text, case-insensitively, tolerant of the whitespace and
 * quote-mark changes models make when they copy. Undefined when it is not there.
 */
export function locateQuote(text: string, quote: string): EvidenceSpan | undefined {
  const wanted = quote.trim();
  // Models sometimes wrap what they copy in quote marks: try it as given, then unwrapped.
  const unwrapped = /^["“”'‘’]([\s\S]+)["“”'‘’]$/.exec(wanted)?.[1]?.trim();
  for (const candidate of [wanted, unwrapped]) {
    if (!candidate) continue;
    const match = quotePattern(candidate).exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length, quote: match[0] };
  }
  return undefined;
}

function quotePattern(quote: string): RegExp {
  let source = '';
  for (const part of quote.split(/(\s+)/)) {
    if (part === '') continue;
    if (/^\s+$/.test(part)) {
      source += '\\s+';
      continue;
    }
    for (const char of part) {
      if ("'‘’".includes(char)) source += "['‘’]";
      else if ('"“”'.includes(char)) source += '["“”]';
      else source += char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
  }
  return new RegExp(source, 'iu');
}

function clean(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

function listTitles(rules: readonly Rule[]): string {
  return rules.map((rule) => rule.title).join(', ');
}
