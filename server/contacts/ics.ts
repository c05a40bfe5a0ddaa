import { createEvent } from 'ics';
import type { Contact, ContactEvent, Meeting } from '../../shared/contracts/contacts.ts';
import { AppError } from '../errors.ts';
import { meetingStart } from './planner.ts';

/** The agreed chat as an iCalendar event (RFC 5545, written by the `ics` library), in UTC. */
export function meetingIcs(contact: Contact, event: ContactEvent & { meeting: Meeting }): string {
  const start = meetingStart(event.meeting);
  const who = [contact.name, contact.role, contact.organization].filter(Boolean).join(', ');
  const { error, value } = createEvent({
    uid: `${event.id}@infochat`,
    productId: 'infochat',
    title: `Informational interview with ${contact.name}`,
    description: `${event.meeting.minutes}-minute informational interview with ${who}. Bring your agenda; thank them within a day.`,
    ...(event.meeting.place ? { location: event.meeting.place } : {}),
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: event.meeting.minutes },
    ...(contact.email ? { attendees: [{ name: contact.name, email: contact.email, rsvp: false }] } : {}),
  });
  if (error || !value) throw new AppError('invalid_request', 400, `The chat could not be written as a calendar event: ${error?.message ?? 'unknown reason'}.`);
  return value;
}

/** `interview-dana-whitehorse-2027-03-09.ics` */
export function icsFileName(contact: Contact, meeting: Meeting): string {
  const slug = contact.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40);
  return `interview-${slug || 'contact'}-${meeting.start.slice(0, 10)}.ics`;
}
