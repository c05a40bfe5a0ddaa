import { describe, expect, it } from 'vitest';
import { lintOutreach, rulesFor } from '../../shared/rules/index.ts';
import { loadPrompt, renderPrompt } from './load-prompt.ts';
import { outreachCritiqueInputs, renderCheckerFindings, renderContext, renderRules } from './outreach-inputs.ts';

const DRAFT = "Hi Dana,\nI've attached my CV. Are you hiring?\nThanks, Sam";

describe('outreach critique inputs', () => {
  it('renders every outreach rule from the rulebook, with its id, severity and text', () => {
    const rules = rulesFor('outreach');
    const lines = renderRules(rules).split('\n');
    expect(lines).toHaveLength(rules.length);
    for (const [i, rule] of rules.entries()) expect(lines[i]).toBe(`- ${rule.id} [${rule.severity}]: ${rule.text}`);
  });

  it("renders the checkers' verdicts, failed ones with their evidence", () => {
    const rules = rulesFor('outreach');
    const verdicts = lintOutreach(DRAFT, {});
    const text = renderCheckerFindings(rules, verdicts);
    // Depends on the real checkers in shared/rules/outreach-rules.ts.
    expect(text).toContain('- outreach.no-attachments: FAILED: ');
    expect(text).toContain('(evidence: "I\'ve attached my CV.")');
    expect(text).toContain('- outreach.no-job-ask: FAILED: ');
  });

  it('says which rules have no checker', () => {
    const [rule] = rulesFor('outreach');
    expect(renderCheckerFindings([rule!], [])).toBe(`- ${rule!.id}: no checker; decide it yourself.`);
  });

  it('renders the context, with the LinkedIn limit and what was not given', () => {
    expect(renderContext({ recipientName: 'Dana Lee', channel: 'linkedin', minutesRequested: 20 })).toBe(
      [
        '- Recipient: Dana Lee',
        "- Recipient's role: (not given)",
        '- Organization: (not given)',
        '- Connection to the recipient: (not given)',
        '- Channel: LinkedIn connection note: at most 200 characters in all',
        '- Minutes the writer wants to ask for: 20',
      ].join('\n'),
    );
  });

  it('fills the outreach prompt completely', () => {
    const inputs = outreachCritiqueInputs(DRAFT, { channel: 'email' }, rulesFor('outreach'), lintOutreach(DRAFT, {}));
    const rendered = renderPrompt(loadPrompt('outreach-critique'), inputs);
    expect(rendered.prompt).toContain(`<draft>\n${DRAFT}\n</draft>`);
    expect(rendered.prompt).not.toMatch(/\{\{/);
    expect(rendered.instructions).toContain('informational interview');
  });
});
