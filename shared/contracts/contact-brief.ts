import { z } from 'zod';

/**
 * What a job page reads of the contact it was opened for (`/outreach?contact=<id>`): who they are
 * and what was logged, nothing it does not use. A small schema on purpose: the Outreach page is
 * the first page, and its JavaScript has a budget (the full contract is `contacts.ts`).
 */
export const ContactBrief = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  field: z.string().nullable(),
  connection: z.string().nullable(),
  channel: z.string().nullable(),
  profile: z.string().nullable(),
  events: z.array(z.object({ kind: z.string() })),
});
export type ContactBrief = z.infer<typeof ContactBrief>;
