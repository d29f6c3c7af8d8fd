/**
 * The control on a feed cover: "Translate the text in this image", shown on the card the pointer
 * or the keyboard focus is on (the feed is never read automatically: a screen holds 20 covers).
 * One element for the whole page, moved from card to card: right after the card's cover link (so
 * Tab from the cover reaches it) and absolutely positioned over the cover's top corner. It takes
 * no room: no card changes size or place. Loaded on demand, with the image overlay; the content
 * script only notices the first card with a RedNote-hosted cover under the pointer or the focus.
 */
import { containingBlock, relativeTo } from '@/utils/dom/card-placement';
import { IMAGE_ASK_TAG } from '@/utils/dom/tags';
import { t } from '@/utils/i18n/t';
import { isImageHostUrl } from '@/utils/image-text/file-id';
import { CARD_COVER_SELECTOR, CARD_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';

const CSS = `:host { all: initial; position: absolute; z-index: 3; height: 0; pointer-events: none; }
button { all: unset; position: absolute; top: 8px; right: 8px; box-sizing: border-box; pointer-events: auto; cursor: pointer;
  padding: 6px 10px; border-radius: 999px; background: rgba(18, 18, 22, 0.8); color: #fff;
  font: 600 12px/1 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', sans-serif;
  box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.25); }
button:hover { background: rgba(18, 18, 22, 0.95); }
button:focus-visible { outline: 2px solid #ff5a6e; outline-offset: 2px; }`;

export interface Cover {
  cover: Element;
  img: HTMLImageElement;
  url: string;
}

export class CoverAsk {
  private host: HTMLElement | null = null;
  private card: Element | null = null;
  /** Covers already asked for: their overlay has its own controls (flip, list). */
  private readonly asked = new WeakSet<Element>();
  private readonly listening = new AbortController();

  constructor(
    private readonly onAsk: (cover: Cover) => void,
    private readonly enabled: () => boolean,
  ) {
    const options = { capture: true, passive: true, signal: this.listening.signal };
    document.addEventListener('pointerover', (e) => this.onEnter(e), options);
    document.addEventListener('focusin', (e) => this.onEnter(e), options);
    document.addEventListener('pointerout', (e) => this.onLeave(e), options);
  }

  /** The card's cover, if it can be read (a RedNote-hosted image) and was not asked for yet. */
  coverOf(card: Element): Cover | null {
    const cover = card.querySelector(CARD_COVER_SELECTOR);
    const img = cover?.querySelector('img');
    const url = img ? img.currentSrc || img.src : '';
    return cover && img && isImageHostUrl(url) && !this.asked.has(cover) ? { cover, img, url } : null;
  }

  /** This cover's image is (being) read: no control on it any more. */
  markAsked(cover: Element): void {
    this.asked.add(cover);
    if (this.card?.contains(cover)) this.hide();
  }

  show(card: Element): void {
    const found = this.enabled() ? this.coverOf(card) : null;
    if (!found) return this.hide();
    this.host ??= this.build();
    this.card = card;
    if (this.host.previousElementSibling !== found.cover) found.cover.after(this.host);
    // Over the cover, in the coordinates of what the control is placed against (the card is transformed).
    const block = containingBlock(found.cover.parentElement!);
    const origin = block.getBoundingClientRect();
    const box = relativeTo(found.cover.getBoundingClientRect(), { top: origin.top + block.clientTop, left: origin.left + block.clientLeft });
    Object.assign(this.host.style, { top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px` });
  }

  hide(): void {
    this.host?.remove();
    this.card = null;
  }

  stop(): void {
    this.hide();
    this.listening.abort();
  }

  private build(): HTMLElement {
    const host = document.createElement(IMAGE_ASK_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t('imageTextRead');
    button.addEventListener('click', (event) => {
      // Not the card's: the cover link must not open the note.
      event.preventDefault();
      event.stopPropagation();
      const found = this.card && this.coverOf(this.card);
      if (!found) return;
      this.markAsked(found.cover);
      // Focus back on the cover: the next Tab reaches the overlay's own controls.
      (found.cover as HTMLElement).focus({ preventScroll: true });
      this.onAsk(found);
    });
    root.append(style, button);
    return host;
  }

  private onEnter(event: Event): void {
    const target = event.target;
    if (!(target instanceof Element) || target === this.host) return;
    const card = target.closest(CARD_SELECTOR);
    if (card === this.card) return;
    if (card) return this.show(card);
    // The focus went out of every card; the pointer may still be on this one.
    if (event.type === 'focusin' && this.card && !this.card.matches(':hover')) this.hide();
  }

  /**
   * The pointer left the card: the control goes, unless the focus is in the card. (Focus moving
   * away is seen where it arrives, in onEnter: a focusout alone may be the window losing focus.)
   */
  private onLeave(event: PointerEvent): void {
    const card = this.card;
    if (!this.host || !card) return;
    const next = event.relatedTarget;
    if (next instanceof Node && (card.contains(next) || next === this.host)) return;
    const focused = document.activeElement;
    if (focused && (card.contains(focused) || focused === this.host)) return;
    this.hide();
  }
}
