import type { OutreachContext } from '../../../../../shared/contracts/outreach.ts';

export type Channel = 'email' | 'linkedin' | 'phone';

/** The context form as typed (strings), kept apart from the `OutreachContext` sent to the API. */
export interface ContextFields {
  recipientName: string;
  recipientRole: string;
  organization: string;
  connection: string;
  channel: Channel;
  minutesRequested: string;
}

export const EMPTY_FIELDS: ContextFields = {
  recipientName: '',
  recipientRole: '',
  organization: '',
  connection: '',
  channel: 'email',
  minutesRequested: '',
};

export const MIN_MINUTES = 5;
export const MAX_MINUTES = 240;

/** Why the minutes field cannot be used, or undefined when it is empty or fine. */
export function minutesProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return 'Enter whole minutes, e.g. 20.';
  const minutes = Number(trimmed);
  if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) return `Enter between ${MIN_MINUTES} and ${MAX_MINUTES} minutes.`;
  return undefined;
}

/** Empty fields are left out; an unusable minutes value is left out too (the form says why). */
export function toContext(fields: ContextFields): OutreachContext {
  const context: OutreachContext = { channel: fields.channel };
  const text = (value: string) => value.trim() || undefined;
  const recipientName = text(fields.recipientName);
  const recipientRole = text(fields.recipientRole);
  const organization = text(fields.organization);
  const connection = text(fields.connection);
  if (recipientName) context.recipientName = recipientName;
  if (recipientRole) context.recipientRole = recipientRole;
  if (organization) context.organization = organization;
  if (connection) context.connection = connection;
  if (fields.minutesRequested.trim() && !minutesProblem(fields.minutesRequested)) {
    context.minutesRequested = Number(fields.minutesRequested.trim());
  }
  return context;
}

export function fromContext(context: OutreachContext): ContextFields {
  return {
    recipientName: context.recipientName ?? '',
    recipientRole: context.recipientRole ?? '',
    organization: context.organization ?? '',
    connection: context.connection ?? '',
    channel: context.channel ?? 'email',
    minutesRequested: context.minutesRequested === undefined ? '' : String(context.minutesRequested),
  };
}
