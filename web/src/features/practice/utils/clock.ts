/** Simulated minutes as `m:ss`, e.g. 12.5 → "12:30". */
export function formatClock(minutes: number): string {
  const total = Math.max(0, Math.round(minutes * 60));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
