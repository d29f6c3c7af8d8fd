/** The background's view of every provider (working, resting, needing setup), asked again every few seconds. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { providersStatusReplySchema } from '@/utils/schemas/messages';
import type { CacheState } from '@/utils/translation/cache-health';
import { askBackground } from './ask';
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
    void askBackground({ type: 'providers.status' }, providersStatusReplySchema).then((answer) =>
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
