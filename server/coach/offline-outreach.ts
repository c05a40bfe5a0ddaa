import type { Finding } from '../../shared/contracts/common.ts';
import { PLACEHOLDER_SCORE_CAP, type FreshDraft, type OutreachContext, type SuggestedEdit } from '../../shared/contracts/outreach.ts';
import { actionable, decideOutreach, toFusedFinding } from '../../shared/language/outreach.ts';
import { lintOutreach, score, type Rule, type RuleVerdict } from '../../shared/rules/index.ts';
import { findDurations, purposeTopic } from '../../shared/rules/outreach-rules.ts';
import { shortenQuote } from '../../shared/rules/text.ts';
import { extractFacts, maskPlaceholders, placeholdersIn } from '../text/facts.ts';
import { freshDraft } from './fresh-draft.ts';
import { askMinutes, needsPolish, rewriteOutreach } from './outreach-rewrite.ts';
import { applyEdits, hasRepeatedSentence, suggestEdits } from './suggested-edits.ts';
import { favourInSubject, leftoverFavour, strayTopic, subjectFragment } from '../text/shapes.ts';

/** What a coach says about a draft (no persistence fields). */
export interface OutreachCritiqueBody {
  score: number;
  findings: Finding[];
  strengths: string[];
  rewrite?: string;
  subject?: string;
  /** Shown to the user when something did not go as asked (e.g. a model's rewrite was replaced). */
  notice?: string;
  readyToSend?: boolean;
  blanks?: string[];
  edits?: SuggestedEdit[];
  editedDraft?: string;
  freshDraft?: FreshDraft;
}

/** A draft that still holds a [placeholder] is unfinished: its score is capped, whatever else it does. */
export function capForBlanks(rawScore: number, blanks: readonly string[]): number {
  return blanks.length > 0 ? Math.min(rawScore, PLACEHOLDER_SCORE_CAP) : rawScore;
}

/**
 * What the writer is offered besides the verdicts: (a) one minimal edit per failing rule and the
 * draft with all of them, (b) a fresh draft from the draft's facts — or "ready to send" when every
 * rule passes and no [blank] remains. Linted on the masked draft: a placeholder never satisfies a rule.
 */
export function outreachOffers(draft: string, context: OutreachContext, verdicts: RuleVerdict[]): Pick<OutreachCritiqueBody, 'readyToSend' | 'blanks' | 'edits' | 'editedDraft' | 'freshDraft'> {
  const blanks = placeholdersIn(draft).map((p) => p.text);
  const allPassed = verdicts.every((v) => v.result.passed);
  if (allPassed && blanks.length === 0 && !hasRepeatedSentence(draft)) return { readyToSend: true };
  const facts = extractFacts(draft, context, verdicts);
  const edits = suggestEdits(draft, context, verdicts, facts);
  const editedDraft = edits.length > 0 ? applyEdits(draft, edits) : undefined;
  // The edits alone make the draft pass every rule: the writer's own message, fixed, is the suggestion.
  // A fresh draft would only lose their facts and voice (blind readers, 2026-12-07: 12 of 15 such fresh
  // drafts were worse than the input, none sendable where the edited one was not).
  const editsSuffice = editedDraft !== undefined && blanks.length === 0 && !hasRepeatedSentence(editedDraft) && !leftoverFavour(editedDraft) && lintOutreach(maskPlaceholders(editedDraft), context).every((v) => v.result.passed);
  return {
    readyToSend: false,
    ...(blanks.length > 0 ? { blanks } : {}),
    ...(editedDraft !== undefined ? { edits, editedDraft } : {}),
    ...(editsSuffice ? {} : { freshDraft: freshDraft(draft, context, facts) }),
  };
}

/** Rules whose pass is worth praising: the `does` rules, the parts a good message has (not a mistake avoided). */
const praised = (rule: Rule) => (rule.kind ?? 'does') === 'does';

/** How long a quote in a strength may be. */
const STRENGTH_QUOTE_CHARS = 90;

export function strengthsOf(verdicts: RuleVerdict[]): string[] {
  return verdicts
    .filter((v) => v.result.passed && praised(v.rule) && v.result.evidence?.[0])
    .map((v) => `${v.rule.title}: “${shortenQuote(v.result.evidence![0]!.quote, STRENGTH_QUOTE_CHARS)}”`);
}

