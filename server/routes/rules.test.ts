import { afterEach, describe, expect, it } from 'vitest';
import { RulesResponse } from '../../shared/contracts/rules.ts';
import { SEVERITY_WEIGHT } from '../../shared/rules/lint.ts';
import { rulebook } from '../../shared/rules/rulebook.ts';
import { RULEBOOK_VERSION } from '../../shared/rules/rulebook-version.ts';
import { createTestApp, postJson } from '../../test/fixtures/test-app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

/** What the API must list for a rule: the rule as the rulebook has it, minus its checker, plus its weight. */
const listed = rulebook.map(({ check: _checker, ...rule }) => ({
  ...rule,
  weight: SEVERITY_WEIGHT[rule.severity],
  kind: rule.kind ?? 'does',
  capsScoreAt: rule.capsScoreAt ?? null,
}));

describe('GET /api/rules', () => {
  it('lists every rule of the rulebook in order, with the rulebook version', async () => {
    current = await createTestApp();
    const res = await current.app.request('/api/rules');
    expect(res.status).toBe(200);
    const body = RulesResponse.parse(await res.json());
    expect(body).toEqual({ rulebookVersion: RULEBOOK_VERSION, rules: listed });
    expect(body.rules.length).toBeGreaterThan(0);
    expect(body.rules.every((rule) => rule.sources.length > 0)).toBe(true);
  });

  it('filters by appliesTo, keeping the whole rulebook’s version', async () => {
    current = await createTestApp();
    for (const target of ['outreach', 'question', 'conduct', 'follow-up', 'plan'] as const) {
      const body = RulesResponse.parse(await (await current.app.request(`/api/rules?appliesTo=${target}`)).json());
      expect(body).toEqual({ rulebookVersion: RULEBOOK_VERSION, rules: listed.filter((rule) => rule.appliesTo === target) });
    }
  });

  it('refuses an unknown target', async () => {
    current = await createTestApp();
    const res = await current.app.request('/api/rules?appliesTo=jobs');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'invalid_request', message: 'appliesTo: expected one of "outreach"|"question"|"conduct"|"follow-up"|"plan"' },
    });
  });

  it('lists every rule id a critique can fail, under the version the critique carries', async () => {
    current = await createTestApp();
    const rules = RulesResponse.parse(await (await current.app.request('/api/rules')).json());
    const res = await postJson(current.app, '/api/outreach/critique', {
      draft: 'Hi, can you get me a job? My CV is attached.',
      persist: false,
    });
    const critique = (await res.json()) as { failedRuleIds: string[]; findings: Array<{ ruleId: string }>; rulebookVersion: string };
    expect(critique.rulebookVersion).toBe(rules.rulebookVersion);
    const ids = new Set(rules.rules.map((rule) => rule.id));
    expect(critique.failedRuleIds.length).toBeGreaterThan(0);
    for (const id of [...critique.failedRuleIds, ...critique.findings.map((f) => f.ruleId)]) expect(ids.has(id)).toBe(true);
  });
});
