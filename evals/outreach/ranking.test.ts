import { describe, expect, it } from 'vitest';
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { rankedMessages } from './ranking.ts';

/** The chance a good message outscores a bad one (ties count half). */
export function auc(good: number[], bad: number[]): number {
  let wins = 0;
  for (const g of good) for (const b of bad) wins += g > b ? 1 : g === b ? 0.5 : 0;
  return wins / (good.length * bad.length);
}

describe('the score ranks messages the way a careful reader would', () => {
  const scored = rankedMessages.map((m) => ({ ...m, score: offlineOutreachCritique(m.draft, m.context ?? {}).score }));
  const good = scored.filter((m) => m.label === 'good').map((m) => m.score);
  const bad = scored.filter((m) => m.label === 'bad').map((m) => m.score);

  it('has a balanced labelled set', () => {
    expect(good.length).toBeGreaterThanOrEqual(10);
    expect(bad.length).toBeGreaterThanOrEqual(10);
  });

  it('separates good from bad: AUC of at least 0.97', () => {
    expect(auc(good, bad)).toBeGreaterThanOrEqual(0.97);
  });

  it('scores every good complete message at least 85, every bad one at most 50', () => {
    expect(scored.filter((m) => m.label === 'good' && m.score < 85).map((m) => [m.score, m.draft.slice(0, 60)])).toEqual([]);
    expect(scored.filter((m) => m.label === 'bad' && m.score > 50).map((m) => [m.score, m.draft.slice(0, 60)])).toEqual([]);
  });

  it('computes AUC as the share of good-over-bad pairs', () => {
    expect(auc([90, 80], [10, 80])).toBe(0.875);
  });
});
