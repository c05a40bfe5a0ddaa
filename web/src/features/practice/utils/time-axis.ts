/**
 * The score chart's time axis: a range and ticks a person can read for one session, two sessions
 * minutes apart, or years of them (uPlot's defaults gave one session a span of Dec 2026–Aug 2029
 * and two sessions a tick every 30 seconds). Times are in seconds, as uPlot takes them.
 */
const HOUR = 3600;
const DAY = 24 * HOUR;

export interface TimeAxis {
  min: number;
  max: number;
  ticks: number[];
  /** The tick's label, in the reader's locale and time zone. */
  label: (t: number) => string;
}

interface Step {
  seconds: number;
  unit: 'hour' | 'day' | 'month' | 'year';
  count: number;
}

const STEPS: Step[] = [
  { seconds: HOUR, unit: 'hour', count: 1 },
  { seconds: 3 * HOUR, unit: 'hour', count: 3 },
  { seconds: 6 * HOUR, unit: 'hour', count: 6 },
  { seconds: 12 * HOUR, unit: 'hour', count: 12 },
  { seconds: DAY, unit: 'day', count: 1 },
  { seconds: 2 * DAY, unit: 'day', count: 2 },
  { seconds: 7 * DAY, unit: 'day', count: 7 },
  { seconds: 14 * DAY, unit: 'day', count: 14 },
  { seconds: 30 * DAY, unit: 'month', count: 1 },
  { seconds: 91 * DAY, unit: 'month', count: 3 },
  { seconds: 182 * DAY, unit: 'month', count: 6 },
  { seconds: 365 * DAY, unit: 'year', count: 1 },
];

/** At most this many ticks, so labels never collide at phone width. */
export const MAX_TICKS = 5;
/** The shortest range shown: sessions minutes apart still read as "this afternoon". */
const MIN_SPAN = 4 * HOUR;

/** The first tick at or after `from`, aligned to the step in local time (midnight, the 1st, January). */
function firstTick(from: number, step: Step): Date {
  const d = new Date(from * 1000);
  if (step.unit === 'hour') {
    d.setMinutes(0, 0, 0);
    d.setHours(Math.ceil(d.getHours() / step.count) * step.count);
  } else if (step.unit === 'day') {
    d.setHours(0, 0, 0, 0);
  } else if (step.unit === 'month') {
    d.setHours(0, 0, 0, 0);
    d.setDate(1);
    d.setMonth(Math.floor(d.getMonth() / step.count) * step.count);
  } else {
    d.setHours(0, 0, 0, 0);
    d.setMonth(0, 1);
  }
  while (d.getTime() / 1000 < from) advance(d, step);
  return d;
}

function advance(d: Date, step: Step): void {
  if (step.unit === 'hour') d.setHours(d.getHours() + step.count);
  else if (step.unit === 'day') d.setDate(d.getDate() + step.count);
  else if (step.unit === 'month') d.setMonth(d.getMonth() + step.count);
  else d.setFullYear(d.getFullYear() + step.count);
}

function labeller(step: Step, min: number, max: number, locale?: string): (t: number) => string {
  const sameYear = new Date(min * 1000).getFullYear() === new Date(max * 1000).getFullYear();
  const format =
    step.unit === 'hour'
      ? new Intl.DateTimeFormat(locale, { hour: 'numeric' })
      : step.unit === 'day'
        ? new Intl.DateTimeFormat(locale, sameYear ? { month: 'short', day: 'numeric' } : { month: 'short', day: 'numeric', year: 'numeric' })
        : step.unit === 'month'
          ? new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' })
          : new Intl.DateTimeFormat(locale, { year: 'numeric' });
  return (t) => format.format(new Date(t * 1000));
}

export function timeAxis(times: readonly number[], locale?: string): TimeAxis {
  if (times.length === 0) throw new Error('timeAxis needs at least one time');
  let min = Math.min(...times);
  let max = Math.max(...times);
  // A margin so the first and last points are not on the frame, and a floor on the span.
  const span = Math.max(max - min, MIN_SPAN);
  const pad = Math.max((span - (max - min)) / 2, span * 0.06);
  min -= pad;
  max += pad;
  const step = STEPS.find((s) => (max - min) / s.seconds <= MAX_TICKS) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  for (const d = firstTick(min, step); d.getTime() / 1000 <= max && ticks.length < MAX_TICKS + 1; advance(d, step)) ticks.push(d.getTime() / 1000);
  // A one-year step over decades would still crowd: thin the ticks to fit.
  const every = Math.ceil(ticks.length / MAX_TICKS);
  return { min, max, ticks: ticks.filter((_, i) => i % every === 0), label: labeller(step, min, max, locale) };
}
