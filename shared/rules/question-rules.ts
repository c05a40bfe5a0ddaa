import type { CheckContext, CheckResult, Evidence, Rule } from './rule.ts';
import { APOS, evidenceInOriginal, expandInformal, findOrdinary, isYesNoQuestion, lineEvidence, type PreparedProfile, prepareProfile, userBenefitRequests } from './question-text.ts';
import { evidence, findEvery, words } from './text.ts';

/**
 * The question rules: what a question for an informational interview should not be. Each
 * checker reads one question (a line of the user's list) and points at the words that turn it
 * into a job-interview question. They are heuristics over plain text, written from the ways
 * people actually phrase these questions, not from one example each.
 */

const G000 = '000_e59610dcce94501e.txt';
const G001 = '001_e8fb9925143dd3b5.txt';
const G002 = '002_bf65b95f0912a037.txt';
const G003 = '003_abca84236e19902c.txt';
const G004 = '004_dec1d6c4ab16813b.txt';

const pass = (message: string): CheckResult => ({ passed: true, message });
const fail = (message: string, suggestion: string, found: Evidence[]): CheckResult => ({
  passed: false,
  message,
  suggestion,
  ...(found.length > 0 ? { evidence: found } : {}),
});

/**
 * `[A-Z]` in a case-insensitive pattern would match any letter; where the engine has regexp
 * modifiers it stays a capital (a name: "at Acme", not "at a"). Older engines fall back to any letter.
 */
const CAPITAL = (() => {
  try {
    return new RegExp('(?-i:[A-Z])', 'i').test('a') ? '[A-Z]' : '(?-i:[A-Z])';
  } catch {
    return '[A-Z]';
  }
})();

/** `'` outside a character class stands for both apostrophes; inside one, it gains `’`. */
function bothApostrophes(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else if (ch === "'") out += inClass ? "'’" : APOS;
    else out += ch;
  }
  return out;
}

/** Builds a case-insensitive pattern from a raw string; `'` stands for both apostrophes, `[A-Z]` for a capital. */
const rx = (source: string) => new RegExp(bothApostrophes(source).replaceAll('[A-Z]', CAPITAL), 'i');

/** Every match of `patterns` in the question read with its informal spellings expanded ("u", "ur", "whats"), as spans of the original. */
function findExpanded(text: string, patterns: readonly RegExp[], find: (t: string, p: readonly RegExp[]) => Evidence[] = findEvery): Evidence[] {
  const expanded = expandInformal(text);
  return evidenceInOriginal(text, expanded, find(expanded.text, patterns));
}

/** Words of a request aimed at them: "you", "your team", "here", a named organization. */
const AT_THEM = "(?:your\\b|you\\b|here\\b|there\\b|[A-Z])";

// ---------------------------------------------------------------------------------------------
// question.no-justification-demand

const AUX = "(?:do|does|did|would|will|are|were|is|was|have|has|had|should|could|can|didn't|don't|doesn't|haven't|hasn't|aren't|isn't|wasn't|weren't|wouldn't|shouldn't|won't|can't|on earth|exactly|then|ever)";
const JUSTIFICATION_PATTERNS: readonly RegExp[] = [
  // "Why did you leave …", "Why is your team …", "Why should I …", "Why would anyone …"
  rx(`\\bwhy(?: exactly| on earth)? ${AUX}(?: (?:not|you|ever))? (?:you|your|yourself|you've|you're|I|anyone|anybody|someone|one|somebody|a person)\\b(?! (?:think|suppose|believe|reckon|imagine)\\b(?! (?:that )?(?:you|I)\\b))`),
  // "Why consulting?", "Why Google and not Meta?", "Why this company?": a bare "why" + a choice.
  rx(`^\\s*why\\s+(?!${AUX}\\b|do\\b|does\\b|is\\b|are\\b|there\\b|people\\b|so many\\b|some\\b|most\\b|it\\b|the (?:field|industry|sector|market)\\b)[\\w\\x27’&.-]+(?:\\s+[\\w\\x27’&.-]+){0,5}\\s*\\?\\s*$`),
  rx(`(?:,|\\band|\\bor|[-–—])\\s*(?:explain\\s+|tell me\\s+)?why(?: not)?\\s*(?:[?.!]+\\s*)?$`),
  rx(`\\b(?:and|then) (?:explain|justify|defend|tell me|say|give (?:me )?(?:a |the )?reasons?) (?:why|your)\\b|^\\s*rank\\b`),
  // Incredulity at their choice: "What possessed you to…", "What were you thinking when…".
  rx(`\\bwhat (?:on earth |in the world )?possessed you\\b|\\bwhat were you thinking\\b`),
  rx(`\\b(?:explain|justify|defend|rationali[sz]e|walk me through)\\b[^?]{0,12}\\byour (?:[\\w-]+ )?(?:decisions?|choices?|reasoning|move|switch)\\b|\\bof all (?:things|places|careers|jobs|fields|people|companies)\\b`),
  rx(`\\bwhy (?:in the world|on god's earth|the hell|the heck|ever) (?:did|would|do|are|were|have) you\\b|^\\s*(?:convince|persuade) me\\b|\\bconvince me (?:that|why)\\b`),
  rx(`\\b(?:justify|defend|rationali[sz]e|account for)\\b[^?]{0,30}\\b(?:your|that|this|the) (?:decision|choice|move|reasoning|career|path|switch|gap)`),
  rx(`\\b(?:can|could|would|will) you (?:justify|defend|explain why)\\b`),
  rx(`\\bhow (?:do|can|did|would) you (?:justify|defend|explain why)\\b`),
  rx(`\\bwhat (?:makes|made|make) you (?:think|believe|assume|so sure|qualified)\\b(?! (?:about|of)\\b)`),
  // "your reasons for staying", "your rationale behind the move": their reasons, demanded.
  rx(`\\byour (?:\\w+ )?(?:reasons?|reasoning|rationale|justifications?|excuses?) (?:for|behind|why)\\b`),
  rx(`\\bgive me (?:one|a|two|three|\\d+|some|good) (?:good )?reasons?\\b`),
  rx(`\\bwhat (?:is|was) (?:your|the) (?:reason|reasoning|justification|excuse|rationale) (?:for|behind)\\b`),
  rx(`\\bprove (?:to me|that)\\b`),
  rx(`^\\s*how come\\b|\\bwhy['’]re you\\b|^\\s*why (?:pick|choose|go (?:into|for)|join|stay (?:in|at|with)|work (?:at|for|in)|leave|study|become|take)\\b`),
  rx(`\\b(?:curious|wondering|wonder|know|understand|hear) why you\\b`),
  // A moral charge to answer for (blind readers, round 4): "How do you reconcile working for a tobacco company with…",
  // "Is it not a step back?", "what made you think it was a good idea", "nobody sane goes into…".
  rx(`\\bhow (?:do|can|did|could) you (?:reconcile|square|live with|sleep at night)\\b|\\b(?:is it not|isn't it|wasn't it|was it not) a step (?:back|backwards|down)\\b|\\bwhat made you think (?:it|that|this) (?:was|is|would be) a good idea\\b|\\bnobody (?:sane|in their right mind)\\b`),
  rx(`\\b(?:the )?(?:\\w+ )?(?:key |main |top |real )?reasons? (?:why )?you (?:chose|picked|went|left|decided|became|stayed|joined)\\b`),
  rx(`^\\s*(?:please )?(?:explain|tell me) why (?:you|your)\\b`),
  rx(`\\b(?:can|could|would|will) you explain your (?:decision|choice|reasoning|move|switch)\\b`),
  rx(`\\bwhy (?:is|are) (?:it|they|that|this|yours|your [\\w-]+) (?:better|the best|superior|the right (?:one|choice|way))\\b`),
  rx(`^\\s*(?:name|list|rank)(?: for me)? (?:the |your )?(?:top )?(?:\\w+ )?(?:most important|best|key|main|biggest|greatest|essential)\\b`),
];

/**
 * Structural: an accusation or a demand aimed at their past choice, whatever the wording — a verb
 * of accounting for ("justify", "excuse", "defend") with them as its subject, a tag question that
 * judges what they did ("Isn't it reckless that you…"), a "why X instead of Y" about a choice, a
 * verdict on the choice ("a strange pick", "settle for", "sell out"), "and why you did it".
 */
const JUDGED = '(?:irresponsible|reckless|risky|foolish|naive|naïve|selfish|a mistake|crazy|strange|odd|weird|careless|lazy|unprofessional|wrong|a waste|short-sighted|shortsighted|a cop-out|a step down|a downgrade|unwise|dumb|stupid)';
const JUSTIFICATION_STRUCTURE: readonly RegExp[] = [
  rx(`\\b(?:you to|did you|do you|can you|could you|would you|will you|you (?:have to|need to|must|should)) (?:[\\w-]+ )?(?:justify|defend|excuse|account for|rationali[sz]e|answer for)\\b|\\bjustify (?:why|how|what|leaving|quitting|choosing|picking|taking|going|staying)\\b`),
  rx(`\\b(?:what|any|your|an|the|good|valid) excuses?\\b`),
  rx(`^\\s*(?:isn't|wasn't|aren't|weren't|don't you think|didn't you think|wouldn't you (?:say|agree)|do you think|did you think|doesn't it seem|didn't it seem)\\b[^?]{0,60}\\b${JUDGED}\\b[^?]{0,40}\\byou(?:r)?\\b|\\byou(?:r)?\\b[^?]{0,60}\\b(?:was|is|seems?|seemed|sounds?) (?:like )?(?:a bit |kind of |pretty |really |very |rather )?${JUDGED}\\b|\\b${JUDGED} (?:of|for|on the part of) you\\b`),
  rx(`^\\s*why\\b(?![^?]*\\b(?:people|companies|firms|employers|someone|students|many|most|so many|organi[sz]ations|teams)\\b)[^?]{0,60}\\b(?:instead of|rather than|and not|versus|vs\\.?)\\b`),
  rx(`\\b(?:strange|odd|weird|questionable|bizarre|risky|dumb|crazy|foolish|unusual|surprising|safe|easy) (?:pick|choice|move|decision|career move|path|bet)\\b|\\bsettle(?:d)? for\\b|\\bsell(?:ing|ed)? out\\b|\\bsold out\\b|\\bcop(?:ped)? out\\b`),
  rx(`\\band why (?:you|did you|do you|would you)\\b|\\bhow (?:do|would|can) you explain (?:the|that|this|your)\\b[^?]{0,30}\\b(?:gap|decision|choice|move|switch|departure|exit|record|drop|lapse)\\b`),
];

function noJustificationDemand(text: string): CheckResult {
  const found = findExpanded(text, [...JUSTIFICATION_PATTERNS, ...JUSTIFICATION_STRUCTURE]);
  if (found.length === 0) return pass('Asks without demanding a justification.');
  return fail(
    'The question asks them to justify a choice, which puts them on the spot like a job candidate.',
    'Ask how they decided or what led them there, e.g. "How did you decide it was time to take the next step?" or "What books have influenced your path?"',
    found,
  );
}

// ---------------------------------------------------------------------------------------------
// question.positive-framing

