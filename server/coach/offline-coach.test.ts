import { describe, expect, it } from 'vitest';
import { GOOD_CONTEXT, GOOD_DRAFT } from '../../test/fixtures/outreach-drafts.ts';
import { createOfflineCoach } from './offline-coach.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';

describe('createOfflineCoach', () => {
  it('is the offline coach', () => {
    expect(createOfflineCoach().info).toEqual({ kind: 'offline' });
  });

  it('answers the rulebook’s critique and measures how long it took', async () => {
    const readings = [100, 112.4];
    const coach = createOfflineCoach(() => readings.shift() ?? 0);
    expect(await coach.critique(GOOD_DRAFT, GOOD_CONTEXT)).toEqual({
      body: offlineOutreachCritique(GOOD_DRAFT, GOOD_CONTEXT),
      coach: { kind: 'offline' },
      latencyMs: 12,
    });
  });
});
