// Prints the rephrasings of one question batch for reading: node scripts/text-measure/questions-batch.ts <module> <export>
import { createOfflineQuestionsCoach } from '../../server/coach/questions-coach.ts';
import { questionShapes } from '../../server/text/shapes.ts';
const [mod, name] = [process.argv[2]!, process.argv[3]!];
const cases = ((await import(`../../evals/questions/${mod}.ts`)) as Record<string, Array<{ question: string; expected: string; context?: object }>>)[name]!.filter((c) => c.expected === 'rephrase');
const coach = createOfflineQuestionsCoach();
for (const c of cases) {
  const { results: [r] } = await coach.review([c.question], c.context ?? {});
  const shapes = [r!.rephrased, ...r!.alternatives].filter(Boolean).map((q) => questionShapes(q!)).filter((s) => Object.keys(s).length);
  console.log(`Q: ${c.question}\n  → ${r!.rephrased}\n  alt: ${r!.alternatives.join(' | ')}${shapes.length ? ' SHAPES' : ''}`);
}
