/**
 * Settings in storage.sync (they follow the user across devices), always read through
 * `readSettings`, so a corrupt or old value keeps its valid fields.
 */
import { browser } from '../browser';
import { applyPatch, readSettings, type Settings, type SettingsPatch, type SettingsReadResult } from '../schemas/settings';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<SettingsReadResult> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = applyPatch(settings, patch);
  await saveSettings(next);
  return next;
}

/** Calls back with fresh settings whenever they change (in any context). Returns an unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(readSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
