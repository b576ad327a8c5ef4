// Entry of an analysis worker thread. Plain JavaScript, so it starts under any loader (the
// Next.js server, tsx, vitest); it loads the TypeScript task table through tsx, then runs one
// task per message: { id, task, input } → { id, result } or { id, error: { name, message } }.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { analysisTasks } = await tsImport('./analysis-tasks.ts', import.meta.url);

parentPort.on('message', ({ id, task, input }) => {
  try {
    const run = analysisTasks[task];
    if (!run) throw new Error(`unknown analysis task "${task}"`);
    parentPort.postMessage({ id, result: run(input) });
  } catch (error) {
    const { name = 'Error', message = String(error) } = error instanceof Error ? error : {};
    parentPort.postMessage({ id, error: { name, message } });
  }
});
parentPort.postMessage({ ready: true });
