import { z } from 'zod';
import { Intent } from '../contracts/practice.ts';

/**
 * A preset's question bank (`shared/practice/cards/bank/<preset-id>.json`, format in README →
 * "How the offline engine chooses a reply"): many specific question → answer entries, each with
 * the ways people ask it and follow-up details with the ways people ask for them. The offline
 * engine retrieves the entry whose asks best match the user's words. Server-only data: the web
 * bundle never imports this module or the banks.
 */

const line = (max: number) => z.string().trim().min(1).max(max);
const asks = z.array(line(300)).min(1).max(12);

export const BankFollowUp = z.strictObject({
  asks,
  text: line(700),
});
export type BankFollowUp = z.infer<typeof BankFollowUp>;

export const BankEntry = z.strictObject({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lowercase letters, digits and dashes'),
  /** A `correction` answers a mistaken belief (politely noticed, then the real question answered). */
  kind: z.enum(['answer', 'correction']).optional(),
  intent: Intent,
  asks,
  text: line(900),
  followUps: z.array(BankFollowUp).max(6).default([]),
});
export type BankEntry = z.infer<typeof BankEntry>;

export const MAX_BANK_ENTRIES = 400;

export const BankFile = z.strictObject({
  presetId: line(120),
  entries: z
    .array(BankEntry)
    .min(1)
    .max(MAX_BANK_ENTRIES)
    .refine((entries) => new Set(entries.map((e) => e.id)).size === entries.length, { message: 'entry ids must be unique' }),
});
export type BankFile = z.infer<typeof BankFile>;
