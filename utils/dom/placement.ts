/**
 * Where a small floating box goes next to something on the screen (a selection): below it when
 * there is room, above it otherwise, and always inside the viewport. Pure: rectangles in, a
 * position out, so it is tested without a browser.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

/** Space kept between the box and the viewport's edges, and between the box and its anchor. */
export const EDGE = 8;
export const GAP = 8;

export function placeBeside(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - EDGE;
  const fitsAbove = above >= EDGE;
  // Below is where the eye goes next; above only when below does not fit and above does.
  const side = fitsBelow || !fitsAbove ? 'below' : 'above';
  const rawTop = side === 'below' ? below : above;
  const top = clamp(rawTop, EDGE, Math.max(EDGE, viewport.height - EDGE - size.height));
  // Aligned with the start of the anchor, pulled back in when it would leave the screen.
  const left = clamp(anchor.left, EDGE, Math.max(EDGE, viewport.width - EDGE - size.width));
  return { top: Math.round(top), left: Math.round(left), side };
}

/** True when no part of the anchor is on the screen any more (it scrolled away). */
export function offScreen(anchor: Box, viewport: { width: number; height: number }): boolean {
  return anchor.top + anchor.height < 0 || anchor.top > viewport.height || anchor.left + anchor.width < 0 || anchor.left > viewport.width;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * The composer's panel over the comment box: above it, right-aligned with it, or below when there
 * is no room above; never over the text. Returns the side and the CSS variables (px) the panel's
 * stylesheet positions it with, relative to its zero-size host.
 */
export function placeOverBox(box: DOMRectReadOnly, host: DOMRectReadOnly, viewportHeight: number): { side: 'below' | 'above'; vars: Record<string, number> } {
  const below = box.top < 220 && viewportHeight - box.bottom > box.top;
  const room = below ? viewportHeight - box.bottom - 12 : box.top - 12;
  return {
    side: below ? 'below' : 'above',
    vars: {
      '--rt-right': host.right - box.right,
      '--rt-bottom': host.bottom - box.top + 6,
      '--rt-top': box.bottom - host.top + 6,
      '--rt-w': Math.min(460, Math.max(280, box.width)),
      '--rt-maxh': Math.max(160, Math.min(room, viewportHeight * 0.7)),
    },
  };
}

/** The corners and gaps a tip card may take, in order of preference (see placeTip). */
export type TipSpot = 'bottom-left' | 'under-side-links' | 'bottom-right' | 'top-right';

/**
 * Where an etiquette tip goes: the first spot, in order of preference, where the whole card is on
 * the screen and covers nothing of `avoid` (the site's navigation: the side bar's links, the header).
 * bottom-left, then just under the side bar's links (`sideLinksBottom`), then bottom-right, then
 * top-right under the header (`headerBottom`). When none is clear, the one covering least. Pure.
 */
export function placeTip(
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly Box[],
  marks: { sideLinksBottom: number; headerBottom: number },
): { top: number; left: number; spot: TipSpot } {
  const margin = 16;
  const bottom = viewport.height - margin - size.height;
  const right = viewport.width - margin - size.width;
  const spots: { spot: TipSpot; top: number; left: number }[] = [
    { spot: 'bottom-left', top: bottom, left: margin },
    { spot: 'under-side-links', top: marks.sideLinksBottom + 12, left: margin },
    { spot: 'bottom-right', top: bottom, left: right },
    { spot: 'top-right', top: marks.headerBottom + 12, left: right },
  ];
  let best = spots[0]!;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const s of spots) {
    const box = { top: s.top, left: s.left, width: size.width, height: size.height };
    const outside = s.top < EDGE || s.left < EDGE || s.top + size.height > viewport.height - EDGE || s.left + size.width > viewport.width - EDGE;
    const covered = avoid.reduce((sum, a) => sum + overlapArea(box, a), 0);
    const cost = covered + (outside ? 1e9 : 0);
    if (cost === 0) return { top: Math.round(s.top), left: Math.round(s.left), spot: s.spot };
    if (cost < bestCost) {
      best = s;
      bestCost = cost;
    }
  }
  return { top: Math.round(Math.max(EDGE, best.top)), left: Math.round(Math.max(EDGE, best.left)), spot: best.spot };
}

/** The area two boxes share (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}
