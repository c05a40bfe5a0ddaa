import { TZDate, tz } from '@date-fns/tz';
import { addBusinessDays, addDays, differenceInCalendarDays, format, getDay } from 'date-fns';
import type { Contact, ContactStage, Meeting, Today, TodayItem, TodayItemKind } from '../../shared/contracts/contacts.ts';
import type { PlanState } from './plan-state.ts';

/**
 * The Today list: pure functions of the contacts, their folded logs and a clock, in the user's time
 * zone. Business days skip Saturday and Sunday on the user's calendar; a meeting's time is read in
 * its own zone, so a chat across a DST change lands at the hour that was agreed.
 */
export interface PlanSettings {
  /** Business days after the ask before the one follow-up (default 7). */
  followUpBusinessDays: number;
  /** Business days with no reply before suggesting someone else at the same organization (default 3). */
  tryOtherBusinessDays: number;
  /** Calendar days with no reply after which the contact counts as "no reply" (default 21). */
  noReplyDays: number;
  /** Days before a chat when preparing the agenda is due (default 2). */
  prepareDays: number;
  /** Weeks after the chat when the update on their advice is due, and when it stops being useful. */
  updateAfterWeeks: number;
  updateUntilWeeks: number;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  followUpBusinessDays: 7,
  tryOtherBusinessDays: 3,
  noReplyDays: 21,
  prepareDays: 2,
  updateAfterWeeks: 4,
  updateUntilWeeks: 8,
};

export type PlannedContact = Contact & { plan: PlanState; hasAgenda: boolean };

/** `YYYY-MM-DD` of an instant on the calendar of `zone`. */
export function localDay(instant: Date | string, zone: string): string {
  return format(new Date(instant), 'yyyy-MM-dd', { in: tz(zone) });
}

/** Noon of a calendar day in `zone` (noon: never ambiguous across a DST change). */
function noonOf(day: string, zone: string): TZDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 12, 0, zone);
}

export function addBusinessDaysTo(day: string, days: number, zone: string): string {
  return format(addBusinessDays(noonOf(day, zone), days, { in: tz(zone) }), 'yyyy-MM-dd', { in: tz(zone) });
}

function addDaysTo(day: string, days: number, zone: string): string {
  return format(addDays(noonOf(day, zone), days, { in: tz(zone) }), 'yyyy-MM-dd', { in: tz(zone) });
}

function daysBetween(fromDay: string, toDay: string, zone: string): number {
  return differenceInCalendarDays(noonOf(toDay, zone), noonOf(fromDay, zone), { in: tz(zone) });
}

/** The first Tuesday or Wednesday on or after `day` (plan.send-day). */
export function nextSendDay(day: string, zone: string): string {
  for (let i = 0; i < 7; i++) {
    const candidate = addDaysTo(day, i, zone);
    const weekday = getDay(noonOf(candidate, zone), { in: tz(zone) });
    if (weekday === 2 || weekday === 3) return candidate;
  }
  return day;
}

/** The instant a meeting starts: its local date and time read in its own time zone. */
export function meetingStart(meeting: Meeting): Date {
  const [date, time] = meeting.start.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, meeting.timeZone).getTime());
}

/** "Tuesday, March 9" on the user's calendar. */
function spoken(day: string, zone: string): string {
  return format(noonOf(day, zone), 'EEEE, MMMM d', { in: tz(zone) });
}

/**
 * The stage the planner sees: an ask unanswered for `noReplyDays` is "no reply" (stop rule), and
 * a contact marked do-not-contact or who declined stays closed.
 */
export function effectiveStage(contact: Pick<Contact, 'stage'> & { plan: PlanState }, now: Date, settings = DEFAULT_PLAN_SETTINGS): ContactStage {
  const { plan } = contact;
  if (contact.stage === 'asked' && plan.sentAt && !plan.answeredAt) {
    const days = (now.getTime() - Date.parse(plan.sentAt)) / 86_400_000;
    if (days >= settings.noReplyDays) return 'no-reply';
  }
  return contact.stage;
}

interface Due {
  kind: TodayItemKind;
  due: string;
  reason: string;
  ruleId: string | null;
}

