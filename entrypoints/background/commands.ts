/**
 * The keyboard commands (manifest `commands`, keys changeable by the user):
 * - toggle-page: overlays off or on in the active RedNote tab, the same message the popup's
 *   "This page" switch sends, so the popup shows the new state when opened;
 * - switch-display: bilingual ⇄ replace, a settings change, so every open tab follows.
 * The active page says briefly what happened. Nothing happens on other pages.
 */
import { browser, type Tabs } from '@/utils/browser';
import { askTab } from '@/utils/messaging';
import { COMMAND_SWITCH_DISPLAY, COMMAND_TOGGLE_PAGE, otherDisplayMode } from '@/utils/commands';
import { loadSettings, updateSettings } from '@/utils/storage/settings-store';

export type CommandOutcome =
  { command: typeof COMMAND_TOGGLE_PAGE; tabId: number; enabled: boolean } | { command: typeof COMMAND_SWITCH_DISPLAY; mode: 'bilingual' | 'replace' } | { command: string; skipped: string };

/** The tab the command was pressed in: the event names it; otherwise the focused window's active tab. */
async function commandTab(tab: Pick<Tabs.Tab, 'id'> | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id;
}

export async function runCommand(command: string, tab?: Pick<Tabs.Tab, 'id'>): Promise<CommandOutcome> {
  if (command === COMMAND_TOGGLE_PAGE) {
    const tabId = await commandTab(tab);
    if (tabId === undefined) return { command, skipped: 'no active tab' };
    // Only a RedNote page with Red Thread's content script answers; elsewhere the key does nothing.
    const status = await askTab(tabId, { type: 'status' });
    if (!status.ok) return { command, skipped: status.message };
    const enabled = !status.value.enabled;
    const set = await askTab(tabId, { type: 'page.setEnabled', enabled, announce: true });
    return set.ok ? { command, tabId, enabled } : { command, skipped: set.message };
  }
  if (command === COMMAND_SWITCH_DISPLAY) {
    const { settings } = await loadSettings();
    const mode = otherDisplayMode(settings.displayMode);
    await updateSettings({ displayMode: mode });
    const tabId = await commandTab(tab);
    if (tabId !== undefined) await askTab(tabId, { type: 'display.announce', mode });
    return { command, mode };
  }
  return { command, skipped: 'unknown command' };
}

/**
 * Registered at the top of the background's main, so a key press wakes a stopped worker and is
 * handled. Returns whether the listener is (still) registered with the browser's event.
 */
export function listenForCommands(): () => boolean {
  const listener = (command: string, tab?: Tabs.Tab) => {
    void runCommand(command, tab).catch((error: unknown) => console.warn('Red Thread: command failed.', error));
  };
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.hasListener(listener);
}
