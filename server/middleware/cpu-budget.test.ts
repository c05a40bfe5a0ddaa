import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chargedSection, chargeOffloadedCpu, cpuBudget, uncharged } from './cpu-budget.ts';

/** An app whose handler "uses" the CPU time it is told to, on a fake CPU meter and clock. */
function setup(msPerMinute: number) {
  let cpu = 0;
  let clock = 1_000_000;
  const app = new Hono();
  app.use('*', cpuBudget({ msPerMinute, now: () => clock, cpuMs: () => cpu }));
  app.post('/work/:ms', (c) => {
    cpu += Number(c.req.param('ms'));
    return c.json({ ok: true });
  });
  const work = (ms: number, address = '203.0.113.7') =>
    app.request(`/work/${ms}`, { method: 'POST' }, { incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
  return { work, advance: (ms: number) => (clock += ms) };
}

describe('per-client CPU budget', () => {
  it('answers 429 cpu_budget_exceeded with Retry-After once a client has used its minute, then lets it back', async () => {
    const t = setup(600); // 100 ms per ten-second window
    expect((await t.work(60)).status).toBe(200);
    expect((await t.work(60)).status).toBe(200); // 120 ms spent: over from the next request on
    const refused = await t.work(1);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('cpu_budget_exceeded');
    t.advance(10_000);
    expect((await t.work(1)).status).toBe(200);
  });

  it('charges each client its own time: a cheap client goes on beside an expensive one', async () => {
    const t = setup(600);
    await t.work(500, '198.51.100.1');
    expect((await t.work(1, '198.51.100.1')).status).toBe(429);
    for (let i = 0; i < 20; i++) expect((await t.work(2, '198.51.100.2')).status).toBe(200);
  });

  it('charges the CPU a request spent in a worker to that client in full, whoever else is in flight', async () => {
    let clock = 1_000_000;
    const app = new Hono();
    app.use('*', cpuBudget({ msPerMinute: 6_000, now: () => clock, cpuMs: () => 0 }));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    app.post('/offloaded/:ms', async (c) => {
      await Promise.resolve();
      chargeOffloadedCpu(Number(c.req.param('ms')));
      return c.json({ ok: true });
    });
    app.post('/slow', async (c) => {
      await held;
      return c.json({ ok: true });
    });
    const send = (path: string, address: string) => app.request(path, { method: 'POST' }, { incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
    // Another client's request is in flight the whole time: it pays none of the worker's time.
    const slow = send('/slow', '203.0.113.9');
    expect((await send('/offloaded/1200', '203.0.113.7')).status).toBe(200);
    expect((await send('/offloaded/1', '203.0.113.7')).status).toBe(429);
    release();
    expect((await slow).status).toBe(200);
    expect((await send('/offloaded/1', '203.0.113.9')).status).toBe(200);
    // Outside a request it charges nobody.
    expect(() => chargeOffloadedCpu(5)).not.toThrow();
    clock += 10_000;
    expect((await send('/offloaded/1', '203.0.113.7')).status).toBe(200);
  });
});

describe('charged sections of the event loop', () => {
  it('charges a section to its own request in full, and none of it to the requests in flight beside it', async () => {
    let cpu = 0;
    const clock = 1_000_000;
    const app = new Hono();
    app.use('*', cpuBudget({ msPerMinute: 6_000, now: () => clock, cpuMs: () => cpu }));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    app.post('/section/:ms', async (c) => {
      await Promise.resolve();
      chargedSection(() => (cpu += Number(c.req.param('ms'))));
      return c.json({ ok: true });
    });
    app.post('/slow', async (c) => {
      entered();
      await held;
      return c.json({ ok: true });
    });
    const send = (path: string, address: string) => app.request(path, { method: 'POST' }, { incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
    // Nineteen other clients in flight: the section's 1,000 ms would have been charged a twentieth (50 ms) before.
    const slow = Array.from({ length: 19 }, (_, i) => send('/slow', `203.0.113.${10 + i}`));
    await inside;
    expect((await send('/section/1000', '203.0.113.7')).status).toBe(200);
    expect((await send('/section/1', '203.0.113.7')).status).toBe(429);
    release();
    for (const r of await Promise.all(slow)) expect(r.status).toBe(200);
    // The clients in flight beside it paid nothing for it: each can still spend nearly its whole window.
    for (let i = 0; i < 19; i++) {
      expect((await send('/section/990', `203.0.113.${10 + i}`)).status).toBe(200);
      expect((await send('/section/1', `203.0.113.${10 + i}`)).status).toBe(200);
    }
  });

  it("charges nobody for the process's one-time work (uncharged), inside a charged section or not: the first client is not refused for building what every later request shares", async () => {
    let cpu = 0;
    const app = new Hono();
    app.use('*', cpuBudget({ msPerMinute: 6_000, now: () => 1_000_000, cpuMs: () => cpu })); // 1,000 ms per ten-second window
    // A practice reply (its own work, charged in full) that builds a bank index on first use (nobody's).
    app.post('/reply/:own/:warm', (c) => {
      chargedSection(() => {
        uncharged(() => (cpu += Number(c.req.param('warm'))));
        cpu += Number(c.req.param('own'));
      });
      return c.json({ ok: true });
    });
    app.post('/warm/:ms', (c) => {
      uncharged(() => (cpu += Number(c.req.param('ms'))));
      return c.json({ ok: true });
    });
    const send = (path: string) => app.request(path, { method: 'POST' }, { incoming: { socket: { remoteAddress: '203.0.113.7', remoteFamily: 'IPv4' } } });
    expect((await send('/reply/10/5000')).status).toBe(200);
    expect((await send('/warm/5000')).status).toBe(200);
    expect((await send('/reply/10/0')).status).toBe(200); // 20 ms charged so far, not 10,020
    expect((await send('/reply/975/0')).status).toBe(200); // 995
    expect((await send('/reply/10/0')).status).toBe(200); // 1,005: the request's own work still counts in full
    expect((await send('/reply/1/0')).status).toBe(429);
  });

  it('just runs the work outside a request', () => {
    expect(chargedSection(() => 42)).toBe(42);
    expect(uncharged(() => 43)).toBe(43);
  });
});
