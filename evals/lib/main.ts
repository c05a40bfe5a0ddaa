import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type ModelConfig } from '../../server/config.ts';
import { describeModel } from '../../server/model/provider.ts';
import { createJudge, judgeConfig } from '../judge/create-judge.ts';
import { metaEvalRulebook } from '../meta/index.ts';
import type { MetaResult } from '../meta/meta-eval.ts';
import { parseEvalArgs, USAGE, UsageError } from './args.ts';
import { bless, diffBaseline, readBaseline, sectionOf, writeBaseline } from './baseline.ts';
import { diskCache, type AnswerCache } from './cache.ts';
import { discoverEvals } from './discover.ts';
import { progressBar } from './progress.ts';
import { decide, EXIT, renderTerminal, type EvalReport } from './report.ts';
import { renderHtml } from './report-html.ts';
import { runEvals } from './run-evals.ts';
import { writeLanguageReport } from '../language/report.ts';
import type { AnyEval, EvalEnv, Judge } from './types.ts';

/** `evals/` */
export const EVALS_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface MainDeps {
  env?: Record<string, string | undefined>;
  /** Default: every `*.eval.ts` under `evals/`. */
  evals?: () => Promise<AnyEval[]>;
  meta?: () => MetaResult;
  baselineFile?: string;
  reportsDir?: string;
  cache?: AnswerCache;
  /** Default: from INFOCHAT_JUDGE_MODEL and the model settings. */
  judge?: Judge;
  stdout?: (text: string) => void;
  stderr?: NodeJS.WriteStream;
  now?: () => Date;
}

/** The model as the cache and the baseline name it: provider, host (never a key) and model id. */
export function modelLabel(config: ModelConfig): string {
  const d = describeModel(config);
  if (d.kind === 'offline') return 'offline';
  return `${d.provider}@${d.host ? `${d.host}/` : ''}${d.model}`;
}

/**
 * `npm run eval`: parses the options, runs every eval and the meta-evaluation, compares with the
 * baseline, writes the JSON and HTML reports, prints the summary and returns the exit code.
 * Never throws: anything unexpected is an infrastructure error (2).
 */
export async function main(argv: readonly string[], deps: MainDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const print = deps.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = deps.stderr ?? process.stderr;
  const now = deps.now ?? (() => new Date());
  const started = performance.now();
  let args;
  try {
    args = parseEvalArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    print(`${error.message}\n\n${USAGE}`);
    return EXIT.infrastructure;
  }
  if (args.help) {
    print(USAGE);
    return EXIT.pass;
  }

  const errors: string[] = [];
  try {
    const config = loadConfig(env).model;
    const modelId = modelLabel(config);
    if (args.model && modelId === 'offline') {
      throw new Error('--model: no model configured; set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL and INFOCHAT_MODEL (a compatible server)');
    }
    const evalEnv: EvalEnv = args.model ? { mode: 'model', model: config } : { mode: 'offline', model: {} };
    const coach = args.model ? modelId : 'offline';
    const judge = deps.judge ?? (args.judge ? createJudge(judgeConfig(env, config), { cache: args.cache ? diskCache(path.join(EVALS_DIR, '.cache')) : undefined }) : undefined);
    if (args.judge && !judge) throw new Error('--judge: no judge model configured; set INFOCHAT_JUDGE_MODEL or a model (OPENAI_API_KEY / OPENAI_BASE_URL)');
    const evals = await (deps.evals ?? (() => discoverEvals(EVALS_DIR)))();
    const cache = args.model && args.cache ? (deps.cache ?? diskCache(path.join(EVALS_DIR, '.cache'))) : undefined;

    const bar = progressBar(stderr, env);
    const suite = await runEvals(evals, {
      env: evalEnv,
      modelId,
      repeat: args.repeat,
      concurrency: args.concurrency,
      filter: args.filter,
      cache,
      judge,
      onProgress: bar.update,
    });
    bar.clear();
    if (suite.evals.length === 0) errors.push(args.filter ? `no case matches --filter "${args.filter}"` : 'no eval found (evals/**/*.eval.ts)');
    for (const ev of suite.evals) {
      const firstError = ev.cases.flatMap((c) => c.runs).find((r) => r.error && !r.error.startsWith('Skipped:'))?.error;
      if (firstError) errors.push(`${ev.name}: ${firstError}`);
    }

    const meta = (deps.meta ?? metaEvalRulebook)();
    const createdAt = now().toISOString();
    const baselineFile = deps.baselineFile ?? path.join(EVALS_DIR, 'baseline.json');
    const baseline = readBaseline(baselineFile);
    const section = sectionOf(suite, meta.rules, createdAt);
    const partial = args.filter !== undefined;
    const diff = diffBaseline(baseline, coach, section, partial);
    const { exitCode, verdict } = decide(suite, meta, errors);

    const report: EvalReport = {
      createdAt,
      coach,
      mode: evalEnv.mode,
      judge: judge?.model ?? null,
      options: { repeat: args.repeat, concurrency: args.concurrency, filter: args.filter ?? null },
      durationMs: Math.round(performance.now() - started),
      suite,
      meta,
      diff,
      errors,
      exitCode,
      verdict,
    };
    const dir = args.out ? path.resolve(args.out) : (deps.reportsDir ?? path.join(EVALS_DIR, 'reports'));
    mkdirSync(dir, { recursive: true });
    const json = path.join(dir, 'report.json');
    const html = path.join(dir, 'report.html');
    writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(html, renderHtml(report));
    print(renderTerminal(report, { json: path.relative(process.cwd(), json), html: path.relative(process.cwd(), html) }));
    if (!deps.evals) {
      // The language layer's report (per label, intervals, reliability, disagreements) beside the suite's.
      const language = writeLanguageReport(dir);
      print(['', 'Language layer (details: ' + path.relative(process.cwd(), path.join(dir, 'language.md')) + ')', ...language.lines.map((l) => `  ${l}`)].join('\n'));
    }

    if (args.bless) {
      // A run with errors is no baseline: its zeros would read as regressions to fix later.
      if (exitCode === EXIT.infrastructure) print('not blessed: the run had infrastructure errors');
      else {
        writeBaseline(baselineFile, bless(baseline, coach, section, partial));
        print(`blessed: ${Object.keys(section.cases).length} cases and ${Object.keys(section.rules).length} checkers recorded for ${coach} in ${path.relative(process.cwd(), baselineFile)}`);
      }
    }
    return exitCode;
  } catch (error) {
    print(`eval: infrastructure error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return EXIT.infrastructure;
  }
}
