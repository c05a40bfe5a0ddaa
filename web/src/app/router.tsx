import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** Client-side routing with `history.pushState`; the server answers every page path with index.html. */

export type PageId = 'outreach' | 'questions' | 'practice';

export interface PageRoute {
  id: PageId;
  path: string;
  label: string;
}

export const PAGES: readonly PageRoute[] = [
  { id: 'outreach', path: '/outreach', label: 'Outreach' },
  { id: 'questions', path: '/questions', label: 'Questions' },
  { id: 'practice', path: '/practice', label: 'Practice' },
];

const NAVIGATE_EVENT = 'infochat:navigate';

/** The page for a path; `/` is the outreach page; anything else is not found. */
export function resolvePage(pathname: string): PageId | 'not-found' {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return 'outreach';
  return PAGES.find((page) => page.path === path)?.id ?? 'not-found';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary link (so open-in-new-tab still works) that navigates in place on a plain click. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