const NEGATIVE_PATTERNS: readonly RegExp[] = [
  rx(`\\bworst\\b(?! (?:advice|misconceptions?|myths?)\\b)`),
  rx(`\\b(?:despise[sd]?|loathe[sd]?|detest(?:s|ed)?|lame|lamest|crummy|lazy|incompetent|rude|clueless|mean-spirited|hate[sd]?|hating|sucks?|sucked|suckiest|terrible|awful|horrible|horrendous|miserable|toxic|nightmares?|hellish|lousy|crappy|unbearable|pointless|useless|stupid|stupidest|dumb|dumbest|silliest|most ridiculous|boring|tedious|dread(?:ful|ed)?|underpaid|overworked|exploit(?:ed|ative)|soul-crushing|depressing)\\b`),
  rx(`\\bdislike[sd]?\\b`),
  // Blind readers, round 4, found these passed unchanged: "most dysfunctional about the county planning department",
  // "the supervisors all play favourites", "how bad is it in there".
  rx(`\\b(?:dysfunctional|dysfunction)\\b|\\bplay(?:s|ing|ed)? favou?rites\\b|\\bhow bad (?:is|was|are|were|has|does|did) (?:it|things?|the)\\b`),
  // Blame, gossip and loaded frames blind readers found left (rounds 2–3): "who is most to blame", "who to avoid",
  // "which GC was the problem", "your own conscience", "throwing away your twenties",
  // "how can you stay in", "the biggest mistakes your former lab head made".
  rx(`\\b(?:to blame|who to avoid|(?:your|their) (?:own )?conscience|throw(?:ing|n)? away (?:your|their)|how (?:can|could) you (?:stay|work) (?:in|at|for) (?:a|an|that|this)\\b|(?:which|what) (?:\\w+ ){0,2}(?:was|is) the problem|biggest mistakes? (?:your|their|the) (?:\\w+ ){0,3}made|who made it (?:that|so) (?:bad|hard))\\b`),
  // Negative superlatives other than "worst": "the most disappointing thing", "your least favourite part".
  // ("Most frustrating" and "most challenging" stay: the guides' own better question asks about those.)
  rx(`\\b(?:most|least) (?:disappointing|annoying|irritating|unpleasant|infuriating|maddening|demoralizing|demoralising|soul-destroying|regrettable|embarrassing|hated|disliked)\\b|\\bleast (?:favou?rite|enjoyable|likeable|likable|rewarding)\\b`),
  // Contempt and dead ends: "a dead end", "a waste of time", "like garbage", "bored".
  rx(`\\b(?:dead[- ]end|waste of (?:time|money|a degree|talent)|overrated|thankless|garbage|trash|crap|shitty|bullshit|(?:is|was|are|it's|that's) (?:[\\w-]+ ){0,3}a (?:joke|scam)|rip-?off|bored|boredom|burnt out on|jaded|disillusioned|sinking ship|dying (?:field|industry|profession|career))\\b`),
  // Leading questions that expect agreement with a complaint: "Don't you get tired of…".
  rx(`\\b(?:don't|doesn't|didn't|do|does) (?:you|it) (?:ever )?(?:get|feel|grow) (?:tired|sick|fed up|frustrated|stuck|drained|exhausted) (?:of|with|by|doing)\\b`),
  // What grinds them down and who they cannot stand: "doesn't the commute wear you down", "hardest to put up with".
  rx(`\\bwear(?:s|ing)? (?:you )?(?:down|out)\\b|\\bburn(?:s|ing)? you out\\b|\\bget(?:s|ting)? (?:to you|old)\\b|\\b(?:drag|grind)(?:s|ing)? you down\\b|\\b(?:exhausting|draining|soul-sucking)\\b|\\bput up with\\b|\\b(?:hardest|most difficult|toughest) (?:[\\w-]+ )?to (?:work with|deal with|get along with|please|stand)\\b`),
  rx(`\\b(?:lowest|darkest|worst) (?:point|moment|period|time|day|year|stretch)s?\\b|\\bdirty (?:secrets?|laundry)\\b|\\b(?:dark|ugly|seedy) (?:side|underbelly)\\b`),
  rx(`\\b(?:unhappy|dissatisfied|unfulfilled|disgruntled|bitter|resentful|soul-[a-z]+)\\b|\\b(?:difficult|frustrating|annoying|irritating|unfair)\\b (?:thing|part|habit)s? (?:that )?(?:your|the) (?:boss|manager|supervisor|coworkers?|co-workers?|colleagues?|teammates?|clients?)\\b`),
  rx(`\\btreat(?:s|ed|ing)? [^?]{0,30}\\blike (?:garbage|dirt|crap|trash|slaves?|cattle|children|robots|numbers)\\b`),
  // "the biggest failure of your department", "your team's worst mistake".
  rx(`\\b(?:biggest|worst|greatest|most (?:embarrassing|costly|painful|public)) (?:[\\w-]+ )?(?:failures?|mistakes?|blunders?|screw-?ups?|flops?|disasters?|fiascos?|embarrassments?) (?:of|at|in|on|by) (?:your|the (?:company|team|firm|department|organi[sz]ation|lab|agency))\\b|\\byour (?:[\\w-]+)'s (?:biggest|worst) (?:[\\w-]+ )?(?:failures?|mistakes?|blunders?|flops?)\\b`),
  rx(`\\b(?:annoy(?:s|ed|ing|ance)?|irritat(?:e|es|ed|ing)|pet peeves?)\\b`),
  rx(`\\bcan't stand\\b|\\bcannot stand\\b|\\bfed up\\b|\\bsick of\\b|\\bregret(?:s|ted|table)?\\b|\\bcomplain(?:ts?|ing|ed)?\\b|\\bdrama\\b`),
  rx(`\\b(?<!(?:get|gets|got|getting|go|goes|went) )(?:bad|wrong) (?:about|with|at)\\b|\\bthe bad (?:parts?|things?|side|stuff)\\b|\\b(?:what's|what is|what was) bad\\b`),
  rx(`\\bwhy (?:did|would|do) you (?:ever )?(?:leave|quit|walk away from|abandon|give up(?: on)?)\\b`),
  rx(`\\b(?:how come you (?:left|quit)|what made you (?:leave|quit)|make you (?:quit|leave)|why you (?:left|quit|were fired|got fired|were let go|were laid off))\\b`),
  rx(`\\b(?:your|the) (?:boss|manager|supervisor|coworkers?|co-workers?|colleagues?|teammates?)\\b[^?]{0,20}\\b(?:difficult|frustrating|annoying|hard to work with|unfair|bad)\\b|\\b(?:difficult|frustrating|annoying|unfair|bad)\\b[^?]{0,25}\\babout (?:your|the) (?:boss|manager|supervisor|coworkers?|co-workers?|colleagues?|teammates?)\\b`),
  rx(`\\b(?:were|was|got|get|getting|been|being) (?:you )?(?:fired|laid off|let go|terminated|pushed out|sacked|demoted|passed over)\\b`),
  rx(`\\b(?:did|have) you (?:ever )?(?:get|been) (?:fired|laid off|let go|demoted)\\b`),
  rx(`\\bwhat went wrong (?:at|with|in) your\\b|\\byour (?:biggest|worst) (?:[\\w-]+ )?(?:failure|disappointment|mistake|regret)s?\\b|\\b(?:biggest|worst) (?:failure|disappointment|mistake|regret)s? (?:that )?you\\b`),
];

/**
 * Structural: blame or a negative superlative aimed at their employer or colleagues — their
 * organisation's mistakes, who among their colleagues is the least bearable, warning signs about
 * working there, how badly they are treated.
 */
const PEOPLE_OR_PLACE = '(?:company|firm|employer|organi[sz]ation|team|boss|manager|department|agency|hospital|school|lab|startup|industry|field|profession|colleagues|coworkers|co-workers|clients|leadership|management|partners|staff|bosses|managers)';
const NEGATIVE_STRUCTURE: readonly RegExp[] = [
  rx(`\\b(?:mistakes?|failures?|failings|blunders?|missteps?|errors?|screw-?ups?|flaws?) (?:has|have|did|does|do|is|are|was|were) (?:your|the) (?:[\\w-]+ )?${PEOPLE_OR_PLACE}\\b|\\byour (?:[\\w-]+ )?${PEOPLE_OR_PLACE}(?:'s)? (?:[\\w-]+ )?(?:mistakes?|failures?|failings|blunders?|missteps?|flaws?|weaknesses|shortcomings)\\b`),
  rx(`\\bwhich (?:of your|of the) (?:[\\w-]+ )?(?:colleagues|coworkers|co-workers|clients|bosses|managers|teammates|reports|students|patients|partners|customers|peers)\\b[^?]{0,30}\\b(?:hardest|worst|least|most (?:annoying|difficult|incompetent|lazy|frustrating|useless|unpleasant))\\b|\\btolerat(?:e|ing)\\b`),
  rx(`\\bred flags? (?:about|at|of|with|in) (?:working (?:at|for|in) )?(?:your|the company|[A-Z])|\\bhow badly\\b|\\bunderpa(?:y|ys|ying)\\b|\\bwaste (?:of )?(?:your |their |his |her |one's |so much |years of )?(?:time|years|talent|life|degree|potential)\\b`),
];

function positiveFraming(text: string): CheckResult {
  const found = findExpanded(text, [...NEGATIVE_PATTERNS, ...NEGATIVE_STRUCTURE], findOrdinary);
  if (found.length === 0) return pass('Framed positively or neutrally.');
  return fail(
    'The question is framed negatively: it asks them to criticise their work, employer or past.',
    'Ask about challenges or what they would change, e.g. "What are some of the challenges and frustrations in the work you do?"',
    found,
  );
}

// ---------------------------------------------------------------------------------------------
// question.not-on-profile

/** A question that also asks what they made of the fact is not a résumé lookup. */
const EXPERIENCE_CLAUSE = rx(
  `\\b(?:relat\\w*|connect\\w*|how (?:does|did|has|do) (?:it|that|this|they|those)|enjoy\\w*|lik(?:e|ed)|lov(?:e|ed)|learn\\w*|surpris\\w*|find|found|felt|feel|decid\\w*|chose|choose|prepar\\w*|help\\w*|shap\\w*|influenc\\w*|challeng\\w*|frustrat\\w*|led you|lead you|drew you|draw you|changed?|differ\\w*|compar\\w*|taught|teach|value|valuable|useful|worth|miss|take away|carry over|transfer|matters?|mattered|important|importance|count(?:s|ed)? for|make a difference)\\b`,
);

type ProfileTopic = 'education' | 'history' | 'tenure' | 'title' | 'organization' | 'credentials';

