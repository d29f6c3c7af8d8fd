/**
 * Provider keys: in the extension's local storage only — never synced, never sent to pages,
 * never logged. Only the background and the options page call this module; content scripts
 * never read this key (and the background refuses their requests for it).
 */
import * as z from 'zod/mini';
import { browser } from '../browser';

export const SECRETS_KEY = 'secrets';

export const secretsSchema = z.object({
  deepl: z.optional(z.string().check(z.maxLength(200))),
  libre: z.optional(z.string().check(z.maxLength(200))),
  openai: z.optional(z.string().check(z.maxLength(300))),
});
export type Secrets = z.infer<typeof secretsSchema>;
export type SecretName = keyof Secrets;

export async function loadSecrets(): Promise<Secrets> {
  const stored = await browser.storage.local.get(SECRETS_KEY);
  const parsed = secretsSchema.safeParse(stored[SECRETS_KEY] ?? {});
  return parsed.success ? parsed.data : {};
}

export async function saveSecret(name: SecretName, value: string): Promise<void> {
  const secrets = await loadSecrets();
  const trimmed = value.trim();
  if (trimmed) secrets[name] = trimmed;
  else delete secrets[name];
  await browser.storage.local.set({ [SECRETS_KEY]: secretsSchema.parse(secrets) });
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
  const all: SecretName[] = ['deepl', 'libre', 'openai'];
  const before = secretsSchema.safeParse(oldValue ?? {});
  const after = secretsSchema.safeParse(newValue ?? {});
  if (!before.success || !after.success) return all;
  return all.filter((name) => before.data[name] !== after.data[name]);
}

/** Calls back with the names of the keys that changed (never the keys). Returns an unsubscribe. */
export function watchSecrets(callback: (changed: SecretName[]) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SECRETS_KEY in changes)) return;
    const changed = changedSecrets(changes[SECRETS_KEY].oldValue, changes[SECRETS_KEY].newValue);
    if (changed.length > 0) callback(changed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
