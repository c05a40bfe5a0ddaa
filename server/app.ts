import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { OutreachCoach } from './coach/coach.ts';
import { createOfflineQuestionsCoach, type QuestionsCoach } from './coach/questions-coach.ts';
import { createAgendaStore } from './db/agenda-store.ts';
import { createContactStore } from './db/contact-store.ts';
import type { PlanSettings } from './contacts/planner.ts';
import { createQuestionReviewStore } from './db/question-review-store.ts';
import type { Database } from './db/client.ts';
import { createDraftStore } from './db/draft-store.ts';
import { DEFAULT_LIMITS, type LimitsConfig, type SecurityConfig } from './config.ts';
import { createStorageQuota } from './db/quota.ts';
import { createConsoleLogger, createErrorHandler, createNotFoundHandler, type Logger } from './errors.ts';
import { closeAfterRefusedBody, limitBody } from './middleware/body-limit.ts';
import { cpuBudget } from './middleware/cpu-budget.ts';
import { hostAllowList } from './middleware/host-allow-list.ts';
import { webAssets } from './middleware/web-assets.ts';
import { requireJson } from './middleware/json-content-type.ts';
import { allowedMethodsOf, rejectUnroutable } from './middleware/method-not-allowed.ts';
import { modelCallRateLimit, writeRateLimit } from './middleware/rate-limit.ts';
import { sameOrigin } from './middleware/same-origin.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { storageQuota } from './middleware/storage-quota.ts';
import { requireToken, SIGN_IN_PATH, signInRoutes } from './middleware/token-auth.ts';
import { createPracticeStore } from './db/practice-store.ts';
import { inProcess, type Offload } from './offload/offload.ts';
import { DEFAULT_TIMEOUT_MS } from './model/run-prompt.ts';
import { coachRoutes } from './routes/coach.ts';
import { draftRoutes } from './routes/drafts.ts';
import { healthRoutes, PUBLIC_HEALTH_PATH } from './routes/health.ts';
import { outreachRoutes } from './routes/outreach.ts';
import { ruleRoutes } from './routes/rules.ts';
import { createOfflinePracticeCoach, type PracticeCoach } from './practice/practice-coach.ts';
import { followupRoutes } from './routes/followup.ts';
import { personaRoutes } from './routes/personas.ts';
import { practiceRoutes } from './routes/practice.ts';
import { agendaRoutes } from './routes/agendas.ts';
import { contactRoutes, exportRoutes, todayRoutes } from './routes/contacts.ts';
import { questionRoutes } from './routes/questions.ts';

export interface AppDeps {
  /** From `openDatabase`, migrated. Tests use `:memory:`. */
  db: Database;
  coach: OutreachCoach;
  /** Plays the professional in practice sessions; default: the offline persona engine. */
  practiceCoach?: PracticeCoach;
  /** Reviews interview questions; default: the offline (rulebook-only) questions coach. */
  questionsCoach?: QuestionsCoach;
  /** Timestamps of stored rows. */
  clock?: () => Date;
  /** Ids of stored rows; must be UUIDs (the API validates `draftId` as one). */
  newId?: () => string;
  /** The built web app (`dist/web`), served at `/` when the folder exists. */
  webDir?: string;
  logger?: Logger;
  /** Heartbeat of streaming responses (default 15 s); tests shorten it. */
  streamHeartbeatMs?: number;
  /** The API token and extra host names; default: loopback only, no token. */
  security?: Partial<SecurityConfig>;
  /** `INFOCHAT_MODEL_TIMEOUT_MS`: each request's one deadline for its model calls (default 60 s). */
  modelTimeoutMs?: number | undefined;
  /** Rate limits, storage quota; default `DEFAULT_LIMITS`. */
  limits?: Partial<LimitsConfig>;
  /** When Today's reminders fall due (follow-up after 7 business days, …); default `DEFAULT_PLAN_SETTINGS`. */
  planSettings?: PlanSettings;
  /** Today's time zone when the request names none; default: the server's. */
  timeZone?: string;
  /**
   * Where the heavy offline work of a request runs (the contacts file parse here; the coaches are
   * given theirs by whoever makes them): the server passes its worker pool; default in process.
   */
  offload?: Offload;
}

