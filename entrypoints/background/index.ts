/**
 * Red Thread's background (a service worker in Chrome, an event page in Firefox): wiring only.
 * - translation: the one TranslationService (providers, cache, limits, fallback)
 * - guidance: glossary chips on translations, the site's labels and tips for pages
 * - ports: content scripts' translation requests
 * - messages: one-shot requests from content scripts and from the extension's own pages
 * - welcome: the welcome page on first install
 * - commands: the keyboard shortcuts (page on/off, display mode)
 * - selection-menu: "Translate selection with Red Thread" in the context menu
 */
import { browser } from '@/utils/browser';
import { listenForMessages } from '@/utils/messaging';
import { ON_DEMAND_FILE } from '../on-demand/registry';
import { TranslationError, asTranslationError } from '@/utils/translation/errors';
import { loadSettings, updateSettings } from '@/utils/storage/settings-store';
import { showCountsOnBadge } from './badge';
import { listenForCommands, runCommand } from './commands';
import { Guidance } from './guidance';
import { createMessageHandler } from './messages';
import { listenForTranslationPorts } from './ports';
import { onSelectionMenuClicked, registerSelectionMenu } from './selection-menu';
import { repairSettingsOnStart } from './settings-repair';
import { createBackgroundTranslation } from './translation';
import { createImageText } from './image-text';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground({
  type: 'module',
  main() {
    openWelcomeOnInstall();
    const commandsWired = listenForCommands();
    const menuWired = registerSelectionMenu();
    // What a key press and a menu click run, reachable from the background's console and by the
    // browser tests: no test driver can press a browser-level shortcut or click a native menu
    // (CDP and WebDriver BiDi input stop at the page), so the tests call these, check that the
    // listeners are registered with the real events, and assert what the page then shows.
    // Only the extension's own code and its developer tools can reach this global.
    Object.assign(globalThis, {
      redThread: Object.freeze({ runCommand, onSelectionMenuClicked, listening: () => commandsWired() && menuWired() }),
    });
    void repairSettingsOnStart();
    const guidance = new Guidance();
    void guidance.load();
    const translation = createBackgroundTranslation((texts, to) => guidance.promptHints(texts, to));
    listenForTranslationPorts(translation, async (results, sourceOf, to) => {
      if (!translation.settings().guidance.glossary) return results;
      // Just after the worker started, the glossary may still be loading: the chips wait for it
      // (a cached answer is otherwise faster than the glossary, and would come without its chips).
      await guidance.load();
      return results.map((r) => {
        const source = r.ok ? sourceOf(r.id) : undefined;
        const terms = source ? guidance.termsFor(source, to) : [];
        return r.ok && terms.length > 0 ? { ...r, terms } : r;
      });
    });
    const imageText = createImageText();
    const handleMessage = createMessageHandler({
        providerStatus: () => translation.service.status(),
        async testProvider(id) {
          await translation.ready;
          const provider = translation.providers.get(id);
          if (!provider) throw new TranslationError('unavailable', 'This provider runs in the page, not in the background.');
          try {
            const [result] = await provider.translate({ texts: ['你好，欢迎来到小红书！'], from: 'auto', to: 'en', signal: new AbortController().signal });
            // A test that works is proof enough: the provider leaves any rest or "needs setup" now.
            translation.service.health.recordSuccess(id);
            return result?.text ?? '';
          } catch (error) {
            translation.service.health.recordFailure(id, asTranslationError(error));
            throw error;
          }
        },
        cacheStats: () => translation.service.cacheStats(),
        clearCache: () => Promise.all([translation.service.clearCache(), imageText.clear()]).then(() => undefined),
        showCounts: showCountsOnBadge,
        guidance: (lang) => guidance.dictionary(lang),
        async dismissTip(id) {
          const { settings } = await loadSettings();
          if (!settings.dismissedTips.includes(id)) await updateSettings({ dismissedTips: [...settings.dismissedTips, id].slice(-200) });
        },
        async tipsOff() {
          const { settings } = await loadSettings();
          await updateSettings({ guidance: { ...settings.guidance, tips: false } });
        },
        async loadFeatures(tabId, frameId) {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ON_DEMAND_FILE] });
        },
      });
    listenForMessages(imageText.around(handleMessage));
  },
});
