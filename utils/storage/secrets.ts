/**
 * Provider keys: never synced, never sent to pages, never logged, and out of the content script's
 * reach. They live in IndexedDB in the extension's own origin (chrome-extension://… /
 * moz-extension://…), which only the background and the extension's pages can open: a content
 * script runs in the page's origin, and its `indexedDB` is the page's. (storage.local, where keys
 * were kept before, is readable by content scripts in both browsers: Chrome's
 * storage.local.setAccessLevel is not in Firefox, which restricts only storage.session.)
 * Only the background and the options page call this module; the lint forbids it to the page's
 * code (tools/lint/eslint.config.mjs), and tests/browser/hardening-privacy.test.ts runs code in the
 * content script's world to check that no key can be found from there.
 */
import * as z from 'zod/mini';
import { browser } from '../browser';
import { idbRequest, idbTransactionDone } from './idb';

/** Where keys were kept before (storage.local, readable by content scripts); moved out on first open. */
const LEGACY_SECRETS_KEY = 'secrets';
const DB_NAME = 'red-thread-keys';
const STORE = 'keys';
const RECORD = 'secrets';
/** Same-origin only: the extension's pages and background hear it, a content script cannot. */
const CHANNEL = 'red-thread-keys';

export const secretsSchema = z.object({
  deepl: z.optional(z.string().check(z.maxLength(200))),
  libre: z.optional(z.string().check(z.maxLength(200))),
  openai: z.optional(z.string().check(z.maxLength(300))),
});
export type Secrets = z.infer<typeof secretsSchema>;
export type SecretName = keyof Secrets;
const SECRET_NAMES: SecretName[] = ['deepl', 'libre', 'openai'];
const changeSchema = z.object({ changed: z.array(z.enum(SECRET_NAMES)) });

let opened: Promise<IDBDatabase> | undefined;

/**
 * The key store, opened once per context. The first open in a profile creates it and moves the
 * keys from storage.local into it in the same upgrade transaction (so a second context opening
 * at the same time waits, then finds them); the old copy is removed only after that committed, and
 * never read again once the store exists (a stray `secrets` written to storage.local later is
 * removed, not taken as a key).
 */
function open(): Promise<IDBDatabase> {
  opened ??= (async () => {
    const factory = (globalThis as { indexedDB?: IDBFactory | null }).indexedDB;
    if (!factory) throw new Error('No IndexedDB in this context: keys cannot be kept.');
    const legacy: unknown = (await browser.storage.local.get(LEGACY_SECRETS_KEY))[LEGACY_SECRETS_KEY];
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const parsed = secretsSchema.safeParse(legacy ?? {});
      request.result.createObjectStore(STORE).put(parsed.success ? parsed.data : {}, RECORD);
    };
    const db = await idbRequest(request);
    db.onclose = () => (opened = undefined); // closed by the browser (storage cleared, say): open again next time
    if (legacy !== undefined) await browser.storage.local.remove(LEGACY_SECRETS_KEY);
    return db;
  })().catch((error: unknown) => {
    opened = undefined; // try again next time
    throw error;
  });
  return opened;
}

/** Moves keys from storage.local, if any are still there: the background calls it when it starts. */
export async function migrateSecrets(): Promise<void> {
  await open();
}

export async function loadSecrets(): Promise<Secrets> {
  const db = await open();
  const stored = await idbRequest(db.transaction(STORE, 'readonly').objectStore(STORE).get(RECORD) as IDBRequest<unknown>);
  const parsed = secretsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

export async function saveSecret(name: SecretName, value: string): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const before: unknown = (await idbRequest(store.get(RECORD) as IDBRequest<unknown>)) ?? {};
  const parsed = secretsSchema.safeParse(before);
  const secrets = parsed.success ? { ...parsed.data } : {};
  const trimmed = value.trim();
  if (trimmed) secrets[name] = trimmed;
  else delete secrets[name];
  const after = secretsSchema.parse(secrets);
  store.put(after, RECORD);
  await idbTransactionDone(tx);
  const changed = changedSecrets(before, after);
  if (changed.length > 0) announce(changed);
}

/** What a page may see of a key: whether it is set, and its last four characters. */
export function maskSecret(value: string | undefined): string | null {
  if (!value) return null;
  return `••••${value.slice(-4)}`;
}

/**
 * Which keys differ between two stored values of `secrets` (entered, changed or removed).
 * A value that does not parse counts as "every key may have changed".
 */
export function changedSecrets(oldValue: unknown, newValue: unknown): SecretName[] {
  const before = secretsSchema.safeParse(oldValue ?? {});
  const after = secretsSchema.safeParse(newValue ?? {});
  if (!before.success || !after.success) return [...SECRET_NAMES];
  return SECRET_NAMES.filter((name) => before.data[name] !== after.data[name]);
}

let channel: BroadcastChannel | undefined;
/** Tells the extension's other contexts which keys changed (names only, never a key). */
function announce(changed: SecretName[]): void {
  channel ??= new BroadcastChannel(CHANNEL);
  channel.postMessage({ changed });
}

/**
 * Calls back with the names of the keys that changed (never the keys), in this context or another
 * of the extension's (a BroadcastChannel reaches every other listener of the same origin). Returns an unsubscribe.
 */
export function watchSecrets(callback: (changed: SecretName[]) => void): () => void {
  const listener = new BroadcastChannel(CHANNEL);
  listener.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = changeSchema.safeParse(event.data);
    if (parsed.success && parsed.data.changed.length > 0) callback(parsed.data.changed);
  };
  return () => listener.close();
}
