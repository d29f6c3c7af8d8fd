/**
 * What the extension keeps in the browser's storage, read back as the user left it: keys (masked
 * for pages, changes named), settings (synced; tips dismissed, tips off), the composer's
 * one flag, the once-only notice, and IndexedDB's callbacks as promises. Against the fake browser.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_COMMENT_KEY, firstCommentHintShown, markFirstCommentHintShown } from '@/utils/storage/composer-flags';
import { idbRequest, idbTransactionDone } from '@/utils/storage/idb';
import { SETTINGS_NOTICE_KEY, takeSettingsNotice } from '@/utils/storage/notice';
import { changedSecrets, maskSecret } from '@/utils/storage/secrets';
import { SETTINGS_KEY, dismissTip, loadSettings, turnTipsOff, updateSettings, watchSettings } from '@/utils/storage/settings-store';

beforeEach(() => fakeBrowser.reset());

/** Lets the fake browser's onChanged events arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('provider keys (their store: tests/unit/storage/secrets.test.ts)', () => {
  test('a page sees only that a key is set and its last four characters', () => {
    expect(maskSecret('sk-abcdefgh1234')).toBe('••••1234');
    expect(maskSecret('')).toBeNull();
    expect(maskSecret(undefined)).toBeNull();
  });

  test('changed keys are named (entered, changed, removed); an unreadable value means all may have changed', () => {
    expect(changedSecrets(undefined, { deepl: 'a' })).toEqual(['deepl']);
    expect(changedSecrets({ deepl: 'a', openai: 'o' }, { deepl: 'b', openai: 'o' })).toEqual(['deepl']);
    expect(changedSecrets({ libre: 'l' }, undefined)).toEqual(['libre']);
    expect(changedSecrets({ deepl: 'a' }, { deepl: 'a' })).toEqual([]);
    expect(changedSecrets('garbage', {})).toEqual(['deepl', 'libre', 'openai']);
    expect(changedSecrets({}, { openai: 5 })).toEqual(['deepl', 'libre', 'openai']);
  });
});

describe('settings in sync storage', () => {
  test('an update keeps the other fields and is what the next load reads', async () => {
    const before = (await loadSettings()).settings;
    const next = await updateSettings({ targetLanguage: 'es' });
    expect(next.targetLanguage).toBe('es');
    expect((await loadSettings()).settings).toEqual({ ...before, targetLanguage: 'es' });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(next);
  });

  test('a dismissed tip is kept once, the latest 200 at most', async () => {
    await dismissTip('ip-location');
    await dismissTip('ip-location');
    expect((await loadSettings()).settings.dismissedTips).toEqual(['ip-location']);
    await updateSettings({ dismissedTips: Array.from({ length: 200 }, (_, i) => `t${i}`) });
    await dismissTip('newest');
    const kept = (await loadSettings()).settings.dismissedTips;
    expect(kept).toHaveLength(200);
    expect(kept.at(-1)).toBe('newest');
    expect(kept[0]).toBe('t1');
  });

  test('"No more tips" turns tips off and leaves the other guidance switches as they were', async () => {
    const before = (await loadSettings()).settings.guidance;
    await turnTipsOff();
    expect((await loadSettings()).settings.guidance).toEqual({ ...before, tips: false });
  });

  test('the watcher gets fresh settings on a sync change only, and stops with its signal', async () => {
    const heard: string[] = [];
    const controller = new AbortController();
    watchSettings((settings) => heard.push(String(settings.targetLanguage)), controller.signal);
    await updateSettings({ targetLanguage: 'fr' });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { targetLanguage: 'de' } });
    await fakeBrowser.storage.sync.set({ unrelated: true });
    await settle();
    expect(heard).toEqual(['fr']);
    controller.abort();
    await updateSettings({ targetLanguage: 'ja' });
    await settle();
    expect(heard).toEqual(['fr']);
  });

  test('the returned stop works without a signal', async () => {
    const heard: string[] = [];
    const stop = watchSettings((settings) => heard.push(String(settings.targetLanguage)));
    stop();
    await updateSettings({ targetLanguage: 'ja' });
    await settle();
    expect(heard).toEqual([]);
  });
});

describe('the composer flag and the once-only notice', () => {
  test('the first-comment hint is shown once: only a stored true counts', async () => {
    expect(await firstCommentHintShown()).toBe(false);
    await fakeBrowser.storage.local.set({ [FIRST_COMMENT_KEY]: 'yes' });
    expect(await firstCommentHintShown()).toBe(false);
    await markFirstCommentHintShown();
    expect(await firstCommentHintShown()).toBe(true);
  });

  test('the settings notice is read once, then gone; a malformed one is dropped too', async () => {
    expect(await takeSettingsNotice()).toBeNull();
    const notice = { fields: ['displayMode'], fromFuture: false, at: 5 };
    await fakeBrowser.storage.local.set({ [SETTINGS_NOTICE_KEY]: notice });
    expect(await takeSettingsNotice()).toEqual(notice);
    expect(await takeSettingsNotice()).toBeNull();
    await fakeBrowser.storage.local.set({ [SETTINGS_NOTICE_KEY]: { fields: 'x' } });
    expect(await takeSettingsNotice()).toBeNull();
    expect(await fakeBrowser.storage.local.get(SETTINGS_NOTICE_KEY)).toEqual({});
  });

  test('no notice stored: nothing is removed (storage is not touched)', async () => {
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await takeSettingsNotice();
    expect(remove).not.toHaveBeenCalled();
  });
});

describe('IndexedDB as promises', () => {
  test('a request resolves with its result, or rejects with its error', async () => {
    const ok = { result: 7, error: null } as unknown as IDBRequest<number>;
    const pending = idbRequest(ok);
    ok.onsuccess!(new Event('success'));
    await expect(pending).resolves.toBe(7);
    const broken = new DOMException('no', 'UnknownError');
    const bad = { result: undefined, error: broken } as unknown as IDBRequest<number>;
    const failing = idbRequest(bad);
    bad.onerror!(new Event('error'));
    await expect(failing).rejects.toBe(broken);
  });

  test('a transaction resolves when complete; an error or an abort rejects with why', async () => {
    const tx = () => ({ error: null }) as unknown as IDBTransaction;
    const done = tx();
    const finished = idbTransactionDone(done);
    done.oncomplete!(new Event('complete'));
    await expect(finished).resolves.toBeUndefined();

    const full = new DOMException('full', 'QuotaExceededError');
    const failed = Object.assign(tx(), { error: full });
    const failing = idbTransactionDone(failed);
    failed.onerror!(new Event('error'));
    await expect(failing).rejects.toBe(full);

    const aborted = tx();
    const aborting = idbTransactionDone(aborted);
    aborted.onabort!(new Event('abort'));
    await expect(aborting).rejects.toMatchObject({ name: 'AbortError', message: 'Transaction aborted' });

    const abortedWithReason = Object.assign(tx(), { error: full });
    const why = idbTransactionDone(abortedWithReason);
    abortedWithReason.onabort!(new Event('abort'));
    await expect(why).rejects.toBe(full);
  });
});
