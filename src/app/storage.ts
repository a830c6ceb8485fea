// A small key-value interface over localStorage, so that saves and the controller run the
// same way in the browser and under vitest (with the in-memory store).
//
// Contract: getItem returns null for a missing key; setItem may throw when the store is
// full or unavailable (callers turn that into an error value); keys lists every key.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
}

/** A store that lives in memory: for tests, and as the fallback when localStorage is blocked. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const map = new Map<string, string>(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

/**
 * The browser's localStorage behind the interface, or an in-memory store when the page may
 * not use it (private modes and sandboxed frames throw on access).
 */
export function browserStorage(): KeyValueStorage {
  try {
    const ls = globalThis.localStorage;
    const probe = '__north-asia-probe__';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return {
      getItem: (key) => ls.getItem(key),
      setItem: (key, value) => ls.setItem(key, value),
      removeItem: (key) => ls.removeItem(key),
      keys: () => {
        const out: string[] = [];
        for (let i = 0; i < ls.length; i++) {
          const key = ls.key(i);
          if (key !== null) out.push(key);
        }
        return out;
      },
    };
  } catch {
    return memoryStorage();
  }
}
