import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import type { QuestionContext, QuestionResult } from '../../shared/contracts/questions.ts';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { offlineOutreachCritique, type OutreachCritiqueBody } from '../coach/offline-outreach.ts';
import { type ParsedImport, parseContactsCsv } from '../contacts/csv.ts';
import { improveResult } from '../text/question-rephrase.ts';
import { coachHint, type DebriefBody, offlineDebrief, type PracticeTranscript } from '../practice/debrief.ts';
import type { CoachHint } from '../../shared/contracts/practice.ts';

/**
 * The offline work that can take more than a few milliseconds on the largest input a route
 * accepts: the outreach critique of a 20,000-character draft, a review of 50 questions against a
 * 20,000-character profile, the parse of a 1 MB contacts file, the debrief of a full transcript. Each is a pure function of its
 * arguments, so it gives the same answer in the request's thread or in a worker
 * (`server/offload/offload.ts` decides where it runs).
 */
export const TASKS = {
  outreachCritique: (draft: string, context: OutreachContext): OutreachCritiqueBody => offlineOutreachCritique(draft, context),
  /** The rulebook's verdicts; the rephrasings held to the text layer (templates by category, verified slots). */
  reviewQuestions: (questions: readonly string[], context: QuestionContext): QuestionResult[] =>
    questions.map((q) => improveResult(reviewQuestion(q, context), context)),
  parseContactsCsv: (csv: string): ParsedImport => parseContactsCsv(csv),
  /** The conduct rules over a whole practice transcript (up to 60,000 characters), the asker's scores, the note. */
  practiceDebrief: (transcript: PracticeTranscript): DebriefBody => offlineDebrief(transcript),
  /** A hint: the conduct rules over the transcript so far. */
  practiceHint: (transcript: PracticeTranscript): CoachHint => coachHint(transcript),
} as const;

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
