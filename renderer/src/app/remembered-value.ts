// A short text remembered on this computer under one key (a folder, a language). Storage can be disabled by
// the browser's settings or refuse a write (private mode, a full quota): that is never an error the user
// can act on, so reading then finds nothing and writing remembers nothing, and the caller's default holds.

/** The text stored under `key`, or null when nothing is stored or storage cannot be read. */
export function recallValue(storage: Pick<Storage, 'getItem'> | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; when storage refuses, the value is simply not remembered. */
export function rememberValue(storage: Pick<Storage, 'setItem'> | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Not remembered: what was asked for still happens this time.
  }
}
