// Prints job-style questions with the offline coach's rephrasing and alternatives, for reading.
import { createOfflineQuestionsCoach } from '../../server/coach/questions-coach.ts';
import { questionCases } from '../../evals/questions/cases.ts';
import { questionShapes } from '../../server/text/shapes.ts';
const from = Number(process.argv[2] ?? 0), count = Number(process.argv[3] ?? 40);
const cases = questionCases.filter((c) => c.expected === 'rephrase').slice(from, from + count);
const coach = createOfflineQuestionsCoach();
const { results } = await coach.review(cases.map((c) => c.question), {});
let bad = 0;
for (const r of results) {
  const outs = [r.rephrased, ...r.alternatives].filter((x): x is string => !!x);
  const shapes = outs.map((o) => questionShapes(o)).filter((s) => Object.keys(s).length > 0);
  if (shapes.length) bad++;
  console.log(`\nQ: ${r.question}\n  → ${r.rephrased}\n  alt: ${r.alternatives.join(' | ')}${shapes.length ? `\n  SHAPES ${JSON.stringify(shapes)}` : ''}`);
}
console.log({ shown: results.length, withShapes: bad });
