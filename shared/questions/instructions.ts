/**
 * Text pasted into a question or a context field that speaks to the reviewer instead of the
 * interviewee: "ignore previous instructions", a fake "assistant:" turn, "you are now…". The
 * verdict is always given on the question as written; the offline rephrasing works on what is
 * left once these parts are set aside, so an injected instruction is never copied into a
 * suggestion.
 */

/** A speaker tag at the start of a line: "system:", "[assistant]:", "User -". */
const ROLE_TAG = /^\s*[[(<]?\s*(?:system|assistant|user|developer|human|ai|bot|reviewer|model)\s*[\])>]?\s*[:>-]\s*/i;

const INSTRUCTION = new RegExp(
  [
    String.raw`\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.?!\n]{0,40}\b(?:instructions?|rules?|prompts?|guidelines|above|previous|everything|checks?)\b`,
    String.raw`\b(?:system|developer) (?:prompt|note|message|instructions?)\b`,
    String.raw`\byou are now\b|\bnew instructions?\b|\bact as (?:an?|the)\b|\bpretend (?:to be|you are)\b`,
    String.raw`\b(?:respond|reply|answer) (?:only )?(?:with|in)\b|\b(?:print|reveal|repeat|output) (?:your|the) (?:instructions|prompt|rules|system)\b`,
    String.raw`\b(?:mark|label|classify|rate|approve) (?:this|every|each|all|the) (?:question|questions|one|item)s?\b`,
    String.raw`\b(?:every|each) (?:rephrasing|rewrite|suggestion|answer)\b`,
    String.raw`\b(?:verdict|rules?) (?:informational|passed|failed)\b|\bno rules? failed\b`,
  ].join('|'),
  'i',
);

/** True when the text addresses the reviewer rather than the person interviewed. */
export function looksLikeInstruction(text: string): boolean {
  return ROLE_TAG.test(text) || INSTRUCTION.test(text);
}

/** Where a pasted question splits into parts: lines, sentences, parentheses and dashes. */
const PARTS = /\n+|(?<=[.?!])\s+|(?<!\s)\s*[()]\s*|(?<!\s)\s+[—–]\s+|(?<!\s)\s+-\s+/;

/** The question without the parts that speak to the reviewer (speaker tags dropped, the rest kept). */
export function withoutInstructions(question: string): string {
  // Nothing to set aside: the question keeps its own dashes and brackets ("… at the front desk — what did you do?"
  // joined without its dash read as one run-on; blind readers, round 7).
  if (!looksLikeInstruction(question) && !question.split(/\n+/).some((line) => ROLE_TAG.test(line))) return question.replace(/\s+/g, ' ').trim();
  const parts = question.split(PARTS).filter((p) => p.trim() !== '');
  const kept = parts.map((p) => p.replace(ROLE_TAG, '')).filter((p, i) => !INSTRUCTION.test(p) && !(ROLE_TAG.test(parts[i]!) && p.trim() === ''));
  const out = kept.join(' ').replace(/\s+/g, ' ').trim();
  return out === '' ? question : out;
}