const PROFILE_PATTERNS: ReadonlyArray<{ topic: ProfileTopic; pattern: RegExp }> = [
  { topic: 'history', pattern: rx(`\\bwhat (?:positions|roles|jobs|titles|companies|organi[sz]ations|employers|firms|places)\\b[^?]{0,30}\\b(?:have you|has your (?:career|career path|resume|cv)|did you|were you|you've)\\b`) },
  { topic: 'history', pattern: rx(`\\b(?:what|which) (?:companies|organi[sz]ations|firms|employers|places|teams|agencies|hospitals|schools|labs) (?:have|did) you (?:worked|work|been|interned|intern)\\b`) },
  { topic: 'history', pattern: rx(`\\bwhere (?:were you|did you work|have you been) before\\b`) },
  { topic: 'history', pattern: rx(`\\bwhat (?:company|firm|organi[sz]ation|employer|agency|school|team) (?:were|was|did) you (?:at|with|in|work (?:at|for)|attend)\\b(?![^?]*\\b(?:like|enjoy|learn))`) },
  { topic: 'history', pattern: rx(`\\b(?:are|were) you still (?:at|with|working (?:at|for)|employed (?:at|by)) [A-Z]|\\bdo you still work (?:at|for) [A-Z]`) },
  { topic: 'history', pattern: rx(`\\bwhere (?:were|was|had) you (?:working|employed|based|been working) (?:before|prior to|until)\\b`) },
  // "What was your job title before this one?", "your employer prior to Stripe": a résumé line.
  { topic: 'history', pattern: rx(`\\bwhat (?:was|were) your (?:job )?(?:titles?|roles?|positions?|employers?|companies|jobs?) (?:before|prior to|previously)\\b`) },
  // "the roles you have held", "the companies you've worked at": the list their profile shows.
  { topic: 'history', pattern: rx(`\\b(?:list|name|run through|go over|tell me|summari[sz]e)\\b[^?]{0,20}\\b(?:roles|positions|jobs|titles|companies|employers|organi[sz]ations|firms|degrees|schools) (?:that )?you(?:'ve| have)? (?:held|had|worked (?:at|for|in)|been at|attended|earned)\\b`) },
  { topic: 'history', pattern: rx(`\\b(?:were|was) you (?:ever |once |previously )?(?:at|with|in|on) [A-Z]`) },
  { topic: 'history', pattern: rx(`\\bwhere (?:do|did|have) you (?:currently )?(?:work|worked|intern|interned)\\b(?![^?]*\\b(?:best|most|from home|remote))`) },
  { topic: 'history', pattern: rx(`\\bwhere (?:else )?have you (?:been employed|worked|been)(?: before)?\\s*\\??\\s*$`) },
  { topic: 'history', pattern: rx(`\\bwhat (?:was|were) your (?:previous|past|prior|last|first|earlier) (?:jobs?|roles?|positions?|employers?|titles?)(?: (?:out of|after|before) (?:college|school|university|grad school|graduating|your degree))?\\s*\\??\\s*$`) },
  { topic: 'history', pattern: rx(`\\b(?:did|have) you (?:ever )?(?:work(?:ed)?|interned?) (?:at|for|with) [A-Z]`) },
  { topic: 'history', pattern: rx(`\\bwhat did you do before (?:this|your current|joining|you joined)\\b[^?]{0,30}\\??\\s*$`) },
  { topic: 'education', pattern: rx(`\\b(?:where|what (?:school|college|university|program)|which (?:school|college|university|program)) did you (?:go|attend|study|graduate|get your|earn your|do your)\\b`) },
  { topic: 'education', pattern: rx(`\\bwhere did you (?:complete|do|finish|get|take) your (?:training|residency|fellowship|degree|education|apprenticeship|internship|certification)\\b`) },
  { topic: 'education', pattern: rx(`\\bwere you (?:a member of|in|part of) (?:any |a |the )?(?:clubs?|societies|society|sororit(?:y|ies)|fraternit(?:y|ies)|sports teams?)\\b`) },
  { topic: 'education', pattern: rx(`\\b(?:what|which) (?:[\\w-]+ )?(?:bootcamp|academy|course|institution|certificate program|training program|conservatory) did you (?:go to|attend|do|take|complete|finish)\\b`) },
  { topic: 'education', pattern: rx(`\\b(?:what|which) (?:law|med|medical|business|grad|graduate|nursing|art|design|engineering) school did you\\b`) },
  { topic: 'education', pattern: rx(`\\b(?:what|which) year did you (?:finish|graduate|complete|start|get)\\b|\\bwhen did you (?:finish|graduate from|complete) (?:medical|med|law|nursing|grad|graduate|business|dental|vet|veterinary) school\\b`) },
  { topic: 'education', pattern: rx(`\\bwhere did you (?:go to (?:school|college|university|grad school|law school|med school)|study|graduate)\\b`) },
  { topic: 'education', pattern: rx(`\\bwhat (?:did|do) you (?:study|major in|minor in|get your degree in)\\b`) },
  { topic: 'education', pattern: rx(`\\bwhat (?:is|was|were) your (?:major|minor|degree|degrees|field of study|alma mater|gpa|education)\\b`) },
  { topic: 'education', pattern: rx(`\\bwhat degrees? (?:do|did) you (?:have|hold|get|earn)\\b`) },
  { topic: 'education', pattern: rx(`\\b(?:do|did) you (?:have|hold|get|earn|do|finish) (?:a|an|your) (?:phd|ph\\.d\\.?|doctorate|master's|masters|mba|bachelor's|degree|law degree|md)\\b`) },
  { topic: 'education', pattern: rx(`\\b(?:did|do) you (?:go to|attend|study at|graduate from) [A-Z]`) },
  { topic: 'education', pattern: rx(`\\bare you (?:a|an) (?:graduate|alum|alumna|alumnus) of\\b`) },
  { topic: 'education', pattern: rx(`\\bwhere you (?:went to|go to|attended|studied|graduated)\\b`) },
  { topic: 'education', pattern: rx(`\\b(?:what year|when) did you (?:graduate|finish (?:school|college|university|your degree))\\b`) },
  { topic: 'education', pattern: rx(`\\b(?:did|do) you (?:go to|attend|finish|complete) (?:grad(?:uate)? school|college|university|law school|med school|business school|a bootcamp)\\b`) },
  { topic: 'tenure', pattern: rx(`\\bhow long (?:have|did|were) you (?:been|worked|work|had|stay(?:ed)?|spend|spent|at)\\b`) },
  { topic: 'tenure', pattern: rx(`\\bhow many years (?:of experience )?(?:have you|do you have)\\b`) },
  { topic: 'tenure', pattern: rx(`\\bwhen did you (?:make|become|get promoted to|reach|get) (?:partner|director|senior|manager|principal|tenure|vp|lead|head)\\b\\s*\\??\\s*$`) },
  { topic: 'tenure', pattern: rx(`\\bwhen did you (?:start|join|begin)(?: (?:at|working at|working for|with|your current|the|your)\\b[^?]{0,40}|\\s+[A-Z][^?]{0,40})?\\??\\s*$`) },
  { topic: 'title', pattern: rx(`\\bwhat(?:'s| is| was) your (?:current |official |exact |job )?(?:title|job title|position|role|current role|current job|current position|employer|company|level|seniority level|seniority|rank|background)\\s*(?:at [^?]{1,40}|there|now|currently)?\\s*\\??\\s*$`) },
  { topic: 'title', pattern: rx(`\\bwhat do you do (?:for (?:a living|work)|at [A-Z][^?]{0,30}|there)?\\s*\\??\\s*$`) },
  { topic: 'title', pattern: rx(`\\bwho do you (?:currently )?work for\\s*\\??\\s*$`) },
  { topic: 'history', pattern: rx(`\\bwho did you work for\\b`) },
  { topic: 'history', pattern: rx(`\\bhow many (?:promotions|jobs|roles|companies|employers|positions) have you (?:had|held|worked)\\b`) },
  { topic: 'history', pattern: rx(`\\bwhere are you (?:working|employed|based)(?: now| currently| these days| at the moment)?\\s*\\??\\s*$`) },
  { topic: 'education', pattern: rx(`\\b(?:which|what) (?:university|college|school) (?:is|was) your (?:degree|diploma|mba|phd|masters?)\\b|\\byour degree from\\s*\\??\\s*$`) },
  { topic: 'education', pattern: rx(`\\bwhat(?:'s| is| was) your (?:educational|academic) background\\s*\\??\\s*$`) },
  { topic: 'title', pattern: rx(`\\bwhat (?:is it|exactly is it|exactly) (?:that )?you (?:actually |really )?do\\b(?: there| at [^?]+| for a living)?\\s*\\??\\s*$`) },
  { topic: 'title', pattern: rx(`\\bname of your (?:current |previous |last |first )?(?:employer|company|firm|school|university|college|team|title|role)\\b`) },
  { topic: 'organization', pattern: rx(`\\b(?:when|where|in what year) (?:was|is) (?:your|the|[A-Z][\\w&.-]*) ?(?:company|organi[sz]ation|firm|agency|startup|nonprofit|lab|business|employer)? ?(?:founded|started|established|located|based|headquartered)\\b`) },
  { topic: 'organization', pattern: rx(`\\bhow (?:many|big)\\b[^?]{0,25}\\b(?:employees|people|staff|offices|locations)\\b[^?]{0,30}\\b(?:company|organi[sz]ation|firm|agency|startup|nonprofit|work there|have)\\b`) },
  { topic: 'organization', pattern: rx(`\\bwhat (?:does|do) (?:your|the) (?:company|organi[sz]ation|firm|agency|startup|nonprofit|business|employer) (?:do|make|sell|offer)\\s*\\??\\s*$`) },
  { topic: 'organization', pattern: rx(`\\bwhat (?:is|are) (?:your|the) (?:company|organi[sz]ation|firm|agency|nonprofit)'s (?:mission|products|services|clients|revenue)\\s*\\??\\s*$`) },
  { topic: 'organization', pattern: rx(`\\bwho (?:founded|runs|owns|leads) (?:your|the) (?:company|organi[sz]ation|firm|agency|startup)\\b|\\bwho is (?:your|the) (?:ceo|founder)\\b`) },
  { topic: 'credentials', pattern: rx(`\\bwhat (?:certifications|certificates|licen[cs]es|credentials|awards|publications|languages) (?:do|did|have) you\\b`) },
  { topic: 'credentials', pattern: rx(`\\bwhat (?:union|professional body|association|chapter|society|bar) are you (?:in|part of|a member of|admitted to)\\b`) },
  { topic: 'credentials', pattern: rx(`\\b(?:are|were) you (?:on|a member of|part of) (?:any |a |the )?(?:boards?|committees?|associations?|councils?)\\b`) },
  { topic: 'credentials', pattern: rx(`\\bare you (?:a |an )?(?:certified|licen[sc]ed|board[- ]certified|registered|chartered)\\b`) },
  // Structural: a yes/no or when-question about a line of their CV — a degree, a major, a licence, an employer, a date.
  { topic: 'education', pattern: rx(`^\\s*(?:did|do|have) you (?:ever )?(?:major|minor|specialize|specialise|concentrate|get (?:a|your) degree|study|train|do (?:a|an|your) (?:degree|master's|masters|phd|mba|residency|fellowship))(?: in| at)? [^?]{1,40}\\??\\s*$`) },
  { topic: 'history', pattern: rx(`^\\s*(?:were|was) you (?:ever |once |previously |also )?(?:at|with|in|on|working (?:at|for|in)|employed (?:at|by)) [^?]{1,40}\\b(?:before|previously|first|then|back then|earlier)\\b[^?]{0,20}\\??\\s*$`) },
  { topic: 'history', pattern: rx(`\\bwhat did you do before (?:you (?:became|were|joined|started|moved)|becoming|joining|starting|moving)\\b[^?]{0,40}\\??\\s*$`) },
  { topic: 'tenure', pattern: rx(`\\b(?:what year|which year|when) did you (?:graduate|join|start|leave|become|get (?:promoted|hired|licensed|certified))\\b[^?]{0,40}\\??\\s*$`) },
  { topic: 'history', pattern: rx(`\\b(?:walk me through|go through|summari[sz]e|list) your (?:resume|cv|career history|work history|employment history|positions|jobs)\\b`) },
];

/** Where in a pasted profile each kind of fact is usually written. */
const PROFILE_ANSWERS: Record<ProfileTopic, readonly RegExp[]> = {
  education: [/\b(?:University|College|Institute|School|Academy|Polytechnic)\b/, /\b(?:B\.?A|B\.?Sc?|M\.?Sc?|M\.?A|MBA|Ph\.?D|J\.?D|M\.?D|BFA|MFA|MPH|MPA)\b\.?/, /\b(?:bachelor|master|doctorate|degree|graduated|studied|major(?:ed)?)\b/i],
  history: [/\b(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|present|current|now)\b/i, /\b(?:previously|formerly|prior to|before that|experience)\b/i, /\b(?:at|@)\s+[A-Z][\w&.-]+/],
  tenure: [/\b(?:19|20)\d{2}\s*[-–—]\s*(?:present|current|now)\b/i, /\b(?:since|joined (?:in)?)\s+(?:19|20)\d{2}\b/i, /\b\d+\+?\s+years?\b/i],
  title: [/\b(?:at|@)\s+[A-Z][\w&.-]+/, /\b(?:manager|director|engineer|designer|analyst|researcher|scientist|lead|head|officer|consultant|specialist|coordinator|associate|nurse|teacher|editor|writer|developer|architect|attorney|lawyer|professor)\b/i],
  organization: [/\b(?:founded|headquartered|based in|employees|offices in)\b/i],
  credentials: [/\b(?:certified|certification|certificate|licen[sc]ed|license|PMP|CPA|CFA|RN|PE)\b/],
};

