/**
 * Provider keys as the options page's Save leaves them (utils/storage/secrets.ts): one record in the
 * extension origin's IndexedDB, and the names of the changed keys announced on the same-origin
 * BroadcastChannel the background listens to. Written from an extension page; the database's
 * layout is repeated here on purpose (a test that uses a key fails loudly if the two drift).
 */
import type { TestBrowser, TestPage } from './browser';

export type Keys = { deepl?: string; libre?: string; openai?: string };

/** Replaces every saved key with `keys` ({} removes them all). */
export async function saveKeys(browser: TestBrowser, keys: Keys): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    await page.evaluate(async (next: Keys) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('red-thread-keys', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('keys').put({}, 'secrets');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('red-thread-keys did not open'));
      });
      const tx = db.transaction('keys', 'readwrite');
      tx.objectStore('keys').put(next, 'secrets');
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('the keys were not saved'));
      });
      db.close();
      const channel = new BroadcastChannel('red-thread-keys');
      channel.postMessage({ changed: ['deepl', 'libre', 'openai'] });
      channel.close();
    }, keys);
  } finally {
    await page.close();
  }
}

/**
 * Runs a probe in the content script's own world of `tabId` (scripting.executeScript, ISOLATED
 * world: the privileges a compromised content script would have) that looks for keys everywhere
 * it can: every storage area the extension API gives it, and every IndexedDB database it can list
 * or open, the key store's name included. Returns what it found, as text, and what it could reach.
 */
export async function probeFromContentScript(extensionPage: TestPage, tabId: number): Promise<{ found: string; origin: string; areas: string[]; databases: string[]; marker: boolean }> {
  return extensionPage.evaluate(async (id: number) => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    type ExecApi = { scripting: { executeScript(o: { target: { tabId: number }; func: () => unknown }): Promise<Array<{ result?: unknown }>> } };
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as ExecApi;
    const [injection] = await api.scripting.executeScript({
      target: { tabId: id },
      func: async () => {
        const ext = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: Record<string, Area | undefined> };
        const dump: unknown[] = [];
        const areas: string[] = [];
        let marker = false;
        for (const name of ['local', 'sync', 'session', 'managed']) {
          try {
            const all = await ext.storage[name]!.get(null);
            areas.push(name);
            if (name === 'local' && all['rt-probe-marker'] === 'reached') marker = true;
            dump.push(all);
          } catch {
            // this area is closed to content scripts
          }
        }
        const names = new Set(['red-thread-keys', ...((await indexedDB.databases?.()) ?? []).map((d) => d.name ?? '')]);
        const databases: string[] = [];
        for (const name of names) {
          if (!name) continue;
          const db = await new Promise<IDBDatabase | null>((resolve) => {
            const request = indexedDB.open(name);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(null);
          });
          if (!db) continue;
          databases.push(`${name}: ${[...db.objectStoreNames].join(',')}`);
          for (const store of db.objectStoreNames) {
            dump.push(
              await new Promise<unknown>((resolve) => {
                const request = db.transaction(store, 'readonly').objectStore(store).getAll();
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => resolve(null);
              }),
            );
          }
          db.close();
        }
        return { found: JSON.stringify(dump), origin: location.origin, areas, databases, marker };
      },
    });
    return injection?.result as { found: string; origin: string; areas: string[]; databases: string[]; marker: boolean };
  }, tabId);
}
