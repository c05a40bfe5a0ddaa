import { z } from 'zod';
import { userText } from './common.ts';
import { IanaTimeZone } from './today.ts';

export { IanaTimeZone };

/**
 * Contacts (issue 17): the people a user keeps in play, each with a stage and a log of what
 * happened, from "who should I ask" to the update weeks after the chat. Every text field goes
 * through `userText`: stored as sent, or refused.
 */

/** The board's columns, in the order a contact moves through them; the last two are closed. */
export const CONTACT_STAGES = ['to-ask', 'asked', 'scheduled', 'talked', 'thanked', 'keeping-in-touch', 'declined', 'no-reply'] as const;
export const ContactStage = z.enum(CONTACT_STAGES);
export type ContactStage = z.infer<typeof ContactStage>;

export const OPEN_STAGES: readonly ContactStage[] = ['to-ask', 'asked', 'scheduled', 'talked', 'thanked', 'keeping-in-touch'];
export const CLOSED_STAGES: readonly ContactStage[] = ['declined', 'no-reply'];

export const STAGE_LABELS: Record<ContactStage, string> = {
  'to-ask': 'To ask',
  asked: 'Asked',
  scheduled: 'Scheduled',
  talked: 'Talked',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  declined: 'Declined',
  'no-reply': 'No reply',
};

export const CONTACT_CHANNELS = ['email', 'linkedin', 'phone', 'other'] as const;
export const ContactChannel = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof ContactChannel>;

/**
 * Most contacts one import may hold, and its size: the rows are written in one transaction on the
 * server's event loop (SQLite is in process), so one import is kept to about 20 ms of it. A larger
 * file (LinkedIn's export of a big network) is imported in parts.
 */
export const MAX_IMPORT_ROWS = 500;
export const MAX_IMPORT_CHARS = 250_000;
export const MAX_PROFILE_CHARS = 20_000;
export const MAX_NOTE_CHARS = 10_000;

const field = (label: string, max: number) => userText({ label, max, trim: true });

/** A contact's fields, none with a default: `PATCH` sends any subset and changes only those. */
const ContactFieldsShape = z.object({
  name: userText({ label: 'The name', max: 120, trim: true, empty: { code: 'invalid_request', message: 'name: a contact needs a name.' } }),
  role: field('The role', 160).optional(),
  organization: field('The organization', 160).optional(),
  field: field('The field', 160).optional(),
  /** How the user is connected to them, or who referred them. */
  connection: field('The connection', 400).optional(),
  channel: ContactChannel.optional(),
  email: z.email({ error: 'not an email address' }).max(254).optional(),
  linkedinUrl: z.url({ protocol: /^https?$/, error: 'not a web address (https://…)' }).max(400).optional(),
  /** Their pasted LinkedIn profile or bio. */
  profile: userText({ label: 'The profile', max: MAX_PROFILE_CHARS }).optional(),
  priority: z.number().int().min(1).max(3).optional(),
  notes: userText({ label: 'The notes', max: MAX_NOTE_CHARS }).optional(),
  /** Never suggest anything for this contact again. */
  doNotContact: z.boolean().optional(),
  /** Where on the board. Logging an event moves it too. */
  stage: ContactStage.optional(),
  /** Whether they have acted on this person's advice (turns on the update reminder). */
  actedOnAdvice: z.boolean().optional(),
});

/**
 * What the user writes about a contact (`POST /api/contacts`; `PUT /api/contacts/:id` replaces
 * every field but the stage, which only a move or an event changes).
 */
export const ContactInput = ContactFieldsShape.extend({
  priority: ContactFieldsShape.shape.priority.default(2),
  doNotContact: ContactFieldsShape.shape.doNotContact.default(false),
  actedOnAdvice: ContactFieldsShape.shape.actedOnAdvice.default(false),
});
export type ContactInput = z.input<typeof ContactInput>;
export type ContactFields = z.output<typeof ContactInput>;

/** `PATCH /api/contacts/:id`: any subset of the fields (a board move sends only `stage`). */
export const ContactPatch = ContactFieldsShape.partial();
export type ContactPatch = z.input<typeof ContactPatch>;

/** What happened with a contact, as the user logs it. infochat never sends anything itself. */
export const CONTACT_EVENT_KINDS = ['sent', 'followed-up', 'replied', 'scheduled', 'talked', 'thanked', 'update-sent', 'declined', 'note'] as const;
export const ContactEventKind = z.enum(CONTACT_EVENT_KINDS);
export type ContactEventKind = z.infer<typeof ContactEventKind>;

export const EVENT_LABELS: Record<ContactEventKind, string> = {
  sent: 'Sent the ask',
  'followed-up': 'Followed up',
  replied: 'They replied',
  scheduled: 'Scheduled the chat',
  talked: 'Talked',
  thanked: 'Sent the thank-you',
  'update-sent': 'Shared an update',
  declined: 'They declined',
  note: 'Note',
};