/** The longest subject line offered; longer ones are cut back to a whole phrase or not offered. */
export const SUBJECT_LIMIT = 60;
/** A subject never carries a job ask into the recipient's inbox. */
const JOB_WORDS = /\b(?:jobs?|hiring|hired?|openings?|vacanc(?:y|ies)|positions?|internships?|referrals?|resumes?|résumés?|cvs?|apply|applying|application|employment|headcount|recruit\w*|interviews?|offers?)\b/i;
/** A phrase that ends on one of these is cut mid-way: "career paths in", "your move into the". */
const DANGLING =
  /\s+(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|with|from|by|into|about|as|than|that|which|who|whose|your|my|our|their|his|her|its|this|these|those|is|are|was|were|be|been|being|how|what|why|when|where|whether|if|so|very|more|most|some|any|each|every|focused|based|working|including|such|like|while|after|before|between|through|toward|towards|across|within|without|i|you|we|they|it)$/i;
/** A clause, not a noun phrase: "LinkedIn I was struck by your path". */
const NOT_A_NOUN_PHRASE = /\b(?:I|we|he|she|they)\s+(?:was|am|is|are|were|have|had|has|did|do|will|would|can|could|saw|read|found|came|felt|thought)\b|\b(?:I['’]m|I['’]ve|I['’]d)\b/;
/** Words that praise or fill but name nothing. */
const PRAISE_OR_FILLER = /^(?:a|an|the|your|my|our|their|good|great|nice|amazing|awesome|wonderful|excellent|esteemed|reputed|reputable|prestigious|famous|renowned|interesting|cool|big|great|work|company|organi[sz]ation|firm|field|industry|career|job|team|business|sector|space)$/i;
/** Where a noun phrase may be cut short: before a preposition, a conjunction or a participle. */
const CUT_BEFORE = /^(?:in|on|at|for|with|from|by|of|into|about|and|or|focused|based|working|including|while|after|before|between|through|across|within|who|that|which)$/i;
/**
 * The subject's topic as a whole noun phrase, from the purpose sentence:
 * "learn how you moved from bench research into product management" → "your path into product management",
 * "what a typical week looks like as a UX researcher" → "a typical week as a UX researcher".
 */
export function subjectTopic(purposeSentence: string, room: number): string | undefined {
  const raw = purposeTopic(purposeSentence);
  if (!raw || /[[\]]/.test(raw)) return undefined;
  let topic = raw;
  const path = /^how (?:you|they|people|someone) (?:\w+ ){0,2}?(?:got|get|moved|move|went|go|made (?:the|your|that) (?:move|switch|jump|leap|transition)|made it|transitioned|switched|broke|came|pivoted|found (?:your|their) way|ended up)\b.*?\b(?:into|to|toward|towards)\s+(?!be\b|do\b|focus\b|work\b|become\b)(.+)$/i.exec(topic);
  const week = /^what (?:a |an |your )?(?:typical |average |normal |regular )?(day|week|month|year)\b.*?\b(?:as|for|in|at)\s+(.+)$/i.exec(topic);
  const like = /^what (.+?) (?:looks?|is|are|feels?|was|were)(?: really| actually)? like\b/i.exec(topic);
  const involves = /^what (.+?) (?:actually |really )?(?:involves|entails|requires|demands)\b/i.exec(topic);
  if (path) topic = `your path into ${path[1]}`;
  else if (week) topic = `a typical ${week[1]!.toLowerCase()} as ${week[2]}`;
  else if (like) topic = like[1]!;
  else if (involves) topic = involves[1]!;
  else if (/^(?:how|what|why|whether|which|if)\b/i.test(topic)) return undefined;
  topic = topic.replace(/\s+/g, ' ');
  // Too long: the longest whole phrase that fits, cut before a preposition or conjunction.
  if (topic.length > room) {
    const words = topic.split(' ');
    let best = '';
    for (let i = 1; i < words.length; i++) {
      const head = words.slice(0, i).join(' ');
      if (head.length > room) break;
      if (CUT_BEFORE.test(words[i]!)) best = head;
    }
    topic = best;
  }
  while (DANGLING.test(topic)) topic = topic.replace(DANGLING, '');
  if (topic.split(' ').length < 2 || JOB_WORDS.test(topic) || NOT_A_NOUN_PHRASE.test(topic)) return undefined;
  // "your good company" names nothing: a subject needs a word past the praise.
  if (topic.split(' ').every((w) => PRAISE_OR_FILLER.test(w))) return undefined;
  return topic;
}

function contextTopic(context: OutreachContext): string | undefined {
  const role = context.recipientRole?.trim();
  const org = context.organization?.trim();
  const article = role && !/^(?:a|an|the)\b/i.test(role) ? (/^[aeiou]/i.test(role) ? 'an ' : 'a ') : '';
  const topic = role && org ? `your work as ${article}${role} at ${org}` : role ? `your work as ${article}${role}` : org ? `your work at ${org}` : undefined;
  return topic && !JOB_WORDS.test(topic) ? topic : undefined;
}

/**
 * "20 minutes on your path into UX research?": the minutes asked and the purpose as a noun phrase,
 * at most 60 characters, never a job word; otherwise the plain default.
 */
export function subjectFor(verdicts: RuleVerdict[], context: OutreachContext): string {
  // The message's own ask when it has a good one ("30-minute"), else the one the rewrite adds.
  const asked = verdicts.find((v) => v.rule.id === 'outreach.time-ask' && v.result.passed)?.result.evidence?.[0]?.quote;
  const minutes = (asked && findDurations(asked)[0]?.minutes) || askMinutes(context);
  const prefix = `${minutes} minutes on `;
  const room = SUBJECT_LIMIT - prefix.length - 1;
  const purpose = verdicts.find((v) => v.rule.id === 'outreach.specific-purpose' && v.result.passed)?.result.evidence?.[0]?.quote;
  const fromContext = contextTopic(context);
  const topic = (purpose && subjectTopic(purpose, room)) ?? (fromContext && fromContext.length <= room ? fromContext : undefined);
  return topic ? `${prefix}${topic}?` : `Request for a ${minutes}-minute informational conversation`;
}

/** The offline coach: the rulebook's verdicts, a score, strengths, and a rewrite when anything failed. Deterministic. */
export function offlineOutreachCritique(draft: string, context: OutreachContext = {}): OutreachCritiqueBody {
  // The rules and the outreach model decide together (shared/language/outreach.ts); a [placeholder]
  // never satisfies a rule: they read the draft with every one blanked out.
  const decided = decideOutreach(maskPlaceholders(draft), context);
  const findings = decided.map(toFusedFinding);
  const verdicts = actionable(decided);
  const anyFailed = verdicts.some((v) => !v.result.passed);
  const offers = outreachOffers(draft, context, verdicts);
  // A draft that meets every rule but is written in lowercase or shorthand still gets a rewrite to send.
  const rewrite = anyFailed || needsPolish(draft) ? rewriteOutreach(draft, context, verdicts) : undefined;
  // The subject goes with the message that will be sent: the rewrite when there is one.
  const sent = rewrite === undefined ? verdicts : lintOutreach(rewrite, context);
  return {
    score: capForBlanks(score(findings), offers.blanks ?? []),
    findings,
    strengths: strengthsOf(verdicts),
    ...(rewrite !== undefined ? { rewrite } : {}),
    ...(context.channel === 'linkedin' || context.channel === 'phone' ? {} : { subject: subjectFor(sent, context) }),
    ...offers,
  };
}

/**
 * The writer's subject line after the edits: kept as written, unless it still names a favour the edited
 * body no longer asks ("Referral for SOC Analyst II", "Quick favor - Google L3 referral"); then the fresh
 * draft's subject (made from the facts) or a plain one stands in, so subject and body agree.
 */
export function subjectAfterEdits(subject: string, editedBody: string, freshSubject?: string): string {
  if (!favourInSubject(subject, editedBody)) return subject;
  if (freshSubject && !favourInSubject(freshSubject, editedBody) && !subjectFragment(freshSubject) && !strayTopic(freshSubject)) return freshSubject;
  return 'Request for a short informational conversation';
}

