import Papa from 'papaparse';
import { ZodError } from 'zod';
import { type ContactDetail, type ContactFields, ContactInput, EVENT_LABELS, type ImportRowError, MAX_IMPORT_ROWS } from '../../shared/contracts/contacts.ts';
import { AppError, formatZodError } from '../errors.ts';

/**
 * Contacts from CSV: LinkedIn's connections export (First Name, Last Name, URL, Email Address,
 * Company, Position, Connected On — after a few lines of notes), or infochat's own columns (name,
 * role, organization, field, connection, channel, email, linkedinUrl, priority, notes, profile),
 * in any order and any letter case. Each bad row is reported with its line number in the file.
 */

/** Header names, lowercased and without spaces or punctuation, to the field they fill. */
const COLUMNS: Record<string, keyof ContactFields | 'firstName' | 'lastName' | 'connectedOn'> = {
  name: 'name',
  fullname: 'name',
  firstname: 'firstName',
  lastname: 'lastName',
  role: 'role',
  title: 'role',
  position: 'role',
  jobtitle: 'role',
  organization: 'organization',
  organisation: 'organization',
  company: 'organization',
  employer: 'organization',
  field: 'field',
  industry: 'field',
  connection: 'connection',
  howconnected: 'connection',
  connectedon: 'connectedOn',
  channel: 'channel',
  email: 'email',
  emailaddress: 'email',
  linkedinurl: 'linkedinUrl',
  linkedin: 'linkedinUrl',
  url: 'linkedinUrl',
  profileurl: 'linkedinUrl',
  priority: 'priority',
  notes: 'notes',
  note: 'notes',
  profile: 'profile',
  bio: 'profile',
  stage: 'stage',
};

const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

export interface ParsedImport {
  rows: ContactFields[];
  errors: ImportRowError[];
}

/** 1-based line of each character offset, counted once over the text. */
function lineCounter(text: string) {
  let offset = 0;
  let line = 1;
  return (to: number) => {
    for (; offset < to && offset < text.length; offset++) if (text.charCodeAt(offset) === 10) line++;
    return line;
  };
}

export function parseContactsCsv(csv: string): ParsedImport {
  const text = csv.replace(/^\uFEFF/, '');
  const lineAt = lineCounter(text);
  const records: { line: number; cells: string[] }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(start);
      // Skip to the first non-blank character: the row's own first line.
      start = result.meta.cursor;
      records.push({ line, cells: result.data });
    },
  });

  // LinkedIn's export starts with a few lines of notes: the header is the first row naming a known column.
  const headerIndex = records.findIndex((r) => {
    const known = r.cells.map(normalizeHeader).filter((h) => h in COLUMNS);
    return known.includes('name') || known.includes('firstname') || (known.length >= 2 && known.some((h) => COLUMNS[h] === 'name' || COLUMNS[h] === 'firstName'));
  });
  if (headerIndex < 0) {
    throw new AppError('invalid_import', 422, 'csv: no header row with a name column (name, or First Name and Last Name).');
  }
  const header = records[headerIndex]!.cells.map((h) => COLUMNS[normalizeHeader(h)]);
  const body = records.slice(headerIndex + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length > MAX_IMPORT_ROWS) {
    throw new AppError('too_many_rows', 413, `csv: ${body.length.toLocaleString('en-US')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} per import. Split the file and import it in parts.`);
  }

  const rows: ContactFields[] = [];
  const errors: ImportRowError[] = [];
  for (const record of body) {
    const raw: Record<string, string> = {};
    header.forEach((key, i) => {
      const value = record.cells[i]?.trim();
      if (key && value) raw[key] = value;
    });
    const name = raw['name'] ?? [raw['firstName'], raw['lastName']].filter(Boolean).join(' ');
    const candidate: Record<string, unknown> = {
      name,
      role: raw['role'],
      organization: raw['organization'],
      field: raw['field'],
      connection: raw['connection'] ?? (raw['connectedOn'] ? `LinkedIn connection since ${raw['connectedOn']}` : undefined),
      channel: raw['channel']?.toLowerCase() ?? (raw['connectedOn'] || raw['linkedinUrl'] ? 'linkedin' : raw['email'] ? 'email' : undefined),
      email: raw['email'],
      linkedinUrl: raw['linkedinUrl'],
      priority: raw['priority'] === undefined ? undefined : Number(raw['priority']),
      notes: raw['notes'],
      profile: raw['profile'],
      stage: raw['stage'],
    };
    for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
    try {
      rows.push(ContactInput.parse(candidate));
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      errors.push({ line: record.line, message: formatZodError(error) });
    }
  }
  return { rows, errors };
}

const EXPORT_COLUMNS = ['name', 'role', 'organization', 'field', 'connection', 'channel', 'email', 'linkedinUrl', 'priority', 'stage', 'doNotContact', 'actedOnAdvice', 'notes', 'profile', 'history', 'createdAt', 'updatedAt'] as const;

/** Every contact as a CSV row (the importer reads it back), with the log in one `history` cell. */
export function contactsCsv(all: readonly ContactDetail[]): string {
  const rows = all.map((c) => ({
    ...c,
    history: c.events
      .map((e) => `${e.at.slice(0, 10)} ${EVENT_LABELS[e.kind]}${e.meeting ? ` (${e.meeting.start.replace('T', ' ')} ${e.meeting.timeZone})` : ''}${e.text ? `: ${e.text}` : ''}`)
      .join('\n'),
  }));
  return Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows.map((r) => EXPORT_COLUMNS.map((k) => r[k] ?? '')) }, { newline: '\r\n' });
}
