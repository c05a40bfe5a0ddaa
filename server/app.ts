import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { OutreachCoach } from './coach/coach.ts';
import { createOfflineQuestionsCoach, type QuestionsCoach } from './coach/questions-coach.ts';
import { createAgendaStore } from './db/agenda-store.ts';
import { createQuestionReviewStore } from './db/question-review-store.ts';
import type { Database } from './db/client.ts';
import { createDraftStore } from './db/draft-store.ts';
import { createConsoleLogger, createErrorHandler, type Logger, notFoundHandler } from './errors.ts';
import { coachRoutes } from './routes/coach.ts';
import { draftRoutes } from './routes/drafts.ts';
import { healthRoutes } from './routes/health.ts';
import { outreachRoutes } from './routes/outreach.ts';
import { agendaRoutes } from './routes/agendas.ts';
import { questionRoutes } from './routes/questions.ts';

export interface AppDeps {
  /** From `openDatabase`, migrated. Tests use `:memory:`. */
  db: Database;
  coach: OutreachCoach;
  /** Reviews interview questions; default: the offline (rulebook-only) questions coach. */
  questionsCoach?: QuestionsCoach;
  /** Timestamps of stored rows. */
  clock?: () => Date;
  /** Ids of stored rows; must be UUIDs (the API validates `draftId` as one). */
  newId?: () => string;
  /** The built web app (`dist/web`), served at `/` when the folder exists. */
  webDir?: string;
  logger?: Logger;
}

/** The whole HTTP app, with no environment and no listening: `main.ts` does those. */
export function createApp({
  db,
  coach,
  questionsCoach = createOfflineQuestionsCoach(),
  clock = () => new Date(),
  newId = () => crypto.randomUUID(),
  webDir,
  logger = createConsoleLogger(),
}: AppDeps) {
  const store = createDraftStore(db, clock, newId);

  const api = new Hono()
    .route('/health', healthRoutes())
    .route('/coach', coachRoutes(coach))
    .route('/outreach', outreachRoutes({ coach, store, logger }))
    .route('/drafts', draftRoutes(store))
    .route('/questions', questionRoutes({ coach: questionsCoach, store: createQuestionReviewStore(db, clock, newId), clock }))
    .route('/agendas', agendaRoutes(createAgendaStore(db, clock, newId)));

  const app = new Hono();
  app.onError(createErrorHandler(logger));
  app.notFound(notFoundHandler);
  app.route('/api', api);
  // Before the web app's fallback, so an unknown API route is a JSON 404 and not index.html.
  app.all('/api/*', notFoundHandler);
  if (webDir && existsSync(webDir)) serveWebApp(app, webDir);
  return app;
}

/** A path whose last segment has an extension asks for a file, never for a page of the web app. */
const looksLikeFile = (path: string) => /\.[^/]+$/.test(path);

function serveWebApp(app: Hono, webDir: string) {
  // Vite puts content-hashed files in assets/: cache them for good; always revalidate the rest.
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok) {
      const hashed = c.req.path.startsWith('/assets/');
      c.res.headers.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });
  app.use('*', serveStatic({ root: webDir }));
  // Client-side routes (/outreach, /questions, /practice, …) all get the app's shell.
  const shell = serveStatic({ root: webDir, path: 'index.html' });
  app.get('*', (c, next) => (looksLikeFile(c.req.path) ? next() : shell(c, next)));
}
