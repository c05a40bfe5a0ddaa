// One worker of the offload pool (server/offload/offload.ts): loads the language models once,
// then runs the tasks it is sent. An AppError (a 4xx the route answers) comes back as data, so it
// keeps its code and status across the thread boundary; any other error is a 500 as in process.
import { workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { loadLanguageModels } from '../language/models.ts';
import { TASKS, type TaskName } from './tasks.ts';
import type { TaskOutcome } from './offload.ts';

loadLanguageModels((workerData as { modelsDir?: string } | undefined)?.modelsDir);

export default function run({ name, args }: { name: TaskName; args: unknown[] }): TaskOutcome {
  try {
    return { ok: true, value: (TASKS[name] as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, status: error.status, message: error.message } };
    throw error;
  }
}
