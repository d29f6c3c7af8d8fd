/**
 * Host access for the user's own servers (LibreTranslate, an OpenAI-compatible server other than
 * api.openai.com), asked at runtime from the manifest's optional_host_permissions.
 * The pattern has no port: Firefox refuses ports in match patterns, and Chrome then matches every port.
 */
import { browser } from '@/utils/browser';

export function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/** True for addresses Red Thread may already reach (listed in the manifest). */
export function isBuiltInHost(url: string): boolean {
  try {
    return new URL(url).hostname === 'api.openai.com';
  } catch {
    return false;
  }
}

/**
 * Asks for access. Must be called straight from the click (no await before it): Firefox only
 * shows the prompt during the user's action.
 */
export function requestAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern || isBuiltInHost(url)) return Promise.resolve(true);
  return browser.permissions.request({ origins: [pattern] });
}

export async function hasAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern || isBuiltInHost(url)) return true;
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}
