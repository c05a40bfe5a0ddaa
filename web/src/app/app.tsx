import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { CoachBadge } from '../features/coach/components/coach-badge.tsx';
import { useActiveCoach } from '../features/coach/hooks/use-active-coach.ts';
import { OutreachPage } from '../features/outreach/components/outreach-page.tsx';
import { PracticePage } from '../features/practice/components/practice-page.tsx';
import { QuestionsPage } from '../features/questions/components/questions-page.tsx';
import { Link, PAGES, resolvePage, usePathname, type PageId } from './router.tsx';

const TITLES: Record<PageId | 'not-found', string> = {
  outreach: 'Outreach',
  questions: 'Questions',
  practice: 'Practice',
  'not-found': 'Page not found',
};

/** Server state for the pages that use react-query (Questions). */
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

export function App() {
  const pathname = usePathname();
  const page = resolvePage(pathname);
  const coach = useActiveCoach();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${TITLES[page]} · infochat`;
    // After an in-app navigation, move focus to the new page so screen readers announce it.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page]);

  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="brand">
            <Link href="/outreach" className="brand__name">
              infochat
            </Link>
            <p className="brand__tagline">Practice informational interviews — career conversations, not job interviews</p>
          </div>
          <CoachBadge state={coach} />
        </div>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {PAGES.map((route) => (
              <li key={route.id}>
                <Link href={route.path} aria-current={page === route.id ? 'page' : undefined}>
                  {route.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {page === 'outreach' && <OutreachPage coach={coach.data} />}
        {page === 'questions' && <QuestionsPage />}
        {page === 'practice' && <PracticePage />}
        {page === 'not-found' && <NotFound />}
      </main>
      <footer className="app-footer">
        <p>infochat coaches you for informational interviews: short conversations to learn, never to ask for a job.</p>
      </footer>
    </QueryClientProvider>
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
