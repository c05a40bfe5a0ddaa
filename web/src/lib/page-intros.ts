/**
 * Each page's heading and lede: rendered by the page (components/page-intro.tsx), by the router
 * while the page's chunk loads, and written into each page's HTML at build time (vite.config.ts),
 * so the first paint on a slow phone is the page's own words, not an empty screen.
 * Plain data: the build reads this file too.
 */
export const PAGE_INTROS = {
  outreach: {
    title: 'Outreach message',
    lede: 'Write the note that asks someone for a short conversation about their work. The checklist updates as you type; a full critique suggests edits and writes a fresh draft.',
  },
  questions: {
    title: 'Questions',
    lede: 'Paste the questions you plan to ask, one per line. Each line is checked as you type; a full review says what to ask instead of anything that belongs in a job interview.',
  },
  practice: {
    title: 'Practice',
    lede: 'Hold a mock informational interview: infochat plays the professional, you ask the questions. Afterwards you get a debrief against the guides and a thank-you note to send.',
  },
  contacts: {
    title: 'Contacts',
    lede: 'Everyone you plan to ask, from the ask to the update weeks after the chat. Today says what is due and why; each contact opens the Outreach, Questions and Practice pages with their details filled in.',
  },
} as const;

export type IntroPage = keyof typeof PAGE_INTROS;

/** The app's pages in nav order, with their addresses (router.tsx's PAGES uses the same). */
export const NAV_PAGES: ReadonlyArray<{ id: IntroPage; path: string; label: string }> = [
  { id: 'outreach', path: '/outreach', label: 'Outreach' },
  { id: 'questions', path: '/questions', label: 'Questions' },
  { id: 'practice', path: '/practice', label: 'Practice' },
  { id: 'contacts', path: '/contacts', label: 'Contacts' },
];
