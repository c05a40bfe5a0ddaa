import type { ReactNode } from 'react';
import { type IntroPage, PAGE_INTROS } from '../lib/page-intros.ts';
import { FirstRun } from './first-run.tsx';

/** A page's h1 (focused on page change, hence tabIndex) and lede, the same words the first paint shows; on a first visit, the three steps under them. */
export function PageIntro({ page, children }: { page: IntroPage; children?: ReactNode }) {
  const intro = PAGE_INTROS[page];
  return (
    <div className="page__intro">
      <h1 tabIndex={-1}>{intro.title}</h1>
      <p className="lede">{intro.lede}</p>
      {children}
      <FirstRun />
    </div>
  );
}
