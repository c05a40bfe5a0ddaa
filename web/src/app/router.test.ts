import { describe, expect, it } from 'vitest';
import { pageOf } from './router.tsx';

describe('pageOf', () => {
  it.each([
    ['/outreach', 'outreach'],
    ['/outreach/drafts/00000000-0000-4000-8000-000000000001', 'outreach'],
    ['/questions', 'questions'],
    ['/questions/agendas/7', 'questions'],
    ['/practice/sessions/3', 'practice'],
    ['/outreachy', 'not-found'],
    ['/', 'outreach'],
    ['/nowhere', 'not-found'],
  ])('%s belongs to %s', (path, page) => {
    expect(pageOf(path)).toBe(page);
  });
});
