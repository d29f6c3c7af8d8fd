/**
 * The one-time notice that some settings were reset (see background/settings-repair.ts).
 * Shown by the popup and the options page, then cleared.
 */
import * as z from 'zod/mini';
import { browser } from '../browser';

export const SETTINGS_NOTICE_KEY = 'settingsNotice';

const noticeSchema = z.object({ fields: z.array(z.string()), fromFuture: z.boolean(), at: z.number() });
export type SettingsNotice = z.infer<typeof noticeSchema>;

/** Reads the notice and clears it, so it is shown once. */
export async function takeSettingsNotice(): Promise<SettingsNotice | null> {
  const stored = await browser.storage.local.get(SETTINGS_NOTICE_KEY);
  const parsed = noticeSchema.safeParse(stored[SETTINGS_NOTICE_KEY]);
  if (stored[SETTINGS_NOTICE_KEY] !== undefined) await browser.storage.local.remove(SETTINGS_NOTICE_KEY);
  return parsed.success ? parsed.data : null;
}