function profileEvidence(prepared: PreparedProfile, topic: ProfileTopic, question: string): Evidence | undefined {
  const profile = prepared.text;
  // A name in the question that the profile also names ("Did you work at Acme?") is the best answer.
  for (const m of question.matchAll(/(?<=\s)[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*/g)) {
    const at = prepared.indexOf(m[0]);
    if (at >= 0) return { ...lineEvidence(profile, at, at + m[0].length), in: 'profile' };
  }
  for (const pattern of PROFILE_ANSWERS[topic]) {
    const hit = prepared.firstMatch(pattern);
    if (hit) return { ...lineEvidence(profile, hit.index, hit.index + hit.length), in: 'profile' };
  }
  return undefined;
}

/** What kind of résumé fact a question asks for, with the words that ask it (or nothing). */
export function profileFact(original: string): { topic: ProfileTopic; evidence: Evidence } | undefined {
  const expanded = expandInformal(original);
  const text = expanded.text;
  if (EXPERIENCE_CLAUSE.test(text)) return undefined;
  let best: { topic: ProfileTopic; evidence: Evidence } | undefined;
  for (const { topic, pattern } of PROFILE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m || (best && m.index >= best.evidence.start)) continue;
    // The whole clause is the lookup ("Where did you go to school"), up to its question mark or comma.
    const stop = /[?,;]/.exec(text.slice(m.index + m[0].length));
    const end = stop ? m.index + m[0].length + stop.index : text.trimEnd().length;
    best = { topic, evidence: evidence(text, m.index, Math.max(m.index + m[0].trimEnd().length, end)) };
  }
  return best && { topic: best.topic, evidence: evidenceInOriginal(original, expanded, [best.evidence])[0]! };
}

