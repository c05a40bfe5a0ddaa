import type { Hono, MiddlewareHandler, NotFoundHandler } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * The methods a path answers, read from the routes the app registered (`app.routes`), so a new route
 * is covered with no list to keep. Middleware (`use`, `all`) and catch-all paths (the web app's
 * fallback) do not count: they answer any method or any path. GET implies HEAD.
 */
export function allowedMethodsOf(app: Hono): (path: string) => string[] {
  let router: TrieRouter<true> | undefined;
  let methods: string[] = [];
  return (path) => {
    if (!router) {
      router = new TrieRouter<true>();
      const seen = new Set<string>();
      for (const route of app.routes) {
        if (route.method === 'ALL' || route.path === '*' || route.path === '/*' || route.path.endsWith('/*')) continue;
        router.add(route.method, route.path, true);
        seen.add(route.method);
      }
      methods = [...seen];
    }
    const found = new Set(methods.filter((method) => router!.match(method, path)[0].length > 0));
    if (found.has('GET')) found.add('HEAD');
    return METHOD_ORDER.filter((method) => found.has(method));
  };
}

/**
 * Answers 404 or 405 (via `notFound`) before any other API middleware runs, so a wrong method is
 * reported as such and not as a content-type or rate-limit problem of a route that does not exist.
 */
export function rejectUnroutable(allowedMethods: (path: string) => string[], notFound: NotFoundHandler): MiddlewareHandler {
  return async (c, next) => {
    if (!allowedMethods(c.req.path).includes(c.req.method)) return notFound(c);
    await next();
  };
}
