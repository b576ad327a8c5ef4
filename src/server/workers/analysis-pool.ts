import 'server-only';
// A small pool of worker threads for the analysis, so that importing a 5 MB article or
// re-analysing a large story never blocks the event loop that answers web requests. Each
// thread runs one task at a time; tasks queue in order. A thread that dies (an uncaught
// error, its memory limit) fails its task with a readable reason and is replaced on demand.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { getEnv } from '../env';
import type { AnalysisTaskInput, AnalysisTaskName, AnalysisTaskResult } from './analysis-tasks';
import { SliceAssembler, sliceValue } from './sliced-message';

interface Job {
  id: number;
  task: AnalysisTaskName;
  input: unknown;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
  /** The result being received, slice by slice. */
  result: SliceAssembler | null;
}

type Reply = {
  id: number;
  skeleton?: unknown;
  path?: (string | number)[];
  items?: unknown[];
  done?: boolean;
  error?: { name: string; message: string };
};

// The thread entry is plain JavaScript read from the project folder (where `next start`, the
// CLI and the tests run), not from a bundle: Next.js compiles server code into .next/.
const ENTRY = () => path.resolve(process.cwd(), 'src/server/workers/analysis-thread.mjs');

// Loaded past the bundler (turbopackIgnore): Next.js traces `new Worker(…)` calls and would
// bundle the entry, and tsx and esbuild with it, into the server build.
let WorkerThread: typeof Worker | undefined;
const loadWorkerThread = () =>
  WorkerThread
    ? Promise.resolve()
    : import(/* turbopackIgnore: true */ 'node:worker_threads').then((module) => void (WorkerThread = module.Worker));

const threads: Thread[] = [];
const queue: Job[] = [];
let nextId = 1;

function poolSize(): number {
  const configured = getEnv().ANALYSIS_THREADS;
  return configured ?? Math.max(1, Math.min(2, availableParallelism() - 1));
}

function startThread(): Thread {
  const worker = new WorkerThread!(ENTRY(), { resourceLimits: { maxOldGenerationSizeMb: getEnv().ANALYSIS_THREAD_MEMORY_MB } });
  const thread: Thread = { worker, job: null, result: null };
  const fail = (error: Error) => {
    const index = threads.indexOf(thread);
    if (index >= 0) threads.splice(index, 1);
    thread.job?.reject(error);
    thread.job = null;
    thread.result = null;
    void worker.terminate();
    dispatch();
  };
  worker.on('message', (message: Reply) => {
    const job = thread.job;
    if (!job || message.id !== job.id) return;
    if (message.skeleton !== undefined) thread.result = new SliceAssembler(message.skeleton);
    else if (message.items) thread.result?.add(message.path ?? [], message.items);
    if (!message.done && !message.error) return;
    thread.job = null;
    const result = thread.result?.value;
    thread.result = null;
    if (message.error) job.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
    else job.resolve(result);
    dispatch();
  });
  worker.on('error', (error) => {
    const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    fail(
      outOfMemory
        ? new Error(`the analysis ran out of memory (limit ${getEnv().ANALYSIS_THREAD_MEMORY_MB} MB): the article is too large to analyse`)
        : error,
    );
  });
  worker.on('exit', (code) => fail(new Error(`the analysis thread stopped (exit code ${code})`)));
  worker.unref();
  threads.push(thread);
  return thread;
}

function dispatch(): void {
  while (queue.length > 0) {
    const thread = threads.find((candidate) => candidate.job === null) ?? (threads.length < poolSize() ? startThread() : undefined);
    if (!thread) return;
    const job = queue.shift()!;
    thread.job = job;
    thread.worker.ref(); // a running analysis keeps the process alive; an idle thread does not
    void send(thread.worker, job);
  }
  for (const thread of threads) if (thread.job === null) thread.worker.unref();
}

/** Posts a job's input in slices, letting the loop turn between them. */
async function send(worker: Worker, job: Job): Promise<void> {
  try {
    const { skeleton, slices } = sliceValue(job.input);
    worker.postMessage({ id: job.id, task: job.task, skeleton });
    for (const { path, items } of slices) {
      await nextTurn();
      worker.postMessage({ id: job.id, path, items });
    }
    worker.postMessage({ id: job.id, run: true });
  } catch (error) {
    job.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function runTask<T extends AnalysisTaskName>(task: T, input: AnalysisTaskInput<T>): Promise<AnalysisTaskResult<T>> {
  if (poolSize() === 0) {
    // ANALYSIS_THREADS=0: in this thread (debugging, profiling). Loaded only then: the pipeline
    // (its language model) never loads on the thread that answers requests otherwise.
    return import('./analysis-tasks').then(({ analysisTasks }) =>
      (analysisTasks[task] as (input: unknown) => AnalysisTaskResult<T>)(input),
    );
  }
  return loadWorkerThread().then(
    () =>
      new Promise((resolve, reject) => {
        queue.push({ id: nextId++, task, input, resolve: resolve as (result: unknown) => void, reject });
        dispatch();
      }),
  );
}

/** The per-article pipeline (clean → … → claims) of one article, on an analysis thread. */
export function analyseArticleInWorker(input: AnalysisTaskInput<'analyseArticle'>): Promise<AnalysisTaskResult<'analyseArticle'>> {
  return runTask('analyseArticle', input);
}

/** The cross-article analysis of a story, on an analysis thread. */
export function analyseStoryInWorker(input: AnalysisTaskInput<'analyseStory'>): Promise<AnalysisTaskResult<'analyseStory'>> {
  return runTask('analyseStory', input);
}

/** The article and metadata of a fetched page, on an analysis thread (parsing a large page takes seconds). */
export function extractArticleInWorker(input: AnalysisTaskInput<'extractArticle'>): Promise<AnalysisTaskResult<'extractArticle'>> {
  return runTask('extractArticle', input);
}

/** Stops the threads (tests, shutdown). Queued and running tasks fail. */
export async function closeAnalysisPool(): Promise<void> {
  for (const job of queue.splice(0)) job.reject(new Error('the analysis pool was closed'));
  await Promise.all(
    threads.splice(0).map(async (thread) => {
      thread.job?.reject(new Error('the analysis pool was closed'));
      thread.job = null;
      thread.worker.removeAllListeners('exit');
      await thread.worker.terminate();
    }),
  );
}
