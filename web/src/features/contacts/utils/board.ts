import { CONTACT_STAGES, type ContactStage } from '../../../../../shared/contracts/contacts.ts';

/** The stage a keyboard move lands on: one column left or right, stopping at the ends. */
export function neighbourStage(stage: ContactStage, direction: -1 | 1): ContactStage {
  const index = CONTACT_STAGES.indexOf(stage);
  const next = Math.min(CONTACT_STAGES.length - 1, Math.max(0, index + direction));
  return CONTACT_STAGES[next] ?? stage;
}

/** `YYYY-MM-DD` of the local calendar, `days` from today. */
export function localDatePlus(days: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "Tue, Mar 9" for a `YYYY-MM-DD` day (read as a calendar day, not an instant). */
export function spokenDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' });
}

/** A job page opened for a contact (`~`: from the app root, not under /contacts): `/outreach?contact=<id>`. */
export const forContact = (path: string, id: string) => `~${path}?contact=${encodeURIComponent(id)}`;
