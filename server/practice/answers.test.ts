import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTENTS } from '../../shared/contracts/practice.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { AnswersFileError, answersFor, loadAnswers, PRESET_ANSWERS } from './answers.ts';

/** Intents that need a third answer (INTENTS.md): asked most often, and asked again. */
const THREE = ['role', 'week', 'path', 'hard', 'advice', 'getting-started', 'background-fit'];

describe('the presets’ answers files', () => {
  for (const preset of PRESET_PERSONAS) {
    it(`${preset.id}: covers every intent with at least two answers`, () => {
      const answers = PRESET_ANSWERS.get(preset.id)!;
      const thin = INTENTS.filter((intent) => (answers[intent]?.length ?? 0) < 2);
      expect(thin).toEqual([]);
      const short = THREE.filter((intent) => (answers[intent as keyof typeof answers]?.length ?? 0) < 3);
      expect(short).toEqual([]);
      // Answers are said once per session: two identical answers would be said twice.
      const texts = Object.values(answers).flat().map((a) => a!.text);
      expect(new Set(texts).size).toBe(texts.length);
      expect(answersFor(preset.card)).toBe(answers);
    });
  }

  it('a card that is not a preset as shipped has no answers (it is answered from its facts)', () => {
    const preset = PRESET_PERSONAS.find((p) => PRESET_ANSWERS.has(p.id)) ?? PRESET_PERSONAS[0]!;
    expect(answersFor({ ...preset.card, name: 'Someone Else' })).toBeUndefined();
  });
});

describe('loadAnswers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infochat-answers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = { presetId: 'preset-x', answers: { week: [{ text: 'A normal week is mostly meetings.', followUps: ['Mondays are planning.'] }] } };
  const errorOf = (content: string, name = 'preset-x.json') => {
    const d = mkdtempSync(path.join(tmpdir(), 'infochat-answers-'));
    writeFileSync(path.join(d, name), content);
    try {
      loadAnswers(d);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(AnswersFileError);
      return (error as Error).message;
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  };

  it('reads a valid file', () => {
    writeFileSync(path.join(dir, 'preset-x.json'), JSON.stringify(good));
    expect(loadAnswers(dir).get('preset-x')?.week?.[0]?.followUps).toEqual(['Mondays are planning.']);
  });

  it('fails with one line naming the file and what is wrong', () => {
    expect(errorOf('{"presetId":')).toMatch(/^shared\/practice\/cards\/answers\/preset-x\.json: not JSON/);
    expect(errorOf(JSON.stringify({ ...good, answers: { weekly: good.answers.week } }))).toMatch(/^shared\/practice\/cards\/answers\/preset-x\.json: answers(\.weekly)?: /);
    expect(errorOf(JSON.stringify({ ...good, answers: { week: [{ text: 'x' }] } }))).toBe('shared/practice/cards/answers/preset-x.json: answers.week.0.followUps: Invalid input: expected array, received undefined');
    expect(errorOf(JSON.stringify(good), 'preset-y.json')).toBe('shared/practice/cards/answers/preset-y.json: presetId preset-x does not match the file name');
    for (const message of [errorOf('{"presetId":'), errorOf(JSON.stringify({ presetId: 'preset-x' }))]) expect(message).not.toContain('\n');
  });
});
