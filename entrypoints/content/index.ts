/**
 * Red Thread's content script on RedNote (both hosts): wiring only.
 *
 * Map of the parts:
 * - settings      read from storage.sync, kept fresh; the page switch (popup) on top
 * - PageWatcher   the one MutationObserver, coalesced per animation frame
 * - NearViewport  which units are on or near the screen
 * - UnitController every unit's life: decide, ask, show, reconcile, remove
 * - TranslatorClient the translation port to the background (one message per frame)
 * - OnDeviceRoute  Chrome's on-device translator, tried first when it is the chosen provider
 * - PageStyle     the page-level stylesheet (replace mode, page switch)
 * - GuidanceController the site's labels explained on hover, etiquette tips on their triggers
 * - SelectionTranslator the context menu's "Translate selection": a box next to the selection (loaded on first use)
 * - PageToast     a short message after a keyboard shortcut (page on/off, display mode)
 * - messages      the popup's status / switch / retry requests, the shortcuts' and the menu's
 *                 requests from the background; counts to the background (badge)
 */
import { browser } from '@/utils/browser';
import { languageFromLocale } from '@/utils/languages';
import { listenForMessages } from '@/utils/messaging';
import { NearViewport } from '@/utils/dom/near-viewport';
import { PageWatcher } from '@/utils/dom/page-watcher';
import { pingReplySchema, tabRequestSchema, type TabStatusReply, type UnitCounts } from '@/utils/schemas/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/schemas/settings';
import { SITE_MATCHES } from '@/utils/sites/hosts';
import { SCROLL_ROOT_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';
import { loadSettings, watchSettings } from '@/utils/storage/settings-store';
import { realClock } from '@/utils/translation/clock';
import { OnDeviceTranslator, findTranslator } from '@/utils/translation/on-device';
import { GuidanceController, type GuidanceSettings } from './guidance';
import { startComposer } from './composer';
import { blockLabels } from './labels';
import { t } from '@/utils/i18n/t';
import { PageStyle } from './page-style';
import { OnDeviceRoute } from './on-device-route';
import type { SelectionTranslator } from '../on-demand/selection';
import { COMPOSER_TAG, SELECTION_TAG } from '../on-demand/tags';
import { loadOnDemand } from './on-demand';
import { PageToast, TOAST_TAG } from './toast';
import { TranslatorClient } from './translator-client';
import { UnitController, type PageSettings } from './units';
import { startImageText } from './image-text';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
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
    removeLeftovers();

    try {
      settings = (await loadSettings()).settings;
    } catch {
      // unreadable storage: defaults
    }
    if (contextGone()) return;

    const style = new PageStyle();
    let countsTimer: ReturnType<typeof setTimeout> | undefined;
    let latestCounts: UnitCounts | null = null;
    // Whether the extension went away (updated, reloaded, removed) is checked when the port drops
    // and on each page change; then this copy goes quiet and removes what it added (teardown below).
    const gone = () => {
      if (!contextGone()) return false;
      teardown();
      return true;
    };
    // Chrome exposes its on-device Translator on windows, the page's included (Firefox has none).
    const onDevice = new OnDeviceRoute(new OnDeviceTranslator({ factory: findTranslator(globalThis), clock: realClock }), () => settings.provider === 'chrome', realClock);
    const client = new TranslatorClient((results) => controller.onResults(results), gone, onDevice);
    const nearby = new NearViewport((el, near, rect) => controller.onNear(el, near, rect), SCROLL_ROOT_SELECTOR);
    const watcher = new PageWatcher(document.body, (changes) => {
      if (gone()) return;
      controller.onChanges(changes);
      imageText.check();
    });
    const controller: UnitController = new UnitController(
      pageSettings(),
      {
        client,
        detect: async (text) => {
          const result = await browser.i18n.detectLanguage(text);
          const top = result.languages[0];
          return top ? { language: top.language, reliable: result.isReliable } : null;
        },
        labels: (unit) => blockLabels(unit.detected, unit.provider),
        onCounts: (counts) => {
          // The badge follows, at most a few times a second.
          latestCounts = counts;
          countsTimer ??= setTimeout(() => {
            countsTimer = undefined;
            if (latestCounts) browser.runtime.sendMessage({ type: 'counts', counts: latestCounts }).catch(() => undefined);
          }, 300);
        },
        afterWrite: () => watcher.discardOwnRecords(),
        onTranslated: (kind, detected) => {
          if (kind === 'noteBody' || kind === 'comment') {
            guidance.trigger('date-location-line');
            guidance.trigger('follow-save-message');
            guidance.trigger('official-accounts');
          }
          if (detected.toLowerCase().startsWith('en')) guidance.trigger('english-post-for-chinese-reader');
        },
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
    const guidance = new GuidanceController(guidanceSettings());
    guidance.trigger('first-visit');

    const apply = () => {
      const next = pageSettings();
      style.setEnabled(next.enabled);
      controller.update(next);
      guidance.update(guidanceSettings());
      imageText.check();
    };
    const stopWatchingSettings = watchSettings((next) => {
      settings = next;
      onDevice.refresh();
      apply();
    });

    const toast = new PageToast();
    // The selection box is loaded the first time the menu is used; where the menu was opened is
    // remembered here, since that event comes before the box's code is there.
    let selection: SelectionTranslator | null = null;
    let menuPoint: { x: number; y: number } | null = null;
    const onContextMenu = (event: MouseEvent) => {
      menuPoint = { x: event.clientX, y: event.clientY };
    };
    document.addEventListener('contextmenu', onContextMenu, { capture: true, passive: true });
    const translateSelection = async (text: string) => {
      const point = menuPoint;
      const { SelectionTranslator } = await loadOnDemand();
      if (tornDown) return;
      selection ??= new SelectionTranslator({ client, to: () => pageSettings().to });
      selection.show(text, point);
    };

    const stopListening = listenForMessages((message) => {
      const parsed = tabRequestSchema.safeParse(message);
      if (!parsed.success) return undefined;
      const request = parsed.data;
      if (request.type === 'page.setEnabled') {
        pageSwitch = request.enabled;
        apply();
        if (request.announce) toast.show(t(request.enabled ? 'toastPageOn' : 'toastPageOff'));
        return Promise.resolve({ ok: true });
      }
      if (request.type === 'display.announce') {
        toast.show(t(request.mode === 'replace' ? 'toastDisplayReplace' : 'toastDisplayBilingual'));
        return Promise.resolve({ ok: true });
      }
      if (request.type === 'selection.translate') {
        return translateSelection(request.text).then(() => ({ ok: true }));
      }
      if (request.type === 'retryFailed') {
        controller.retryFailed();
        return Promise.resolve({ ok: true });
      }
      const reply: TabStatusReply = { ok: true, href: location.href, backgroundVersion, enabled: pageSettings().enabled, counts: imageText.withImages(controller.counts()) };
      return Promise.resolve(reply);
    });

    const imageText = startImageText({ client, to: () => pageSettings().to, on: () => pageSettings().enabled && settings.imageText.enabled, auto: () => settings.imageText.auto });
    watcher.start();
    controller.scan(document);
    imageText.check();
    const stopComposer = startComposer({ client, userLanguage: () => pageSettings().to, enabled: () => pageSettings().enabled, tipsEnabled: () => settings.guidance.tips, tipFor: (trigger, audience) => guidance.tipFor(trigger, audience) });

    // When the extension is updated or reloaded, this copy goes quiet and leaves no trace.
    let tornDown = false;
    const teardown = () => {
      if (tornDown) return;
      tornDown = true;
      stopComposer();
      imageText.stop();
      watcher.stop();
      nearby.disconnect();
      controller.destroy();
      client.close();
      onDevice.close();
      style.remove();
      guidance.destroy();
      selection?.destroy();
      document.removeEventListener('contextmenu', onContextMenu, true);
      toast.destroy();
      stopWatchingSettings();
      stopListening();
      clearTimeout(countsTimer);
    };
    // WXT also signals "a newer copy started" through an event on the page's document, which the
    // page itself could forge to switch Red Thread off. Only a context that is really gone counts.
    ctx.onInvalidated(() => {
      if (contextGone()) teardown();
    });

    try {
      const reply = pingReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'ping' }));
      if (reply.success) backgroundVersion = reply.data.version;
    } catch {
      // The background is unreachable (extension reloading): stay quiet on the page.
    }
  },
});

/** Red Thread's own elements, as an earlier copy of this script may have left them. */
function removeLeftovers(): void {
  for (const el of document.querySelectorAll(`red-thread-overlay, red-thread-image-text, red-thread-float, ${COMPOSER_TAG}, ${SELECTION_TAG}, ${TOAST_TAG}, style[data-red-thread]`)) el.remove();
}

/** True once this copy's extension context is gone (the extension was updated, reloaded or removed). */
function contextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
