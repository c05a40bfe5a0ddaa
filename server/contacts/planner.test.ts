import { describe, expect, it } from 'vitest';
import type { ContactEvent, Meeting } from '../../shared/contracts/contacts.ts';
import { foldEvents, stageAfter } from './plan-state.ts';
import { addBusinessDaysTo, effectiveStage, localDay, meetingStart, nextSendDay, type PlannedContact, planToday } from './planner.ts';

const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';

type LogEntry = Pick<ContactEvent, 'kind' | 'at'> & { meeting?: Meeting };

let n = 0;
/** A contact whose stage and plan come from its log, as the store folds them. */
type TestContact = PlannedContact & { id: string };
function contact(log: LogEntry[] = [], extra: Partial<PlannedContact> = {}): TestContact {
  const events = log.map((e) => ({ ...e, meeting: e.meeting ?? null }));
  const stage = events.reduce((s, e) => stageAfter(e.kind, s), extra.stage ?? ('to-ask' as const));
  n++;
  return {
    id: `c${n}`,
    name: extra.name ?? `Person ${n}`,
    organization: null,
    priority: 2,
    doNotContact: false,
    actedOnAdvice: false,
    snoozes: [],
    hasAgenda: false,
    ...extra,
    stage,
    plan: foldEvents(events),
  };
}

/** The kinds due on `now`, and the upcoming ones with their dates. */
function plan(contacts: PlannedContact[], now: string, zone = CHICAGO) {
  const today = planToday(contacts, new Date(now), zone);
  return {
    date: today.date,
    due: today.items.map((i) => `${i.kind} ${i.due}`),
    upcoming: today.upcoming.map((i) => `${i.kind} ${i.due}`),
    items: today.items,
  };
}

describe('calendar helpers', () => {
  it('reads the day on the user calendar, not in UTC', () => {
    // 05:30 UTC on Saturday is still Friday evening in Chicago.
    expect(localDay('2027-03-13T05:30:00Z', CHICAGO)).toBe('2027-03-12');
    expect(localDay('2027-03-13T05:30:00Z', BERLIN)).toBe('2027-03-13');
  });

  it('suggests Tuesday or Wednesday to send (plan.send-day)', () => {
    expect(nextSendDay('2027-03-08')).toBe('2027-03-09'); // Monday → Tuesday
    expect(nextSendDay('2027-03-09')).toBe('2027-03-09'); // Tuesday stays
    expect(nextSendDay('2027-03-10')).toBe('2027-03-10'); // Wednesday stays
    expect(nextSendDay('2027-03-11')).toBe('2027-03-16'); // Thursday → next Tuesday
    expect(nextSendDay('2027-03-13')).toBe('2027-03-16'); // Saturday → Tuesday
  });

  it('counts business days on the calendar, over weekends and DST changes alike', () => {
    expect(addBusinessDaysTo('2027-03-05', 7)).toBe('2027-03-16'); // Fri + 7 → Tue (DST on Sun 14th)
    expect(addBusinessDaysTo('2027-03-12', 3)).toBe('2027-03-17');
    expect(addBusinessDaysTo('2027-10-29', 1)).toBe('2027-11-01'); // Fri → Mon, over Berlin's autumn change (Oct 31)
  });

  it('reads a meeting at the agreed local hour on both sides of a DST change', () => {
    expect(meetingStart({ start: '2027-03-12T09:00', timeZone: CHICAGO, minutes: 20 }).toISOString()).toBe('2027-03-12T15:00:00.000Z'); // CST
    expect(meetingStart({ start: '2027-03-15T09:00', timeZone: CHICAGO, minutes: 20 }).toISOString()).toBe('2027-03-15T14:00:00.000Z'); // CDT
    expect(meetingStart({ start: '2027-11-08T09:00', timeZone: BERLIN, minutes: 20 }).toISOString()).toBe('2027-11-08T08:00:00.000Z'); // CET
  });
});

