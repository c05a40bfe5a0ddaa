import { Hono } from 'hono';
import { FollowupCritiqueRequest, type FollowupCritiqueResponse } from '../../shared/contracts/practice.ts';
import { toFusedFinding } from '../../shared/language/fuse.ts';
import { decideFollowUp } from '../../shared/language/follow-up.ts';
import { score } from '../../shared/rules/index.ts';
import type { PracticeStore } from '../db/practice-store.ts';
import { AppError } from '../errors.ts';
import { discussedTopicLabels } from '../practice/debrief.ts';
import { limitPracticeBody } from './practice.ts';
import { readJson } from './read-json.ts';

/** Longest note the API checks; longer answers 413. */
export const MAX_NOTE_CHARS = 10_000;

/** `POST /api/followup/critique`: the follow-up rules on a thank-you note, with a session's topics when given. */
export function followupRoutes({ store }: { store: PracticeStore }) {
  return new Hono().use('*', limitPracticeBody).post('/critique', async (c) => {
    const { note, sessionId } = await readJson(c, FollowupCritiqueRequest);
    if (note.trim() === '') throw new AppError('empty_note', 400, 'The note is empty: write or paste your thank-you note.');
    if (note.length > MAX_NOTE_CHARS) {
      throw new AppError('note_too_long', 413, `The note has ${note.length.toLocaleString('en-US')} characters; the limit is ${MAX_NOTE_CHARS.toLocaleString('en-US')}.`);
    }
    let topics: string[] = [];
    if (sessionId !== undefined) {
      const session = await store.getSession(sessionId);
      if (!session) throw new AppError('session_not_found', 404, 'No practice session with this id.');
      topics = discussedTopicLabels(session.turns);
    }
    // The follow-up rules and the follow-up model together (shared/language/follow-up.ts).
    const findings = decideFollowUp(note, { topics }).map(toFusedFinding);
    return c.json<FollowupCritiqueResponse>({ score: score(findings), findings, topics });
  });
}
