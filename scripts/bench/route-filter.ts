/** `BENCH_ROUTES=outreach/critique,GET /api/personas` runs only the routes whose name contains one of the words (every-route.ts, worst-requests.ts). */
export const routeFilter = (route: string): boolean => {
  const words = (process.env.BENCH_ROUTES ?? '').split(',').filter(Boolean);
  return words.length === 0 || words.some((w) => route.includes(w));
};
