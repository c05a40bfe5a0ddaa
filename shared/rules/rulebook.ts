import type { Rule } from './rule.ts';
import { conductRules } from './conduct-rules.ts';
import { followUpRules } from './follow-up-rules.ts';
import { outreachRules } from './outreach-rules.ts';
import { planRules } from './plan-rules.ts';
import { questionRules } from './question-rules.ts';

/** Every rule infochat knows, all targets, in display order. Ids are unique (checked by a test). */
export const rulebook: readonly Rule[] = [...outreachRules, ...questionRules, ...conductRules, ...followUpRules, ...planRules];
