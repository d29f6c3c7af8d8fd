/**
 * The keys' store (utils/storage/secrets.ts): IndexedDB in the extension's origin, out of the
 * content script's reach. Keys saved by an older version in storage.local move there on first open,
 * none lost, and leave storage.local; a `secrets` value written to storage.local later is removed,
 * never taken as a key. Changes are announced by name only.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type SecretsModule = typeof import('@/utils/storage/secrets');

/** A fresh module (its open database is per module) on a fresh, empty IndexedDB. */
async function freshModule(): Promise<SecretsModule> {
  vi.resetModules();
  return import('@/utils/storage/secrets');
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
});

describe('keys in the extension origin’s IndexedDB', () => {
  test('a key is saved trimmed; an empty value removes it; one longer than its provider allows is refused and nothing stored', async () => {
    const { loadSecrets, saveSecret } = await freshModule();
    await saveSecret('deepl', '  abc-123:fx \n');
    expect(await loadSecrets()).toEqual({ deepl: 'abc-123:fx' });
    await saveSecret('openai', 'sk-1');
    await saveSecret('deepl', '   ');
    expect(await loadSecrets()).toEqual({ openai: 'sk-1' });
    await expect(saveSecret('deepl', 'x'.repeat(201))).rejects.toThrow();
    expect(await loadSecrets()).toEqual({ openai: 'sk-1' });
    await saveSecret('openai', 'x'.repeat(300));
    expect((await loadSecrets()).openai).toHaveLength(300);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('saved and read back; nothing of them in storage.local', async () => {
    const secrets = await freshModule();
    await secrets.saveSecret('deepl', '  d-key:fx ');
    await secrets.saveSecret('openai', 'sk-o');
    expect(await secrets.loadSecrets()).toEqual({ deepl: 'd-key:fx', openai: 'sk-o' });
    await secrets.saveSecret('openai', '');
    expect(await secrets.loadSecrets()).toEqual({ deepl: 'd-key:fx' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // Another context (a new module on the same profile) finds them.
    expect(await (await freshModule()).loadSecrets()).toEqual({ deepl: 'd-key:fx' });
  });

  test('keys left in storage.local by an older version move on first open: every key kept, the old copy removed', async () => {
    await fakeBrowser.storage.local.set({ secrets: { deepl: 'old-d:fx', libre: 'old-l', openai: 'old-o' }, other: 1 });
    const secrets = await freshModule();
    await secrets.migrateSecrets();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
    expect(await secrets.loadSecrets()).toEqual({ deepl: 'old-d:fx', libre: 'old-l', openai: 'old-o' });
  });

  test('two contexts opening at once (background and options page) both end with the keys', async () => {
    await fakeBrowser.storage.local.set({ secrets: { deepl: 'old-d:fx' } });
    const a = await freshModule();
    const b = await freshModule();
    const [fromA, fromB] = await Promise.all([a.loadSecrets(), b.loadSecrets()]);
    expect(fromA).toEqual({ deepl: 'old-d:fx' });
    expect(fromB).toEqual({ deepl: 'old-d:fx' });
    expect(await fakeBrowser.storage.local.get('secrets')).toEqual({});
  });

  test('once the store exists, a `secrets` value put in storage.local (by a content script, say) is removed, not taken', async () => {
    const first = await freshModule();
    await first.saveSecret('deepl', 'mine:fx');
    await fakeBrowser.storage.local.set({ secrets: { deepl: 'injected:fx', openai: 'sk-injected' } });
    const later = await freshModule();
    expect(await later.loadSecrets()).toEqual({ deepl: 'mine:fx' });
    expect(await fakeBrowser.storage.local.get('secrets')).toEqual({});
  });

  test('a change is announced to the other contexts by name, never with the key', async () => {
    const secrets = await freshModule();
    const heard: unknown[] = [];
    const raw = new BroadcastChannel('red-thread-keys');
    raw.onmessage = (event: MessageEvent<unknown>) => heard.push(event.data);
    const names: string[][] = [];
    const unwatch = secrets.watchSecrets((changed) => names.push(changed));
    await secrets.saveSecret('deepl', 'k-123:fx');
    await vi.waitFor(() => expect(names).toEqual([['deepl']]));
    await secrets.saveSecret('deepl', 'k-123:fx'); // the same key: nothing changed, nothing said
    await secrets.saveSecret('libre', 'l-9');
    await vi.waitFor(() => expect(names).toEqual([['deepl'], ['libre']]));
    expect(JSON.stringify(heard)).not.toMatch(/k-123|l-9/);
    unwatch();
    raw.close();
  });
});
