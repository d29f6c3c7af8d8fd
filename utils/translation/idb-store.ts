/**
 * The persistent translation cache in IndexedDB (the extension's own origin: pages and content
 * scripts can't read it). One transaction per lookup batch; bounded in age and size by prune().
 */
import { idbRequest, idbTransactionDone } from '../storage/idb';
import type { StoredTranslation, TranslationStore } from './store';

const DB_NAME = 'red-thread-cache';
const STORE = 'translations';

export class IdbStore implements TranslationStore {
  private db: Promise<IDBDatabase> | undefined;

  constructor(private readonly factory: IDBFactory = indexedDB) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = this.factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
        store.createIndex('at', 'at');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new DOMException('The cache database could not be opened.', 'UnknownError'));
      request.onblocked = () => reject(new DOMException('The cache database is blocked.', 'InvalidStateError'));
    }).catch((error: unknown) => {
      this.db = undefined; // try again next time
      throw error;
    });
    return this.db;
  }

  async getMany(keys: readonly string[]): Promise<Map<string, StoredTranslation>> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const found = new Map<string, StoredTranslation>();
    await Promise.all(
      keys.map(async (key) => {
        const value = (await idbRequest(store.get(key))) as StoredTranslation | undefined;
        if (value && typeof value.text === 'string') found.set(key, value);
      }),
    );
    return found;
  }

  async putMany(entries: readonly StoredTranslation[]): Promise<void> {
    if (entries.length === 0) return;
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const entry of entries) store.put(entry);
    await idbTransactionDone(tx);
  }

  async prune(now: number, limits: { maxAgeMs: number; maxEntries: number }): Promise<number> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const index = store.index('at');
    let removed = 0;
    // Oldest first: everything past the age limit, then enough to get under the size limit.
    const total = await idbRequest(store.count());
    let excess = Math.max(0, total - limits.maxEntries);
    await new Promise<void>((resolve, reject) => {
      const cursor = index.openCursor();
      cursor.onerror = () => reject(cursor.error ?? new DOMException('The cache could not be read.', 'UnknownError'));
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve();
        const entry = c.value as StoredTranslation;
        if (excess > 0 || now - entry.at > limits.maxAgeMs) {
          c.delete();
          removed += 1;
          excess -= 1;
          c.continue();
        } else {
          resolve();
        }
      };
    });
    await idbTransactionDone(tx);
    return removed;
  }

  async count(): Promise<number> {
    const db = await this.open();
    return idbRequest(db.transaction(STORE, 'readonly').objectStore(STORE).count());
  }

  async clear(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await idbTransactionDone(tx);
  }
}
