import type { Finding } from '../../shared/contracts/common.ts';
import { PLACEHOLDER_SCORE_CAP, type FreshDraft, type OutreachContext, type SuggestedEdit } from '../../shared/contracts/outreach.ts';
import { actionable, decideOutreach, toFusedFinding } from '../../shared/language/outreach.ts';
import { lintOutreach, score, type Rule, type RuleVerdict } from '../../shared/rules/index.ts';
import { shortenQuote } from '../../shared/rules/text.ts';
import { extractFacts, maskPlaceholders, placeholdersIn } from '../text/facts.ts';
import { freshDraft, subjectOfDraft } from './fresh-draft.ts';
import { applyEdits, hasRepeatedSentence, suggestEdits } from './suggested-edits.ts';
import { registerFixes } from '../text/register.ts';
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
  if (allPassed && blanks.length === 0 && !hasRepeatedSentence(draft) && registerFixes(draft).length === 0) return { readyToSend: true };
  const facts = extractFacts(draft, context, verdicts);
  const edits = suggestEdits(draft, context, verdicts, facts);
  // Every rule met, and the only edits left are the register's ("i'm", "u", "lol") or none it can make: ready as written.
  if (allPassed && blanks.length === 0 && !hasRepeatedSentence(draft) && edits.length === 0) return { readyToSend: true };
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

/**
 * The offline coach: the rulebook's verdicts, a score, strengths, and the offers. `rewrite` (kept for the
 * API's callers) is the edited draft — every suggested edit accepted — so nothing else is offered than
 * what the page shows; `subject` is made from the draft's facts (see `subjectOffered`). Deterministic.
 */
export function offlineOutreachCritique(draft: string, context: OutreachContext = {}): OutreachCritiqueBody {
  // The rules and the outreach model decide together (shared/language/outreach.ts); a [placeholder]
  // never satisfies a rule: they read the draft with every one blanked out.
  const decided = decideOutreach(maskPlaceholders(draft), context);
  const findings = decided.map(toFusedFinding);
  const verdicts = actionable(decided);
  const offers = outreachOffers(draft, context, verdicts);
  const subject = context.channel === 'linkedin' || context.channel === 'phone' ? undefined : subjectOffered(draft, context, offers);
  return {
    score: capForBlanks(score(findings), offers.blanks ?? []),
    findings,
    strengths: strengthsOf(verdicts),
    ...(offers.editedDraft !== undefined ? { rewrite: offers.editedDraft } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...offers,
  };
}

/** A subject line the writer pasted on top of the draft ("Subject: Drake alum with a question"). */
const OWN_SUBJECT = /^[ \t\n]*Subject:([^\n]*)\n/i;

/**
 * The subject offered with the message, from facts only: the writer's own subject line when it is fine
 * (see `subjectAfterEdits`), else the fresh draft's subject (or the same one made from the draft's facts
 * when no fresh draft is offered). Never an invented time amount, never a fragment of a sentence.
 */
export function subjectOffered(draft: string, context: OutreachContext, offers: Pick<OutreachCritiqueBody, 'editedDraft' | 'freshDraft'>): string {
  const fromFacts = offers.freshDraft?.subject ?? subjectOfDraft(draft, context);
  const own = OWN_SUBJECT.exec(draft)?.[1]?.trim();
  return own ? subjectAfterEdits(own, offers.editedDraft ?? draft, fromFacts) : fromFacts;
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

