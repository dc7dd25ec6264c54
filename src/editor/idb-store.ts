/**
 * KeyValueStore over IndexedDB (browser only; the rest of the editor does not touch the DOM). A write resolves
 * on its transaction's `complete`, not on the request's success: only then is it on disk, and a quota error
 * arrives as the transaction's abort after the request itself succeeded.
 */
import type { KeyValueStore } from './autosave';

export class IdbStore implements KeyValueStore {
  private db?: Promise<IDBDatabase>;
  constructor(
    private readonly dbName = 'halltwin',
    private readonly storeName = 'autosave',
  ) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(this.dbName, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(this.storeName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    // A failed open is not cached: the next write tries again.
    this.db.catch(() => {
      this.db = undefined;
    });
    return this.db;
  }

  private async run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(this.storeName, mode);
      let result: T;
      const req = fn(tx.objectStore(this.storeName));
      req.onsuccess = () => {
        result = req.result;
      };
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? req.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  async get(key: string): Promise<string | undefined> {
    const v = await this.run('readonly', (s) => s.get(key));
    return typeof v === 'string' ? v : undefined;
  }
  async set(key: string, value: string): Promise<void> {
    await this.run('readwrite', (s) => s.put(value, key));
  }
  async delete(key: string): Promise<void> {
    await this.run('readwrite', (s) => s.delete(key));
  }
  async keys(prefix: string): Promise<string[]> {
    const all = await this.run('readonly', (s) => s.getAllKeys());
    return all.filter((k): k is string => typeof k === 'string' && k.startsWith(prefix));
  }
}
