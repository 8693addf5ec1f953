/**
 * A tiny persistent key–value store for the browser build: IndexedDB when the browser offers it, localStorage
 * otherwise (some private-browsing modes block IndexedDB), memory as a last resort.
 *
 * Why it exists: recent files and crash backups must survive a reload in the browser build, and the platform
 * code should not care which storage the browser allowed. Values are JSON-serialisable data.
 */
import { PlatformError } from './types';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(prefix: string): Promise<string[]>;
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get: async <T>(key: string) => (map.has(key) ? (JSON.parse(map.get(key)!) as T) : undefined),
    set: async (key, value) => void map.set(key, JSON.stringify(value)),
    delete: async (key) => void map.delete(key),
    keys: async (prefix) => [...map.keys()].filter((k) => k.startsWith(prefix)),
  };
}

/** The parts of the Web Storage API used here (window.localStorage satisfies it). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function webStorageStore(storage: StorageLike, namespace = 'layerwise:'): KeyValueStore {
  return {
    async get<T>(key: string) {
      const raw = storage.getItem(namespace + key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined; // damaged by hand or by another app: treat as absent
      }
    },
    async set(key, value) {
      try {
        storage.setItem(namespace + key, JSON.stringify(value));
      } catch (error) {
        // A coded problem, so the UI words it in its language (platform/failureText.ts).
        const name = error instanceof Error ? error.name : 'quota';
        const message = `The browser refused to store Layerwise data (${name}): its storage for this site may be full.`;
        throw new PlatformError(message, [{ code: 'browser-storage-refused', params: { name }, message }], {
          cause: error,
        });
      }
    },
    async delete(key) {
      storage.removeItem(namespace + key);
    },
    async keys(prefix) {
      const found: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(namespace + prefix)) found.push(key.slice(namespace.length));
      }
      return found;
    },
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export async function indexedDbStore(
  factory: IDBFactory,
  dbName = 'layerwise',
  storeName = 'kv',
): Promise<KeyValueStore> {
  const open = factory.open(dbName, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(storeName);
  const db = await request(open);
  const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>) =>
    request(action(db.transaction(storeName, mode).objectStore(storeName)));
  return {
    get: async <T>(key: string) => (await run('readonly', (s) => s.get(key))) as T | undefined,
    set: async (key, value) => void (await run('readwrite', (s) => s.put(value, key))),
    delete: async (key) => void (await run('readwrite', (s) => s.delete(key))),
    keys: async (prefix) => {
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      return (await run('readonly', (s) => s.getAllKeys(range))).map(String);
    },
  };
}

/** The best store this browser allows. */
export async function openBrowserStore(): Promise<KeyValueStore> {
  try {
    if (typeof indexedDB !== 'undefined') return await indexedDbStore(indexedDB);
  } catch {
    // Blocked (private mode, disabled storage): fall through to localStorage.
  }
  try {
    if (typeof localStorage !== 'undefined') {
      localStorage.getItem('layerwise:probe');
      return webStorageStore(localStorage);
    }
  } catch {
    // localStorage access can throw when cookies are blocked.
  }
  return memoryStore();
}
