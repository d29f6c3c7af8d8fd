/**
 * The extension's own interface strings, through the browser's i18n API (`public/_locales`).
 * Keys are typed from the English catalogue, so a missing key is a type error.
 */
import { browser } from '@/utils/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // getMessage returns "" for an unknown key: show the key rather than nothing, so the gap is visible.
  return browser.i18n.getMessage(key, substitutions) || key;
}
