// One labelling convention for practice turns (corpus/README.md "turns"), applied to every turns
// corpus file and to the used blind batches: the writers split a follow-up question 161 as
// `follow-up` alone and 52 as `follow-up` + `question`, so the model learnt both. The engine reads
// any question as `question` beside its kind, so the corpus does too.

/** Kinds of question labelled alone, without `question` (as scripts/train/kinds.ts measures them). */
const SPECIFIC = ['job-ask', 'personal-salary', 'entry-salary', 'profile-question', 'extra-labour', 'referral-ask', 'name-drop', 'ai-probe', 'role-swap', 'off-topic'];

/** A turn that asks something: a question mark, or a clause opened by a question word ("how come", "wait what do u mean"). */
const ASKS = /\?|(?:^|[.!,;:—–-]\s*)(?:(?:ok(?:ay)?|oh+|ooh+|wait|so|and|interesting|hm+|huh|ah+|right|really|wow|sorry)\b[\s,.!]*)*(?:how|what|why|which|who|where|when|whats|hows|do|does|did|is|are|was|were|can|could|would|will|should|have|has)\b/i;

export function asksSomething(text: string): boolean {
  return ASKS.test(text.trim());
}

/**
 * A follow-up that asks something is also a `question` (unless it is a specific ask, which is
 * labelled by its kind alone); a follow-up remark is `follow-up` alone (`statement` is a remark
 * that is none of the kinds).
 */
export function normaliseTurnLabels(text: string, labels: readonly string[]): string[] {
  if (!labels.includes('follow-up')) return [...labels];
  let out = labels.filter((l) => l !== 'statement');
  if (!out.includes('question') && !out.some((l) => SPECIFIC.includes(l)) && asksSomething(text)) out = [...out, 'question'];
  return out;
}
