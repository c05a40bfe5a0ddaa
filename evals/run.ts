// `npm run eval`: every eval of the suite (evals/**/*.eval.ts) and the meta-evaluation of the
// rulebook; offline by default (the CI gate), `--model` for the configured model. See evals/README.md
// and `npm run eval -- --help`. Exit codes: 0 pass, 1 under a threshold, 2 infrastructure error.
import { main } from './lib/main.ts';

process.exitCode = await main(process.argv.slice(2));
