import type { QuestionCategory } from '../contracts/questions.ts';

/**
 * Which bank category a question belongs to, from its words: the first match wins, so the
 * narrow categories (referrals, compensation) are tried before the broad ones.
 */
const CATEGORY_PATTERNS: ReadonlyArray<[QuestionCategory, RegExp]> = [
  ['referrals', /\bsomeone (?:in|at|on) your [\w ]+ (?:I|whom I) (?:could|should|might)\b|\b(?:who else|anyone else|other people|others who|someone else|people (?:I|you think I) should (?:talk|speak)|should I (?:talk|speak|reach out) to|whom you think)\b/i],
  ['compensation-range', /\b(?:salary|salaries|pay|paid|compensation|bonus(?:es)?|equity|wages?|income|earn|rates?|raises?|benefits)\b/i],
  ['day-to-day', /\b(?:typical (?:day|week)|average (?:day|week)|day[- ]to[- ]day|daily|a day in|your (?:week|day)|schedule|hours|routine|spend (?:most of )?your time|most of your time|workload|shadow|meetings|surpris\w*)\b/i],
  ['industry-trends', /\b(?:trends?|future|next (?:\d|few|five|ten|three)|over the next|years? ahead|developments?|growth|outlook|changing|changes? in (?:the|your) (?:field|industry)|technolog\w*|\bAI\b|automation|emerging|climate|affect(?:s|ed|ing)? (?:the|your|this) (?:field|work|industry|sector)|impact(?:s|ed|ing)? (?:on )?(?:the|your|this) (?:field|work|industry|sector)|shap(?:e|es|ing) (?:the|your|this) (?:field|work|industry|sector))\b/i],
  ['advice', /\b(?:advice|if you were (?:starting|in my|me)|wish (?:you|I) had known|would you do differently|what should (?:I|someone)|tips)\b/i],
  ['skills-and-training', /\b(?:skills?|training|degree|courses?|classes|certifications?|credentials|qualif\w*|studies|studied|study|learn\w*|books?|articles?|read|podcasts?|professional organizations?|prepare\w*|competitive|strengths?|background|education)\b/i],
  ['organization-and-culture', /\b(?:culture|team|teams|company|organi[sz]ation|colleagues?|coworkers?|manager|environment|values|norms|leave|work[- ]life|employer|firm|agency|size|history|fit)\b/i],
  ['career-path', /\b(?:path|get (?:your|my) start|got (?:your|my) start|your start|led you|lead you|drew you|get started|got started|start(?:ed|ing)? out|first job|move[sd]?|moving|transition\w*|decide\w*|next step|career|advancement|promot\w*|get into|got into|enter\w*|setbacks?|became|become)\b/i],
];

export function categorize(question: string): QuestionCategory {
  for (const [category, pattern] of CATEGORY_PATTERNS) if (pattern.test(question)) return category;
  return 'advice';
}
