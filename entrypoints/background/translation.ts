/**
 * Builds the background's one translation service from the user's settings and keys.
 * Settings are read once at start and kept fresh through storage events.
 */
import type { LanguageCode } from '@/utils/languages';
import { DEFAULT_SETTINGS, type ProviderId, type Settings } from '@/utils/schemas/settings';
import { loadSecrets, watchSecrets } from '@/utils/storage/secrets';
import { loadSettings, watchSettings } from '@/utils/storage/settings-store';
import { realClock } from '@/utils/translation/clock';
import { TranslationError, asTranslationError } from '@/utils/translation/errors';
import { IdbStore } from '@/utils/translation/idb-store';
import { deeplProvider } from '@/utils/translation/providers/deepl';
import { googleProvider } from '@/utils/translation/providers/google';
import { libreProvider } from '@/utils/translation/providers/libre';
import { microsoftProvider } from '@/utils/translation/providers/microsoft';
import { openAiProvider, type GlossaryHint } from '@/utils/translation/providers/openai';
import { TranslationService } from '@/utils/translation/service';
import type { Provider } from '@/utils/translation/types';

export interface BackgroundTranslation {
  service: TranslationService;
  store: IdbStore | undefined;
  providers: ReadonlyMap<ProviderId, Provider>;
  /** Resolves once the settings are loaded; the service must not answer before. */
  ready: Promise<void>;
  settings(): Settings;
  /** One real request to a provider with the current settings and keys (the options' Test button); throws a TranslationError. */
  testProvider(id: ProviderId): Promise<string>;
}

/** What the Test button translates. */
const TEST_TEXT = '你好，欢迎来到小红书！';

export function createBackgroundTranslation(glossaryFor?: (texts: readonly string[], to: LanguageCode) => GlossaryHint[]): BackgroundTranslation {
  let settings: Settings = DEFAULT_SETTINGS;
  // The global fetch, called unbound (some browsers refuse `this` other than the global).
  const fetchFn = (input: string, init?: RequestInit) => fetch(input, init);

  const providers = new Map<ProviderId, Provider>([
    ['microsoft', microsoftProvider(fetchFn)],
    ['google', googleProvider(fetchFn)],
    ['deepl', deeplProvider(fetchFn, async () => (await loadSecrets()).deepl)],
    ['libre', libreProvider(fetchFn, async () => ({ url: settings.libre.url, key: (await loadSecrets()).libre }))],
    ['openai', openAiProvider(fetchFn, async () => ({ ...settings.openai, key: (await loadSecrets()).openai }), glossaryFor)],
  ]);

  // No IndexedDB at all (some hardened profiles give null): translation works without the cache.
  const factory = (globalThis as { indexedDB?: IDBFactory | null }).indexedDB;
  const store = factory ? new IdbStore(factory) : undefined;
  const flags = import.meta.env.WXT_BENCH_BASELINE === 'true' ? { disableBatching: true, disableCache: true } : {};
  const service = new TranslationService({
    providers,
    chain: () => [settings.provider, ...settings.fallbacks],
    ...(store && { store }),
    clock: realClock,
    ...flags,
  });

  const ready = loadSettings().then(
    (result) => {
      settings = result.settings;
    },
    () => undefined, // unreadable storage: defaults
  );
  watchSettings((next) => {
    settings = next;
    service.health.resetSetup();
  });
  // A new key is a fix even when no setting changes (the same plan, another key): the providers
  // that use it leave "needs setup" at once, and the next units go to them again.
  watchSecrets((changed) => service.health.resetSetup(changed));

  async function testProvider(id: ProviderId): Promise<string> {
    await ready;
    const provider = providers.get(id);
    if (!provider) throw new TranslationError('unavailable', 'This provider runs in the page, not in the background.');
    try {
      const [result] = await provider.translate({ texts: [TEST_TEXT], from: 'auto', to: 'en', signal: new AbortController().signal });
      // A test that works is proof enough: the provider leaves any rest or "needs setup" now.
      service.health.recordSuccess(id);
      return result?.text ?? '';
    } catch (error) {
      service.health.recordFailure(id, asTranslationError(error));
      throw error;
    }
  }

  return { service, store, providers, ready, settings: () => settings, testProvider };
}
