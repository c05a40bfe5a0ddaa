import type { Context } from 'hono';
import type { z } from 'zod';
import { AcceptedInput } from '../../shared/contracts/common.ts';
import { AppError } from '../errors.ts';

/**
 * The request body parsed by its contract, then held to the one input rule (`AcceptedInput`: no
 * control characters in any string). Not JSON: `invalid_json`; a schema failure throws the
 * `ZodError`, which the error handler answers as `invalid_request` naming the field (or
 * `invalid_characters`).
 */
export async function readJson<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<z.output<Schema>> {
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 400, 'The request body is not valid JSON.');
  }
  const parsed = schema.parse(body);
  // The one input rule of every text field (shared/contracts/common.ts): checked on the whole body, so no field is left out.
  AcceptedInput.parse(body);
  return parsed;
}
