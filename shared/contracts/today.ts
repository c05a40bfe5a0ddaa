import { z } from 'zod';

/**
 * The Today list (`GET /api/today`): what is due with every contact, and why. Apart from the rest of
 * the contacts contract because the app shell reads it on every page (the nav's count, the first
 * page's panel), and the first page's JavaScript has a budget.
 */
/** What is due, and why: the Today list. */
export const TODAY_ITEM_KINDS = ['send-ask', 'follow-up', 'try-someone-else', 'prepare-agenda', 'send-thanks', 'share-update'] as const;
export const TodayItemKind = z.enum(TODAY_ITEM_KINDS);
export type TodayItemKind = z.infer<typeof TodayItemKind>;

export const TodayItem = z.object({
  contactId: z.string(),
  contactName: z.string(),
  organization: z.string().nullable(),
  kind: TodayItemKind,
  /** The day it is due, on the user's calendar (`YYYY-MM-DD`); may be before today (overdue). */
  due: z.string(),
  /** One sentence: why this, why now. */
  reason: z.string(),
  /** The plan rule it comes from (cites its guide), or null for infochat's own default. */
  ruleId: z.string().nullable(),
  priority: z.number().int(),
});
export type TodayItem = z.infer<typeof TodayItem>;

/** An IANA time zone name Intl knows (`America/Chicago`). */
export const IanaTimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'not an IANA time zone (e.g. America/Chicago)' },
);

export const TodayQuery = z.object({ tz: IanaTimeZone.optional() });

export const Today = z.object({
  /** The user's calendar date the list is for. */
  date: z.string(),
  timeZone: z.string(),
  items: z.array(TodayItem),
  /** Due later, soonest first (at most 20). */
  upcoming: z.array(TodayItem),
});
export type Today = z.infer<typeof Today>;
