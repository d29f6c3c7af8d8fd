/**
 * Image text's trigger in the content script (kept tiny: nothing of recognition, of the overlay or
 * of the cover control is here). The overlay code is loaded on demand (./image-text.ts, through
 * the on-demand script) when
 * - a note's media is on the page and image text is on: the note's slides (automatic, or a button each);
 * - the pointer or the keyboard focus first reaches a feed card whose cover is a RedNote image: the
 *   control on the cover (./image-ask.ts; the feed is never read automatically);
 * - the context menu's "Translate text in this image" was chosen.
 */
import { CARD_COVER_SELECTOR, CARD_SELECTOR, NOTE_MEDIA_SELECTOR, SLIDE_IMAGE_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';
import { isImageHostUrl } from '@/utils/image-text/file-id';
import type { Detector } from '@/utils/text/language';
import type { LanguageCode } from '@/utils/languages';
import type { UnitCounts } from '@/utils/schemas/messages';
import type { TranslatorClient } from '@/utils/page/translator-client';
import type { ImageTextController } from './image-text';
import { loadOnDemand } from './on-demand';

/** Lives until `signal` ends (the content script's lifetime): then every image overlay is removed. */
export function startImageText(deps: { client: TranslatorClient; detect: Detector; to(): LanguageCode; on(): boolean; auto(): boolean }, signal: AbortSignal) {
  let controller: ImageTextController | null = null;
  let loading: Promise<ImageTextController> | null = null;
  const load = (): Promise<ImageTextController> => {
    if (controller) return Promise.resolve(controller);
    loading ??= loadOnDemand().then(
      (features) => (controller = new features.ImageTextController({ client: deps.client, to: deps.to, auto: deps.auto, enabled: deps.on, detect: deps.detect })),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const check = () => {
    // Off (the page switch, the setting): every image overlay goes, the asked-for ones too.
    if (!deps.on()) return controller?.detach(true);
    const media = document.querySelector(NOTE_MEDIA_SELECTOR);
    if (!media || !media.querySelector(SLIDE_IMAGE_SELECTOR)) return controller?.detach();
    if (controller) return controller.attach(media);
    load().then(check, () => undefined);
  };

  // Feed covers: the first card with a RedNote-hosted cover under the pointer or the focus loads
  // the overlay code, whose control (./image-ask.ts) then follows the pointer and the focus itself.
  const covers = new AbortController();
  const onCard = (event: Event) => {
    const card = deps.on() && event.target instanceof Element ? event.target.closest(CARD_SELECTOR) : null;
    const img = card?.querySelector<HTMLImageElement>(`${CARD_COVER_SELECTOR} img`);
    if (!card || !img || !isImageHostUrl(img.currentSrc || img.src)) return;
    covers.abort();
    load().then(
      (c) => c.offerCover(card),
      () => undefined,
    );
  };
  for (const type of ['pointerover', 'focusin']) document.addEventListener(type, onCard, { capture: true, passive: true, signal: AbortSignal.any([signal, covers.signal]) });

  /** The context menu's "Translate text in this image": false when that image is not on the page (any more). */
  const translateImage = (url: string, point: { x: number; y: number } | null): Promise<boolean> => load().then((c) => c.translateImage(url, point));

  /** The page's unit counts with the image units added (the popup's figures). */
  const withImages = (counts: UnitCounts): UnitCounts => {
    const images = controller?.counts();
    if (!images) return counts;
    return { translated: counts.translated + images.translated, waiting: counts.waiting + images.waiting, failed: counts.failed + images.failed, cached: counts.cached + images.cached };
  };
  signal.addEventListener('abort', () => controller?.stop(), { once: true });
  return { check, withImages, translateImage };
}
