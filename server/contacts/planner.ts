import { TZDate } from '@date-fns/tz';
import type { Contact, ContactStage, Meeting, Today, TodayItem, TodayItemKind } from '../../shared/contracts/contacts.ts';
import type { PlanState } from './plan-state.ts';

/**
 * The Today list: pure functions of the contacts, their folded logs and a clock, in the user's time
 * zone. An instant becomes a calendar day once, in the user's zone; after that the arithmetic is on
 * calendar days (business days skip Saturday and Sunday), which no DST change can shift. A
 * meeting's time is read in its own zone, so a chat across a DST change lands at the agreed hour.
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

/** What the planner reads of a contact (the store loads only these columns). */
export type PlannedContact = Pick<Contact, 'id' | 'name' | 'organization' | 'priority' | 'stage' | 'doNotContact' | 'actedOnAdvice' | 'snoozes'> & {
  plan: PlanState;
  hasAgenda: boolean;
};

// One formatter per zone and use: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** A memo that forgets everything past `limit` entries, so a long-running server stays bounded. */
function memo<V>(limit = 20_000) {
  const map = new Map<string, V>();
  return (key: string, make: () => V): V => {
    let value = map.get(key);
    if (value === undefined) {
      if (map.size >= limit) map.clear();
      value = make();
      map.set(key, value);
    }
    return value;
  };
}

/** Minutes east of UTC in `zone` at instant `t` (read once through Intl). */
function offsetMinutes(t: number, zone: string): number {
  const f = formatter(`parts|${zone}`, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }));
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!);
  return Math.round((wall - Math.floor(t / 60_000) * 60_000) / 60_000);
}

// The offset of a zone over one UTC hour: the same at both ends means no change inside it.
const hourOffsets = memo<[number, number]>();

/** `YYYY-MM-DD` of an instant on the calendar of `zone`. */
export function localDay(instant: Date | string, zone: string): string {
  const t = new Date(instant).getTime();
  const hour = Math.floor(t / 3_600_000);
  const [start, end] = hourOffsets(`${zone}|${hour}`, () => [offsetMinutes(hour * 3_600_000, zone), offsetMinutes((hour + 1) * 3_600_000 - 1, zone)]);
  const offset = start === end ? start : offsetMinutes(t, zone);
  return new Date(t + offset * 60_000).toISOString().slice(0, 10);
}

/** A calendar day as a number of days since 1970-01-01, and back: arithmetic with no clock in it. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
const weekday = (n: number) => (((n + 4) % 7) + 7) % 7;
const isWeekend = (n: number) => weekday(n) === 0 || weekday(n) === 6;

export function addBusinessDaysTo(day: string, days: number): string {
  let n = dayNumber(day);
  for (let left = days; left > 0; ) {
    n++;
    if (!isWeekend(n)) left--;
  }
  return dayString(n);
}

function addDaysTo(day: string, days: number): string {
  return dayString(dayNumber(day) + days);
}

function daysBetween(fromDay: string, toDay: string): number {
  return dayNumber(toDay) - dayNumber(fromDay);
}

/** The first Tuesday or Wednesday on or after `day` (plan.send-day). */
export function nextSendDay(day: string): string {
  let n = dayNumber(day);
  while (weekday(n) !== 2 && weekday(n) !== 3) n++;
  return dayString(n);
}

const meetingStarts = memo<number>();

/** The instant a meeting starts: its local date and time read in its own time zone. */
export function meetingStart(meeting: Meeting): Date {
  const t = meetingStarts(`${meeting.start}|${meeting.timeZone}`, () => {
    const [date, time] = meeting.start.split('T') as [string, string];
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [h, min] = time.split(':').map(Number) as [number, number];
    return new TZDate(y, m - 1, d, h, min, meeting.timeZone).getTime();
  });
  return new Date(t);
}

const spokenDays = memo<string>();

/** "Tuesday, March 9" for a calendar day. */
function spoken(day: string): string {
  return spokenDays(day, () => {
    const f = formatter('spoken', () => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }));
    return f.format(new Date(dayNumber(day) * 86_400_000));
  });
}

/** "10:30 AM" of an instant in `zone`. */
function clockTime(instant: Date, zone: string): string {
  return formatter(`time|${zone}`, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' })).format(instant);
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
      const day = nextSendDay(today);
      const when = day === today ? 'today' : `on ${spoken(day)}`;
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
        const day = addBusinessDaysTo(sentDay, settings.followUpBusinessDays);
        dues.push({
          kind: 'follow-up',
          due: day,
          reason: `No reply since ${spoken(sentDay)}: follow up once, briefly, with your ask and times again. After that, let it rest.`,
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
          due: addBusinessDaysTo(sentDay, settings.tryOtherBusinessDays),
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
            due: addDaysTo(chatDay, -settings.prepareDays),
            reason: `Your chat is on ${spoken(chatDay)} at ${clockTime(start, zone)}: prepare your questions and an agenda for ${plan.meeting.minutes} minutes.`,
            ruleId: 'plan.prepare-questions',
          });
        }
      } else if (!plan.thankedAt) {
        dues.push({
          kind: 'send-thanks',
          due: chatDay,
          reason: `Your chat was on ${spoken(chatDay)}: send the thank-you within a day, naming what you talked about.`,
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
        reason: `You talked on ${spoken(talkedDay)}: send the thank-you within a day, naming what you talked about.`,
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
      const from = addDaysTo(talkedDay, settings.updateAfterWeeks * 7);
      const until = addDaysTo(talkedDay, settings.updateUntilWeeks * 7);
      if (daysBetween(until, today) > 0) break;
      dues.push({
        kind: 'share-update',
        due: from,
        reason: `You acted on ${contact.name}'s advice: tell them how it went (by ${spoken(until)}), and thank them again.`,
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
    return until === undefined || daysBetween(until, today) >= 0;
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
