import { useEffect, useRef } from 'react';
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
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${PAGES.find((route) => route.id === page)?.title ?? 'Page not found'} · infochat`;
    // After moving to another page, move focus to it so screen readers announce it. Moves within a
    // page (one draft to another) are the page's own business.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
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
                <Link href={route.path} aria-current={page === route.id ? 'page' : undefined}>
                  {route.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <AppRoutes coach={coach.data} />
      </main>
      <footer className="app-footer">
        <p>infochat coaches you for informational interviews: short conversations to learn, never to ask for a job.</p>
      </footer>
    </>
  );
}
