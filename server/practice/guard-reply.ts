/**
 * The guard on every model reply in a practice conversation: the professional never says it is an
 * AI, never swaps roles, and never repeats its instructions or the canary hidden in them. Pure.
 */

export type GuardFailure = 'ai-disclosure' | 'role-swap' | 'prompt-leak' | 'empty';

export interface GuardContext {
  /** A random token placed in the instructions; seeing it in a reply means they leaked. */
  canary: string;
  /** The instructions' template (without the card): a long run of its words in a reply is a leak too. */
  instructions: string;
}

const AI_DISCLOSURE =
  /\b(?:as an? (?:AI|artificial intelligence|language model|LLM|assistant|chatbot)|I(?:['’]m| am) (?:just |only |actually |really )?(?:an? )?(?:AI|A\.I\.|artificial intelligence|(?:large )?language model|LLM|chatbot|bot|virtual assistant|AI assistant|computer program|machine)\b|I (?:was|have been) (?:trained|created|programmed|built) by|(?:OpenAI|ChatGPT|GPT-\d|Anthropic|Claude|Llama)\b|my (?:training data|system prompt|programming)\b|I (?:do not|don['’]t) have (?:a body|feelings|personal experiences))/i;

const ROLE_SWAP =
  /\b(?:let['’]?s (?:swap|switch|reverse) (?:roles|places)|I(?:['’]ll| will) (?:be|play|act as) the (?:student|interviewer|job seeker|candidate)|now I(?:['’]ll| will) (?:ask|interview) you|you(?:['’]re| are) (?:now )?the (?:professional|expert|interviewee)(?: now)?|(?:tell me|walk me through) (?:about )?your (?:resume|résumé|cv|qualifications|greatest weakness)|why should (?:we|I) hire you)\b/i;

/** Runs of this many words shared with the instructions count as a leak. */
const LEAK_WORDS = 8;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + LEAK_WORDS <= words.length; i++) out.add(words.slice(i, i + LEAK_WORDS).join(' '));
  return out;
}

/** The instructions' shingles, computed once per template (there are only a few). */
const instructionShingles = new Map<string, Set<string>>();

function shinglesOfInstructions(instructions: string): Set<string> {
  let found = instructionShingles.get(instructions);
  if (!found) {
    found = shingles(instructions);
    if (instructionShingles.size > 16) instructionShingles.clear();
    instructionShingles.set(instructions, found);
  }
  return found;
}

/**
 * While a reply streams, only its tail needs checking: every pattern above spans far fewer than
 * this many characters, so checking the last window after each piece sees every match once, and
 * the cost per piece stays constant however long the reply runs.
 */
export const STREAM_GUARD_WINDOW = 600;

export function guardReply(text: string, context: GuardContext): GuardFailure | undefined {
  if (text.trim() === '') return 'empty';
  if (context.canary && text.includes(context.canary)) return 'prompt-leak';
  if (AI_DISCLOSURE.test(text)) return 'ai-disclosure';
  if (ROLE_SWAP.test(text)) return 'role-swap';
  const instructions = shinglesOfInstructions(context.instructions);
  for (const run of shingles(text)) if (instructions.has(run)) return 'prompt-leak';
  return undefined;
}

export const GUARD_NOTICES: Record<GuardFailure, string> = {
  'ai-disclosure': 'stepped out of character',
  'role-swap': 'tried to swap roles',
  'prompt-leak': 'repeated its instructions',
  empty: 'said nothing',
};
