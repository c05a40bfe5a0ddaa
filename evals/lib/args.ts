import { parseArgs } from 'node:util';

export interface EvalArgs {
  model: boolean;
  judge: boolean;
  repeat: number;
  concurrency: number;
  filter?: string | undefined;
  bless: boolean;
  cache: boolean;
  out?: string | undefined;
  help: boolean;
}

export const USAGE = `npm run eval -- [options]
  (no option)        every eval on the offline coach (no key, no network): the CI gate
  --model            the model configured in the environment (OPENAI_API_KEY / OPENAI_BASE_URL / INFOCHAT_MODEL)
  --judge            also ask the model judge (INFOCHAT_JUDGE_MODEL, default the configured model); on with --model
  --repeat N         run every case N times: pass rate and flakiness per case (default 1)
  --filter TEXT      only cases whose job, eval or case name contains TEXT (comma-separated: any of them)
  --concurrency N    cases at once (default 4 with a model, 16 offline)
  --bless            record this run as the baseline (evals/baseline.json) for this coach
  --no-cache         ask the model again even when its answer is cached (evals/.cache/)
  --out DIR          where report.json and report.html go (default evals/reports/)
Exit codes: 0 at or above every threshold, 1 below one, 2 an infrastructure error.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function whole(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, not "${value}"`);
  return Number(value);
}

/** Parses the command line; throws `UsageError` naming the bad option. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        model: { type: 'boolean', default: false },
        judge: { type: 'boolean', default: false },
        repeat: { type: 'string' },
        concurrency: { type: 'string' },
        filter: { type: 'string' },
        bless: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  return {
    model: v.model,
    judge: v.judge || v.model,
    repeat: whole('repeat', v.repeat, 1, 100),
    concurrency: whole('concurrency', v.concurrency, v.model ? 4 : 16, 64),
    filter: v.filter?.trim() || undefined,
    bless: v.bless,
    cache: !v['no-cache'],
    out: v.out,
    help: v.help,
  };
}
