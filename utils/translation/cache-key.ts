/**
 * Cache keys: provider + language pair + a 53-bit hash of the text (cyrb53) + its length.
 * Fast and synchronous (no crypto.subtle round trip per text); at the cache's size bound
 * (tens of thousands of entries) a collision is about one in a million, and would only
 * mix up two texts of the very same length.
 */
import type { ProviderId } from '../schemas/settings';

export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function cacheKey(provider: ProviderId, from: string, to: string, text: string): string {
  return `${provider}|${from}|${to}|${text.length}|${hashText(text)}`;
}
