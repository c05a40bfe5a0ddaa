import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import type { ActiveCoach } from '../../../shared/contracts/common.ts';
import { PageIntro } from '../components/page-intro.tsx';

/**
 * The app's pages. Each is its own chunk (React.lazy), so the first page loads only its own code,
 * and each owns every URL under its path: it is mounted with wouter's `nest`, so its sub-routes
 * (`/drafts/:id`, `/agendas/:id`, `/sessions/:id`) are declared inside the feature, relative to it.
 */
export type PageId = 'outreach' | 'questions' | 'practice' | 'contacts';

/** Each page's module, loaded on demand (the same promise whether React.lazy or a preload asks first). */
const loadPage = {
  outreach: () => import('../features/outreach/components/outreach-page.tsx'),
  questions: () => import('../features/questions/components/questions-page.tsx'),
  practice: () => import('../features/practice/components/practice-page.tsx'),
  contacts: () => import('../features/contacts/components/contacts-page.tsx'),
} satisfies Record<PageId, () => Promise<unknown>>;

export interface PageRoute {
  id: PageId;
  path: `/${string}`;
  label: string;
  title: string;
  /** Starts loading the page's chunk (on hover or focus of its link), so the click finds it ready. */
  preload: () => void;
}

const preload = (id: PageId) => () => void loadPage[id]().catch(() => undefined);

export const PAGES: readonly PageRoute[] = [
  { id: 'outreach', path: '/outreach', label: 'Outreach', title: 'Outreach', preload: preload('outreach') },
  { id: 'questions', path: '/questions', label: 'Questions', title: 'Questions', preload: preload('questions') },
  { id: 'practice', path: '/practice', label: 'Practice', title: 'Practice', preload: preload('practice') },
  { id: 'contacts', path: '/contacts', label: 'Contacts', title: 'Contacts', preload: preload('contacts') },
];

/** Turns a module's named export into what React.lazy wants. */
function lazyNamed<Module, Props>(load: () => Promise<Module>, pick: (module: Module) => ComponentType<Props>) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const OutreachPage = lazyNamed(loadPage.outreach, (module) => module.OutreachPage);
const QuestionsPage = lazyNamed(loadPage.questions, (module) => module.QuestionsPage);
const PracticePage = lazyNamed(loadPage.practice, (module) => module.PracticePage);
const ContactsPage = lazyNamed(loadPage.contacts, (module) => module.ContactsPage);

/** The page a path belongs to (`/outreach/drafts/x` belongs to outreach; `/` redirects there), or not-found. */
export function pageOf(pathname: string): PageId | 'not-found' {
  if (pathname === '/') return 'outreach';
  const page = PAGES.find((route) => pathname === route.path || pathname.startsWith(`${route.path}/`));
  return page?.id ?? 'not-found';
}

export function useCurrentPage(): PageId | 'not-found' {
  const [location] = useLocation();
  return pageOf(location);
}

/** What the shell hands the pages: features don't import each other, so the active coach comes from here. */
export interface AppRoutesProps {
  coach: ActiveCoach | undefined;
}

export function AppRoutes({ coach }: AppRoutesProps) {
  return (
    <Suspense fallback={<PageLoading />}>
      <FocusOnPageChange />
      <Switch>
        <Route path="/">
          <Redirect to="/outreach" replace />
        </Route>
        <Route path="/outreach" nest>
          <OutreachPage coach={coach} />
        </Route>
        <Route path="/questions" nest>
          <QuestionsPage />
        </Route>
        <Route path="/practice" nest>
          <PracticePage coach={coach} />
        </Route>
        <Route path="/contacts" nest>
          <ContactsPage />
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Suspense>
  );
}

/**
 * After moving to another page, focus its `h1` so screen readers announce it (moves within a page,
 * one draft to another, are the page's business). Inside the Suspense boundary on purpose: its
 * effect runs once the lazy page is on screen, not while its chunk is still loading.
 */
function FocusOnPageChange() {
  const page = useCurrentPage();
  const previous = useRef(page);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [page]);
  return null;
}

/** While a page's chunk loads: its own heading and lede (as the first paint showed them), then a line saying so. */
function PageLoading() {
  const page = useCurrentPage();
  if (page === 'not-found') {
    return (
      <div className="page page--narrow" role="status">
        <p className="muted">Loading the page…</p>
      </div>
    );
  }
  return (
    <div className="page">
      <PageIntro page={page} />
      <p className="muted" role="status">
        Loading the page…
      </p>
    </div>
  );
}

function NotFound() {
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/outreach">Go to the outreach coach</Link>.
      </p>
    </div>
  );
}
