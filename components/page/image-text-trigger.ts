/**
 * Image text's trigger in the content script (kept tiny: nothing of recognition or of the
 * overlay is here). When a note's media is on the page and image text is on, the overlay code is
 * loaded on demand (./image-text.ts, through the on-demand script) and given the media container.
 */
import { browser } from '@/utils/browser';
import type { LanguageCode } from '@/utils/languages';
import type { UnitCounts } from '@/utils/schemas/messages';
import type { TranslatorClient } from '@/utils/page/translator-client';
import type { ImageTextController } from './image-text';
import { loadOnDemand } from './on-demand';

const MEDIA = '.note-container .media-container, .note-detail-mask .media-container, #noteContainer .media-container';

/** Lives until `signal` ends (the content script's lifetime): then every image overlay is removed. */
export function startImageText(deps: { client: TranslatorClient; to(): LanguageCode; on(): boolean; auto(): boolean }, signal: AbortSignal) {
  let controller: ImageTextController | null = null;
  let loading = false;
  const check = () => {
    const media = deps.on() ? document.querySelector(MEDIA) : null;
    if (!media || !media.querySelector('img.note-slider-img')) return controller?.detach();
    if (controller) return controller.attach(media);
    if (loading) return;
    loading = true;
    loadOnDemand().then(
      (features) => {
        controller = new features.ImageTextController({
          client: deps.client,
          to: deps.to,
          auto: deps.auto,
          detect: async (text) => {
            const result = await browser.i18n.detectLanguage(text);
            const top = result.languages[0];
            return top ? { language: top.language, reliable: result.isReliable } : null;
          },
        });
        check();
      },
      () => (loading = false),
    );
  };
  /** The page's unit counts with the image units added (the popup's figures). */
  const withImages = (counts: UnitCounts): UnitCounts => {
    const images = controller?.counts();
    if (!images) return counts;
    return { translated: counts.translated + images.translated, waiting: counts.waiting + images.waiting, failed: counts.failed + images.failed, cached: counts.cached + images.cached };
  };
  signal.addEventListener('abort', () => controller?.detach(), { once: true });
  return { check, withImages };
}
