import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairSettingsOnStart } from '@/entrypoints/background/settings-repair';
import { DEFAULT_SETTINGS } from '@/utils/schemas/settings';
import { SETTINGS_NOTICE_KEY, takeSettingsNotice } from '@/utils/storage/notice';
import { loadSettings } from '@/utils/storage/settings-store';

describe('settings repaired at start, the user told once', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a corrupted field is reset, the valid ones kept, and a notice left once', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, targetLanguage: 'ja', displayMode: 'sideways', guidance: { tips: 'yes', glossary: false, labels: true } } });
    await repairSettingsOnStart();
    const { settings, resetFields } = await loadSettings();
    expect(resetFields).toEqual([]); // written back repaired
    expect(settings.targetLanguage).toBe('ja');
    expect(settings.displayMode).toBe(DEFAULT_SETTINGS.displayMode);
    expect(settings.guidance).toEqual({ tips: true, glossary: false, labels: true });
    const notice = await takeSettingsNotice();
    expect(notice?.fields.sort()).toEqual(['displayMode', 'guidance.tips']);
    expect(await takeSettingsNotice()).toBeNull();
  });

  test('settings from an older version are migrated without a notice; valid settings leave none', async () => {
    await fakeBrowser.storage.sync.set({ settings: { target: 'ko', enabled: true } });
    await repairSettingsOnStart();
    expect((await loadSettings()).settings.targetLanguage).toBe('ko');
    await repairSettingsOnStart();
    expect((await fakeBrowser.storage.local.get(SETTINGS_NOTICE_KEY))[SETTINGS_NOTICE_KEY]).toBeUndefined();
  });

  test('settings from a future version: known fields kept, the user told', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 9, displayMode: 'replace', hologram: true } });
    await repairSettingsOnStart();
    expect((await loadSettings()).settings.displayMode).toBe('replace');
    expect((await takeSettingsNotice())?.fromFuture).toBe(true);
  });
});
