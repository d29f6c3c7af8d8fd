/**
 * Red Thread's background (a service worker in Chrome, an event page in Firefox): wiring only.
 * - translation: the one TranslationService (providers, cache, limits, fallback)
 * - guidance: glossary chips on translations, the site's labels and tips for pages
 * - ports: content scripts' translation requests (slang chips added by guidance on the way back)
 * - messages: one-shot requests from content scripts and from the extension's own pages,
 *   answered by the modules above (utils/messaging.ts types both sides)
 * - image-text: text in RedNote's images, read on this computer (Chrome's offscreen document, Firefox's event page), cached by file id
 * - features: the on-demand script (composer, selection box), injected into a tab that asks
 * - welcome: the welcome page on first install
 * - keys: moved out of storage.local into the extension origin's IndexedDB on start (utils/storage/secrets.ts)
 * - commands: the keyboard shortcuts (page on/off, display mode)
 * - selection-menu: "Translate selection with Red Thread" and "Translate text in this image" in the context menu
 */
import { listenForMessages } from '@/utils/messaging';
import { migrateSecrets } from '@/utils/storage/secrets';
import { dismissTip, turnTipsOff } from '@/utils/storage/settings-store';
import { showCountsOnBadge } from './badge';
import { listenForCommands, runCommand } from './commands';
import { injectOnDemand } from './features';
import { Guidance } from './guidance';
import { createImageText } from './image-text';
import { createMessageHandler } from './messages';
import { listenForTranslationPorts } from './ports';
import { onImageMenuClicked, onSelectionMenuClicked, registerSelectionMenu } from './selection-menu';
import { repairSettingsOnStart } from './settings-repair';
import { createBackgroundTranslation } from './translation';
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
    const imageText = createImageText();
    Object.assign(globalThis, {
      redThread: Object.freeze({ runCommand, onSelectionMenuClicked, onImageMenuClicked, listening: () => commandsWired() && menuWired(), imageReads: imageText.reads }),
    });
    void repairSettingsOnStart();
    // Keys still in storage.local (where content scripts could read them) move to the extension's own IndexedDB now.
    migrateSecrets().catch(() => undefined); // no IndexedDB here: a provider that needs its key says so when used
    const guidance = new Guidance();
    void guidance.load();
    const translation = createBackgroundTranslation((texts, to) => guidance.promptHints(texts, to));
    listenForTranslationPorts(translation, (results, sourceOf, to) => (translation.settings().guidance.glossary ? guidance.withChips(results, sourceOf, to) : results));
    listenForMessages(
      createMessageHandler({
        providerStatus: () => translation.service.status(),
        testProvider: (id) => translation.testProvider(id),
        cacheStats: () => translation.service.cacheStats(),
        clearCache: () => Promise.all([translation.service.clearCache(), imageText.clear()]).then(() => undefined),
        showCounts: showCountsOnBadge,
        guidance: (lang) => guidance.dictionary(lang),
        dismissTip,
        tipsOff: turnTipsOff,
        loadFeatures: injectOnDemand,
        readImage: imageText.read,
        cancelImages: imageText.cancel,
        imageReaderLoaded: imageText.loaded,
      }),
    );
  },
});
