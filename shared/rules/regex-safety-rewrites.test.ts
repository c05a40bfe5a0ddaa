import { describe, expect, it } from 'vitest';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { topicAfterLead } from './outreach-rules.ts';
import { REPLACED_PATTERNS } from '../../test/fixtures/replaced-patterns.ts';

/**
 * A rulebook pattern the regex-safety ledger marked polynomial, rewritten as one pass: the same
 * capture as the pattern it replaced (kept verbatim in test/fixtures/replaced-patterns.ts), on texts built at random from the
 * pieces it reads and on the hostile shapes that made it backtrack (server/text/linear-scans.test.ts
 * holds the server's).
 */
const OLD_TOPIC = REPLACED_PATTERNS.topic;

describe('the purpose topic after its lead, in one pass', () => {
  it('captures what the pattern captured', () => {
    const pieces = ['about', 'on', ' on ', 'into', 'interested in', ' learning', 'learn', 'ask you', 'ask', 'wondering', ':', ' - ', '• ', ' ', '  ', '\n', '\r', '\t', 'how', 'what', 'whatever', 'whether', 'x', 'UX', '.', 'About '];
    const texts = [
      ...randomTexts(pieces, 60_000, 41, 12),
      ...pieces.flatMap((p, i) => [p.repeat(300), `${p.repeat(150)}${pieces[(i + 3) % pieces.length]!.repeat(150)}`]),
      `${'about '.repeat(1_000)}\n`,
      `${'learn how '.repeat(1_000)}\nx`,
      "I'd love to pick your brain about how you moved into UX research.",
      'I would love to learn: - how you chose research',
    ];
    let found = 0;
    for (const t of texts) {
      const m = OLD_TOPIC.exec(t);
      const before = m ? (m[1] ?? m[2]) : undefined;
      expect(topicAfterLead(t), JSON.stringify(t.slice(0, 200))).toBe(before);
      if (before !== undefined) found++;
    }
    expect(found).toBeGreaterThan(5_000);
  });
});
