import type { z } from 'zod';
import { JudgeVerdict } from '../../shared/contracts/eval-judge.ts';
import { OutreachModelCritique } from '../../shared/contracts/outreach.ts';
import { ModelPersonaCard, PersonaCard, PracticeModelDebrief, PracticeReplyText } from '../../shared/contracts/practice.ts';
import { QuestionsModelReview } from '../../shared/contracts/questions.ts';

/**
 * The schemas a prompt file's `output:` may name. `runPrompt` refuses a schema that is not the one
 * its prompt names, so a template and the parser of its answers cannot drift apart.
 */
export const PROMPT_OUTPUT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  OutreachModelCritique,
  JudgeVerdict,
  PracticeModelDebrief,
  PracticeReplyText,
  PersonaCard,
  ModelPersonaCard,
  QuestionsModelReview,
};
