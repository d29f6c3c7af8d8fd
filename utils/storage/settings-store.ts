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
/** Calls back on every change of the stored settings, until `signal` ends (when given). */
export function watchSettings(callback: (settings: Settings) => void, signal?: AbortSignal): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(readSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  const stop = () => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

/** A page's tip card was dismissed ("Got it"): kept across reloads (the latest 200). */
export async function dismissTip(id: string): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.dismissedTips.includes(id)) await updateSettings({ dismissedTips: [...settings.dismissedTips, id].slice(-200) });
}

/** "No more tips" on a page's tip card. */
export async function turnTipsOff(): Promise<void> {
  const { settings } = await loadSettings();
  await updateSettings({ guidance: { ...settings.guidance, tips: false } });
}
