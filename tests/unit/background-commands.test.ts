import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '@/entrypoints/background/commands';
import { createSelectionMenu, onImageMenuClicked, onSelectionMenuClicked } from '@/entrypoints/background/selection-menu';
import { IMAGE_MENU_ID, SELECTION_MENU_ID, otherDisplayMode } from '@/utils/commands';
import { MAX_SELECTION_CHARS, tabRequestSchema } from '@/utils/schemas/messages';
import { loadSettings } from '@/utils/storage/settings-store';

/** What the background sent to tabs, checked against the schema the content script parses with. */
let sent: Array<{ tabId: number; message: unknown }> = [];
let pageEnabled = true;

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  pageEnabled = true;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vi.spyOn types the mock by the API's last overload (a callback, returning void); the code calls the promise overload
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    if (tabId === 99) throw new Error('Could not establish connection. Receiving end does not exist.');
    const request = tabRequestSchema().parse(message);
    if (request.type === 'status')
      return { ok: true, href: 'https://www.xiaohongshu.com/explore', backgroundVersion: '1', enabled: pageEnabled, counts: { translated: 0, waiting: 0, failed: 0, cached: 0 } };
    if (request.type === 'page.setEnabled') pageEnabled = request.enabled;
    return { ok: true };
  });
});

describe('keyboard commands', () => {
  test('toggle-page asks the tab its state, then sends the popup switch’s message with the opposite, to be announced', async () => {
    expect(await runCommand('toggle-page', { id: 5 })).toEqual({ command: 'toggle-page', tabId: 5, enabled: false });
    expect(sent.map((s) => s.message)).toEqual([{ type: 'status' }, { type: 'page.setEnabled', enabled: false, announce: true }]);
    expect(await runCommand('toggle-page', { id: 5 })).toMatchObject({ enabled: true });
  });

  test('toggle-page on a tab without Red Thread (not RedNote) changes nothing', async () => {
    const outcome = await runCommand('toggle-page', { id: 99 });
    expect(outcome).toMatchObject({ command: 'toggle-page', skipped: expect.stringContaining('Receiving end') as unknown });
    expect(sent).toHaveLength(1);
  });

  test('switch-display flips the stored setting both ways and tells the tab which', async () => {
    expect(await runCommand('switch-display', { id: 5 })).toEqual({ command: 'switch-display', mode: 'replace' });
    expect((await loadSettings()).settings.displayMode).toBe('replace');
    expect(sent.at(-1)?.message).toEqual({ type: 'display.announce', mode: 'replace' });
    await runCommand('switch-display', { id: 5 });
    expect((await loadSettings()).settings.displayMode).toBe('bilingual');
    expect(otherDisplayMode('bilingual')).toBe('replace');
  });

  test('an unknown command does nothing', async () => {
    expect(await runCommand('something-else', { id: 5 })).toMatchObject({ skipped: 'unknown command' });
    expect(sent).toEqual([]);
  });
});

describe('the selection menu entry', () => {
  test('sends the selected text, trimmed, to the tab it was chosen in', async () => {
    expect(await onSelectionMenuClicked({ menuItemId: SELECTION_MENU_ID, selectionText: '  家人们谁懂啊 \n' }, { id: 3 })).toEqual({ tabId: 3, sent: 6, ok: true });
    expect(sent).toEqual([{ tabId: 3, message: { type: 'selection.translate', text: '家人们谁懂啊' } }]);
  });

  test('a selection longer than the limit is cut to it (the message would be refused otherwise)', async () => {
    await onSelectionMenuClicked({ menuItemId: SELECTION_MENU_ID, selectionText: '好'.repeat(MAX_SELECTION_CHARS + 50) }, { id: 3 });
    expect(tabRequestSchema().safeParse(sent[0]?.message).success).toBe(true);
    expect((sent[0]?.message as { text: string }).text).toHaveLength(MAX_SELECTION_CHARS);
  });

  test('other entries, an empty selection or no tab: nothing is sent', async () => {
    expect(await onSelectionMenuClicked({ menuItemId: 'another', selectionText: 'x' }, { id: 3 })).toEqual({ skipped: 'another menu item' });
    expect(await onSelectionMenuClicked({ menuItemId: SELECTION_MENU_ID, selectionText: '   ' }, { id: 3 })).toEqual({ skipped: 'no selected text' });
    expect(await onSelectionMenuClicked({ menuItemId: SELECTION_MENU_ID, selectionText: 'x' }, undefined)).toEqual({ skipped: 'no tab' });
    expect(sent).toEqual([]);
  });

  test('a tab that does not answer is reported, not thrown', async () => {
    expect(await onSelectionMenuClicked({ menuItemId: SELECTION_MENU_ID, selectionText: 'x' }, { id: 99 })).toMatchObject({ ok: false, message: expect.any(String) as unknown });
  });
});

describe('the image menu entry ("Translate text in this image")', () => {
  const SLIDE = 'https://sns-webpic-qc.xhscdn.com/202612041200/5f1c0ffee0ddba11/zh-caption.png!nd_dft_wlteh_webp_3';

  test('is created for images on the two RedNote sites only, beside the selection entry', async () => {
    const created: unknown[] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((props: unknown, done?: () => void) => {
      created.push(props);
      done?.();
      return 1;
    });
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => name);
    await createSelectionMenu();
    expect(created).toContainEqual({ id: IMAGE_MENU_ID, title: 'menuTranslateImage', contexts: ['image'], documentUrlPatterns: ['https://www.xiaohongshu.com/*', 'https://www.rednote.com/*'] });
    expect(created).toContainEqual(expect.objectContaining({ id: SELECTION_MENU_ID, contexts: ['selection'] }));
  });

  test('sends the image’s address to the tab it was chosen in, in the message the content script accepts', async () => {
    expect(await onImageMenuClicked({ menuItemId: IMAGE_MENU_ID, srcUrl: SLIDE }, { id: 4 })).toEqual({ tabId: 4, sent: 1, ok: true });
    expect(sent).toEqual([{ tabId: 4, message: { type: 'image.translate', url: SLIDE } }]);
  });

  test('the selection entry, no address, a data: image or no tab: nothing is sent', async () => {
    expect(await onImageMenuClicked({ menuItemId: SELECTION_MENU_ID, srcUrl: SLIDE }, { id: 4 })).toEqual({ skipped: 'another menu item' });
    expect(await onImageMenuClicked({ menuItemId: IMAGE_MENU_ID }, { id: 4 })).toEqual({ skipped: 'no image address' });
    expect(await onImageMenuClicked({ menuItemId: IMAGE_MENU_ID, srcUrl: 'data:image/svg+xml,<svg/>' }, { id: 4 })).toEqual({ skipped: 'no image address' });
    expect(await onImageMenuClicked({ menuItemId: IMAGE_MENU_ID, srcUrl: SLIDE }, undefined)).toEqual({ skipped: 'no tab' });
    // And the image entry is not the selection's.
    expect(await onSelectionMenuClicked({ menuItemId: IMAGE_MENU_ID, selectionText: 'x' }, { id: 4 })).toEqual({ skipped: 'another menu item' });
    expect(sent).toEqual([]);
  });

  test('a tab that does not answer is reported, not thrown', async () => {
    expect(await onImageMenuClicked({ menuItemId: IMAGE_MENU_ID, srcUrl: SLIDE }, { id: 99 })).toMatchObject({ ok: false, message: expect.any(String) as unknown });
  });
});
