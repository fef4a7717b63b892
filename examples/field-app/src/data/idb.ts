// What the app keeps on the device, in IndexedDB: the outbox (each item with its idempotency key and its photos' bytes),
// the last campaign view read, and small settings. Each call is one transaction, so a closed tab loses nothing half
// written.

const NAME = 'chuangwen-field';
const STORES = ['outbox', 'kept'] as const;
/** A store of the app's database. */
export type StoreName = (typeof STORES)[number];

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      for (const store of STORES)
        if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

function done<T>(request: IDBRequest<T>, transaction: IDBTransaction): Promise<T> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** The value kept under a key, or undefined. */
export async function read<T>(store: StoreName, key: string): Promise<T | undefined> {
  const tx = (await database()).transaction(store, 'readonly');
  return done(tx.objectStore(store).get(key), tx) as Promise<T | undefined>;
}

/** Keeps a value under a key, replacing what was there. */
export async function write(store: StoreName, key: string, value: unknown): Promise<void> {
  const tx = (await database()).transaction(store, 'readwrite');
  await done(tx.objectStore(store).put(value, key), tx);
}

/** Removes what is kept under a key. */
export async function remove(store: StoreName, key: string): Promise<void> {
  const tx = (await database()).transaction(store, 'readwrite');
  await done(tx.objectStore(store).delete(key), tx);
}

/** Every value of a store, in key order. */
export async function all<T>(store: StoreName): Promise<T[]> {
  const tx = (await database()).transaction(store, 'readonly');
  return done(tx.objectStore(store).getAll(), tx) as Promise<T[]>;
}
