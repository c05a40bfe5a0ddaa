import { renderTranscript, type TranscriptTurn } from '../../shared/practice/transcript.ts';
import { rulesFor, type RuleVerdict } from '../../shared/rules/index.ts';

/**
 * The conduct rules' verdicts on a transcript, each run only when asked for and then kept: a
 * hint reads a few rules in turn and stops at the first that applies (a job ask, time nearly up),
 * so the costly ones (the follow-ups of every answer) run only when the hint gets to them. Each
 * verdict is the one `lint('conduct', …)` gives (the checkers are pure and independent).
 */
export function lazyConductVerdicts({ minutes, turns }: { minutes: number; turns: readonly TranscriptTurn[] }) {
  const text = renderTranscript(turns);
  const context = { minutesRequested: minutes };
  const rules = rulesFor('conduct').filter((rule) => rule.check);
  const known = new Map<string, RuleVerdict | undefined>();
  const verdict = (id: string): RuleVerdict | undefined => {
    if (!known.has(id)) {
      const rule = rules.find((r) => r.id === id);
      known.set(id, rule ? { rule, result: rule.check!(text, context) } : undefined);
    }
    return known.get(id);
  };
  return {
    verdict,
    /** The rule itself (its sources), without running its check. */
    rule: (id: string) => rules.find((r) => r.id === id),
    /** Rules run so far (tests read it). */
    ran: () => [...known.keys()],
  };
}
