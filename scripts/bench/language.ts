// The language models in `npm run bench`: each shipped artifact's load time (read, parse, validate,
// decode, as the server does at startup) and its time per unit, median and p95. Pure CPU.
import { readFileSync } from 'node:fs';
import { MODELS_DIR, SHIPPED_KINDS } from '../../server/language/models.ts';
import { LanguageModel } from '../../shared/language/model.ts';

const SAMPLES: Record<string, string[]> = {
  questions: ['What does a typical week look like for you?', 'Are you guys hiring any interns this spring?', 'Why did you choose teaching over research?'],
  outreach: ["I'm a second-year nursing student at Georgia State.", 'Would you have 20 minutes for a call next week?', 'I would be grateful if you could pass my name along to HR.'],
  turns: ["Hi, I'm Sam, a nursing student thinking about critical care.", 'What are you working on these days?', 'Could you look over my resume?'],
  'follow-up': ['Thank you again for your time on Tuesday.', 'I have already signed up for the chapter meetup you mentioned.', 'Just checking in to stay on your radar!'],
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(run: () => void, ms: number, min: number) {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  const deadline = performance.now() + ms;
  while (performance.now() < deadline || times.length < min) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

export function benchLanguage(): void {
  console.log('\nLanguage models (shared/language/models)');
  console.log('  kind         load median   load p95   per unit median   per unit p95');
  for (const kind of SHIPPED_KINDS) {
    const file = `${MODELS_DIR}/${kind}.json`;
    let model: LanguageModel | undefined;
    const load = time(() => (model = LanguageModel.fromArtifact(JSON.parse(readFileSync(file, 'utf8')))), 1000, 5);
    const units = SAMPLES[kind] ?? ['hello'];
    const unit = time(() => {
      for (const u of units) model!.predict(u);
    }, 1000, 200);
    console.log(
      `  ${kind.padEnd(10)} ${load.median.toFixed(1).padStart(8)} ms ${load.p95.toFixed(1).padStart(8)} ms ${(unit.median / units.length).toFixed(3).padStart(12)} ms ${(unit.p95 / units.length).toFixed(3).padStart(12)} ms`,
    );
  }
}
