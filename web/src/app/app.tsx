import { useEffect } from 'react';
import { TodaySummary } from '../features/contacts/components/today-summary.tsx';
import { useToday } from '../features/contacts/hooks/use-contacts-api.ts';
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
  // What is due today, beside the Contacts link on every page (the Contacts page lists it).
  const today = useToday().data;
  const due = today?.items.length ?? 0;

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
                  {route.id === 'contacts' && due > 0 ? (
                    <span className="nav-badge">
                      <span aria-hidden="true">{due}</span>
                      <span className="visually-hidden">, {due} due today</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'outreach' && due > 0 ? (
          <div className="page">
            <TodaySummary today={today} />
          </div>
        ) : null}
        <AppRoutes coach={coach.data} />
      </main>
      <footer className="app-footer">
        <p>infochat coaches you for informational interviews: short conversations to learn, never to ask for a job.</p>
      </footer>
    </>
  );
}
