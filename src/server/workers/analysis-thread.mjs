// Entry of an analysis worker thread. Plain JavaScript, so it starts under any loader (the
// Next.js server, tsx, vitest); it loads the TypeScript task table through tsx, then runs one
// task per request. Inputs and results travel in slices (see sliced-message.ts):
//   in:  { id, task, skeleton } { id, path, items }… { id, run: true }
//   out: { id, skeleton } { id, path, items }… { id, done: true }, or { id, error: { name, message } }
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { analysisTasks } = await tsImport('./analysis-tasks.ts', import.meta.url);
const { SliceAssembler, sliceValue } = await tsImport('./sliced-message.ts', import.meta.url);

const pending = new Map();

function run(id, task, input) {
  try {
    const job = analysisTasks[task];
    if (!job) throw new Error(`unknown analysis task "${task}"`);
    const { skeleton, slices } = sliceValue(job(input));
    parentPort.postMessage({ id, skeleton });
    for (const { path, items } of slices) parentPort.postMessage({ id, path, items });
    parentPort.postMessage({ id, done: true });
  } catch (error) {
    const { name = 'Error', message = String(error) } = error instanceof Error ? error : {};
    parentPort.postMessage({ id, error: { name, message } });
  }
}

parentPort.on('message', (message) => {
  const { id } = message;
  if ('skeleton' in message) pending.set(id, { task: message.task, input: new SliceAssembler(message.skeleton) });
  else if ('items' in message) pending.get(id)?.input.add(message.path, message.items);
  else if (message.run) {
    const request = pending.get(id);
    pending.delete(id);
    if (request) run(id, request.task, request.input.value);
  }
});
