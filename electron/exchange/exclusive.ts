// One task at a time per key (a record file, a workspace folder) within this process. Two exports started
// together must not both read "last sequence 3" and both take 4; two imports must not both build on the
// same index and have the second overwrite the first. Across processes we rely on the host owning its data
// directory, as the blob store does: the Electron main process or one CLI run, never both at once.
const queues = new Map<string, Promise<unknown>>();

export function exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
  const before = queues.get(key) ?? Promise.resolve();
  const run = before.then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  // Forget the key once nothing is waiting behind this task, so the map does not grow with every session.
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}
