/**
 * Opens the welcome page once, when Red Thread is first installed (not on updates or browser
 * restarts). Registered at the top of the background's main, as listeners must be.
 */
import { browser } from '@/utils/browser';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
}
