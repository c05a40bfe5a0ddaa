import type { QuestionContext } from '../../../../../shared/contracts/questions.ts';

/** The title when nothing is known of who the agenda is for. */
export const DEFAULT_AGENDA_TITLE = 'My informational interview';
const MAX_TITLE_CHARS = 120;

/**
 * The title an agenda gets until the user writes one: who it is for, from "Who you will talk to"
 * ("Program Director, Green Futures Alliance"; the field alone: "Informational interview: UX
 * research"), so saved agendas can be told apart rather than all being "My informational interview".
 */
export function suggestedAgendaTitle(context: QuestionContext): string {
  const role = context.role?.trim() ?? '';
  const organization = context.organization?.trim() ?? '';
  const field = context.field?.trim() ?? '';
  const who = [role, organization].filter(Boolean).join(', ');
  const title = who || (field ? `Informational interview: ${field}` : '');
  return title && title.length <= MAX_TITLE_CHARS ? title : DEFAULT_AGENDA_TITLE;
}
