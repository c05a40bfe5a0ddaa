import { type AgendaInput, type AgendaItem, type AgendaPlan, QUESTION_CATEGORIES } from '../contracts/questions.ts';
import { REFERRAL_QUESTION } from './bank.ts';
import { categorize } from './category.ts';

/**
 * Planning an agenda for the time the user asked for: opening thanks and a background of at most
 * three minutes, the questions in a sensible order with an estimate each, the referral question
 * and closing thanks at the end, and a warning when it does not fit. Pure: the page previews what
 * the server stores.
 */

/** The guide's limit on the opening: thanks and "no more than three-minute" background. */
export const MAX_OPENING_MINUTES = 3;
export const REFERRAL_MINUTES = 1;
export const CLOSING_MINUTES = 1;

export const OPENING_TEXT = 'Thank them for making time, then give a short background: who you are and what draws you to the field.';
export const CLOSING_TEXT = 'Thank them for their time and advice, and ask if you may follow up to say how you used it.';

const half = (n: number) => Math.round(n * 2) / 2;

/** Minutes a question usually takes to answer: longer, two-part questions take longer. */
export function estimateMinutes(question: string): number {
  const words = question.trim().split(/\s+/).filter(Boolean).length;
  const parts = (question.match(/\?/g) ?? []).length + (/, and (?:what|how|which|why)\b/i.test(question) ? 1 : 0);
  return Math.min(5, half(2 + Math.max(0, parts - 1) + Math.max(0, words - 14) / 12));
}

/** Opening length for a conversation of `minutes`: a tenth of it, between one and three minutes. */
export function openingMinutes(minutes: number): number {
  return Math.min(MAX_OPENING_MINUTES, Math.max(1, half(minutes / 10)));
}

/** Career path first, then the work, skills, organization, trends, pay, advice; the user's order within a category. */
export function sensibleOrder(questions: readonly string[]): string[] {
  const rank = (q: string) => QUESTION_CATEGORIES.indexOf(categorize(q));
  return questions.map((q, i) => ({ q, i, r: rank(q) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.q);
}

export function planAgenda({ title, minutes, questions, order = 'sensible' }: AgendaInput): AgendaPlan {
  const cleaned = questions.map((q) => q.trim()).filter(Boolean);
  const referrals = cleaned.filter((q) => categorize(q) === 'referrals');
  const asked = cleaned.filter((q) => categorize(q) !== 'referrals');
  const ordered = order === 'sensible' ? sensibleOrder(asked) : asked;
  const items: AgendaItem[] = [
    { kind: 'opening', text: OPENING_TEXT, minutes: openingMinutes(minutes) },
    ...ordered.map((text): AgendaItem => ({ kind: 'question', text, minutes: estimateMinutes(text), category: categorize(text) })),
    // The user's own referral question if they wrote one, else the guides' "Who else should I talk to?".
    { kind: 'referral', text: referrals[0] ?? REFERRAL_QUESTION, minutes: REFERRAL_MINUTES, category: 'referrals' },
    { kind: 'closing', text: CLOSING_TEXT, minutes: CLOSING_MINUTES },
  ];
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  const fits = totalMinutes <= minutes;
  return { title, minutes, items, totalMinutes, fits, warning: fits ? null : overTimeWarning(items, totalMinutes, minutes) };
}

function overTimeWarning(items: readonly AgendaItem[], total: number, minutes: number): string {
  const over = total - minutes;
  // Drop questions from the end of the list (the least important, in a sensible order) until it fits.
  let toDrop = 0;
  let saved = 0;
  const questions = items.filter((i) => i.kind === 'question');
  for (let i = questions.length - 1; i >= 0 && saved < over; i--) {
    saved += questions[i]!.minutes;
    toDrop++;
  }
  const drop = toDrop === 0 ? '' : ` Drop ${toDrop} question${toDrop === 1 ? '' : 's'} or ask for more time`;
  return `This agenda needs about ${total} minutes, ${over} more than the ${minutes} you asked for.${drop ? `${drop}: honour the time they gave you.` : ' Ask for more time.'}`;
}

const clock = (minutes: number) => `${Math.floor(minutes)}:${minutes % 1 === 0 ? '00' : '30'}`;

/** The agenda as Markdown: a running clock, one line per item, the warning last. */
export function agendaMarkdown(agenda: AgendaPlan): string {
  const lines = [`# ${agenda.title}`, '', `${agenda.minutes} minutes · planned ${agenda.totalMinutes} minutes`, ''];
  let at = 0;
  let n = 0;
  for (const item of agenda.items) {
    const label =
      item.kind === 'opening' ? '**Opening.** ' : item.kind === 'closing' ? '**Closing.** ' : item.kind === 'referral' ? '**Before you close:** ' : '';
    n++;
    lines.push(`${n}. \`${clock(at)}\` ${label}${item.text} _(${item.minutes} min)_`);
    at += item.minutes;
  }
  if (agenda.warning) lines.push('', `> **Warning:** ${agenda.warning}`);
  return `${lines.join('\n')}\n`;
}
