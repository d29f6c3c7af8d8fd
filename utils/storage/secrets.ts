/**
 * Provider keys: in the extension's local storage only — never synced, never sent to pages,
 * never logged. Only the background and the options page call this module; content scripts
 * never read this key (and the background refuses their requests for it).
 */
import { z } from 'zod';
import { browser } from '../browser';

export const SECRETS_KEY = 'secrets';

export const secretsSchema = z.object({
  deepl: z.string().max(200).optional(),
  libre: z.string().max(200).optional(),
  openai: z.string().max(300).optional(),
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
