/**
 * Red Thread's content script on RedNote (both hosts): wiring only. Every part lives until the
 * content script's lifetime ends (utils/page/lifetime.ts, from WXT's ctx.signal) and cleans up after itself.
 *
 * Map of the parts:
 * - settings        read from storage.sync, kept fresh; the page switch (popup) on top
 * - PageWatcher     the one MutationObserver, coalesced per animation frame (utils/dom/)
 * - NearViewport    which units are on or near the screen (utils/dom/)
 * - UnitController  every unit's life: decide, ask, show, reconcile, remove (utils/page/units.ts)
 * - TranslatorClient the translation port to the background, one message per frame (utils/page/)
 * - OnDeviceRoute   Chrome's on-device translator, tried first when it is the chosen provider (utils/page/;
 *                   its code is loaded with the on-demand script, components/page/on-device-loader.ts)
 * - Overlay         the translation block beside each unit (components/page/overlay.ts)
 * - PageStyle       the page-level stylesheet: replace mode, page switch (utils/page/)
 * - badge counts    the tab's counts to the background, a few times a second (utils/page/badge-counts.ts)
 * - GuidanceController the site's labels explained on hover, etiquette tips on their triggers
 *                   (components/page/guidance.ts; triggers in utils/guidance/triggers.ts)
 * - composer        the comment box's trigger; the session is loaded on first use (components/page/)
 * - image text      the open note's images: their text read in the extension and its translation laid over
 *                   each image; a small trigger here, the overlay loaded on first use (components/page/image-text*.ts)
 * - SelectionTranslator the context menu's "Translate selection": a box next to the selection (loaded on first use);
 *                   its "Translate text in this image" goes to image text
 * - PageToast       a short message after a keyboard shortcut (page on/off, display mode)
 * - tab requests    the popup's status / switch / retry, the shortcuts' and the menu's requests
 *                   (utils/page/tab-requests.ts, typed by utils/messaging.ts)
 */
