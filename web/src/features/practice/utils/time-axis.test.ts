import { describe, expect, it } from 'vitest';
import { MAX_TICKS, timeAxis } from './time-axis.ts';

const at = (iso: string) => Date.parse(iso) / 1000;

function check(times: number[]) {
  const axis = timeAxis(times, 'en-US');
  // Every point inside the range, off the frame.
  for (const t of times) {
    expect(t).toBeGreaterThan(axis.min);
    expect(t).toBeLessThan(axis.max);
  }
  // Between 2 and MAX_TICKS ticks, inside the range, increasing, each label different.
  expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
  expect(axis.ticks.length).toBeLessThanOrEqual(MAX_TICKS);
  for (const t of axis.ticks) expect(t >= axis.min && t <= axis.max).toBe(true);
  expect([...axis.ticks].sort((a, b) => a - b)).toEqual(axis.ticks);
  const labels = axis.ticks.map(axis.label);
  expect(new Set(labels).size).toBe(labels.length);
  return { axis, labels, span: axis.max - axis.min };
}

describe('the score chart time axis', () => {
  it('one session: the hours around it, labelled by the hour (not years)', () => {
    const { span, labels } = check([at('2026-12-07T15:20:00Z')]);
    expect(span).toBeGreaterThanOrEqual(4 * 3600);
    expect(span).toBeLessThanOrEqual(2 * 86_400);
    for (const label of labels) expect(label).toMatch(/^\d{1,2}\s?[AP]M$/);
  });

  it('two sessions 30 seconds apart: hours, never a tick every 30 seconds', () => {
    const { axis, labels } = check([at('2026-12-07T15:20:00Z'), at('2026-12-07T15:20:30Z')]);
    const gaps = axis.ticks.slice(1).map((t, i) => t - axis.ticks[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3600);
    for (const label of labels) expect(label).toMatch(/[AP]M$/);
  });

  it('two sessions days apart: days, labelled by month and day', () => {
    const { labels } = check([at('2026-12-01T10:00:00Z'), at('2026-12-09T18:00:00Z')]);
    for (const label of labels) expect(label).toMatch(/^Dec \d{1,2}$/);
  });

  it('many sessions over two years: months or years, with the year in the label', () => {
    const times = Array.from({ length: 40 }, (_, i) => at('2025-01-15T12:00:00Z') + i * 18 * 86_400);
    const { labels } = check(times);
    for (const label of labels) expect(label).toMatch(/20\d\d/);
  });

  it('sessions over decades still fit the tick budget', () => {
    check([at('2001-01-01T00:00:00Z'), at('2026-12-07T00:00:00Z')]);
  });
});
