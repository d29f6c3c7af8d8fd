/** Which provider keys are saved, kept fresh. Only presence leaves this hook, never a key. */
import { useEffect, useState } from 'preact/hooks';
import { loadSecrets, watchSecrets, type Secrets } from '@/utils/storage/secrets';
import type { KeysPresent } from './ProviderStatus';

export interface SavedKeys extends KeysPresent {
  /** Masked forms ("••••y:fx") for showing that a key is saved. */
  masked: Partial<Record<keyof Secrets, string>>;
}

const NONE: SavedKeys = { deepl: false, libre: false, openai: false, masked: {} };

export function useKeysPresent(mask: (value: string | undefined) => string | null): SavedKeys {
  const [keys, setKeys] = useState<SavedKeys>(NONE);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void loadSecrets().then((s) => {
        if (!live) return;
        const masked: SavedKeys['masked'] = {};
        for (const name of ['deepl', 'libre', 'openai'] as const) {
          const m = mask(s[name]);
          if (m) masked[name] = m;
        }
        setKeys({ deepl: !!s.deepl, libre: !!s.libre, openai: !!s.openai, masked });
      });
    refresh();
    const unwatch = watchSecrets(refresh);
    return () => {
      live = false;
      unwatch();
    };
  }, [mask]);
  return keys;
}
