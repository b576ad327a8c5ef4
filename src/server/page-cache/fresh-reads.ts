// Fewer database reads without stale answers. Many readers asking for one story's
// fingerprint at once would each cost a query; sharing whatever query is already running
// could hand a reader a value read before a change it had already seen committed (an
// editor's redirect after saving a note). So a caller only shares a read that starts after
// it asked: while one read runs, callers queue for the next, which serves them all.

interface KeyState<V> {
  running: boolean;
  waiting: { resolve(value: V): void; reject(error: unknown): void }[];
}

export function freshReads<V>(read: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const states = new Map<string, KeyState<V>>();

  function run(key: string, state: KeyState<V>): void {
    const callers = state.waiting;
    state.waiting = [];
    state.running = true;
    read(key)
      .then(
        (value) => {
          for (const caller of callers) caller.resolve(value);
        },
        (error: unknown) => {
          for (const caller of callers) caller.reject(error);
        },
      )
      .finally(() => {
        state.running = false;
        if (state.waiting.length > 0) run(key, state);
        else states.delete(key);
      });
  }

  return (key) =>
    new Promise<V>((resolve, reject) => {
      let state = states.get(key);
      if (!state) {
        state = { running: false, waiting: [] };
        states.set(key, state);
      }
      state.waiting.push({ resolve, reject });
      if (!state.running) run(key, state);
    });
}