/** A local date and time (`2027-03-09T14:30`) in an IANA time zone: how people agree on a chat. */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date and time like 2027-03-09T14:30');


export const Meeting = z.object({
  start: LocalDateTime,
  timeZone: IanaTimeZone,
  minutes: z.number().int().min(5).max(240).default(20),
  /** Phone, video link, a café: free text. */
  place: field('The place', 200).optional(),
});
export type Meeting = z.infer<typeof Meeting>;

/** `POST /api/contacts/:id/events`. `at` defaults to now; `meeting` is required for `scheduled`. */
export const ContactEventInput = z
  .object({
    kind: ContactEventKind,
    /** When it happened (ISO-8601 with offset); default: now. */
    at: z.iso.datetime({ offset: true }).optional(),
    meeting: Meeting.optional(),
    /** The note sent (a thank-you or update) or a remark. */
    text: userText({ label: 'The text', max: MAX_NOTE_CHARS }).optional(),
  })
  .refine((event) => event.kind !== 'scheduled' || event.meeting !== undefined, {
    error: 'meeting: a scheduled chat needs a date, time and time zone',
    path: ['meeting'],
  });
export type ContactEventInput = z.input<typeof ContactEventInput>;

export const ContactEvent = z.object({
  id: z.string(),
  contactId: z.string(),
  kind: ContactEventKind,
  at: z.string(),
  meeting: Meeting.nullable(),
  text: z.string().nullable(),
  createdAt: z.string(),
});
export type ContactEvent = z.infer<typeof ContactEvent>;

/** What a contact's work in the other pages is linked to it. */
export const CONTACT_LINK_KINDS = ['draft', 'agenda', 'practice'] as const;
export const ContactLinkKind = z.enum(CONTACT_LINK_KINDS);
export type ContactLinkKind = z.infer<typeof ContactLinkKind>;

export const ContactLinkInput = z.object({ kind: ContactLinkKind, targetId: z.string().min(1).max(100) });
export type ContactLinkInput = z.infer<typeof ContactLinkInput>;

export const ContactLink = ContactLinkInput.extend({ id: z.string(), createdAt: z.string() });
export type ContactLink = z.infer<typeof ContactLink>;

/** A Today item the user put off, until a date (`YYYY-MM-DD`, their calendar). */
export const Snooze = z.object({ item: z.string().min(1).max(40), until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2027-03-09') });
export type Snooze = z.infer<typeof Snooze>;

export const Contact = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  field: z.string().nullable(),
  connection: z.string().nullable(),
  channel: ContactChannel.nullable(),
  email: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  profile: z.string().nullable(),
  priority: z.number().int(),
  notes: z.string().nullable(),
  doNotContact: z.boolean(),
  /** As stored (the board's column); `GET` answers the stage the planner sees (an ask unanswered for 21 days is `no-reply`). */
  stage: ContactStage,
  actedOnAdvice: z.boolean(),
  snoozes: z.array(Snooze),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactDetail = Contact.extend({ events: z.array(ContactEvent), links: z.array(ContactLink) });
export type ContactDetail = z.infer<typeof ContactDetail>;

export const CONTACT_PAGE_DEFAULT = 100;
export const CONTACT_PAGE_MAX = 500;

export const ContactListQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `expected a whole number from 1 to ${CONTACT_PAGE_MAX}`)
    .transform(Number)
    .pipe(z.number().min(1).max(CONTACT_PAGE_MAX, `expected a whole number from 1 to ${CONTACT_PAGE_MAX}`))
    .optional(),
  cursor: z.string().max(200).optional(),
});

export const ContactList = z.object({ contacts: z.array(Contact), nextCursor: z.string().nullable() });
export type ContactList = z.infer<typeof ContactList>;

/** `POST /api/contacts/import`: CSV text (LinkedIn's connections export, or name,role,organization,…). */
export const ContactImportRequest = z.object({
  csv: z.string().max(MAX_IMPORT_CHARS, `csv: at most ${MAX_IMPORT_CHARS.toLocaleString('en-US')} characters per import; split the file and import it in parts`),
  /** Import the good rows and report the bad ones; default: any bad row refuses the whole file. */
  skipInvalid: z.boolean().default(false),
});
export type ContactImportRequest = z.input<typeof ContactImportRequest>;

export const ImportRowError = z.object({ line: z.number().int().positive(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ContactImportResult = z.object({ imported: z.number().int(), skipped: z.array(ImportRowError) });
export type ContactImportResult = z.infer<typeof ContactImportResult>;

// The Today list's contract lives in today.ts (the app shell loads it on every page, so it stays small).
export { TODAY_ITEM_KINDS, Today, TodayItem, TodayItemKind, TodayQuery } from './today.ts';
