import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors.ts';

/**
 * The request body parsed by its contract. Not JSON: `invalid_json`; a schema failure throws the
 * `ZodError`, which the error handler answers as `invalid_request` naming the field.
 */
export async function readJson<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<z.output<Schema>> {
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 400, 'The request body is not valid JSON.');
  }
  return schema.parse(body);
}
