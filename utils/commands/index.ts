/**
 * Red Thread's keyboard commands and its context-menu entry: names, suggested keys and the
 * logic that needs no browser API. The manifest (wxt.config.ts) and the background both read
 * these, so a command's name is written once.
 *
 * Keys: Alt+Shift+letter is valid in both browsers (Chrome: Ctrl or Alt, optional Shift, A–Z).
 * Chromium 156 on Linux silently leaves a suggested key unassigned when it keeps the key for
 * itself: tried here, it refused Alt+Shift+R, B, C, P, W and X and took D, O and others.
 * O for on/off, D for display. The page's own composer uses Alt+Shift+T: not taken here.
 */
import type { DisplayMode } from '../schemas/settings';

export const COMMAND_TOGGLE_PAGE = 'toggle-page';
export const COMMAND_SWITCH_DISPLAY = 'switch-display';
export type CommandName = typeof COMMAND_TOGGLE_PAGE | typeof COMMAND_SWITCH_DISPLAY;

/** The manifest's `commands` (descriptions come from _locales, in the user's language). */
export const MANIFEST_COMMANDS = {
  [COMMAND_TOGGLE_PAGE]: {
    suggested_key: { default: 'Alt+Shift+O' },
    description: '__MSG_commandTogglePage__',
  },
  [COMMAND_SWITCH_DISPLAY]: {
    suggested_key: { default: 'Alt+Shift+D' },
    description: '__MSG_commandSwitchDisplay__',
  },
} as const;

/** The context-menu entry's id: stable, so re-creating it after a restart replaces rather than duplicates. */
export const SELECTION_MENU_ID = 'red-thread-translate-selection';
/** The context-menu entry "Translate text in this image" on images of the two RedNote sites. */
export const IMAGE_MENU_ID = 'red-thread-translate-image';

export function otherDisplayMode(mode: DisplayMode): DisplayMode {
  return mode === 'bilingual' ? 'replace' : 'bilingual';
}
