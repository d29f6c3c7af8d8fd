/** The hosts the RedNote web app answers on; the extension runs on both and nowhere else. */
export const SITE_HOSTS = ['www.xiaohongshu.com', 'www.rednote.com'] as const;

export const SITE_MATCHES = SITE_HOSTS.map((host) => `https://${host}/*`);

export function isSiteUrl(url: string | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: without it, new URL('') throws and the answer is the same
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && (SITE_HOSTS as readonly string[]).includes(parsed.hostname);
  } catch {
    return false;
  }
}
