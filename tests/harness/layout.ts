/**
 * The layout check: does Red Thread move, resize or cover anything of the page?
 *
 * The same test page is opened twice at the same window size: on a host Red Thread does not run on
 * (PLAIN_SITE_HOST, the page as it is without the extension) and on the RedNote host, translated.
 * Every page element's box (the site's elements, never ours; document coordinates) is read in
 * both and compared:
 * - inside a grid laid out by the site's script (`.feeds-container`): each element's box relative
 *   to its grid, and the grid's own size, must be the same: nothing moved, nothing resized;
 * - outside the grids, the same, except where the page flows (a profile bio's translation adds
 *   height): there an element may move DOWN if it comes after a flowing translation in document
 *   order, and grow taller (holding it, or stretched beside it), by at most the flowing translations' height.
 * Then what our overlays cover: an overlay may sit over its own card's title and cover (that is the
 * design); any other page element it covers (the card's author row, another card) is a fault.
 */
import type { TestPage } from './browser';

export interface PageBox {
  /** Tag and classes, for messages. */
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Index of the grid (.feeds-container) the element is in, or -1. */
  grid: number;
  /** Index of the grid this element is, or -1. */
  gridSelf: number;
  /** After a flowing (non-grid) translation in document order. */
  afterFlow: boolean;
  /** Part of an original that replace mode hides where the page flows (a bio): not compared. */
  replaced: boolean;
}

export interface PageGeometry {
  boxes: PageBox[];
  /** Total height of the flowing translations (with margins). */
  flowHeight: number;
}

