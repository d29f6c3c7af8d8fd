/**
 * At start, stored settings that came back partly invalid (corrupted, from an older version, or
 * from a newer one) are written back repaired, keeping every valid field, and a one-time notice
 * is left for the popup and options page to show: the user is told once, not on every start.
 */
import { browser } from '@/utils/browser';
import { SETTINGS_NOTICE_KEY } from '@/utils/storage/notice';
import { loadSettings, saveSettings } from '@/utils/storage/settings-store';

export async function repairSettingsOnStart(): Promise<void> {
  try {
    const { settings, resetFields, fromFuture } = await loadSettings();
    if (resetFields.length === 0 && !fromFuture) return;
    await saveSettings(settings);
    await browser.storage.local.set({ [SETTINGS_NOTICE_KEY]: { fields: resetFields, fromFuture, at: Date.now() } });
  } catch {
    // Storage unreadable: defaults are used; nothing to repair.
  }
}
