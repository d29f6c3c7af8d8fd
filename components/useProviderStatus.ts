/** The background's view of every provider (working, resting, needing setup), asked again every few seconds. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CacheState } from '@/utils/translation/cache-health';
import { askBackgroundAsPage } from '@/utils/messaging';
import type { BackgroundProviderStatus } from './ProviderStatus';

export interface ProvidersStatus {
  providers: Record<string, BackgroundProviderStatus> | null;
  cache: CacheState | null;
  error: string | null;
  refresh(): void;
}

export function useProviderStatus(everyMs = 2000): ProvidersStatus {
  const [state, setState] = useState<Omit<ProvidersStatus, 'refresh'>>({ providers: null, cache: null, error: null });
  const refresh = useCallback(() => {
    void askBackgroundAsPage({ type: 'providers.status' }).then((answer) =>
      setState(answer.ok ? { providers: answer.value.providers, cache: answer.value.cache, error: null } : (s) => ({ ...s, error: answer.message })),
    );
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, everyMs);
    return () => clearInterval(timer);
  }, [refresh, everyMs]);
  return { ...state, refresh };
}
