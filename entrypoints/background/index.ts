/**
 * Red Thread's background (a service worker in Chrome, an event page in Firefox): wiring only.
 * - translation: the one TranslationService (providers, cache, limits, fallback)
 * - ports: content scripts' translation requests
 * - messages: one-shot requests from content scripts and from the extension's own pages
 */
import { listenForMessages } from '@/utils/messaging';
import { showCountsOnBadge } from './badge';
import { createMessageHandler } from './messages';
import { listenForTranslationPorts } from './ports';
import { createBackgroundTranslation } from './translation';

export default defineBackground({
  type: 'module',
  main() {
    const translation = createBackgroundTranslation();
    listenForTranslationPorts(translation);
    listenForMessages(
      createMessageHandler({
        providerStatus: () => translation.service.status(),
        async testProvider(id) {
          await translation.ready;
          const provider = translation.providers.get(id);
          if (!provider) throw new Error('This provider runs in the page, not in the background.');
          const [result] = await provider.translate({ texts: ['你好，欢迎来到小红书！'], from: 'auto', to: 'en', signal: new AbortController().signal });
          return result?.text ?? '';
        },
        cacheEntries: async () => (translation.store ? translation.store.count().catch(() => null) : null),
        async clearCache() {
          translation.service.clearMemory();
          await translation.store?.clear();
        },
        showCounts: showCountsOnBadge,
      }),
    );
  },
});
