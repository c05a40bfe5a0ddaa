import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { agreesWithLabels, matchesSchema, passesRulebook } from './rulebook-scorers.ts';

const GOOD = `Hi Dana, I'm a data analyst and a fellow Cornell alum. I'd love to learn how you moved into ML engineering at Stripe. Could we talk for 20 minutes by phone on Tuesday at 3pm? Thank you, and no worries if not!`;

describe('rulebook scorers', () => {
  it('passesRulebook: the product checkers on the output text, by severity', () => {
    const high = passesRulebook<object, string>('rewrite-keeps-high', 'outreach', (_i, o) => o, { severities: ['high'] });
    expect(high.score({ input: {}, output: GOOD }, {})).toEqual({ score: 1, reason: 'passes every outreach checker' });
    const jobAsk = high.score({ input: {}, output: `${GOOD} Are you hiring?` }, {});
    expect(jobAsk).toMatchObject({ score: 0 });
    expect((jobAsk as { reason: string }).reason).toContain('outreach.no-job-ask');
  });

  it('agreesWithLabels: the share of verdicts matching the label, naming each miss', () => {
    const s = agreesWithLabels<object, boolean[]>('agrees', (_i, o) => [
      { ruleId: 'a', expectedPass: true, actualPass: o[0] ?? false },
      { ruleId: 'b', expectedPass: false, actualPass: o[1] ?? false },
    ]);
    expect(s.score({ input: {}, output: [true, false] }, {})).toEqual({ score: 1, reason: 'all 2 verdicts match the label' });
    expect(s.score({ input: {}, output: [true, true] }, {})).toEqual({ score: 0.5, reason: 'b: passed, label says fail' });
  });

  it('matchesSchema: 1 when the contract parses the output, the issues otherwise', () => {
    const s = matchesSchema<object, unknown>('contract', z.object({ score: z.number().int().max(100) }));
    expect(s.score({ input: {}, output: { score: 80 } }, {})).toEqual({ score: 1, reason: 'matches the schema' });
    expect(s.score({ input: {}, output: { score: 180 } }, {})).toMatchObject({ score: 0, reason: expect.stringContaining('score:') });
  });
});