import { GuidanceController, type GuidanceSettings } from '@/components/page/guidance';
import { startComposer } from '@/components/page/composer-trigger';
import { startImageText } from '@/components/page/image-text-trigger';
import { loadOnDemand } from '@/components/page/on-demand';
import { lazyOnDeviceRoute } from '@/components/page/on-device-loader';
import { Overlay } from '@/components/page/overlay';
import type { SelectionTranslator } from '@/components/page/selection';
import { PageToast } from '@/components/page/toast';
import { browser } from '@/utils/browser';
import { NearViewport } from '@/utils/dom/near-viewport';
import { PageWatcher } from '@/utils/dom/page-watcher';
import { OWN_ELEMENTS_SELECTOR } from '@/utils/dom/tags';
import { triggersAfterTranslation } from '@/utils/guidance/triggers';
import { t } from '@/utils/i18n/t';
import { languageFromLocale } from '@/utils/languages';
import { askBackground, errorReply } from '@/utils/messaging';
import { badgeCountsReporter } from '@/utils/page/badge-counts';
import { blockLabels } from '@/utils/page/labels';
import { pageLifetime } from '@/utils/page/lifetime';
import { PageStyle } from '@/utils/page/page-style';
import { listenForTabRequests } from '@/utils/page/tab-requests';
import { TranslatorClient } from '@/utils/page/translator-client';
import { UnitController, type PageSettings } from '@/utils/page/units';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/schemas/settings';
import { SITE_MATCHES } from '@/utils/sites/hosts';
import { SCROLL_ROOT_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';
import type { Detector } from '@/utils/text/language';
import { loadSettings, watchSettings } from '@/utils/storage/settings-store';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // WXT tells an older copy of this script that a newer one started with a DOM event (kept) and,
  // by default, also with window.postMessage to the page: the site's own message listeners would
  // see it, and the post was measured at about 10 ms of the script's cold evaluation (bench eval:
  // renderer CPU, median 28.7 → 17.4 ms on the busy machine). WXT says this will become its default.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let backgroundVersion: string | null = null;
    let settings: Settings = DEFAULT_SETTINGS;
    /** The popup's "This page" switch; null until the user touches it (then the site rule applies). */
    let pageSwitch: boolean | null = null;

    const pageSettings = (): PageSettings => ({
      to: settings.targetLanguage ?? languageFromLocale(browser.i18n.getUILanguage()),
      mode: settings.displayMode,
      kinds: settings.translate,
      enabled: pageSwitch ?? settings.sites[location.hostname] !== 'never',
      glossary: settings.guidance.glossary,
    });

    // A copy of this script from before an update or reload may have left its elements behind
    // (Firefox injects the new copy and silences the old one without letting it clean up).
    for (const el of document.querySelectorAll(OWN_ELEMENTS_SELECTOR)) el.remove();

    // Every part below ends with this lifetime and removes what it added.
    const { signal, gone } = pageLifetime(ctx.signal);
    try {
      settings = (await loadSettings()).settings;
    } catch {
      // unreadable storage: defaults
    }
    if (gone()) return;

    const style = new PageStyle(signal);
    // The browser's language detector (CLD), for the texts whose script alone does not decide (utils/text).
    const detect: Detector = async (text) => {
      const result = await browser.i18n.detectLanguage(text);
      const top = result.languages[0];
      return top ? { language: top.language, reliable: result.isReliable } : null;
    };
    // Chrome's on-device Translator (on windows, the page's included; Firefox has none), loaded when chosen.
    const onDevice = lazyOnDeviceRoute(() => settings.provider === 'chrome', signal);
    const client = new TranslatorClient((results) => controller.onResults(results), gone, onDevice, signal);
    const nearby = new NearViewport((el, near, rect) => controller.onNear(el, near, rect), SCROLL_ROOT_SELECTOR, signal);
    const watcher = new PageWatcher(document.body, (changes) => {
      if (gone()) return;
      controller.onChanges(changes);
      imageText.check();
    });
    const controller: UnitController = new UnitController(
      pageSettings(),
      {
        client,
        detect,
        labels: (unit) => blockLabels(unit.detected, unit.provider),
        overlay: (kind, unitId, onAction) => new Overlay(kind, unitId, onAction),
        onCounts: badgeCountsReporter(signal),
        afterWrite: () => watcher.discardOwnRecords(),
        onTranslated: (kind, detected) => {
          for (const trigger of triggersAfterTranslation(kind, detected)) guidance.trigger(trigger);
        },
        signal,
      },
      nearby,
    );
    style.setEnabled(pageSettings().enabled);
    const guidanceSettings = (): GuidanceSettings => ({
      lang: pageSettings().to,
      labels: settings.guidance.labels,
      tips: settings.guidance.tips,
      dismissed: settings.dismissedTips,
      enabled: pageSettings().enabled,
    });
    const guidance = new GuidanceController(guidanceSettings(), signal);
    guidance.trigger('first-visit');

    const apply = () => {
      const next = pageSettings();
      style.setEnabled(next.enabled);
      controller.update(next);
      guidance.update(guidanceSettings());
      imageText.check();
    };
    watchSettings((next) => {
      settings = next;
      onDevice.refresh();
      apply();
    }, signal);

    const imageText = startImageText({ client, detect, to: () => pageSettings().to, on: () => pageSettings().enabled && settings.imageText.enabled, auto: () => settings.imageText.auto }, signal);

    const toast = new PageToast(signal);
    // The selection box is loaded the first time the menu is used; where the menu was opened is
    // remembered here, since that event comes before the box's code is there.
    let selection: SelectionTranslator | null = null;
    let menuPoint: { x: number; y: number } | null = null;
    const onContextMenu = (event: MouseEvent) => {
      menuPoint = { x: event.clientX, y: event.clientY };
    };
    document.addEventListener('contextmenu', onContextMenu, { capture: true, passive: true, signal });
    const translateSelection = async (text: string) => {
      const point = menuPoint;
      const { SelectionTranslator } = await loadOnDemand();
      if (signal.aborted) return;
      selection ??= new SelectionTranslator({ client, to: () => pageSettings().to, signal });
      selection.show(text, point);
    };

    listenForTabRequests(
      {
        async 'page.setEnabled'(request) {
          pageSwitch = request.enabled;
          apply();
          if (request.announce) toast.show(t(request.enabled ? 'toastPageOn' : 'toastPageOff'));
          return { ok: true };
        },
        async 'display.announce'(request) {
          toast.show(t(request.mode === 'replace' ? 'toastDisplayReplace' : 'toastDisplayBilingual'));
          return { ok: true };
        },
        async 'selection.translate'(request) {
          await translateSelection(request.text);
          return { ok: true };
        },
        async 'image.translate'(request) {
          if (!pageSettings().enabled || !settings.imageText.enabled) return errorReply('off', 'Red Thread or image text is off on this page.');
          if (await imageText.translateImage(request.url, menuPoint)) return { ok: true };
          toast.show(t('imageTextNotHere'));
          return errorReply('not-found', 'The image is not on the page.');
        },
        async retryFailed() {
          controller.retryFailed();
          return { ok: true };
        },
        status: async () => ({ ok: true, href: location.href, backgroundVersion, enabled: pageSettings().enabled, counts: imageText.withImages(controller.counts()) }),
      },
      signal,
    );

    watcher.start(signal);
    controller.scan(document);
    imageText.check();
    startComposer(
      {
        client,
        watcher,
        userLanguage: () => pageSettings().to,
        enabled: () => pageSettings().enabled,
        tipsEnabled: () => settings.guidance.tips,
        tipFor: (trigger, audience) => guidance.tipFor(trigger, audience),
      },
      signal,
    );

    // The background unreachable (extension reloading): stay quiet on the page.
    const ping = await askBackground({ type: 'ping' });
    if (ping.ok) backgroundVersion = ping.value.version;
  },
});