function duesOf(contact: PlannedContact, others: readonly PlannedContact[], today: string, zone: string, now: Date, settings: PlanSettings): Due[] {
  if (contact.doNotContact) return [];
  const stage = effectiveStage(contact, now, settings);
  const { plan } = contact;
  const dues: Due[] = [];
  switch (stage) {
    case 'to-ask': {
      const day = nextSendDay(today, zone);
      const when = day === today ? 'today' : `on ${spoken(day, zone)}`;
      dues.push({
        kind: 'send-ask',
        due: day,
        reason: `Send the ask ${when}: Tuesday or Wednesday is best. Propose two or three times a few weeks out.`,
        ruleId: 'plan.send-day',
      });
      break;
    }
    case 'asked': {
      if (!plan.sentAt || plan.answeredAt) break;
      const sentDay = localDay(plan.sentAt, zone);
      if (!plan.followedUpAt) {
        const day = addBusinessDaysTo(sentDay, settings.followUpBusinessDays, zone);
        dues.push({
          kind: 'follow-up',
          due: day,
          reason: `No reply since ${spoken(sentDay, zone)}: follow up once, briefly, with your ask and times again. After that, let it rest.`,
          ruleId: 'plan.one-follow-up',
        });
      }
      const org = contact.organization?.trim().toLowerCase();
      const alternative = org
        ? others.find((other) => other.id !== contact.id && !other.doNotContact && other.organization?.trim().toLowerCase() === org && effectiveStage(other, now, settings) === 'to-ask')
        : undefined;
      if (alternative) {
        dues.push({
          kind: 'try-someone-else',
          due: addBusinessDaysTo(sentDay, settings.tryOtherBusinessDays, zone),
          reason: `No reply from ${contact.name} after ${settings.tryOtherBusinessDays} business days: ask ${alternative.name} at ${alternative.organization ?? 'the same organization'} too.`,
          ruleId: null,
        });
      }
      break;
    }
    case 'scheduled': {
      if (!plan.meeting) break;
      const start = meetingStart(plan.meeting);
      const chatDay = localDay(start, zone);
      if (now < start) {
        if (!contact.hasAgenda) {
          dues.push({
            kind: 'prepare-agenda',
            due: addDaysTo(chatDay, -settings.prepareDays, zone),
            reason: `Your chat is on ${spoken(chatDay, zone)} at ${format(start, 'h:mm a', { in: tz(zone) })}: prepare your questions and an agenda for ${plan.meeting.minutes} minutes.`,
            ruleId: 'plan.prepare-questions',
          });
        }
      } else if (!plan.thankedAt) {
        dues.push({
          kind: 'send-thanks',
          due: chatDay,
          reason: `Your chat was on ${spoken(chatDay, zone)}: send the thank-you within a day, naming what you talked about.`,
          ruleId: 'plan.prompt-thanks',
        });
      }
      break;
    }
    case 'talked': {
      if (plan.thankedAt) break;
      const talkedDay = localDay(plan.talkedAt ?? now, zone);
      dues.push({
        kind: 'send-thanks',
        due: talkedDay,
        reason: `You talked on ${spoken(talkedDay, zone)}: send the thank-you within a day, naming what you talked about.`,
        ruleId: 'plan.prompt-thanks',
      });
      break;
    }
    case 'thanked': {
      // An update only carries something when they acted on the advice; otherwise nothing (no content-free check-ins).
      if (!contact.actedOnAdvice || plan.updateSentAt) break;
      const since = plan.talkedAt ?? plan.thankedAt;
      if (!since) break;
      const talkedDay = localDay(since, zone);
      const from = addDaysTo(talkedDay, settings.updateAfterWeeks * 7, zone);
      const until = addDaysTo(talkedDay, settings.updateUntilWeeks * 7, zone);
      if (daysBetween(until, today, zone) > 0) break;
      dues.push({
        kind: 'share-update',
        due: from,
        reason: `You acted on ${contact.name}'s advice: tell them how it went (by ${spoken(until, zone)}), and thank them again.`,
        ruleId: 'plan.update-on-advice',
      });
      break;
    }
    default:
      break;
  }
  const snoozed = new Map(contact.snoozes.map((s) => [s.item, s.until]));
  return dues.filter((d) => {
    const until = snoozed.get(d.kind);
    return until === undefined || daysBetween(until, today, zone) >= 0;
  });
}

/** The Today list for `now` on the calendar of `zone`: what is due today or overdue, and what comes next. */
export function planToday(contacts: readonly PlannedContact[], now: Date, zone: string, settings: PlanSettings = DEFAULT_PLAN_SETTINGS): Today {
  const today = localDay(now, zone);
  const items: TodayItem[] = [];
  const upcoming: TodayItem[] = [];
  // The "someone else at the same organization" lookup, by organization, so the list stays linear.
  const byOrg = new Map<string, PlannedContact[]>();
  for (const contact of contacts) {
    const org = contact.organization?.trim().toLowerCase();
    if (org) byOrg.set(org, [...(byOrg.get(org) ?? []), contact]);
  }
  for (const contact of contacts) {
    const org = contact.organization?.trim().toLowerCase();
    const others = org ? (byOrg.get(org) ?? []) : [];
    for (const due of duesOf(contact, others, today, zone, now, settings)) {
      const item: TodayItem = {
        contactId: contact.id,
        contactName: contact.name,
        organization: contact.organization,
        kind: due.kind,
        due: due.due,
        reason: due.reason,
        ruleId: due.ruleId,
        priority: contact.priority,
      };
      (due.due <= today ? items : upcoming).push(item);
    }
  }
  const order = (a: TodayItem, b: TodayItem) => a.due.localeCompare(b.due) || a.priority - b.priority || a.contactName.localeCompare(b.contactName);
  return { date: today, timeZone: zone, items: items.sort(order), upcoming: upcoming.sort(order).slice(0, 20) };
}
