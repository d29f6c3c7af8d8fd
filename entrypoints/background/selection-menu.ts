/**
 * The context-menu entries, on the two RedNote sites only:
 * - "Translate selection with Red Thread", on selected text. Chosen, it hands the selected text to
 *   that tab's content script, which translates it through its usual port and shows the result
 *   next to the selection.
 * - "Translate text in this image", on images. Chosen, it hands the image's URL to that tab's
 *   content script, which finds the image and has its text read and translated over it, as the
 *   control on a feed cover does. (The `contextMenus`/`menus` permission covers both entries.)
 *
 * The entry is created when Red Thread is installed or updated and when the browser starts
 * (browsers keep it in between; re-creating it under its stable id replaces, never duplicates).
 * The click listener is registered on every start of the background, so a click wakes a stopped
 * service worker or event page and is handled.
 */
import { browser, type Menus, type Tabs } from '@/utils/browser';
import { IMAGE_MENU_ID, SELECTION_MENU_ID } from '@/utils/commands';
import { t } from '@/utils/i18n/t';
import { askTab } from '@/utils/messaging';
import { MAX_SELECTION_CHARS } from '@/utils/schemas/messages';
import { SITE_MATCHES } from '@/utils/sites/hosts';

/** Firefox names the API `menus` (its `contextMenus` is an alias); Chrome has `contextMenus` only. */
function menusApi(): Menus.Static {
  const api = browser as unknown as { menus?: Menus.Static; contextMenus?: Menus.Static };
  const menus = api.menus ?? api.contextMenus;
  if (!menus) throw new Error('No context menu API in this browser.');
  return menus;
}

export async function createSelectionMenu(): Promise<void> {
  const menus = menusApi();
  await menus.removeAll();
  const entries: Menus.CreateCreatePropertiesType[] = [
    { id: SELECTION_MENU_ID, title: t('menuTranslateSelection'), contexts: ['selection'], documentUrlPatterns: SITE_MATCHES },
    { id: IMAGE_MENU_ID, title: t('menuTranslateImage'), contexts: ['image'], documentUrlPatterns: SITE_MATCHES },
  ];
  for (const entry of entries) {
    await new Promise<void>((resolve) => {
      // Reading lastError marks it handled; a failure leaves no entry, which the next start repairs.
      menus.create(entry, () => {
        if (browser.runtime.lastError) console.warn('Red Thread: the context menu entry was not created.', browser.runtime.lastError.message);
        resolve();
      });
    });
  }
}

export type MenuOutcome = { tabId: number; sent: number; ok: boolean; message?: string } | { skipped: string };

/** What a click on the entry does; the listener below calls it with the browser's own arguments. */
export async function onSelectionMenuClicked(info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>, tab: Pick<Tabs.Tab, 'id'> | undefined): Promise<MenuOutcome> {
  if (info.menuItemId !== SELECTION_MENU_ID) return { skipped: 'another menu item' };
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION_CHARS);
  if (!text) return { skipped: 'no selected text' };
  if (tab?.id === undefined || tab.id < 0) return { skipped: 'no tab' };
  const answer = await askTab(tab.id, { type: 'selection.translate', text });
  return answer.ok ? { tabId: tab.id, sent: text.length, ok: true } : { tabId: tab.id, sent: text.length, ok: false, message: answer.message };
}

/** What a click on "Translate text in this image" does: the image's URL to the tab it was chosen in. */
export async function onImageMenuClicked(info: Pick<Menus.OnClickData, 'menuItemId' | 'srcUrl'>, tab: Pick<Tabs.Tab, 'id'> | undefined): Promise<MenuOutcome> {
  if (info.menuItemId !== IMAGE_MENU_ID) return { skipped: 'another menu item' };
  const url = info.srcUrl ?? '';
  // The tab's message would refuse it anyway; a data: URL or a huge one is no RedNote image.
  if (!/^https:\/\//.test(url) || url.length > 2000) return { skipped: 'no image address' };
  if (tab?.id === undefined || tab.id < 0) return { skipped: 'no tab' };
  const answer = await askTab(tab.id, { type: 'image.translate', url });
  return answer.ok ? { tabId: tab.id, sent: 1, ok: true } : { tabId: tab.id, sent: 1, ok: false, message: answer.message };
}

/** Returns whether the click listener is (still) registered with the browser's event. */
export function registerSelectionMenu(): () => boolean {
  const menus = menusApi();
  const create = () => void createSelectionMenu().catch((error: unknown) => console.warn('Red Thread: context menu unavailable.', error));
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup.addListener(create);
  const listener = (info: Menus.OnClickData, tab: Tabs.Tab | undefined) => {
    void onSelectionMenuClicked(info, tab).catch((error: unknown) => console.warn('Red Thread: translating the selection failed.', error));
    void onImageMenuClicked(info, tab).catch((error: unknown) => console.warn('Red Thread: translating the image failed.', error));
  };
  menus.onClicked.addListener(listener);
  return () => menus.onClicked.hasListener(listener);
}
