import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUIDES_ABSENT_REASON, guidesPresent } from '../../test/guides.ts';
import { guideBadGoodPairs } from '../../test/question-guides.ts';
import { keyNouns, shareKept } from '../rules/question-text.ts';
import { passesReview, rephrase } from './rephrase.ts';
import { isBlocking, reviewQuestion } from './review.ts';

describe('reviewQuestion', () => {
  it('answers a job-interview question with the broken rules, an explanation, a rephrasing that keeps its nouns, and alternatives', () => {
    const result = reviewQuestion('Why did you leave your position at Toxic Labs?');
    expect({ ...result, findings: result.findings.filter((f) => !f.passed) }).toEqual({
      question: 'Why did you leave your position at Toxic Labs?',
      verdict: 'rephrase',
      ruleIds: ['question.no-justification-demand', 'question.positive-framing'],
      findings: [
        {
          ruleId: 'question.no-justification-demand',
          passed: false,
          severity: 'medium',
          message: expect.stringContaining('justify'),
          evidence: { start: 0, end: 11, quote: 'Why did you' },
          suggestion: expect.any(String),
          sources: ['000_e59610dcce94501e.txt'],
        },
        {
          ruleId: 'question.positive-framing',
          passed: false,
          severity: 'medium',
          message: expect.stringContaining('negatively'),
          evidence: { start: 0, end: 17, quote: 'Why did you leave' },
          suggestion: expect.any(String),
          sources: ['000_e59610dcce94501e.txt'],
        },
      ],
      explanation: expect.stringContaining('justify'),
      rephrased: 'How did you decide it was time to move on from your position at Toxic Labs?',
      alternatives: expect.any(Array),
      category: 'career-path',
    });
    expect(result.findings).toHaveLength(9);
    expect(result.alternatives.length).toBeGreaterThan(0);
    for (const alt of result.alternatives) {
      expect(passesReview(alt, {}), alt).toBe(true);
      // A name that looks like a negative word is a name: never softened into "difficult Labs".
      expect(alt).not.toContain('difficult Labs');
    }
  });

  it('keeps an informational question as it is: no rephrasing, a category', () => {
    const result = reviewQuestion('What does an average week look like for you on the grants team?');
    expect(result.verdict).toBe('informational');
    expect(result.rephrased).toBeNull();
    expect(result.ruleIds).toEqual([]);
    expect(result.explanation).toBe('Fits an informational interview.');
    expect(result.category).toBe('day-to-day');
  });

  it('low-severity failures alone keep the verdict informational, and say so', () => {
    const result = reviewQuestion('Do you like your job?');
    expect(result.verdict).toBe('informational');
    expect(result.rephrased).toBeNull();
    expect(result.ruleIds).toEqual(['question.open-ended']);
    expect(result.explanation).toMatch(/yes\/no/);
  });

  it('carries the profile span apart from the question span', () => {
    const profile = 'Education\nB.A. Economics, Carleton College';
    const [finding] = reviewQuestion('What did you study in college?', { profile }).findings.filter((f) => !f.passed);
    expect(finding).toMatchObject({
      ruleId: 'question.not-on-profile',
      evidence: { quote: 'What did you study in college' },
      profileEvidence: { start: 10, end: 42, quote: 'B.A. Economics, Carleton College', in: 'profile' },
    });
  });

  it('uses the field the user named in a rephrasing', () => {
    expect(rephrase('How much do you make?', { field: 'hospital pharmacy' })).toBe(
      'Can you help me understand the salary range someone entering hospital pharmacy might expect?',
    );
  });
});

/** Job-interview frames around a topic: the rephrasing must pass review and keep the topic's nouns. */
const FRAMES: ReadonlyArray<(topic: string) => string> = [
  (t) => `Why did you choose ${t}?`,
  (t) => `What is the worst thing about ${t}?`,
  (t) => `What do you hate about ${t}?`,
  (t) => `Why do you still work in ${t}?`,
  (t) => `Are there any openings in ${t} at your company?`,
  (t) => `Tell me about a time you struggled with ${t}.`,
  (t) => `How would you handle a crisis in ${t}?`,
  (t) => `What are the three best books on ${t} and why?`,
  (t) => `How much do you make in ${t}?`,
  (t) => `Could you review my resume for ${t} roles?`,
];
const TOPICS = ['supply chain logistics', 'pediatric oncology nursing', 'museum education', 'Toxic Labs', 'municipal bond trading', 'game audio design', 'wildfire ecology', 'Acme Robotics'];

describe('offline rephrasing, as a property', () => {
  it('every question the rules fail is rephrased into one they pass; the verdict, the rules and the rephrasing agree', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAMES), fc.constantFrom(...TOPICS), (frame, topic) => {
        const question = frame(topic);
        const result = reviewQuestion(question);
        const blocking = result.findings.some(isBlocking);
        expect(result.verdict === 'informational').toBe(!blocking);
        expect(result.rephrased === null).toBe(!blocking);
        if (result.rephrased !== null) {
          expect(reviewQuestion(result.rephrased).verdict, result.rephrased).toBe('informational');
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe.skipIf(!guidesPresent)(`the guides' bad questions, rephrased (${guidesPresent ? 'guides present' : GUIDES_ABSENT_REASON})`, () => {
  it('rephrases each into a question that passes review and keeps its names and nouns', () => {
    for (const { bad } of guideBadGoodPairs()) {
      const result = reviewQuestion(bad);
      expect(result.verdict, bad).toBe('rephrase');
      expect(passesReview(result.rephrased ?? '', {}), `${bad} → ${result.rephrased}`).toBe(true);
      const broken = result.findings.filter(isBlocking).flatMap((f) => (f.evidence ? [f.evidence] : []));
      expect(shareKept(keyNouns(bad, broken), result.rephrased ?? ''), `${bad} → ${result.rephrased}`).toBeGreaterThanOrEqual(0.5);
    }
  });
});