describe('planToday', () => {
  it('suggests sending the ask on the next good day, with the reason and its rule', () => {
    const result = plan([contact([], { name: 'Dana Whitehorse' })], '2027-03-08T15:00:00Z'); // Monday
    expect(result.due).toEqual([]);
    expect(result.upcoming).toEqual(['send-ask 2027-03-09']);
    const tuesday = plan([contact([], { name: 'Dana Whitehorse' })], '2027-03-09T15:00:00Z');
    expect(tuesday.items[0]).toMatchObject({ kind: 'send-ask', ruleId: 'plan.send-day', contactName: 'Dana Whitehorse' });
    expect(tuesday.items[0]?.reason).toMatch(/^Send the ask today: Tuesday or Wednesday is best/);
  });

  it('asks for one follow-up after 7 business days, on the user calendar', () => {
    // Sent late Friday evening in Chicago: Saturday in UTC, but the count starts from Friday.
    const asked = contact([{ kind: 'sent', at: '2027-03-13T04:30:00Z' }]);
    expect(plan([asked], '2027-03-22T15:00:00Z').due).toEqual([]);
    expect(plan([asked], '2027-03-23T15:00:00Z').due).toEqual(['follow-up 2027-03-23']);
    expect(plan([asked], '2027-03-24T15:00:00Z').due).toEqual(['follow-up 2027-03-23']); // overdue stays listed
  });

  it('never suggests a second follow-up', () => {
    const followed = contact([
      { kind: 'sent', at: '2027-03-02T15:00:00Z' },
      { kind: 'followed-up', at: '2027-03-11T15:00:00Z' },
    ]);
    expect(plan([followed], '2027-03-19T15:00:00Z').due).toEqual([]);
    expect(plan([followed], '2027-03-19T15:00:00Z').upcoming).toEqual([]);
  });

  it('counts an ask unanswered for 21 days as no reply, and then suggests nothing', () => {
    const asked = contact([{ kind: 'sent', at: '2027-03-02T15:00:00Z' }]);
    expect(effectiveStage(asked, new Date('2027-03-22T15:00:00Z'))).toBe('asked');
    expect(effectiveStage(asked, new Date('2027-03-23T15:00:00Z'))).toBe('no-reply');
    expect(plan([asked], '2027-03-23T15:00:00Z').due).toEqual([]);
  });

  it('suggests nothing after a no, or for someone marked do not contact', () => {
    const declined = contact([
      { kind: 'sent', at: '2027-03-02T15:00:00Z' },
      { kind: 'declined', at: '2027-03-03T15:00:00Z' },
    ]);
    const doNot = contact([{ kind: 'sent', at: '2027-03-02T15:00:00Z' }], { doNotContact: true });
    const fresh = contact([], { doNotContact: true });
    expect(declined.stage).toBe('declined');
    expect(plan([declined, doNot, fresh], '2027-03-16T15:00:00Z')).toMatchObject({ due: [], upcoming: [] });
  });

  it('suggests someone else at the same organization after 3 business days with no reply, only when there is one', () => {
    const asked = contact([{ kind: 'sent', at: '2027-03-09T15:00:00Z' }], { name: 'Ana Ruiz', organization: 'Riverside EDC' });
    const colleague = contact([], { name: 'Marcus Delaney', organization: 'riverside edc ' });
    const elsewhere = contact([{ kind: 'sent', at: '2027-03-09T15:00:00Z' }], { name: 'Solo', organization: 'Lumen' });
    const result = plan([asked, colleague, elsewhere], '2027-03-12T15:00:00Z');
    const other = result.items.find((i) => i.kind === 'try-someone-else');
    expect(other).toMatchObject({ contactName: 'Ana Ruiz', due: '2027-03-12', ruleId: null });
    expect(other?.reason).toContain('ask Marcus Delaney');
    expect(result.items.filter((i) => i.contactName === 'Solo')).toEqual([]);
    expect(plan([asked, colleague], '2027-03-11T15:00:00Z').due).not.toContain('try-someone-else 2027-03-12');
  });

  it('asks to prepare the agenda two days before the chat, unless one is linked', () => {
    const meeting: Meeting = { start: '2027-03-18T10:00', timeZone: CHICAGO, minutes: 20 };
    const scheduled = contact([
      { kind: 'sent', at: '2027-03-02T15:00:00Z' },
      { kind: 'scheduled', at: '2027-03-03T15:00:00Z', meeting },
    ]);
    expect(plan([scheduled], '2027-03-15T15:00:00Z').upcoming).toEqual(['prepare-agenda 2027-03-16']);
    expect(plan([scheduled], '2027-03-16T15:00:00Z').due).toEqual(['prepare-agenda 2027-03-16']);
    expect(plan([{ ...scheduled, hasAgenda: true }], '2027-03-16T15:00:00Z').due).toEqual([]);
  });

  it('asks for the thank-you within a day of the chat, and once it is sent, stops', () => {
    const talked = contact([
      { kind: 'sent', at: '2027-03-02T15:00:00Z' },
      { kind: 'talked', at: '2027-03-18T16:00:00Z' },
    ]);
    expect(plan([talked], '2027-03-18T18:00:00Z').items[0]).toMatchObject({ kind: 'send-thanks', due: '2027-03-18', ruleId: 'plan.prompt-thanks' });
    const thanked = contact([
      { kind: 'sent', at: '2027-03-02T15:00:00Z' },
      { kind: 'talked', at: '2027-03-18T16:00:00Z' },
      { kind: 'thanked', at: '2027-03-18T20:00:00Z' },
    ]);
    expect(plan([thanked], '2027-03-19T15:00:00Z')).toMatchObject({ due: [], upcoming: [] });
  });

  it('treats a scheduled chat whose time has passed as held: the thank-you is due', () => {
    const scheduled = contact([{ kind: 'scheduled', at: '2027-03-03T15:00:00Z', meeting: { start: '2027-03-18T10:00', timeZone: CHICAGO, minutes: 20 } }]);
    expect(plan([scheduled], '2027-03-18T16:00:00Z').due).toEqual(['send-thanks 2027-03-18']);
  });

  it('suggests an update 4 to 8 weeks after the chat only when they acted on the advice', () => {
    const log: LogEntry[] = [
      { kind: 'talked', at: '2027-03-18T16:00:00Z' },
      { kind: 'thanked', at: '2027-03-18T20:00:00Z' },
    ];
    const acted = contact(log, { actedOnAdvice: true });
    const not = contact(log);
    expect(plan([acted, not], '2027-04-14T15:00:00Z').upcoming).toEqual(['share-update 2027-04-15']);
    expect(plan([acted, not], '2027-04-15T15:00:00Z').items.map((i) => i.contactId)).toEqual([acted.id]);
    expect(plan([acted], '2027-05-14T15:00:00Z').due).toEqual([]); // past 8 weeks: too late to be useful
  });

  it('hides a snoozed item until the snooze ends', () => {
    const asked = contact([{ kind: 'sent', at: '2027-03-02T15:00:00Z' }], { snoozes: [{ item: 'follow-up', until: '2027-03-15' }] });
    expect(plan([asked], '2027-03-12T15:00:00Z').due).toEqual([]);
    expect(plan([asked], '2027-03-15T15:00:00Z').due).toEqual(['follow-up 2027-03-11']);
  });

  it('orders due items by date, then priority', () => {
    const a = contact([{ kind: 'sent', at: '2027-03-02T15:00:00Z' }], { name: 'Low', priority: 3 });
    const b = contact([{ kind: 'sent', at: '2027-03-02T15:00:00Z' }], { name: 'High', priority: 1 });
    const c = contact([{ kind: 'sent', at: '2027-02-26T15:00:00Z' }], { name: 'Earlier', priority: 3 });
    expect(plan([a, b, c], '2027-03-15T15:00:00Z').items.map((i) => i.contactName)).toEqual(['Earlier', 'High', 'Low']);
  });
});
