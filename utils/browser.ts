/**
 * The one WebExtension API the extension uses: webextension-polyfill (WXT's polyfill module
 * makes `wxt/browser` resolve to it), so Chrome and Firefox run the same promise-based code.
 * WXT types `wxt/browser` as Chrome's API; the runtime object is the polyfill, so it is typed
 * as the polyfill here. Unit tests get WXT's fakeBrowser through the same import.
 */
import { browser as wxtBrowser } from 'wxt/browser';
import type { Browser } from 'webextension-polyfill';

export const browser = wxtBrowser as unknown as Browser;
export type { Runtime, Tabs, Storage, Permissions, Menus } from 'webextension-polyfill';