/** Reads every page element's box (see the file's comment). Scrolls to the top first. */
export function pageGeometry(page: TestPage): Promise<PageGeometry> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const ours = (el: Element) => el.localName.startsWith('red-thread-') || el.closest('red-thread-overlay, red-thread-float') !== null;
    const grids = [...document.querySelectorAll('.feeds-container')];
    const flows = [...document.querySelectorAll('red-thread-overlay')].filter((o) => o.getAttribute('data-rt-kind') !== 'feedTitle' && o.getClientRects().length > 0);
    let flowHeight = 0;
    for (const o of flows) {
      const cs = getComputedStyle(o);
      flowHeight += o.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom);
    }
    const boxes = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (ours(el) || el.localName === 'script' || el.localName === 'style') continue;
      const r = el.getBoundingClientRect();
      const grid = grids.findIndex((g) => g !== el && g.contains(el));
      const name = `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      boxes.push({
        name,
        x: r.left + scrollX,
        y: r.top + scrollY,
        w: r.width,
        h: r.height,
        grid,
        gridSelf: grids.indexOf(el),
        replaced: flows.some((o) => o.getAttribute('data-rt-mode') === 'replace' && o.previousElementSibling?.contains(el) === true),
        afterFlow: flows.some((o) => (o.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !el.contains(o)),
      });
    }
    return { boxes, flowHeight };
  });
}

export interface LayoutDifference {
  name: string;
  what: string;
}

const EPSILON = 0.5;

/** What moved or changed size between the page without the extension (`plain`) and with it. */
export function layoutDifferences(plain: PageGeometry, translated: PageGeometry): LayoutDifference[] {
  const out: LayoutDifference[] = [];
  if (plain.boxes.length !== translated.boxes.length) {
    return [{ name: 'page', what: `${plain.boxes.length} page elements without the extension, ${translated.boxes.length} with it` }];
  }
  const gridOrigin = (g: PageGeometry, grid: number) => g.boxes.find((b) => b.gridSelf === grid);
  const slack = translated.flowHeight + 1;
  plain.boxes.forEach((a, i) => {
    const b = translated.boxes[i]!;
    const where = `${a.name} (element ${i})`;
    if (a.name !== b.name) {
      out.push({ name: where, what: `is ${b.name} with the extension` });
      return;
    }
    // Not rendered (display: none) in both, or an original replace mode hides where the page flows: no box to compare.
    if ((a.w === 0 && a.h === 0 && b.w === 0 && b.h === 0) || b.replaced) return;
    if (a.grid >= 0) {
      const oa = gridOrigin(plain, a.grid);
      const ob = gridOrigin(translated, a.grid);
      const dx = b.x - (ob?.x ?? 0) - (a.x - (oa?.x ?? 0));
      const dy = b.y - (ob?.y ?? 0) - (a.y - (oa?.y ?? 0));
      if (Math.abs(dx) > EPSILON || Math.abs(dy) > EPSILON) out.push({ name: where, what: `moved by ${dx.toFixed(1)}, ${dy.toFixed(1)} px in its grid` });
      if (Math.abs(b.w - a.w) > EPSILON || Math.abs(b.h - a.h) > EPSILON) out.push({ name: where, what: `resized from ${a.w.toFixed(1)}×${a.h.toFixed(1)} to ${b.w.toFixed(1)}×${b.h.toFixed(1)}` });
      return;
    }
    const dy = b.y - a.y;
    if (Math.abs(b.x - a.x) > EPSILON) out.push({ name: where, what: `moved sideways by ${(b.x - a.x).toFixed(1)} px` });
    if (Math.abs(dy) > EPSILON && !(b.afterFlow && dy > 0 && dy <= slack)) out.push({ name: where, what: `moved down by ${dy.toFixed(1)} px` });
    if (Math.abs(b.w - a.w) > EPSILON) out.push({ name: where, what: `width changed by ${(b.w - a.w).toFixed(1)} px` });
    const dh = b.h - a.h;
    // Where the page flows, a box may grow (holding the translation, or stretched beside it) by at most the translations' height.
    if (Math.abs(dh) > EPSILON && (a.gridSelf >= 0 || !(dh > 0 && dh <= slack))) out.push({ name: where, what: `height changed by ${dh.toFixed(1)} px` });
  });
  return out;
}

export interface Coverage {
  /** Overlays that cover a page element they may not (another card, the author row …). */
  faults: { unit: string; covers: string }[];
  /** Cards (section.note-item) whose author-and-likes row is covered by another card or by an overlay not on that card. */
  coveredFooters: number;
  cards: number;
  /** Overlays on cards not where they belong: on the cover's lower edge (same bottom, same width) or exactly on the title. */
  misplaced: string[];
}

/**
 * What of the page lies under our overlays, and how many cards' author rows are hidden.
 * An overlay on a grid card may cover its own card's title and cover image (the design); nothing else.
 */
export function coverage(page: TestPage): Promise<Coverage> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const area = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    const ours = (el: Element) => el.localName.startsWith('red-thread-') || el.closest('red-thread-overlay, red-thread-float') !== null;
    const pageElements = [...document.body.querySelectorAll('*')].filter((el) => !ours(el) && el.getClientRects().length > 0);
    const overlays = [...document.querySelectorAll('red-thread-overlay')].filter((o) => o.getClientRects().length > 0);
    /** The overlay's painted box: its host, and anything inside its shadow root that paints outside it. */
    const painted = (o: Element) => {
      const boxes = [o.getBoundingClientRect(), ...[...(o.shadowRoot?.querySelectorAll('*') ?? [])].map((e) => e.getBoundingClientRect())].filter((r) => r.width > 0 && r.height > 0);
      return boxes;
    };
    const faults: { unit: string; covers: string }[] = [];
    for (const o of overlays) {
      const unit = o.previousElementSibling;
      const card = o.closest('section.note-item');
      const allowed = (el: Element) => el.contains(o) || (unit !== null && unit.contains(el)) || (card !== null && el.matches('a.cover, a.cover *') && card.contains(el));
      const mine = painted(o);
      for (const el of pageElements) {
        if (allowed(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (mine.some((m) => area(m, r) > 1)) {
          faults.push({ unit: (unit?.textContent ?? '').trim().slice(0, 30), covers: `${el.localName}.${typeof el.className === 'string' ? el.className.trim().split(/\s+/).join('.') : ''}` });
        }
      }
    }
    const cards = [...document.querySelectorAll('section.note-item')].filter((c) => !c.classList.contains('query-note-item'));
    const allCards = [...document.querySelectorAll('section.note-item')];
    let coveredFooters = 0;
    for (const card of cards) {
      const row = card.querySelector('.author-wrapper, .card-bottom-wrapper');
      if (!row) continue;
      const r = row.getBoundingClientRect();
      const byCard = allCards.some((other) => other !== card && area(other.getBoundingClientRect(), r) > 1);
      const byOverlay = overlays.some((o) => !card.contains(o) && painted(o).some((m) => area(m, r) > 1));
      const byOwnOverlay = overlays.some((o) => card.contains(o) && painted(o).some((m) => area(m, r) > 1));
      if (byCard || byOverlay || byOwnOverlay) coveredFooters += 1;
    }
    const misplaced: string[] = [];
    const near = (a: number, b: number) => Math.abs(a - b) <= 1;
    for (const o of overlays) {
      const card = o.closest('section.note-item');
      const unit = o.previousElementSibling;
      if (!card || !unit) continue;
      const r = o.getBoundingClientRect();
      const place = o.getAttribute('data-rt-place');
      const target = (place === 'cover' ? card.querySelector('a.cover') : unit)?.getBoundingClientRect();
      const ok =
        target &&
        (place === 'cover'
          ? near(r.bottom, target.bottom) && near(r.left, target.left) && near(r.width, target.width)
          : near(r.top, target.top) && near(r.left, target.left) && near(r.width, target.width) && near(r.height, target.height));
      if (!ok) misplaced.push(`${place}: ${(unit.textContent ?? '').trim().slice(0, 20)}`);
    }
    return { faults, coveredFooters, cards: cards.length, misplaced };
  });
}
