/**
 * Recognition results by the image's stable file id, in IndexedDB (the extension's origin),
 * bounded like the translation cache (30 days, 50,000 entries) and emptied by the same Clear button.
 */
import { idbRequest } from '../storage/idb';
import { CACHE_LIMITS } from '../translation/store';
import { imageResultSchema, type ImageResult } from '../image-text/messages';

const DB_NAME = 'red-thread-images';
const STORE = 'results';

export class ImageResultCache {
  private db: Promise<IDBDatabase> | undefined;
  private writes = 0;

  constructor(private readonly factory: IDBFactory | null | undefined = (globalThis as { indexedDB?: IDBFactory | null }).indexedDB) {}

  private open(): Promise<IDBDatabase> {
    if (!this.factory) return Promise.reject(new Error('No IndexedDB.'));
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = this.factory!.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'fileId' }).createIndex('at', 'at');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new DOMException('The image text database could not be opened.', 'UnknownError'));
    }).catch((error: unknown) => {
      this.db = undefined;
      throw error;
    });
    return this.db;
  }

  async get(fileId: string): Promise<ImageResult | null> {
    try {
      const db = await this.open();
      const entry = (await idbRequest(db.transaction(STORE).objectStore(STORE).get(fileId))) as { result?: unknown; at?: number } | undefined;
      if (!entry || typeof entry.at !== 'number' || Date.now() - entry.at > CACHE_LIMITS.maxAgeMs) return null;
      const parsed = imageResultSchema().safeParse(entry.result);
      return parsed.success ? parsed.data : null;
    } catch {
      return null; // no cache: recognise again
    }
  }

  async put(fileId: string, result: ImageResult): Promise<void> {
    try {
      const db = await this.open();
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put({ fileId, result, at: Date.now() });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new DOMException('The image text result was not saved.', 'UnknownError'));
      });
      if (++this.writes % 100 === 0) await this.prune();
    } catch {
      // full or unavailable: the result is simply not kept
    }
  }

  private async prune(): Promise<void> {
    const db = await this.open();
    const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
    let excess = (await idbRequest(store.count())) - CACHE_LIMITS.maxEntries;
    const cursor = store.index('at').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      if (excess > 0 || Date.now() - (c.value as { at: number }).at > CACHE_LIMITS.maxAgeMs) {
        c.delete();
        excess -= 1;
        c.continue();
      }
    };
  }

  async clear(): Promise<void> {
    try {
      const db = await this.open();
      await idbRequest(db.transaction(STORE, 'readwrite').objectStore(STORE).clear());
    } catch {
      // nothing to clear
    }
  }
}
