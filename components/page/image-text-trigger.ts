/**
 * Image text's trigger in the content script (kept tiny: nothing of recognition or of the
 * overlay is here). When a note's media is on the page and image text is on, the overlay code is
 * loaded on demand (./image-text.ts, through the on-demand script) and given the media container.
 */
import { NOTE_MEDIA_SELECTOR, SLIDE_IMAGE_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';
import type { Detector } from '@/utils/text/language';
import type { LanguageCode } from '@/utils/languages';
import type { UnitCounts } from '@/utils/schemas/messages';
import type { TranslatorClient } from '@/utils/page/translator-client';
import type { ImageTextController } from './image-text';
import { loadOnDemand } from './on-demand';

/** Lives until `signal` ends (the content script's lifetime): then every image overlay is removed. */
export function startImageText(deps: { client: TranslatorClient; detect: Detector; to(): LanguageCode; on(): boolean; auto(): boolean }, signal: AbortSignal) {
  let controller: ImageTextController | null = null;
  let loading = false;
  const check = () => {
    const media = deps.on() ? document.querySelector(NOTE_MEDIA_SELECTOR) : null;
    if (!media || !media.querySelector(SLIDE_IMAGE_SELECTOR)) return controller?.detach();
    if (controller) return controller.attach(media);
    if (loading) return;
    loading = true;
    loadOnDemand().then(
      (features) => {
        controller = new features.ImageTextController({
          client: deps.client,
          to: deps.to,
          auto: deps.auto,
          detect: deps.detect,
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
