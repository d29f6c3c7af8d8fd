/**
 * Says, in the reader's words, that saved translations are full or off, and what that means:
 * translation still works, but pages opened again are translated again. Nothing when the cache works.
 */
import { t } from '@/utils/i18n/t';
import type { CacheState } from '@/utils/translation/cache-health';

export function CacheNotice({ state, action }: { state: CacheState | null; action?: preact.ComponentChildren }) {
  if (state !== 'full' && state !== 'unavailable') return null;
  const full = state === 'full';
  return (
    <div class="rt-notice rt-notice--warn" role="status" data-testid="cache-notice" data-state={state}>
      <strong>{full ? t('cacheNoticeFullTitle') : t('cacheNoticeUnavailableTitle')}</strong>
      <p class="rt-notice__text">{full ? t('cacheNoticeFull') : t('cacheNoticeUnavailable')}</p>
      {action}
    </div>
  );
}
