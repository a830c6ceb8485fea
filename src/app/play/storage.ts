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

/** What the page was given to keep its saves in. */
export interface OpenedStorage {
  storage: KeyValueStorage;
  /** Saves survive a reload (false: the game runs from memory). */
  persistent: boolean;
  /** Why the browser's storage cannot be used, when it cannot (worded by the interface). */
  problem: StorageProblem | null;
}

/**
 * Why the page has no storage: none was given, the browser blocks reading it, or it refuses
 * every write; `detail` is the browser's own name for the error (SecurityError...), if any.
 */
export interface StorageProblem {
  code: 'none' | 'blocked' | 'refused';
  detail: string;
}

/** The part of the DOM's Storage that the game uses (so tests can hand in a double). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PROBE_KEY = '__north-asia-probe__';

const reason = (e: unknown): string => {
  const name = e instanceof Error ? e.name || e.message : String(e);
  return name.slice(0, 80) || 'refused';
};

/**
 * The browser's localStorage behind the interface, or an in-memory store when the page may
 * not use it: private modes and sandboxed frames throw on access, a full or read-only store
 * throws on write. When it can still be read, the memory store starts from what it holds
 * (a campaign saved before can still be continued) and never writes or removes anything in
 * it, so the saves already there survive. `source` is for tests.
 */
export function openBrowserStorage(source: () => StorageLike | null | undefined = () => globalThis.localStorage): OpenedStorage {
  let ls: StorageLike;
  try {
    const found = source();
    if (!found) return { storage: memoryStorage(), persistent: false, problem: { code: 'none', detail: '' } };
    ls = found;
  } catch (e) {
    return { storage: memoryStorage(), persistent: false, problem: { code: 'blocked', detail: reason(e) } };
  }
  const local = localStorageView(ls);
  try {
    ls.setItem(PROBE_KEY, '1');
    ls.removeItem(PROBE_KEY);
    return { storage: local, persistent: true, problem: null };
  } catch (e) {
    return { storage: overlayStorage(local), persistent: false, problem: { code: 'refused', detail: reason(e) } };
  }
}

/** localStorage as a KeyValueStorage; reads that throw count as missing keys. */
function localStorageView(ls: StorageLike): KeyValueStorage {
  return {
    getItem: (key) => {
      try {
        return ls.getItem(key);
      } catch {
        return null;
      }
    },
    setItem: (key, value) => ls.setItem(key, value),
    removeItem: (key) => {
      try {
        ls.removeItem(key);
      } catch {
        // Nothing to do: the key stays, and a later read finds what was there.
      }
    },
    keys: () => {
      const out: string[] = [];
      try {
        for (let i = 0; i < ls.length; i++) {
          const key = ls.key(i);
          if (key !== null) out.push(key);
        }
      } catch {
        // A store that cannot be listed lists nothing.
      }
      return out;
    },
  };
}

/** A memory store in front of a read-only one: reads fall through, writes and removals stay in memory. */
export function overlayStorage(base: KeyValueStorage): KeyValueStorage {
  const written = new Map<string, string | null>();
  return {
    getItem: (key) => (written.has(key) ? written.get(key)! : base.getItem(key)),
    setItem: (key, value) => void written.set(key, String(value)),
    removeItem: (key) => void written.set(key, null),
    keys: () => {
      const keys = new Set(base.keys());
      for (const [key, value] of written) {
        if (value === null) keys.delete(key);
        else keys.add(key);
      }
      return [...keys];
    },
  };
}

/** The browser's storage, or memory when it is blocked (see openBrowserStorage). */
export function browserStorage(): KeyValueStorage {
  return openBrowserStorage().storage;
}
