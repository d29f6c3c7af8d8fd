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