/** With a pasted profile: a yes/no question about their past that names something the profile names. */
function namedInProfile(text: string, profile: PreparedProfile | undefined): { topic: ProfileTopic; evidence: Evidence } | undefined {
  if (!profile || !isYesNoQuestion(text) || !/^\s*(?:did|were|was|are|have|had|do)\s+you\b/i.test(text) || EXPERIENCE_CLAUSE.test(text)) return undefined;
  for (const m of text.matchAll(/(?<=\s)[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*/g)) {
    if (profile.indexOf(m[0]) >= 0) return { topic: 'history', evidence: evidence(text, 0, text.replace(/(?<![\s?.!])[\s?.!]+$/, '').length) };
  }
  return undefined;
}

function notOnProfile(text: string, ctx: CheckContext): CheckResult {
  const profile = prepareProfile(ctx.profile);
  const fact = profileFact(text) ?? namedInProfile(text, profile);
  if (!fact) return pass('Not something their profile or website already says.');
  const answer = profile ? profileEvidence(profile, fact.topic, text) : undefined;
  const message = answer
    ? 'The profile you pasted already answers this.'
    : 'Their LinkedIn profile, CV or website most likely answers this already.';
  return fail(
    message,
    'Read it there, then ask what they made of it, e.g. "What did you enjoy most about your work as a lab manager, and what did you find challenging?"',
    answer ? [fact.evidence, answer] : [fact.evidence],
  );
}

// ---------------------------------------------------------------------------------------------
// question.no-personal-salary

const MONEY = "(?:take[- ]home(?: pay)?|salary|salaries|pay|paycheck|compensation|comp|total comp|income|wages?|bonus(?:es)?|equity|stock(?: options)?|rsus|base(?: pay| salary)?|package|rate|rates|hourly rate|day rate|earnings|raise|raises|pay range|salary range|starting salary|take-home)";
const SALARY_PATTERNS: readonly RegExp[] = [
  rx(`\\bhow much (?:money )?(?:do|did|does|would|will|can) you (?:make|earn|get paid|take home|bring in|charge|bill|pull in|get)\\b`),
  rx(`\\b(?:pay|salary|offer|rate|wage|bonus) you (?:got|get|make|earn|receive|received|started (?:at|on|with))\\b`),
  rx(`\\bhow much (?:are|were|is) you(?:r (?:company|employer|firm|team))? (?:paid|paying|making|earning|getting paid)\\b`),
  rx(`\\bhow much (?:do|does|did|will|would) (?:they|the [\\w-]+|your [\\w-]+|[A-Z][\\w&.-]+) (?:pay|paid|give) you\\b`),
  rx(`\\bwhat (?:do|did) you (?:make|earn|get paid|charge|take home)\\b`),
  // "what do u actually clear a yr", "is that about what you get", "pull in like 200k".
  rx(`\\bwhat you (?:personally |actually |really )?(?:brought|bring|took|take|made|make|earned|earn|cleared|clear|pulled|pull) (?:home|in)\\b|\\bwhat (?:do|did) (?:you|u) (?:actually |really )?(?:clear|net|pull in|bring home)\\b|\\bis that (?:about |roughly |around )?what you (?:get|make|earn)\\b`),
  rx(`\\b(?:what's|what is|what was|what are|what were|how big is|how big was|how large is|how high is|what does) your (?:current |annual |yearly |monthly |hourly |own |personal |first |starting |base |typical |total )?${MONEY}\\b`),
  rx(`\\b(?:share|tell me|disclose|reveal|ask (?:about|what)|mind sharing|know) (?:what )?your (?:current |annual |own |personal |starting )?${MONEY}\\b`),
  rx(`\\byour (?:[\\w-]+ )?(?:salary|pay|income|paycheck|wages?|compensation|total comp)\\b(?! (?:expectations|negotiation))`),
  rx(`\\b(?:do|did|are|were) you (?:make|making|earn|earning|get paid|paid|getting paid) (?:six figures|six-figures|a lot|enough|well|good money|decent money|more than|less than|over|under|around|about|\\$)`),
  rx(`\\bare you (?:well|fairly|under|over|decently|adequately)[- ]?paid\\b`),
  rx(`\\bwhat (?:are|were) you (?:being )?(?:paid|making|earning)\\b`),
  // Their pay in other words: "are you well compensated", "how much are you billing", "your salary band", "your last raise".
  rx(`\\byou(?:'re| are| were|'ve been| have been)? (?:[\\w-]+ )?(?:compensated|underpaid|overpaid)\\b|\\b(?:are|were) you (?:[\\w-]+ )?(?:billing|charging|earning|making) (?:per|an|by|a|\\$|\\d)|\\byour (?:[\\w-]+ ){0,2}(?:salary band|pay band|band|pay grade|raise|raises|bonus|commission|day rate|billing rate|hourly)\\b(?! (?:of|for) (?:someone|people|new))`),
  // "How much commission did you earn", "how much overtime do you get": an amount of their own money.
  rx(`\\b(?:did|have) you (?:ever )?(?:take|get|accept|have to take) (?:a )?(?:pay|salary) (?:cut|drop|bump|increase|raise)\\b|\\b(?:what|how much) (?:are|is|were|was|do|does|did) (?:they|[A-Z][\\w&.-]+|your [\\w-]+|the [\\w-]+) (?:paying|pay|paid|giving|give) you\\b`),
  rx(`\\bhow much (?:[\\w-]+ )?(?:money|commission|bonus|equity|overtime|tips|stock|severance|profit share) (?:did|do|have|will|would) you (?:earn|make|get|receive|take home|pull in|clear|net|bill)\\b`),
  rx(`\\b(?:are|were) you (?:being )?(?:paid|compensated) (?:well|fairly|enough|decently|adequately|badly|poorly|less|more|what you're worth)\\b`),
  rx(`\\b(?:do|did|will) you (?:get|receive|earn) (?:a |any )?(?:big |large |good |decent |annual |yearly )?(?:bonus|bonuses|equity|stock|raise|raises|commission)\\b`),
  rx(`\\bcan I ask (?:what|how much) you (?:make|earn|get paid)\\b|\\bhow much are you on\\b`),
  rx(`\\bhow much (?:money )?you (?:make|earn|get paid|take home|bring in|charge)\\b|\\bwhat you (?:make|earn|get paid|take home|charge)\\b`),
  rx(`\\bhow much (?:of a )?(?:raise|bonus|equity|stock) (?:did|do|have) you\\b`),
  rx(`\\b(?:what |how much )?(?:do|does|did) (?:they|the [\\w-]+|your [\\w-]+|[A-Z][\\w&.-]+) (?:pay|offer|give) you\\b`),
  rx(`\\bhow much did (?:they|[A-Z][\\w&.-]+|your [\\w-]+) offer you\\b`),
  rx(`\\bhow much (?:money )?(?:does|do|would|might|did) (?:someone|a person|people|anyone|somebody) (?:in|at|with) your (?:position|role|level|job|title|seat|shoes)\\b`),
  rx(`\\b(?:pay|salary|salaries|compensation|comp)\\b[^?]{0,20}\\b(?:at|for) your (?:level|position|role|seniority|grade|band|title)\\b`),
  rx(`\\b(?:asking|ask) (?:you )?(?:about |what )?your ${MONEY}\\b`),
  // "what salary are you on", "what rate do you charge": their figure, asked directly.
  rx(`\\bwhat (?:kind of )?(?:salary|pay|wage|rate|package|band|grade|comp|compensation|bonus) (?:are|were|do|did) you (?:on|at|get|getting|make|making|earn|earning|paid|charge|charging|started (?:on|at))\\b`),
  // "What do people at your level earn?": their pay, asked about their peers.
  rx(`\\b(?:at|in|with|of) your (?:level|position|role|title|seniority|grade|band|seat|shoes|rank)\\b[^?]{0,30}\\b(?:make|makes|earn|earns|get paid|paid|take home|pull in|bring in)\\b|\\b(?:make|earn|get paid|paid|take home)\\b[^?]{0,30}\\b(?:at|in) your (?:level|position|role|title|seniority|grade|band|rank)\\b`),
];

/**
 * Structural: their own money, with any adverb or adjective between the words ("how much do you
 * personally take home", "a signing bonus", "what kind of money are you pulling in", "does your job
 * pay enough").
 */
const SALARY_STRUCTURE: readonly RegExp[] = [
  rx(`\\bhow much (?:money )?(?:do|did|does|would|will|can) you (?:[\\w-]+ly |still |now )+(?:make|earn|get paid|take home|bring in|charge|bill|pull in|clear|net)\\b`),
  rx(`\\b(?:did|do|will|would|have) you (?:ever )?(?:get|receive|earn|negotiate|take) (?:a |an |any )?(?:[\\w-]+ ){0,2}(?:bonus|bonuses|equity|stock|raise|raises|commission|pay rise|pay bump|payout|severance|stipend)\\b`),
  rx(`\\b(?:money|cash|dough|figure|salary) (?:are|were|do|did) you (?:[\\w-]+ )?(?:pulling|bringing|raking|taking|making|earning|on)\\b|\\b(?:are|were) you (?:pulling|bringing|raking) in\\b`),
  rx(`\\b(?:does|did|will) your (?:job|role|position|work|career|firm|company|employer) pay (?:enough|well|badly|poorly|a lot|more|less|decently|fairly)\\b|\\b(?:are|were) you paid (?:more|less) than\\b`),
  // Their pay compared over time: "do you earn more now than in consulting", "was the pay cut worth it for you",
  // "how big was the bump in pay when you made partner".
  rx(`\\b(?:do|did|does|would) you (?:[\\w-]+ly |still |now )?(?:earn|make|get paid|take home|bring home|bring in) (?:more|less|about the same|the same)\\b`),
  rx(`\\b(?:pay|salary) (?:cut|drop|bump|rise|increase|jump)s?\\b[^?.!]{0,40}\\b(?:for you|you (?:took|got|had|made|switched|moved|left|joined))\\b|\\b(?:bump|jump|increase|rise|drop|cut) in (?:your )?(?:pay|salary|compensation|income)\\b[^?.!]{0,40}\\byou\\b`),
  // "What does a person with your title bring home?": their pay, asked through their peers.
  rx(`\\b(?:with|at|in|of) your (?:level|position|role|title|seniority|grade|band|seat|shoes|rank)\\b[^?]{0,30}\\bbring (?:home|in)\\b`),
];

function noPersonalSalary(text: string): CheckResult {
  const found = findExpanded(text, [...SALARY_PATTERNS, ...SALARY_STRUCTURE]);
  if (found.length === 0) return pass('Does not ask about their own pay.');
  return fail(
    'The question asks about their own pay.',
    'Ask about the field instead, e.g. "Can you help me understand the salary range someone entering this field might expect?"',
    found,
  );
}

// ---------------------------------------------------------------------------------------------
// question.no-extra-labour

const DOCUMENT = "(?:behance|dribbble|substack|blog|demo reel|showreel|reel|resume|résumé|resumes|cv|c\\.v\\.|cover letters?|portfolio|writing samples?|writing|essays?|personal statement|statement of purpose|(?:[\\w-]+ )?statement|grant proposal|application|applications|linkedin(?: profile| page)?|profile|drafts?|work samples?|website|github|code|thesis|dissertation|proposal|pitch deck|business plan|case study|article|manuscript|headshot|bio)";
const LABOUR_PATTERNS: readonly RegExp[] = [
  rx(`\\b(?:review(?:ing)?|look(?:ing)? (?:over|at|through)|tak(?:e|ing) a look at|hav(?:e|ing) a look at|glanc(?:e|ing) (?:at|over)|read(?:ing)?(?: over| through)?|proofread(?:ing)?|edit(?:ing)?|critiqu(?:e|ing)|check(?:ing)?(?: out)?|go(?:ing)? (?:over|through)|tear(?:ing)? apart|mark(?:ing)? up|improv(?:e|ing)|fix(?:ing)?|polish(?:ing)?|rewrit(?:e|ing)|comment(?:ing)? on|sign(?:ing)? off on)\\b[^?]{0,25}\\bmy (?:[\\w-]+ ){0,2}${DOCUMENT}(?![a-z])`),
  rx(`\\b(?:feedback|notes|comments|thoughts|input|pointers|edits|suggestions) on my (?:\\w+ )?${DOCUMENT}(?![a-z])`),
  rx(`\\b(?:can|could|may|should) I (?:send|email|share|forward|show) (?:you )?my (?:\\w+ )?${DOCUMENT}(?![a-z])`),
  rx(`\\b(?:send|sent|email|emailed|share|shared|show|showed|forward|forwarded) you my (?:\\w+ )?${DOCUMENT}(?![a-z])[^?]{0,40}\\b(?:critique|review|look|feedback|thoughts|read|check|comment|edit|notes|opinion)\\b`),
  rx(`\\b(?:send|forward|email|pass along|share) (?:me )?(?:any |some )?(?:job |internship )?(?:postings|listings|openings|leads|opportunities|job ads|roles|positions|jobs)\\b`),
  rx(`\\b(?:let me know|tell me|keep me (?:posted|updated|in the loop|informed)|give me a heads[- ]up|alert me)\\b[^?]{0,40}\\b(?:openings?|positions?|roles?|jobs?|opportunit(?:y|ies)|something opens|anything opens|(?:anything|something) comes? up|opens? up|postings?|vacanc(?:y|ies))\\b`),
  rx(`\\b(?:introduce me|introducing me|connect me|put me in touch|make an? (?:intro|introduction)|an introduction to|an intro to|loop me in with|set (?:me )?up (?:a (?:call|meeting|chat) )?with|pass (?:along )?my (?:name|info|details|contact))\\b`),
  rx(`\\b(?:be my (?:mentor|coach|career coach|advisor|adviser|sponsor|preceptor|supervisor)|mentor me|mentoring me|become my mentor|take me on as|be a mentor to me|coach me)\\b`),
  rx(`\\b(?:meet|talk|chat|call|check in)(?: with me)? (?:regularly|every (?:week|month)|weekly|monthly|on a regular basis|going forward|once a (?:week|month))\\b|\\b(?:weekly|monthly|regular|ongoing|recurring) (?:calls?|meetings?|check-ins?|chats?|sessions?)\\b|\\bguide me\\b|\\badvise me\\b|\\bintro me\\b`),
  rx(`\\bsend (?:me )?(?:some of |any of |a few of )?your (?:old |past |previous |own )?(?:reports|work|slides|decks|notes|templates|files|documents|code|materials|examples|samples|presentations)\\b`),
  rx(`\\b(?:write|be|serve as|act as|give me) (?:me )?(?:a |an |my )?(?:reference|recommendation|letter of recommendation|recommendation letter|referee|endorsement)\\b|\\bvouch for me\\b`),
  rx(`\\b(?:mock interview|practice interview|interview me|coach me|prep me|help me (?:prepare|prep|practi[sc]e) for (?:my|an|the|a))\\b`),
  rx(`\\bhelp me (?:with|write|edit|fix|build|update|improve|finish|redo|polish|draft) my\\b`),
  rx(`\\b(?:can|could|may) I shadow you\\b|\\bshadow you for\\b|\\blet me shadow\\b`),
  rx(`\\b(?:endorse me|endorse my skills|recommend me on linkedin)\\b|\\bbe my (?:point of contact|contact|champion|advocate|inside person|insider)\\b`),
  // Job notices sent their way: "if you hear of openings, forward them to me", "tag me when you see a posting".
  rx(`\\b(?:forward|send|pass|email|share|flag|tag|ping|notify|alert|text|dm)\\b[^?.]{0,20}\\b(?:me|my way)\\b(?=[^?]*\\b(?:openings?|postings?|listings?|roles?|positions?|jobs?|opportunit(?:y|ies)|vacanc(?:y|ies)|gigs?|leads?|job ads?)\\b)|\\b(?:openings?|postings?|listings?|roles?|positions?|jobs?|opportunit(?:y|ies)|vacanc(?:y|ies)|gigs?|leads?)\\b[^?]{0,60}\\b(?:forward|send|pass|email|share|flag|tag|ping|notify|alert|text|dm)\\b[^?.]{0,20}\\b(?:me|my way)\\b`),
  // My documents passed on by them: "share my portfolio with your design team".
  rx(`\\b(?:share|show|send|forward|pass|circulate|hand|give|mention) (?:along |on |around )?my (?:[\\w-]+ ){0,2}${DOCUMENT}(?![a-z]) (?:with|to|around|along|among)\\b`),
  // More of their time: "could we do this again next month", "another call to go over my plan".
  rx(`\\b(?:meet|talk|chat|call|do this|speak) again\\b|\\b(?:another|a second|a follow-up|a follow up|one more) (?:call|meeting|chat|hour|session|coffee)\\b(?! with (?:someone|a colleague|others))`),
  rx(`\\b(?:look at|review|read|check|critique|go over|go through|give (?:me )?feedback on)\\b[^?]{0,30}\\b(?:I|I've) (?:built|wrote|written|made|designed|put together|drafted|created)\\b|\\btell me (?:what|how) (?:to fix|I should (?:fix|change|improve)|to improve)\\b`),
  rx(`\\b(?:forward|pass|send|give|share) (?:along |on )?my (?:info|information|details|contact(?: info| details)?|email|number|name) (?:to|with|along)\\b`),
  rx(`\\b(?:meet(?:ing)?|talk(?:ing)?|chat(?:ting)?|call(?:ing)?|check(?:ing)? in)(?: with me)? (?:every (?:few |couple of |other )(?:weeks?|months?)|every (?:week|month)|regularly|weekly|monthly)\\b`),
  rx(`\\bsend(?:ing)? me (?:a list|the names|names|contacts|emails|email addresses|their details|numbers)\\b|\\b(?:teach|train|tutor) me\\b|\\bshow me how to\\b`),
  rx(`\\bkeep(?:ing|s)? (?:an eye out|your eyes (?:open|peeled)|your ears (?:open|to the ground))\\b|\\bkeep an eye out\\b|\\bshare your (?:contacts|network|rolodex|connections|address book|client list)\\b|\\bgive me a tour\\b|\\bshow me around\\b`),
];

/** The rule's patterns plus the structural requests of `kind` whose beneficiary is the user (`userBenefitRequests`). */
function withUserBenefit(kind: 'labour' | 'job') {
  return (t: string, patterns: readonly RegExp[]): Evidence[] => {
    const hits = findEvery(t, patterns);
    // A phrasing pattern's span says more precisely what to drop; the structural one only adds where none matched.
    for (const { kind: k, hit } of userBenefitRequests(t)) {
      if (k === kind && !hits.some((h) => hit.start < h.end && hit.end > h.start)) hits.push(hit);
    }
    return hits.sort((a, b) => a.start - b.start);
  };
}

function noExtraLabour(text: string): CheckResult {
  const found = findExpanded(text, LABOUR_PATTERNS, withUserBenefit('labour'));
  if (found.length === 0) return pass('Asks for nothing beyond the conversation.');
  return fail(
    'The question asks them for work beyond the conversation (reviewing your documents, sending postings, introductions, mentoring).',
    'Ask what they know instead, e.g. "What makes a résumé stand out in this field?", and close with "Who else should I talk to?". If they offer more, accept then.',
    found,
  );
}

// ---------------------------------------------------------------------------------------------
// question.not-job-seeking

const JOB = '(?:job|jobs|position|positions|role|roles|opening|openings|internship|internships|offer|interview|placement|spot|seat|vacancy|vacancies|contract|gig)';
/** What a job ask asks for, in the nouns people use. */
const JOB_NOUN = '(?:offers?|jobs?|positions?|roles?|openings?|internships?|interviews?|spots?|seats?|places?|gigs?|contracts?|vacanc(?:y|ies)|reqs?|placements?)';
const JOB_SEEKING_PATTERNS: readonly RegExp[] = [
  rx(`\\b(?:are|is) (?!there\\b)(?:you|u|ya|you guys|y'all|your [\\w-]+|they|anyone|the (?:team|company|lab|firm|department)|[A-Z][\\w&.-]+(?: [A-Z][\\w&.-]+)*) (?:currently |still |actively |ever |going to be |planning on |planning to be |now |even )?(?:hiring|recruiting|taking on)\\b`),
  rx(`\\b(?:any|open|current|upcoming|available|future) (?:job |internship |entry-level |junior |full-time |part-time |new-grad |graduate |[\\w-]+ [\\w-]+ )?(?:openings|vacancies|open roles|open positions|reqs|requisitions|spots|positions available|roles available|jobs available|job opportunities|job postings)\\b(?! in (?:the|this|your) field)`),
  rx(`\\b(?:have|has|got) (?:any|an|a) (?:[\\w-]+ ){0,3}?(?:openings?|vacanc(?:y|ies)|open roles?|open positions?|headcount|internships?)\\b`),
  rx(`\\b(?:hire|hiring|employ|onboard) me\\b|\\bgive me (?:a|an) (?:job|internship|chance|shot|offer)\\b`),
  rx(`\\b(?:can|could|would|will|should|do|might|how (?:can|could|do|should|would|might)) I (?:get|land|secure|find|snag|score|obtain) (?:a |an |the |that |this |your )?(?:\\w+ )?${JOB}\\b(?! (?:like|such as))`),
  rx(`\\b(?:can|could|would|will|should|do|might|how (?:can|could|do|should|would|might)) I (?:get hired|get in|get an interview|get a foot in the door|get my foot in the door|apply|join (?:your|the) team|work (?:for|with) you)\\b`),
  rx(`\\bhelp me (?:get|land|find|secure) (?:a |an |the )?(?:\\w+ )?(?:${JOB}|hired)\\b`),
  rx(`\\bchances? (?:of|at) (?:me )?(?:getting|being|landing) (?:hired|an? (?:job|offer|interview|position|role))\\b|\\bmy chances\\b`),
  rx(`\\b(?:refer|referring|recommend|recommending|nominate|submit) me (?:for|to (?:a|an|the|your) (?:\\w+ )?(?:${JOB}|hiring|recruiter|team|manager|hr|company))\\b|\\b(?:a |an |your )?(?:employee |internal )?referral (?:for|to)\\b|\\bcan you refer me\\b(?! to (?:others|other people|people|someone|anyone|colleagues|a colleague|contacts))`),
  // "Is the team growing at all this year? Asking for, uh, a friend. The friend is me.": headcount asked as a hint.
  rx(`\\b(?:is|are) (?:the|your) (?:team|company|firm|department|group|lab|office|shop|practice) (?:growing|expanding|adding (?:people|staff|anyone))\\b[^?]{0,40}\\?[^?]{0,80}\\b(?:asking for a friend|friend is me|for me)\\b|\\bthe friend is me\\b`),
  rx(`\\bput in a (?:good )?word\\b|\\b(?:keep|have) me in mind\\b|\\bconsider me\\b|\\bthink of me\\b|\\bkeep my (?:resume|cv|name) on file\\b`),
  rx(`\\b(?:pass|forward|send|give|hand|submit) (?:along |on )?my (?:resume|résumé|cv|application|name|profile|portfolio) (?:to|along|on)\\b`),
  rx(`\\b(?:who|what) is the hiring manager\\b|\\bwho (?:does|handles|makes|is in charge of|decides) (?:the )?hiring\\b|\\bwho should I (?:send|submit|address) my (?:application|resume|cv)\\b`),
  rx(`\\b(?:would|do|could) you (?:think|say|consider)? ?(?:that )?I(?:'d| would| could| will)? (?:be|make|get) (?:a |an )?(?:good |strong |great |right )?(?:fit|candidate|hire|match|hired)\\b|\\bam I (?:a )?(?:good |strong |right )?(?:fit|candidate|qualified)\\b`),
  rx(`\\b(?:is there|are there|do you have) (?:a |any )?(?:job|position|role|place|spot|room|opening|internship)s? (?:for me|on your team|at your company|in your (?:team|group|department))\\b`),
  rx(`\\b(?:[A-Z][\\w&.-]+|your [\\w-]+|they|the (?:company|team|firm|lab|department)) (?:is|are) (?:currently |still |actively |now )?(?:hiring|recruiting)\\b`),
  rx(`\\b(?:is|are) (?:your [\\w-]+|you|they|[A-Z][\\w&.-]+) (?:currently |still )?(?:looking for|in need of|needing|trying to fill) (?:someone|people|new|more|an?|another|interns|help|candidates|staff|extra)\\b`),
  rx(`\\b(?:do|does) (?:you|your [\\w-]+|they) (?:currently |still )?need (?:anyone|someone|an? |another |more |extra |help on|interns|new)\\b`),
  rx(`\\bsponsor (?:my |a |me for a )?(?:visa|work permit|h-?1b)\\b`),
  rx(`\\bchances? (?:of|for|at) (?:me )?(?:getting |landing )?(?:an? |the )?(?:\\w+ )?(?:job|internship|position|role|interview|offer|spot)\\b(?=[^?]*\\b(?:with|at|on|in) (?:your|[A-Z]))`),
  rx(`\\bget my (?:application|resume|résumé|cv) (?:noticed|seen|looked at|through|to the top|in front of)\\b|\\bmy foot in the door\\b`),
  rx(`\\b(?:I(?:'d| would) (?:love|like) to|I want to|I hope to|I'm hoping to|I am hoping to) (?:work|intern) (?:at|for|with|on) (?:your|you\\b|[A-Z])`),
  rx(`\\btell (?:HR|the hiring manager|your (?:manager|boss|recruiter|team|hr)) about me\\b|\\b(?:mention|recommend) me to\\b|\\brefer me (?:internally|in)\\b|\\binternal referral\\b`),
  rx(`\\b(?:the|that|this|your) open (?:[\\w-]+ ){0,3}(?:role|position|job|opening|req|seat)\\b`),
  rx(`\\b(?:roles?|positions?|jobs?|openings?|internships?) I (?:could|can|should|might) apply (?:for|to)\\b|\\bI(?:'d| would) (?:like|love) to apply\\b|\\bnext (?:hiring|recruiting) (?:round|cycle|wave|season)\\b`),
  rx(`\\b(?:is|are) (?:anyone|someone|people) (?:on|in|at) your [\\w-]+ (?:leaving|quitting|retiring|moving on)\\b|\\b(?:is|are) the (?:position|role|job|opening|posting)s? [^?]{0,40}\\bstill (?:open|available)\\b`),
  rx(`\\b(?:if|whether) (?:you(?:'re| are)|your [\\w-]+ (?:is|are)|[A-Z][\\w&.-]+ (?:is|are)|they(?:'re| are)) (?:currently |still |now )?(?:hiring|recruiting)\\b`),
  rx(`\\b(?:forward|pass along|pass on|submit) my (?:resume|résumé|cv|application|portfolio)\\b`),
  rx(`\\binterested in (?:working|interning) (?:for|with|at|on) (?:you\\b|your|[A-Z])|\\b(?:room|space|a place|a spot|budget|headcount) for (?:an? |another |one more )?(?:intern|me|new hire|junior|analyst|assistant)\\b`),
  rx(`\\b(?:take|taking) me (?:on|as)\\b|\\blet (?:your |the )?(?:[\\w-]+ ){1,2}know (?:about me|I(?:'m| am|'d| would))\\b|\\bput (?:my name|me) forward\\b`),
  rx(`\\b(?:would|could|will|am) I (?:be )?(?:a |an )?(?:good |strong |great |right )?(?:fit|candidate|match)\\b|\\bcould I get (?:one|it|that|this)\\b`),
  rx(`\\b(?:I|me) (?:[\\w\\x27’]+ ){0,3}?(?:apply|applying|interview|interviewing)\\b[^?]{0,30}\\b(?:with|to|at|for|on) (?:your|you\\b|[A-Z])`),
  rx(`\\bany (?:[\\w-]+ )?jobs? going\\b|\\bjobs? going (?:at|on|in) your\\b|\\breferring me\\b|\\brefer me\\s*(?:[?.!]+\\s*)?$|\\bfor a referral\\b|\\b(?:the|your) hiring manager (?:for|of|on)\\b`),
  rx(`\\b(?:flag|highlight|push|fast-track) my (?:application|resume|résumé|cv|name)\\b|\\b(?:budget|room|headcount) to (?:bring on|hire|add)\\b`),
  rx(`\\bhire\\b[^?]*\\b(?:like me|with my (?:background|experience|degree|profile|skills|résumé|resume|cv))\\b`),
  rx(`\\b(?:get|find|give|offer|land) me (?:a |an )?(?:\\w+ )?(?:job|position|role|internship|interview|offer|placement)\\b|\\buse your name\\b`),
  rx(`\\bare there (?:any )?(?:job )?(?:openings|vacancies|open (?:roles|positions)|positions open)\\b(?=[^?]*\\b(?:at|on|in|with) (?:your|the (?:company|team|firm|lab|department)|[A-Z]))`),
  rx(`\\b(?:best|fastest|easiest|quickest|surest) way (?:for me )?to (?:get|land|find|secure) (?:a |an )?(?:\\w+ )?(?:job|position|role|internship|offer|interview)\\b(?=[^?]*\\b(?:at|with|on|into) (?:your|[A-Z]))|\\b(?:for me|I) (?:to )?get hired\\b`),
  rx(`\\b(?:which|what) (?:companies|firms|organi[sz]ations|employers|teams|places|agencies|labs) (?:are|is) (?:currently |still |now |actually )?hiring\\b|\\b(?:anyone|anybody|someone|people|companies|firms) (?:who|that) (?:is|are) (?:currently )?hiring\\b`),
  rx(`\\b(?:what's|what is) the (?:salary|pay) for (?:the|this|that|your) (?:opening|position|role)\\b`),
  // Aimed at them: "what would it take to get an offer here", "I could intern with your team".
  rx(`\\b(?:what would it take|what will it take|what does it take|what do I need|what would I need|what should I do|how (?:can|could|do|would|should|might) I)\\b[^?]{0,30}\\b(?:get|land|secure|receive|snag|score|earn|be (?:made|given|offered))(?: (?:a|an|the|one|that|this))?(?: [\\w-]+){0,2}? (?:${JOB_NOUN}|hired)\\b(?=[^?]*(?:\\b(?:at|with|on|in|from|for|into) ${AT_THEM}|\\bhere\\b|\\bfor me\\b))`),
  rx(`\\bwhat would it take (?:for (?:me|someone like me)) to\\b`),
  rx(`\\bI(?:'d|'ll| would| could| can| might| will| may|'m hoping to| hope to| want to| wish to| am hoping to| plan to)? (?:ever |possibly |potentially |maybe |someday |one day |eventually |really |truly |so |very much |\\w+ly )?(?:(?:love|like) to )?(?:come (?:and )?)?(?:work|intern|volunteer|contract|freelance|join|apply) (?:(?:at|for|with|on|in|under|to) )?(?:your (?:[\\w-]+ )?(?:team|company|firm|lab|group|department|organi[sz]ation|agency|office|practice|studio|startup|newsroom|hospital|school|unit|division|shop)|you\\b|here\\b|[A-Z])`),
  rx(`\\bI (?:could|can|might|would|will|'d|should) (?:ever |possibly |realistically |eventually |actually )?(?:get|land|secure|snag|score|be offered|be considered for|qualify for|get hired|be hired)(?: (?:a|an|the|that|this|your|one of))?(?: [\\w-]+){0,2}? (?:${JOB_NOUN}|hired)\\b(?=[^?]*\\b(?:at|with|on|in|by|for) ${AT_THEM})`),
  rx(`\\b${JOB_NOUN}\\b (?:[\\w-]+ )?(?:opening(?: up)?|open(?:ing)? up|coming up|coming open|becoming available|available|being posted|going)\\b(?=[^?]*\\b(?:at|on|in|with) (?:your|[A-Z])|[^?]*\\bhere\\b)`),
  rx(`\\b(?:you|your [\\w-]+|they|the team) (?:might |may |could |would |currently |still )?(?:need|needs|use|could use) (?:an? )?(?:another|extra|more|additional|spare|an extra|one more) (?:pair of hands|hands|help|person|people|intern|junior|hire|(?:[\\w-]+ )?(?:analyst|designer|engineer|writer|assistant|researcher|developer|nurse|associate|technician|coordinator)s?)\\b`),
  rx(`\\b(?:${JOB_NOUN}|work|projects?|shifts?|freelance work)\\b (?:that )?I (?:could|can|might|would|should) (?:pick up|take on|get|do|apply (?:for|to)|fill|snag|grab|help with)\\b(?=[^?]*\\b(?:from|at|with|on|for|in) (?:your|you\\b|[A-Z]))`),
  rx(`\\b(?:the|that|this|your)\\b(?: [\\w-]+){0,4} (?:job|role|position|opening|posting|internship|listing|req)\\b[^?]{0,40}\\b(?:still|currently) (?:open|available|accepting|taking)\\b|\\byour careers? (?:page|site|portal)\\b`),
  // "Does Kaiser have anything for new grads", "I'm on the market", "getting on your team", "bringing on any associates".
  rx(`\\b(?:have|has|got) (?:anything|something)(?: open| going| available)? (?:for|open for|available for) (?:me\\b|someone like me|(?:new |recent |junior |entry-level )?(?:[\\w-]+ )?(?:grads?|graduates|juniors|interns|people like me|beginners|career changers))`),
  rx(`\\bI(?:'m| am) (?:currently |actively |now |back )?(?:on the (?:job )?market|job[- ]hunting|job[- ]searching|looking for (?:a |my next |new )?(?:job|role|position|work|opportunities|opportunity)|between jobs|out of work|unemployed|open to (?:work|opportunities|offers))\\b`),
  rx(`\\b(?:I|me)\\b[^?]{0,30}\\b(?:getting|get|joining|landing|breaking) (?:(?:on|onto|in at|in with|hired (?:on|at|by|into)) (?:your|you\\b|[A-Z])|into (?:your|you\\b))|\\bfoot in (?:the door )?(?:at|with) (?:your|[A-Z])`),
  rx(`\\b(?:you|your [\\w-]+|they|[A-Z][\\w&.-]+)(?: guys| all| folks)? (?:currently |still )?(?:bringing on|taking on|adding|onboarding|looking to (?:add|hire|bring on|grow)) (?:any|new|more|a|an|another|some|extra)\\b`),
  rx(`\\b(?:possibility|chance|option|way) (?:of|for) (?:me )?(?:joining|working (?:at|for|with|on)|interning (?:at|with|on)|getting (?:hired|on)) (?:your|you\\b|[A-Z])|\\bmy (?:application|resume|résumé|cv|candidacy)\\b[^?]{0,20}\\b(?:gets?|is|was) (?:seen|noticed|considered|looked at|reviewed|flagged|prioriti[sz]ed|through)\\b`),
  rx(`\\b(?:is|are) (?:your [\\w-]+|you|they|[A-Z][\\w&.-]+) (?:going to|planning to|about to) (?:start |be )?(?:hiring|recruiting)\\b`),
  rx(`\\buse you as (?:a |my )?(?:referral|reference|referee)\\b|\\breferral from you\\b|\\b(?:get|have|ask (?:you )?for) (?:a |an )?(?:employee |internal )?referral\\b`),
  rx(`\\b(?:opening|role|job|position|spot|place|room|anything|something|opportunity|internship) (?:open )?for me\\b|\\bget me (?:in front of|an? (?:meeting|call|chat) with|in (?:the door|with))\\b`),
  rx(`\\b(?:best|fastest|easiest|quickest|surest|shortest) (?:way|route|path|road) (?:for me )?(?:to|into) (?:a |an )?(?:[\\w-]+ )?(?:job|position|role|internship|offer|interview)\\b(?=[^?]*\\b(?:at|with|on|into|in) (?:your|[A-Z])|[^?]*\\bhere\\b)`),
  rx(`\\b(?:is|are) (?:your [\\w-]+|you|they|[A-Z][\\w&.-]+)(?: guys| all)? (?:currently |still )?(?:looking for|in need of|trying to find) (?:anyone|anybody)\\b`),
  rx(`\\b(?:chance|possibility|way|opportunity|option) (?:that )?I (?:could|can|might|would|will)\\b[^?]{0,25}\\b(?:intern|work|join|volunteer|start|be hired|get hired)\\b`),
];

function notJobSeeking(text: string): CheckResult {
  const found = findExpanded(text, JOB_SEEKING_PATTERNS, withUserBenefit('job'));
  if (found.length === 0) return pass('Seeks information, not a job.');
  return fail(
    'The question asks for a job, an opening or a referral: that turns the conversation into a job request.',
    'Ask how people get into the work instead, e.g. "What skills or experiences would make someone competitive for this kind of role?"',
    found,
  );
}

// ---------------------------------------------------------------------------------------------
// question.not-screening

const SCREENING_PATTERNS: readonly RegExp[] = [
  rx(`\\byour (?:greatest |biggest |main |key |top |three |3 |best |worst |major |personal |real |strongest |weakest )?(?:strengths? and weakness(?:es)?|weakness(?:es)?|strengths? and weak points|weak points?|weak spots?|shortcomings?|flaws?)\\b`),
  rx(`\\byour (?:(?:two|three|four|five|\\d|top|main|key|core|greatest|biggest|best|strongest|major|real|personal) ){1,3}strengths?\\b`),
  rx(`\\bwhat (?:are|is) your strengths?\\b`),
  rx(`\\bwhy should (?:we|I|they|anyone|someone|an? [\\w-]+|the [\\w-]+|your [\\w-]+|employers|companies) hire\\b|\\bwhy (?:would|should) (?:we|anyone|they) (?:choose|pick|select) you\\b`),
  rx(`\\btell (?:me|us) about a (?:time|situation|moment|case|project|day) (?:when|where|in which|that|you)\\b|\\btell (?:me|us) about a time\\b`),
  rx(`\\b(?:describe|share|recall|walk (?:me|us) through|give (?:me|us)|talk about|think of) (?:a |an )?(?:time|situation|moment|occasion|instance|example of a time|example of when|specific example of a time|example of how you) (?:when|where|in which|that|you)\\b`),
  rx(`\\bgive (?:me|us) an example of (?:a (?:time|project|situation|case|moment|decision)|when|how) (?:that|when|where|in which|you)\\b|\\bgive (?:me|us) an example of (?:a time|when|how) you\\b|\\bcan you give (?:me|us) an example of a time\\b`),
  rx(`\\bwhere do you see (?:yourself|your career|you)\\b|\\byour (?:five|5|ten|10)[- ]year plan\\b|\\b(?:one|a|any) weakness(?:es)? (?:that )?you(?:'re| are)? (?:working on|have)\\b|\\bwhere (?:will|would) you be in (?:\\w+ )?years\\b|\\bwhere do you want to be in (?:\\w+ )?years\\b`),
  rx(`\\bwhat would you do if (?!you (?:were|could|had to (?:start|do it)|started|had))`),
  rx(`\\bhow would you (?:handle|deal with|respond to|react to|resolve|manage|fix|solve|approach) (?:a |an |the |this |that |it |if |situations? |someone |conflict|an? (?:angry|difficult|upset|rude|unhappy))`),
  rx(`\\bhow would you (?:respond|react|handle it|deal with it|feel) (?:if|when)\\b`),
  rx(`^\\s*if [^?]{3,80},\\s*(?:how|what) would you\\b(?! (?:do differently|tell|advise|recommend|suggest|focus))|\\bhow would you turn (?:it|that|this|things) around\\b`),
  rx(`\\bwhich of your (?:accomplishments|achievements|projects|strengths|skills|qualities) (?:best )?(?:shows?|demonstrates?|proves?|illustrates?)\\b|^\\s*what are you (?:best|worst|good|bad|great|weakest|strongest) at\\s*\\??\\s*$`),
  rx(`\\btell (?:me|us) about a (?:conflict|disagreement|failure|mistake|setback|difficult situation) (?:you|that you|where you|when you)\\b|\\band how you (?:resolved|handled|fixed|overcame|dealt with) it\\b`),
  rx(`\\byour (?:own )?performance (?:last|this) (?:year|quarter|review)\\b|\\byour own performance\\b|\\b(?:say|criticise|criticize|complain|think) about you\\s*(?:[?.!]+\\s*)?$|\\bif you (?:were|could be) (?:an?|any) (?:animal|tree|fruit|vegetable|colou?r|car|superhero|kitchen appliance|food|song|book|city)\\b`),
  rx(`^\\s*describe your (?:approach|style|process|method|strategy) (?:to|for)\\b|\\b(?:an|one) example of a time (?:you|when)\\b`),
  rx(`\\bgive (?:(?:me|us) )?an example\\s*(?:[.?!]+\\s*)?$|^\\s*rate your\\b|\\brate (?:your|yourself)\\b`),
  rx(`^\\s*(?:suppose|imagine|hypothetically|pretend|let's say|say) (?:that )?(?:you|a |an |your |there|the )`),
  rx(`\\byour (?:greatest|biggest|proudest|most significant|most impressive|top) (?:[\\w-]+ )?(?:achievement|accomplishment|failure|mistake|success|weakness|contribution)s?\\b`),
  rx(`\\bdescribe you\\b|\\bwhat would your (?:[\\w-]+ )?(?:boss|manager|supervisor|colleagues|coworkers|co-workers|friends|references?|team|reports) say about you\\b`),
  rx(`\\bare you willing to (?:relocate|travel|move|work (?:weekends|nights|overtime|long hours))\\b|\\bsalary requirements\\b|\\byour ideal (?:job|role|position|employer|company|work environment|manager|boss)\\b`),
  rx(`\\byour first (?:30|60|90|100|thirty|sixty|ninety) days\\b|\\bsell me\\b|\\brate yourself\\b|\\bmy (?:greatest |biggest |main )?(?:strengths and weaknesses|weakness(?:es)?)\\b`),
  rx(`\\btell (?:me|us) (?:a (?:little|bit) )?about yourself\\b|\\bdescribe yourself\\b|\\bhow would (?:you|your (?:[\\w-]+ )?(?:colleagues|coworkers|co-workers|friends|manager|boss|team|peers|reports|employees|staff|students|clients)|others|people) describe (?:you|yourself)\\b|\\bin (?:three|3|five|5|one|a few) words\\b`),
  rx(`\\bwhy do you want (?:to work|this|the (?:job|role|position))\\b|\\bwhy are you (?:interested in|applying|the best|a good fit|the right)\\b|\\bwhat (?:makes|sets) you (?:unique|apart|stand out|different|the best|qualified|a good)\\b`),
  rx(`\\bwhat (?:can|would|will) you bring\\b|\\bwhat qualifies you\\b|\\bwhy (?:are|would) you (?:be )?(?:a good|the right|the best|an ideal) (?:fit|candidate|person|choice)\\b`),
  rx(`\\b(?:your|the) salary expectations\\b|\\bwhat are you looking for in (?:a|your next) (?:job|role|position|employer|company)\\b`),
  rx(`\\bare you a team player\\b|\\byour (?:long-term|short-term|five-year|5-year|ten-year|10-year) (?:career )?(?:goals|plans?)\\b|\\byour dream job\\b|\\bwhat (?:kind|type) of (?:animal|tree|fruit|vegetable|superhero)\\b`),
  rx(`\\bon a scale (?:of|from) (?:1|one)\\b|\\bhow many [^?]{1,40} (?:would )?(?:fit|are there) in\\b`),
  rx(`\\bhow do you (?:handle|deal with|cope with|respond to) (?:criticism|failure|rejection|being wrong|pressure from your boss|conflict with your (?:boss|manager))\\b`),
  rx(`\\bdo you have any questions for me\\b|\\bwhy did you apply\\b|\\bwhy (?:is there|was there) a gap\\b|\\bexplain (?:the|this|that) gap\\b`),
  // The behavioural and self-assessment questions of a job interview, in more of their forms.
  rx(`\\band how (?:did|do) you (?:bounce back|recover|overcome it|handle it|deal with it|fix it|resolve it|cope|turn it around|get past it|move on)\\b|\\byour (?:biggest|greatest|worst|hardest) (?:[\\w-]+ )?setbacks?\\b`),
  rx(`\\b(?:describe|tell (?:me|us) about|share|give (?:me|us) an example of) (?:a |one )?(?:time|situation|moment|occasion) (?:your|you)\\b|\\band how you (?:reacted|responded|coped|bounced back|recovered)\\b|\\b(?:change|improve|work on|dislike) about yourself\\b`),
  rx(`\\byour (?:work ethic|personality|character|temperament)\\b|\\b(?:accomplishment|achievement)s? (?:that )?you(?:'re| are) (?:\\w+ )?proud of\\b`),
  rx(`\\bhow do you (?:respond|react|handle it|cope) (?:when|if) [^?]{0,40}\\b(?:feedback|criticism|critici[sz]es|yells|disagrees|blames|conflict|mistakes?|fail(?:s|ed)?)\\b`),
  rx(`\\b(?:how would you|tell me how you would|how do you plan to) (?:persuade|convince|sell|pitch|negotiate|motivate|fire|discipline|calm|de-escalate|win over|get buy-in)\\b`),
  rx(`\\bwhat (?:kind of |sort of |type of )?(?:salary|pay|compensation|role|job|position|company|employer) (?:are|were) you (?:looking for|hoping for|expecting)\\b|\\bare you looking for in (?:your|a) next\\b`),
  rx(`\\bwhere (?:do|would|will|can) you (?:see|picture|imagine|envision|envisage|expect|want|hope|plan|intend|aim) (?:yourself|to be|you(?:rself)? being)\\b`),
  rx(`\\bwhy (?:should|would|did) (?:we|I|they|anyone|someone|an? [\\w-]+|the [\\w-]+|your [\\w-]+|employers|companies|recruiters|people) (?:hire|choose|pick|select|take|prefer) you\\b|\\bover (?:the )?other (?:candidates|applicants)\\b`),
  rx(`\\b(?:tell (?:me|us) about|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|describe|share|recount|give (?:me|us) an example of) (?:a|an|one|the) (?:[\\w-]+ )?(?:conflict|disagreement|failure|mistake|setback|challenge|crisis|problem|situation|decision|dispute|time|case|deadline|project|client|customer|colleague|coworker|teammate) (?:that |when |where )?(?:you|your team) (?:(?:have |had |successfully |personally )?(?:resolved|handled|overcame|overcome|dealt with|managed|led|fixed|navigated|defused|solved|turned around|persuaded|convinced|influenced|demonstrated|showed|faced and|survived))\\b`),
  rx(`\\b(?:what|how)\\b(?: [\\w-]+){0,3} (?:do|can|would|will|did) you (?:bring|add|contribute) to (?:the table|your team|the team|your role|the role|the company|your company|your job|the organi[sz]ation|your organi[sz]ation|your employer)\\b|\\bunique (?:value|skills?|qualities|strengths?)\\b[^?]{0,20}\\byou\\b`),
];

/**
 * Structural: the question evaluates the person in the candidate frame — their own success,
 * performance or skills measured or rated, words others use for them, a situation handed to them
 * to solve ("If you were given…, what would you…"), how they handle their own failings.
 */
const OWN_FAILING = '(?:miss|missed|fail|failed|make a mistake|made a mistake|mess up|messed up|screw up|screwed up|fall behind|fell behind|disagree with your (?:boss|manager)|get (?:criticised|criticized|negative feedback|passed over)|lose|lost|are wrong|were wrong|drop the ball|dropped the ball|underperform|underperformed)';
const SCREENING_STRUCTURE: readonly RegExp[] = [
  rx(`\\b(?:measure|rate|grade|score|assess|evaluate|judge|gauge|track) (?:your own|yourself|your (?:personal|individual) (?:success|performance|progress|growth|impact|skills|abilities|effectiveness))\\b|\\byour own (?:success|performance|effectiveness|skills|abilities|value|worth|strengths|weaknesses)\\b`),
  rx(`\\b(?:adjectives?|words?|traits?|qualities|terms|labels?|nicknames?)\\b[^?]{0,40}\\b(?:use|used|pick|choose|apply) (?:for|to describe|about|on) you\\b|\\b(?:your|the) (?:[\\w-]+ )?(?:colleagues|coworkers|co-workers|friends|manager|boss|team|peers|reports|employees|staff|students|clients|references)\\b[^?]{0,30}\\b(?:describe|call|see|rate|view|characteri[sz]e) you\\b`),
  rx(`\\bif you (?:were|are|got|get|had been) (?:given|handed|assigned|asked to|put in charge of|faced with|told to|made responsible for|placed in|brought in)\\b|\\bif you (?:inherited|faced|had to (?:fire|lay off|choose between|discipline|deal with|manage|handle|turn around))\\b(?=[^?]*\\b(?:would|will) you\\b)`),
  rx(`\\bhow (?:do|did|would) you (?:handle|deal with|cope(?: with)?|respond(?: to)?|react(?: to)?|manage|address) (?:it|that|this|the situation|things)? ?(?:when|if|after) you (?:[\\w-]+ )?${OWN_FAILING}\\b`),
];

function notScreening(text: string): CheckResult {
  const found = findExpanded(text, [...SCREENING_PATTERNS, ...SCREENING_STRUCTURE]);
  if (found.length === 0) return pass('Not a question an employer asks a candidate.');
  return fail(
    'This is a question an employer asks a candidate, turned the wrong way round.',
    'Ask about their work and field instead, e.g. "What skills do you think are most important to being successful in this field?"',
    found,
  );
}

// ---------------------------------------------------------------------------------------------
// question.open-ended (low)

/** Yes/no questions that still invite an answer: "Are there other people…", "Can you tell me…". */
const INVITING = rx(
  `^(?:can|could|would|will) you (?:please )?(?:tell|share|describe|explain|walk|talk|help|recommend|suggest|refer|point|say|give|speak|expand|elaborate)\\b|\\b(?:any|anything|anyone|anybody|others?|specific|particular|examples?|recommend|suggest|advice)\\b|^(?:is|are) there\\b`,
);
const YES_NO_LIMIT = 10;

function openEnded(text: string): CheckResult {
  const question = text.trim();
  if (!isYesNoQuestion(question) || INVITING.test(question) || words(question).length > YES_NO_LIMIT) {
    return pass('Invites more than a yes or no.');
  }
  const first = words(question)[0];
  return fail(
    'A yes/no question: it invites a one-word answer.',
    'Start with "what" or "how", e.g. "What do you enjoy most about your work?"',
    first ? [evidence(text, first.start, first.end)] : [],
  );
}

// ---------------------------------------------------------------------------------------------
// question.specific (low)

const VAGUE_PATTERNS: readonly RegExp[] = [
  rx(`^\\s*(?:(?:so|and|ok|okay),?\\s+)?(?:can you |could you |would you |please |just )?(?:tell|talk to) me (?:a (?:little|bit) |more |everything |all )?about (?:your|the) (?:job|work|career|role|company|organi[sz]ation|field|industry|day|days|background|experience|position|life|business|team|story)s?(?: in general| generally| overall)?\\s*(?:[?.!]+\\s*)?$`),
  rx(`\\btell me (?:everything|all) (?:about|you know)\\b`),
  rx(`^\\s*(?:any|got any|do you have any) (?:advice|tips|thoughts|insights?|suggestions|wisdom|pointers)(?: for me)?\\s*(?:[?.!]+\\s*)?$`),
  rx(`^\\s*what(?:'s| is) (?:it|your (?:job|work|career|role)) like\\s*(?:[?.!]+\\s*)?$`),
  rx(`^\\s*(?:what should I know|anything else|what else|how is it|how's it going|thoughts)\\s*(?:[?.!]+\\s*)?$`),
  rx(`^\\s*what do you do all day\\s*(?:[?.!]+\\s*)?$`),
];

function specific(text: string): CheckResult {
  const found = findExpanded(text, VAGUE_PATTERNS);
  if (found.length === 0) return pass('Specific enough to get a specific answer.');
  return fail(
    'Too broad: they will not know where to start, and your research does not show.',
    'Use what you researched: ask about a project, a move or a part of the work, e.g. "What does a typical week on the product team look like for you?"',
    found,
  );
}

// ---------------------------------------------------------------------------------------------

export const questionRules: Rule[] = [
  {
    id: 'question.not-job-seeking',
    appliesTo: 'question',
    severity: 'high',
    title: 'Not a job ask',
    text: 'Ask for information, never for a job, an opening or a referral to a position.',
    sources: [
      { guide: G004, quote: 'You should not try to get a job under the guise of an informational interview.' },
      { guide: G001, quote: 'Informational interviews are not about obtaining a job' },
    ],
    check: notJobSeeking,
  },
  {
    id: 'question.not-screening',
    appliesTo: 'question',
    severity: 'high',
    title: 'Not a job-interview question',
    text: 'Do not ask what an employer asks a candidate: strengths and weaknesses, "tell me about a time", "where do you see yourself", hypotheticals.',
    sources: [
      { guide: G000, quote: 'avoid framing questions in ways more appropriate to job interviews' },
      { guide: G003, quote: 'an informational interview is expressly NOT a job interview' },
    ],
    check: notScreening,
  },
  {
    id: 'question.no-justification-demand',
    appliesTo: 'question',
    severity: 'medium',
    title: 'No justification demanded',
    text: 'Ask how they decided or what they recommend, not why they must defend a choice.',
    sources: [{ guide: G000, quote: 'Phrasing questions in ways that demand justifications is the wrong tone' }],
    check: noJustificationDemand,
  },
  {
    id: 'question.positive-framing',
    appliesTo: 'question',
    severity: 'medium',
    title: 'Framed positively',
    text: 'Ask about challenges and frustrations, not the worst thing, what they hate or why they left.',
    sources: [{ guide: G000, quote: 'avoid asking, “What is the worst thing about your current job?”' }],
    check: positiveFraming,
  },
  {
    id: 'question.not-on-profile',
    appliesTo: 'question',
    severity: 'medium',
    title: 'Not on their profile',
    text: 'Do not ask what their LinkedIn profile, CV or website already says; ask what they made of it.',
    sources: [
      { guide: G000, quote: 'Avoid questions that are readily answerable by reading your interviewee’s LinkedIn profile, website or CV.' },
      { guide: G004, quote: 'ensure that the information the person will share will be useful and isn’t readily available elsewhere' },
    ],
    check: notOnProfile,
  },
  {
    id: 'question.no-personal-salary',
    appliesTo: 'question',
    severity: 'medium',
    title: 'Not their own salary',
    text: 'Do not ask about their own pay; ask what range someone entering the field might expect.',
    sources: [{ guide: G000, quote: 'I recommend avoiding asking someone about their personal salary or salary range' }],
    check: noPersonalSalary,
  },
  {
    id: 'question.no-extra-labour',
    appliesTo: 'question',
    severity: 'medium',
    title: 'No extra work asked',
    text: 'Do not ask them to review your résumé or writing, send postings, make introductions or mentor you; "Who else should I talk to?" is fine.',
    sources: [
      { guide: G000, quote: 'you should not ask people who make time to meet with you to do additional labor' },
      { guide: G001, quote: 'As the conversation winds down, be sure to ask “Who else should I talk to?”' },
    ],
    check: noExtraLabour,
  },
  {
    id: 'question.open-ended',
    appliesTo: 'question',
    severity: 'low',
    title: 'Open-ended',
    text: 'Prefer questions that start with "what" or "how" to ones answered with yes or no.',
    sources: [{ guide: G001, quote: 'the goal is a conversation, not a tightly scripted Q&A' }],
    check: openEnded,
  },
  {
    id: 'question.specific',
    appliesTo: 'question',
    severity: 'low',
    title: 'Specific',
    text: 'Use your research: ask about something specific rather than "tell me about your job".',
    sources: [
      { guide: G004, quote: 'ask deeper questions that you have rather than the standard ‘tell me about your work’ questions' },
      { guide: G002, quote: 'so that you can ask questions that demonstrate your interest' },
    ],
    check: specific,
  },
];

export const QUESTION_RULE_IDS = questionRules.map((r) => r.id);
