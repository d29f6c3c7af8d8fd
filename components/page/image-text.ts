/**
 * Image text on the page: each carousel image of the open note gets its recognised text's
 * translations laid over it, in boxes of about the same place and size. Recognition runs in the
 * extension (entrypoints/background/image-text.ts); this only asks, filters, translates through
 * the page's translation port, and places boxes.
 *
 * Per image: idle (on request: a button) -> reading (quiet progress mark; "loading the text
 * reader" the first time) -> translating -> shown (flip control, list of lines) | nothing (no
 * text) | failed (short reason + Retry on that image only). The overlay is a sibling of the <img>
 * inside its slide, absolutely positioned over it: it moves with the slide, and changes nothing
 * of the site's own elements. Vue may drop it: attach() puts it back.
 *
 * Any other image is read only when the reader asks (`request`: a feed cover's control, the
 * context menu): its overlay goes right after an anchor the trigger chooses (the card's cover
 * link, the link around the image), positioned over the image's box.
 *
 * When the note closes, its images' reads still waiting in the background are dropped
 * (`image.cancel`) and translations still on their way are cancelled.
 */
import { t } from '@/utils/i18n/t';
import type { LanguageCode } from '@/utils/languages';
import type { ImageBlock } from '@/utils/image-text/messages';
import { askBackground } from '@/utils/messaging';
import { imageFileId, isImageHostUrl } from '@/utils/image-text/file-id';
import { skipReason } from '@/utils/image-text/filter';
import { placement, scaleBox, type ObjectFit } from '@/utils/image-text/scale';
import { CARD_COVER_SELECTOR, CARD_SELECTOR, SLIDE_IMAGE_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';
import { containingBlock, relativeTo } from '@/utils/dom/card-placement';
import type { Detector } from '@/utils/text/language';
import type { SegmentResult } from '@/utils/schemas/messages';
import type { TranslatorClient } from '@/utils/page/translator-client';
import { IMAGE_TEXT_TAG, renderImageOverlay, type OverlayView } from './image-overlay';
import { CoverAsk } from './image-ask';

export interface ImageTextDeps {
  client: Pick<TranslatorClient, 'translateOnce'>;
  to(): LanguageCode;
  /** Read as soon as an image is shown (else: a button on each image). */
  auto(): boolean;
  /** Image text is on for this page (the cover control shows only then). */
  enabled?(): boolean;
  detect?: Detector;
}

interface Translated {
  block: ImageBlock;
  /** null: not sent (already in the reader's language, a number, the watermark). */
  result: SegmentResult | null;
}

interface ImageState {
  /** The image: an <img>, or an element showing it as its background. */
  img: HTMLElement;
  /** The overlay goes right after this: the image itself on a slide, else what the trigger chose. */
  anchor: Element;
  /** Asked for by the reader (not one of the open note's slides): kept when the note closes. */
  single: boolean;
  /** Ends the image's translations still on their way (the note closed). */
  abort: AbortController;
  src: string;
  phase: 'idle' | 'reading' | 'translating' | 'done' | 'failed';
  firstLoad: boolean;
  error: string;
  natural: { width: number; height: number };
  items: Translated[];
  showOriginal: boolean;
  cached: boolean;
  readMs: number;
  host: HTMLElement | null;
  generation: number;
}

/** An image not read yet: a slide of the open note, or one image asked for on its own (`single`: a cover, the menu). */
function newImageState(img: ImageState['img'], anchor: Element, src: string, single: boolean, generation: number): ImageState {
  return {
    img,
    anchor,
    single,
    abort: new AbortController(),
    src,
    phase: 'idle',
    firstLoad: false,
    error: '',
    natural: { width: 0, height: 0 },
    items: [],
    showOriginal: false,
    cached: false,
    readMs: 0,
    host: null,
    generation,
  };
}

/** Slides read ahead of the one shown. */
const LOOK_AHEAD = 2;

export class ImageTextController {
  private media: Element | null = null;
  private readonly states = new Map<HTMLElement, ImageState>();
  /** The open note's slides, in order (look-ahead). */
  private slides: HTMLElement[] = [];
  private observer: IntersectionObserver | null = null;
  private modelsLoaded = false;
  private covers: CoverAsk | null = null;

  /** The slide the reader is looking at (the last one that came into view). */
  private shown: HTMLElement | null = null;
  /**
   * The slides in view. The overlays of the others are inert: out of the Tab order and of the
   * accessibility tree. Focus on a control of a slide out of view would make the browser scroll the
   * carousel half-way to it, under a counter that still names the slide before.
   */
  private readonly inView = new Set<HTMLElement>();
  /** "T" (no modifier, not while typing) flips the slide in view between translation and original. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 't' && event.key !== 'T') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const state = this.shown && this.states.get(this.shown);
    if (state?.phase !== 'done' || !state.items.some((i) => i.result)) return;
    state.showOriginal = !state.showOriginal;
    this.render(state);
  };

  constructor(private readonly deps: ImageTextDeps) {}

  /** The note's media container is (still) on the page: track its slides, reconcile overlays. */
  attach(media: Element): void {
    if (media !== this.media) {
      this.detach();
      this.media = media;
      document.addEventListener('keydown', this.onKey, true);
      this.observer = new IntersectionObserver((entries) => this.onVisible(entries), { threshold: 0.6 });
    }
    // Only RedNote's own images (the background reads nothing else); swiper's loop copies are skipped.
    const images = [...media.querySelectorAll<HTMLImageElement>(SLIDE_IMAGE_SELECTOR)].filter((img) => !img.closest('.swiper-slide-duplicate') && isImageHostUrl(img.currentSrc || img.src));
    this.slides = images;
    for (const img of images) {
      let state = this.states.get(img);
      const src = img.currentSrc || img.src;
      if (!state || state.src !== src || state.single) {
        if (state) this.forget(state);
        state = newImageState(img, img, src, false, (state?.generation ?? 0) + 1);
        this.states.set(img, state);
        this.observer!.observe(img);
      }
      if (state.host && (!state.host.isConnected || state.host.previousElementSibling !== img)) img.after(state.host);
    }
    for (const [img, state] of this.states) {
      if (!state.single && !(images as HTMLElement[]).includes(img)) this.forget(state);
    }
  }

  /** A feed card with a RedNote-hosted cover was reached (pointer or focus): its control shows, and follows from now on. */
  offerCover(card: Element): void {
    this.covers ??= new CoverAsk(
      ({ img, cover, url }) => this.request(img, cover, url),
      () => this.deps.enabled?.() ?? true,
    );
    this.covers.show(card);
  }

  /**
   * The context menu's "Translate text in this image": the image with that address (an <img>, or
   * an element showing it as background under the point where the menu was opened). False when
   * it is not on the page (any more).
   */
  translateImage(url: string, point: { x: number; y: number } | null): boolean {
    let target: HTMLElement | undefined = [...document.images].find((img) => (img.currentSrc || img.src) === url);
    if (!target && point) target = document.elementsFromPoint(point.x, point.y).find((el): el is HTMLElement => el instanceof HTMLElement && getComputedStyle(el).backgroundImage.includes(url));
    if (!target) return false;
    // A slide of the open note: its own place. On a card: after the cover link (as the cover's
    // control does). Elsewhere: after the link around the image, or the image itself.
    const slide = this.slides.includes(target);
    const cover = target.closest(CARD_SELECTOR) ? target.closest(CARD_COVER_SELECTOR) : null;
    const anchor = slide ? target : (cover ?? target.closest('a') ?? target);
    if (cover) this.covers?.markAsked(cover);
    this.request(target, anchor, url);
    return true;
  }

  /** The content script's lifetime ended: everything goes, listeners too. */
  stop(): void {
    this.detach(true);
    this.covers?.stop();
    this.covers = null;
  }

  /** One image the reader asked for (a feed cover's control, the context menu): read now, whatever the mode. */
  request(img: HTMLElement, anchor: Element, url: string): void {
    let state = this.states.get(img);
    if (!state || state.src !== url) {
      if (state) this.forget(state);
      state = newImageState(img, anchor, url, true, 0);
      this.states.set(img, state);
    }
    // A slide of the open note (it was skipped for being on request): its own place.
    if (this.slides.includes(img)) state.single = false;
    if (state.phase === 'idle' || state.phase === 'failed') void this.read(state);
    else this.render(state);
  }

  /** Image units for the popup's figures: translated blocks, images being read, failures. */
  counts(): { translated: number; waiting: number; failed: number; cached: number } {
    const c = { translated: 0, waiting: 0, failed: 0, cached: 0 };
    for (const state of this.states.values()) {
      if (state.phase === 'reading' || state.phase === 'translating') c.waiting += 1;
      else if (state.phase === 'failed') c.failed += 1;
      for (const item of state.items) {
        if (item.result?.ok) {
          c.translated += 1;
          if (item.result.cached) c.cached += 1;
        } else if (item.result) c.failed += 1;
      }
    }
    return c;
  }

  /**
   * The note closed: its overlays removed, its reads still waiting dropped, its translations
   * cancelled. `all`: the images asked for too (Red Thread off for the page, or gone); else those
   * stay while they are on the page.
   */
  detach(all = false): void {
    if (this.media) {
      this.observer?.disconnect();
      this.observer = null;
      this.shown = null;
      this.slides = [];
      document.removeEventListener('keydown', this.onKey, true);
      this.media = null;
    }
    const waiting: string[] = [];
    for (const state of this.states.values()) {
      if (all || !state.single || !state.img.isConnected) {
        if (state.phase === 'reading') waiting.push(state.src);
        this.forget(state);
      }
    }
    if (all) this.covers?.hide();
    if (waiting.length > 0) void askBackground({ type: 'image.cancel', urls: waiting.slice(0, 50) });
  }

  private forget(state: ImageState): void {
    state.generation += 1;
    state.abort.abort();
    state.host?.remove();
    this.observer?.unobserve(state.img);
    this.inView.delete(state.img);
    if (this.states.get(state.img) === state) this.states.delete(state.img);
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const img = entry.target as HTMLElement;
      if (entry.isIntersecting) this.inView.add(img);
      else this.inView.delete(img);
      const host = this.states.get(img)?.host;
      if (host) host.inert = !this.inView.has(img);
      if (!entry.isIntersecting) continue;
      this.shown = img;
      this.show(img);
      // The next two slides are prepared while this one is looked at (one at a time: the reader
      // works through its queue), so flipping through a note finds them ready.
      const at = this.slides.indexOf(img);
      if (this.deps.auto() && at >= 0)
        for (const next of this.slides.slice(at + 1, at + 1 + LOOK_AHEAD)) {
          const state = this.states.get(next);
          if (state) void this.read(state);
        }
    }
  }

  private show(img: HTMLElement): void {
    const state = this.states.get(img);
    if (!state) return;
    if (state.phase === 'idle' && this.deps.auto()) void this.read(state);
    else this.render(state);
  }

  private async read(state: ImageState): Promise<void> {
    if (state.phase !== 'idle' && state.phase !== 'failed') return;
    const generation = ++state.generation;
    const current = () => state.generation === generation && this.states.get(state.img) === state;
    state.phase = 'reading';
    state.error = '';
    state.firstLoad = false;
    this.render(state);
    if (!this.modelsLoaded) {
      const reply = await askBackground({ type: 'image.state' });
      this.modelsLoaded = reply.ok && reply.value.loaded;
      if (!current()) return;
      state.firstLoad = !this.modelsLoaded;
      this.render(state);
    }
    const answer = await askBackground({ type: 'image.read', url: state.src });
    if (!current()) return;
    if (!answer.ok) {
      state.phase = 'failed';
      // The background's own reasons are short and meant for the reader; a lost or malformed answer is not.
      state.error = answer.code === 'unreachable' || answer.code === 'bad-reply' ? t('imageTextUnavailable') : answer.message;
      this.render(state);
      return;
    }
    const result = answer.value;
    this.modelsLoaded = true;
    state.natural = { width: result.width, height: result.height };
    state.cached = result.cached;
    state.readMs = result.ms;
    state.phase = 'translating';
    this.render(state);
    const to = this.deps.to();
    const items = await Promise.all(
      result.blocks.map(async (block): Promise<Translated> => {
        const skip = await skipReason(block.text, to, this.deps.detect);
        if (skip) return { block, result: null };
        return { block, result: await this.deps.client.translateOnce(block.text, to, false, undefined, state.abort.signal) };
      }),
    );
    if (!current()) return;
    state.items = items;
    state.phase = 'done';
    this.render(state);
  }

  private async retryTranslations(state: ImageState): Promise<void> {
    const generation = state.generation;
    const to = this.deps.to();
    state.items = await Promise.all(state.items.map(async (item) => (item.result && !item.result.ok ? { ...item, result: await this.deps.client.translateOnce(item.block.text, to, true) } : item)));
    if (state.generation === generation) this.render(state);
  }

  private render(state: ImageState): void {
    const { img, anchor } = state;
    if (!img.isConnected) return;
    state.host ??= document.createElement(IMAGE_TEXT_TAG);
    if (!state.host.isConnected || state.host.previousElementSibling !== anchor) anchor.after(state.host);
    // A slide's overlay is inert while the slide is out of view (see inView); a single image's never.
    state.host.inert = !state.single && !this.inView.has(img);
    const shown = { width: img.offsetWidth, height: img.offsetHeight };
    const style = getComputedStyle(img);
    const fit = (img instanceof HTMLImageElement ? style.objectFit || 'fill' : /^(cover|contain)$/.test(style.backgroundSize) ? style.backgroundSize : 'fill') as ObjectFit;
    const where = placement(state.natural, shown, fit);
    let frame = { left: img.offsetLeft, top: img.offsetTop, width: shown.width, height: shown.height };
    if (anchor !== img) {
      // Placed against whatever holds the anchor (a feed card is transformed): measured, not offset*.
      const block = containingBlock(state.host.parentElement!);
      const origin = block.getBoundingClientRect();
      const box = relativeTo(img.getBoundingClientRect(), { top: origin.top + block.clientTop, left: origin.left + block.clientLeft });
      frame = { left: box.left, top: box.top, width: shown.width, height: shown.height };
    }
    const view: OverlayView = {
      frame,
      phase: state.phase,
      firstLoad: state.firstLoad,
      error: state.error,
      showOriginal: state.showOriginal,
      lang: this.deps.to(),
      blocks: state.items.map((item) => ({
        box: scaleBox(item.block.box, where, shown),
        angle: item.block.angle,
        lineHeight: item.block.lineHeight * where.scaleY,
        lines: item.block.lines,
        original: item.block.text,
        translation: item.result?.ok ? item.result.text : null,
        failed: item.result !== null && !item.result.ok,
        terms: item.result?.ok ? (item.result.terms ?? []) : [],
      })),
      fileId: imageFileId(state.src) ?? '',
      cached: state.cached,
      readMs: state.readMs,
      edge: state.anchor === img ? 'bottom' : 'top',
    };
    renderImageOverlay(state.host, view, {
      read: () => void this.read(state),
      retry: () => (state.phase === 'failed' ? void this.read(state) : void this.retryTranslations(state)),
      flip: () => {
        state.showOriginal = !state.showOriginal;
        this.render(state);
      },
    });
  }
}
