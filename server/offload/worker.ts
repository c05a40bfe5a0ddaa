// One worker of the offload pool (server/offload/offload.ts): loads the language models once,
// then runs the tasks it is sent. An AppError (a 4xx the route answers) comes back as data, so it
// keeps its code and status across the thread boundary; any other error is a 500 as in process.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { loadLanguageModels } from '../language/models.ts';
import { TASKS, type TaskName } from './tasks.ts';
import type { TaskOutcome } from './offload.ts';

const data = workerData as { modelsDir?: string; nice?: number } | undefined;
loadLanguageModels(data?.modelsDir);

// The large-task lane's worker runs at a lower OS priority (Linux: this thread only, by its id), so
// a small task of anyone else gets the CPU first. Elsewhere, or when refused, it runs as it is.
if (data?.nice) {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), data.nice);
  } catch {
    // Not Linux, or not allowed: same priority as the others.
  }
}

const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

export default function run({ name, args }: { name: TaskName; args: unknown[] }): TaskOutcome {
  const before = threadCpuMs();
  try {
    return { ok: true, value: (TASKS[name] as (...a: unknown[]) => unknown)(...args), cpuMs: threadCpuMs() - before };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, status: error.status, message: error.message }, cpuMs: threadCpuMs() - before };
    throw error;
  }
}
