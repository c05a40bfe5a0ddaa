import { MAX_PROFILE_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS } from '../../../../../shared/contracts/questions.ts';

/**
 * The review's limits as the form shows them, from the server's own constants (the server is the
 * source of truth and answers 413 past them): what the counters say, and the problem that stops a
 * review before it is sent.
 */
export interface ReviewLimits {
  /** "3 of 10 questions". */
  count: string;
  /** "the longest 180 of 200 characters", undefined for an empty list. */
  longest?: string;
  /** "1,200 of 5,000 characters", undefined without a profile. */
  profile?: string;
  /** Each part over its limit. */
  over: { count: boolean; longest: boolean; profile: boolean };
  /** What to fix before reviewing, or null. */
  problem: string | null;
}

const n = (x: number) => x.toLocaleString('en-US');

export function reviewLimits(questions: readonly string[], profile = ''): ReviewLimits {
  const lengths = questions.map((q) => q.trim().length);
  const longest = lengths.length > 0 ? Math.max(...lengths) : 0;
  const over = { count: questions.length > MAX_QUESTIONS, longest: longest > MAX_QUESTION_CHARS, profile: profile.length > MAX_PROFILE_CHARS };
  const problem = over.count
    ? `That is ${questions.length} questions; review at most ${MAX_QUESTIONS} at a time (a longer list in parts).`
    : over.longest
      ? `Question ${lengths.indexOf(longest) + 1} has ${n(longest)} characters; a question may have at most ${MAX_QUESTION_CHARS}. Split it or shorten it.`
      : over.profile
        ? `The profile has ${n(profile.length)} characters, over the ${n(MAX_PROFILE_CHARS)} the review reads; paste the main part.`
        : null;
  return {
    count: `${questions.length} of ${MAX_QUESTIONS} questions`,
    ...(questions.length > 0 ? { longest: `the longest ${n(longest)} of ${MAX_QUESTION_CHARS} characters` } : {}),
    ...(profile.length > 0 ? { profile: `${n(profile.length)} of ${n(MAX_PROFILE_CHARS)} characters` } : {}),
    over,
    problem,
  };
}
