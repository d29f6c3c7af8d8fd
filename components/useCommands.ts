/**
 * The extension's keyboard commands as the browser has them now (the user may have changed or
 * cleared a key), for the popup and the options page. Null while loading.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '@/utils/browser';

export interface CommandInfo {
  name: string;
  description: string;
  shortcut: string;
}

/** The toolbar button's own command: the browser lists it too, under a name of its own. */
export function isOpenPopupCommand(name: string): boolean {
  return name === '_execute_action' || name === '_execute_browser_action';
}

export function useCommands(): CommandInfo[] | null {
  const [commands, setCommands] = useState<CommandInfo[] | null>(null);
  useEffect(() => {
    let live = true;
    // browser.commands is missing when a manifest declares none.
    const api = (browser as { commands?: { getAll?: () => Promise<Array<{ name?: string; description?: string; shortcut?: string }>> } }).commands;
    void (api?.getAll?.() ?? Promise.resolve([])).then(
      (all) => {
        if (live) setCommands(all.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })));
      },
      () => live && setCommands([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return commands;
}

/** Firefox 137+ opens its "Manage Extension Shortcuts" screen for an extension; Chrome has no such call. */
export function openShortcutSettings(): (() => Promise<void>) | null {
  const api = (browser as { commands?: { openShortcutSettings?: () => Promise<void> } }).commands;
  return api?.openShortcutSettings ? () => api.openShortcutSettings!() : null;
}
