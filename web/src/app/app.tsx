import { useEffect } from 'react';
import { TodayBadge, TodayPanelOnFirstPage } from '../features/contacts/components/today-shell.tsx';
import { Link } from 'wouter';
import { CoachBadge } from '../features/coach/components/coach-badge.tsx';
import { useActiveCoach } from '../features/coach/hooks/use-active-coach.ts';
import { AppProvider } from './provider.tsx';
import { AppRoutes, PAGES, useCurrentPage } from './router.tsx';

export function App() {
  return (
    <AppProvider>
      <AppShell />
    </AppProvider>
  );
}

function AppShell() {
  const page = useCurrentPage();
  const coach = useActiveCoach();

  useEffect(() => {
    document.title = `${PAGES.find((route) => route.id === page)?.title ?? 'Page not found'} · infochat`;
  }, [page]);

  return (
    <>
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
                <Link
                  href={route.path}
                  aria-current={page === route.id ? 'page' : undefined}
                  onMouseEnter={route.preload}
                  onFocus={route.preload}
                >
                  {route.label}
                  {route.id === 'contacts' ? <TodayBadge /> : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'outreach' ? <TodayPanelOnFirstPage /> : null}
        <AppRoutes coach={coach.data} />
      </main>
      <footer className="app-footer">
        <p>infochat coaches you for informational interviews: short conversations to learn, never to ask for a job.</p>
      </footer>
    </>
  );
}
