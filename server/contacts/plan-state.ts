import type { ContactEvent, ContactStage, Meeting } from '../../shared/contracts/contacts.ts';

/**
 * What the planner needs from a contact's log, folded once when an event is written and kept on
 * the contact row: Today then reads 2,000 contacts, not their 20,000 events.
 */
export interface PlanState {
  /** The latest ask sent (ISO instant), and whether a follow-up went after it. */
  sentAt: string | null;
  followedUpAt: string | null;
  /** An answer of any kind after the latest ask: a reply, a date, a no. */
  answeredAt: string | null;
  meeting: Meeting | null;
  talkedAt: string | null;
  thankedAt: string | null;
  updateSentAt: string | null;
  declinedAt: string | null;
}

export const EMPTY_PLAN_STATE: PlanState = {
  sentAt: null,
  followedUpAt: null,
  answeredAt: null,
  meeting: null,
  talkedAt: null,
  thankedAt: null,
  updateSentAt: null,
  declinedAt: null,
};

type LoggedEvent = Pick<ContactEvent, 'kind' | 'at' | 'meeting'>;

/** The log, oldest first (by `at`), reduced to the planner's facts. */
export function foldEvents(events: readonly LoggedEvent[]): PlanState {
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let state: PlanState = { ...EMPTY_PLAN_STATE };
  for (const event of ordered) {
    switch (event.kind) {
      case 'sent':
        // A new ask starts a new round: its follow-up and answer are still to come.
        state = { ...state, sentAt: event.at, followedUpAt: null, answeredAt: null };
        break;
      case 'followed-up':
        state = { ...state, followedUpAt: event.at };
        break;
      case 'replied':
        state = { ...state, answeredAt: event.at };
        break;
      case 'scheduled':
        state = { ...state, answeredAt: state.answeredAt ?? event.at, meeting: event.meeting };
        break;
      case 'talked':
        state = { ...state, answeredAt: state.answeredAt ?? event.at, talkedAt: event.at };
        break;
      case 'thanked':
        state = { ...state, thankedAt: event.at };
        break;
      case 'update-sent':
        state = { ...state, updateSentAt: event.at };
        break;
      case 'declined':
        state = { ...state, answeredAt: state.answeredAt ?? event.at, declinedAt: event.at };
        break;
      case 'note':
        break;
    }
  }
  return state;
}

/** Where a logged event moves a contact on the board (none: it stays where it is). */
export function stageAfter(kind: LoggedEvent['kind'], current: ContactStage): ContactStage {
  switch (kind) {
    case 'sent':
    case 'followed-up':
      return current === 'to-ask' || current === 'no-reply' ? 'asked' : current;
    case 'replied':
      return current === 'to-ask' || current === 'no-reply' ? 'asked' : current;
    case 'scheduled':
      return 'scheduled';
    case 'talked':
      return 'talked';
    case 'thanked':
      return 'thanked';
    case 'update-sent':
      return 'keeping-in-touch';
    case 'declined':
      return 'declined';
    case 'note':
      return current;
  }
}
