// npm start's guardian: a tiny process with an IPC channel to npm start, told the ids of the
// processes npm start runs (the embedded PostgreSQL, Next.js, the analysis worker). When that
// channel closes — npm start ended, even by kill -9, which it cannot handle itself — it stops
// them, so nothing is left running without its parent. Plain JavaScript: it must start fast.
const children = new Map(); // pid -> signal

process.on('message', (message) => {
  if (message && Number.isInteger(message.pid)) children.set(message.pid, message.signal ?? 'SIGTERM');
});
// Ctrl+C reaches the whole process group: npm start stops its children itself, then exits.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => undefined);

process.on('disconnect', () => {
  for (const [pid, signal] of children) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
  // A second, harder try for what did not stop within 10 s.
  const deadline = setTimeout(() => {
    for (const pid of children.keys()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    process.exit(0);
  }, 10_000);
  const poll = setInterval(() => {
    const alive = [...children.keys()].some((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    if (!alive) {
      clearInterval(poll);
      clearTimeout(deadline);
      process.exit(0);
    }
  }, 200);
});
