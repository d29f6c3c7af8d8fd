/**
 * The stable id of a RedNote image: the last path segment before `!` (the size/format suffix).
 * Slide URLs are signed and expire (`sns-webpic-qc.xhscdn.com/{ts}/{sig}/{fileId}!nd_dft_…`); the
 * same file is also served as `sns-img-*.xhscdn.com/{fileId}` and `ci.xiaohongshu.com/{fileId}`.
 * Recognition results are cached under this id, so a note opened again is not read again.
 */
export function imageFileId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  if (!last) return null;
  const id = decodeURIComponent(last).split('!')[0]!.trim();
  return /^[\w.-]{4,200}$/.test(id) ? id : null;
}

/** RedNote's image hosts, which the extension may fetch from (host permissions). */
export const IMAGE_HOST_PATTERN = /^(?:[\w-]+\.)*xhscdn\.com$|^ci\.xiaohongshu\.com$/;

export function isImageHostUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && IMAGE_HOST_PATTERN.test(u.hostname);
  } catch {
    return false;
  }
}
