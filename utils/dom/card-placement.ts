/**
 * Grid cards (explore feed, search results, a profile's notes) are laid out by the site's script:
 * each card's height is COMPUTED (the cover's ratio plus a fixed footer) and nothing re-measures it
 * (rednote-dom.md, "Learned from real captured pages"). A translation that added height under a
 * card title would spill over the card below. So on a card the overlay takes no room at all: it is
 * absolutely positioned inside the card's own footprint, over
 * - the cover's lower edge (`cover`): bilingual mode, and while waiting or failed. The original title
 *   stays as it is; the translation is a caption on the picture. Also in replace mode while the
 *   reader has pinned the original with the toggle;
 * - the title's own lines (`title`): replace mode, once translated. The page stylesheet fades the
 *   original title out (opacity: its box is untouched) and back in on hover or keyboard focus.
 *
 * The overlay stays where every overlay is (the title's next sibling). Its position is measured:
 * all reads of one batch first, then all writes, once per frame at most; again when the site lays
 * the grid out anew (a ResizeObserver on the card sees its width change on a window resize).
 */
import { CARD_COVER_SELECTOR, CARD_SELECTOR } from '../sites/xiaohongshu/selectors';

export type CardPlace = 'cover' | 'title';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Which place an overlay on a card takes, for its mode and state. Pure. */
export function cardPlace(mode: string | null, state: string | null, showingOriginal: boolean, hasCover: boolean): CardPlace {
  if (mode === 'replace' && state === 'done' && !showingOriginal) return 'title';
  return hasCover ? 'cover' : 'title';
}

/** How many lines of the title's height the translation may take (at least one). Pure. */
export function clampLines(titleHeight: number, lineHeight: number): number {
  if (!(lineHeight > 0)) return 2;
  return Math.max(1, Math.floor((titleHeight + 1) / lineHeight));
}

/** A rect relative to a containing block's padding box (`origin` = the block's rect plus its border). Pure. */
export function relativeTo(rect: Rect, origin: { top: number; left: number }): Rect {
  return { top: rect.top - origin.top, left: rect.left - origin.left, width: rect.width, height: rect.height };
}

interface Measured {
  host: HTMLElement;
  place: CardPlace;
  box: Rect;
  /** For `title`: the title's own type, so the translation reads like it. */
  font?: { size: string; weight: string; lineHeight: string; clamp: number };
  radius?: string;
}

/** The element an absolutely positioned child of `from` is placed against. */
export function containingBlock(from: Element): Element {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.position !== 'static' || style.transform !== 'none' || /layout|paint|strict|content/.test(style.contain) || style.filter !== 'none') return el;
  }
  return document.documentElement;
}

function measure(host: HTMLElement): Measured | null {
  const title = host.previousElementSibling;
  const card = host.closest(CARD_SELECTOR);
  if (!title || !card || !host.parentElement) return null;
  const cover = card.querySelector(CARD_COVER_SELECTOR);
  const place = cardPlace(host.getAttribute('data-rt-mode'), host.getAttribute('data-rt-state'), host.hasAttribute('data-rt-original'), cover !== null);
  const block = containingBlock(host.parentElement);
  const blockRect = block.getBoundingClientRect();
  const origin = { top: blockRect.top + block.clientTop, left: blockRect.left + block.clientLeft };
  if (place === 'cover' && cover) {
    return { host, place, box: relativeTo(cover.getBoundingClientRect(), origin), radius: getComputedStyle(cover).borderBottomLeftRadius };
  }
  const style = getComputedStyle(title);
  const box = relativeTo(title.getBoundingClientRect(), origin);
  const size = parseFloat(style.fontSize) || 14;
  const lineHeight = parseFloat(style.lineHeight) || size * 1.4;
  return { host, place, box, font: { size: style.fontSize, weight: style.fontWeight, lineHeight: `${lineHeight}px`, clamp: clampLines(box.height, lineHeight) } };
}

function write(m: Measured): void {
  const s = m.host.style;
  m.host.setAttribute('data-rt-place', m.place);
  s.setProperty('left', `${m.box.left}px`);
  s.setProperty('width', `${m.box.width}px`);
  if (m.place === 'cover') {
    // The caption's bottom sits on the cover's bottom edge (translateY(-100%) in the block's CSS).
    s.setProperty('top', `${m.box.top + m.box.height}px`);
    s.removeProperty('height');
    s.setProperty('max-height', `${m.box.height}px`);
    s.setProperty('--rt-radius', m.radius ?? '0px');
    for (const p of ['font-size', 'font-weight', 'line-height', '--rt-clamp']) s.removeProperty(p);
  } else {
    s.setProperty('top', `${m.box.top}px`);
    s.setProperty('height', `${m.box.height}px`);
    s.removeProperty('max-height');
    s.setProperty('font-size', m.font!.size);
    s.setProperty('font-weight', m.font!.weight);
    s.setProperty('line-height', m.font!.lineHeight);
    s.setProperty('--rt-clamp', String(m.font!.clamp));
  }
}

/** Keeps every overlay on a grid card inside that card's footprint. One per page. */
class CardPlacer {
  private readonly pending = new Set<HTMLElement>();
  private readonly hostsOfCard = new Map<Element, Set<HTMLElement>>();
  private readonly cardOfHost = new WeakMap<HTMLElement, Element>();
  private scheduled = false;
  private observer: ResizeObserver | null = null;

  /** Place `host` (an overlay right after a card title) in this task's batch. */
  schedule(host: HTMLElement): void {
    this.pending.add(host);
    if (this.scheduled) return;
    this.scheduled = true;
    // After the current write pass (the overlays of one frame are rendered in one task), before the frame is drawn.
    queueMicrotask(() => this.flush());
  }

  /** The overlay is gone: stop following its card. */
  forget(host: HTMLElement): void {
    this.pending.delete(host);
    const card = this.cardOfHost.get(host);
    if (!card) return;
    this.cardOfHost.delete(host);
    const hosts = this.hostsOfCard.get(card);
    hosts?.delete(host);
    if (hosts && hosts.size === 0) {
      this.hostsOfCard.delete(card);
      this.observer?.unobserve(card);
    }
  }

  private flush(): void {
    this.scheduled = false;
    const hosts = [...this.pending].filter((h) => h.isConnected);
    this.pending.clear();
    // Reads first (one layout for the whole batch), then writes.
    const measured = hosts.map(measure).filter((m): m is Measured => m !== null);
    for (const m of measured) {
      write(m);
      this.follow(m.host);
    }
  }

  private follow(host: HTMLElement): void {
    const card = host.closest(CARD_SELECTOR);
    const known = this.cardOfHost.get(host);
    if (!card || known === card) return;
    if (known) this.forget(host);
    this.cardOfHost.set(host, card);
    let hosts = this.hostsOfCard.get(card);
    if (!hosts) {
      hosts = new Set();
      this.hostsOfCard.set(card, hosts);
      this.observer ??= new ResizeObserver((entries) => {
        for (const entry of entries) for (const h of this.hostsOfCard.get(entry.target) ?? []) this.schedule(h);
      });
      this.observer.observe(card);
    }
    hosts.add(host);
  }
}

export const cardPlacer = new CardPlacer();