/** The whole HTTP app, with no environment and no listening: `main.ts` does those. */
export function createApp({
  db,
  coach,
  practiceCoach,
  questionsCoach,
  clock = () => new Date(),
  newId = () => crypto.randomUUID(),
  webDir,
  logger = createConsoleLogger(),
  streamHeartbeatMs,
  security = {},
  limits: givenLimits = {},
  planSettings,
  timeZone,
  modelTimeoutMs = DEFAULT_TIMEOUT_MS,
  offload = inProcess,
}: AppDeps) {
  questionsCoach ??= createOfflineQuestionsCoach(undefined, offload);
  practiceCoach ??= createOfflinePracticeCoach(offload);
  const store = createDraftStore(db, clock, newId);
  const limits: LimitsConfig = { ...DEFAULT_LIMITS, ...givenLimits };
  const practiceStore = createPracticeStore(db, clock, newId);
  const contacts = { store: createContactStore(db, clock, newId), clock, offload, ...(planSettings ? { settings: planSettings } : {}), ...(timeZone ? { defaultTimeZone: timeZone } : {}) };

  const api = new Hono();
  // Every API route, present and future, goes through these (server/middleware/).
  if (security.token) {
    // Everything but the public liveness probe, which says only "up".
    const guard = requireToken(security.token);
    api.use('*', (c, next) => (c.req.path === PUBLIC_HEALTH_PATH && c.req.method === 'GET' ? next() : guard(c, next)));
  }
  api.use('*', cpuBudget({ msPerMinute: limits.cpuMsPerMinute }), requireJson(), writeRateLimit(limits.writesPerMinute), storageQuota(createStorageQuota(db, limits.storageQuotaBytes)), limitBody());
  // Every route that may call a model, with the coach that would: counted per model call when that
  // coach is a model, and given the request's one model deadline. `/critique/*` covers `/critique` too.
  const modelRoutes: ReadonlyArray<[string, { info: { kind: string } }]> = [
    ['/outreach/critique/*', coach],
    ['/questions/review', questionsCoach],
    ['/practice/sessions/:id/messages', practiceCoach],
    ['/practice/sessions/:id/retry', practiceCoach],
    ['/practice/sessions/:id/end', practiceCoach],
    ['/personas/generate', practiceCoach],
  ];
  const modelCalls = modelCallRateLimit(limits.modelCallsPerMinute, { budgetMs: modelTimeoutMs });
  for (const [path, routeCoach] of modelRoutes) api.use(path, modelCalls(() => routeCoach.info.kind === 'model'));
  api
    .route('/health', healthRoutes({ db, coach }))
    .route('/coach', coachRoutes(coach))
    .route('/outreach', outreachRoutes({ coach, store, logger, heartbeatMs: streamHeartbeatMs }))
    .route('/drafts', draftRoutes(store))
    .route('/rules', ruleRoutes())
    .route('/personas', personaRoutes({ store: practiceStore, coach: practiceCoach }))
    .route('/practice/sessions', practiceRoutes({ store: practiceStore, coach: practiceCoach, logger, clock, heartbeatMs: streamHeartbeatMs }))
    .route('/followup', followupRoutes({ store: practiceStore }))
    .route('/questions', questionRoutes({ coach: questionsCoach, store: createQuestionReviewStore(db, clock, newId), clock }))
    .route('/agendas', agendaRoutes(createAgendaStore(db, clock, newId)))
    .route('/contacts', contactRoutes(contacts))
    .route('/today', todayRoutes(contacts))
    .route('/export', exportRoutes(contacts));

  const app = new Hono();
  const allowedMethods = allowedMethodsOf(app);
  const notFound = createNotFoundHandler(allowedMethods);
  app.onError(createErrorHandler(logger));
  app.notFound(notFound);
  // Every response, pages and API alike.
  app.use('*', securityHeaders(), closeAfterRefusedBody(), hostAllowList(security.allowedHosts), sameOrigin());
  app.use('/api/*', rejectUnroutable(allowedMethods, notFound));
  app.route('/api', api);
  // Before the web app's fallback, so an unknown API route is a JSON 404 (or 405) and not index.html.
  app.all('/api/*', notFound);
  app.use(SIGN_IN_PATH, writeRateLimit(limits.writesPerMinute));
  app.route(SIGN_IN_PATH, signInRoutes(security.token, security.trustedProxies));
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
  app.use('*', webAssets(webDir));
  app.use('*', serveStatic({ root: webDir }));
  // Client-side routes (/outreach, /questions, /practice, …) all get the app's shell.
  const shell = serveStatic({ root: webDir, path: 'index.html' });
  app.get('*', (c, next) => (looksLikeFile(c.req.path) ? next() : shell(c, next)));
}
