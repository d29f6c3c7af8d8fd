/**
 * Which pages are RedNote's (utils/sites/hosts.ts): the popup offers a reload only on them, and the
 * content script and the context menus are registered for exactly these hosts.
 */
import { describe, expect, test } from 'vitest';
import { isSiteUrl, SITE_HOSTS, SITE_MATCHES } from '@/utils/sites/hosts';

describe('RedNote pages', () => {
  test('both hosts over https, any path', () => {
    expect(isSiteUrl('https://www.xiaohongshu.com/explore')).toBe(true);
    expect(isSiteUrl('https://www.rednote.com/explore/6784c1d2000000001a03b7e4?xsec_token=ABC')).toBe(true);
    expect(isSiteUrl('https://www.xiaohongshu.com/')).toBe(true);
  });

  test('not: plain http, other hosts, look-alikes, no URL, not a URL', () => {
    expect(isSiteUrl('http://www.xiaohongshu.com/explore')).toBe(false);
    expect(isSiteUrl('https://xiaohongshu.com/explore')).toBe(false);
    expect(isSiteUrl('https://www.xiaohongshu.com.evil.example/explore')).toBe(false);
    expect(isSiteUrl('https://evil.example/?www.xiaohongshu.com')).toBe(false);
    expect(isSiteUrl('chrome://extensions')).toBe(false);
    expect(isSiteUrl(undefined)).toBe(false);
    expect(isSiteUrl('')).toBe(false);
    expect(isSiteUrl('www.xiaohongshu.com')).toBe(false);
  });

  test('the match patterns are the same two hosts, https only', () => {
    expect(SITE_MATCHES).toEqual(SITE_HOSTS.map((h) => `https://${h}/*`));
    expect(SITE_MATCHES).toEqual(['https://www.xiaohongshu.com/*', 'https://www.rednote.com/*']);
  });
});
