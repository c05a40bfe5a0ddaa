import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toArtifact } from '../../scripts/train/logreg.ts';
import { runCheckers } from '../rules/lint-core.ts';
import { questionRules } from '../rules/question-rules.ts';
import { hashFeature, textFeatures, tokenize } from './features.ts';
import { fuseVerdicts } from './fuse.ts';
import { LanguageModel, ModelArtifactError } from './model.ts';
import { blockingQuestionVerdicts, decideQuestion, QUESTION_CATEGORIES, QUESTION_MODEL_LABELS } from './questions.ts';
import { forgetModels, provideModel } from './registry.ts';

/** A tiny model by hand: each head's weights on named features. */
function handModel(weights: Record<string, Partial<Record<(typeof QUESTION_MODEL_LABELS)[number], number>>>, thresholds = { add: 0.7, doubt: 0.2 }) {
  const names = Object.keys(weights);
  const buckets = names.map(hashFeature);
  const order = buckets.map((b, i) => [b, i] as const).sort((a, b) => a[0] - b[0]);
  const L = QUESTION_MODEL_LABELS.length;
  const w = new Float64Array(order.length * L);
  order.forEach(([, i], r) => QUESTION_MODEL_LABELS.forEach((label, l) => (w[r * L + l] = weights[names[i]!]![label] ?? 0)));
  return LanguageModel.fromArtifact(
    toArtifact({
      kind: 'questions',
      labels: QUESTION_MODEL_LABELS,
      buckets: order.map(([b]) => b),
      weights: { w, bias: new Float64Array(L).fill(-4) },
      calibration: QUESTION_MODEL_LABELS.map(() => [1, 0] as [number, number]),
      thresholds,
      corpusHash: '0'.repeat(64),
      trainedOn: {},
    }),
  );
}

describe('features', () => {
  it('tokenizes with spans of the original text, apostrophes made straight', () => {
    const text = 'Are  you HIRING? We’re keen';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['are', 'you', 'hiring', "we're", 'keen']);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase().replace('’', "'")).toBe(t.norm);
  });

  it('is deterministic, and a whole-text feature covers no word', () => {
    const a = textFeatures('Is your team hiring?', ['rule:x']);
    expect(textFeatures('Is your team hiring?', ['rule:x'])).toEqual(a);
    expect(a.hits.at(-1)).toEqual({ bucket: hashFeature('rule:x'), value: 1, from: -1, to: -1 });
    expect(a.hits.every((h) => h.bucket >= 0 && h.bucket < 2 ** 20)).toBe(true);
  });
});

describe('LanguageModel', () => {
  it('round-trips weights through the artifact (int8 per label)', () => {
    const model = handModel({ 'w:hiring': { 'job-seeking': 12, 'job-style': 12 } });
    const p = model.predict('Is your team hiring?');
    const seeking = p.scores.find((s) => s.label === 'job-seeking')!;
    expect(seeking.score).toBeCloseTo(-4 + 12 / Math.sqrt(9), 1);
    expect(p.scores.find((s) => s.label === 'screening')!.score).toBe(-4);
  });

  it('refuses artifacts that do not validate or decode, saying what is wrong', () => {
    const good = handModel({ 'w:x': { screening: 1 } }).artifact;
    expect(() => LanguageModel.fromArtifact({ ...good, labels: [] })).toThrow(ModelArtifactError);
    expect(() => LanguageModel.fromArtifact({ ...good, bias: [1] })).toThrow(/one entry per label/);
    expect(() => LanguageModel.fromArtifact({ ...good, rows: good.rows + 1 })).toThrow(/do not decode|expected/);
  });
});

describe('fusion: the rules and the model decide together', () => {
  afterEach(forgetModels);
  const fuse = (text: string, model: LanguageModel) => fuseVerdicts(text, runCheckers(questionRules, text, {}), model, QUESTION_CATEGORIES, { anyLabel: 'job-style' });

  it('without a model, is the rules alone', () => {
    const text = 'Why did you choose teaching?';
    const rules = runCheckers(questionRules, text, {});
    expect(decideQuestion(text).map((v) => [v.rule.id, v.result.passed, v.severity, v.origin])).toEqual(rules.map((v) => [v.rule.id, v.result.passed, v.rule.severity, 'rule']));
  });

  it('adds a finding where the rules are silent and the model is sure: the rule id, its sources, the words that drove it', () => {
    const text = 'Does your agency have openings for designers?';
    expect(runCheckers(questionRules, text, {}).find((v) => v.rule.id === 'question.not-job-seeking')!.result.passed).toBe(true);
    const model = handModel({ 'w:openings': { 'job-seeking': 30, 'job-style': 30 }, 'b:have openings': { 'job-seeking': 30 } });
    const v = fuse(text, model).find((x) => x.rule.id === 'question.not-job-seeking')!;
    expect(v).toMatchObject({ origin: 'model', severity: 'high', result: { passed: false } });
    expect(v.result.evidence).toEqual([{ start: text.indexOf('have openings'), end: text.indexOf('have openings') + 'have openings'.length, quote: 'have openings' }]);
    expect(v.result.message).toMatch(/request for a job.*language model, \d+% sure/);
    expect(v.rule.sources.length).toBeGreaterThan(0);
  });

  it('keeps a strong rule hit, and turns a weak one the model is sure is fine into a low "consider" note', () => {
    const text = 'Why did you choose teaching?';
    const rule = 'question.no-justification-demand';
    expect(runCheckers(questionRules, text, {}).find((v) => v.rule.id === rule)!.result.passed).toBe(false);
    const doubting = handModel({ [`rule:${rule}`]: { 'justification-demand': 1 }, 'b:you choose': { 'justification-demand': -30 } });
    const weak = fuse(text, doubting).find((x) => x.rule.id === rule)!;
    expect(weak).toMatchObject({ origin: 'consider', severity: 'low', result: { passed: false } });
    expect(weak.result.message).toMatch(/^Probably fine, but consider: /);
    provideModel('questions', doubting);
    expect(blockingQuestionVerdicts(text)).toEqual([]);

    const agreeing = handModel({ [`rule:${rule}`]: { 'justification-demand': 5 } });
    expect(fuse(text, agreeing).find((x) => x.rule.id === rule)).toMatchObject({ origin: 'rule', severity: 'medium' });
  });

  it('names the likeliest category when the model is sure of "job-style" alone', () => {
    const text = 'I really need work right now, can you help?';
    const model = handModel({ 'w:work': { 'job-style': 30, 'job-seeking': 3.5 } });
    const found = fuse(text, model).filter((v) => !v.result.passed && v.severity !== 'low');
    expect(found.map((v) => [v.rule.id, v.origin])).toEqual([['question.not-job-seeking', 'model']]);
  });
});

describe('the shipped questions model', () => {
  afterEach(forgetModels);
  const shipped = () => LanguageModel.fromArtifact(JSON.parse(readFileSync(new URL('./models/questions.json', import.meta.url), 'utf8')));
  const blocking = (q: string) => blockingQuestionVerdicts(q).map((v) => v.rule.id);

  it('catches job asks the rules pass, from the issue', () => {
    provideModel('questions', shipped());
    for (const q of ['does your team take summer interns?', 'Does your agency have openings for designers?']) {
      expect(blocking(q), q).toContain('question.not-job-seeking');
    }
  });

  it('keeps neutral "why" questions, from the issue', () => {
    provideModel('questions', shipped());
    for (const q of ['Why did you choose teaching?', 'Why did you go into law?']) expect(blocking(q), q).toEqual([]);
  });
});
