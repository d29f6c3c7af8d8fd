/**
 * From the image's own pixels to where it is shown: an <img> of a given box with CSS
 * object-fit (contain, cover, fill, none, scale-down) and a centred object-position. Pure.
 */
import type { Box } from './blocks';

export type ObjectFit = 'contain' | 'cover' | 'fill' | 'none' | 'scale-down';

export interface Placement {
  scaleX: number;
  scaleY: number;
  offsetX: number;
  offsetY: number;
}

export function placement(natural: { width: number; height: number }, shown: { width: number; height: number }, fit: ObjectFit = 'fill'): Placement {
  if (natural.width <= 0 || natural.height <= 0) return { scaleX: 0, scaleY: 0, offsetX: 0, offsetY: 0 };
  if (fit === 'fill') return { scaleX: shown.width / natural.width, scaleY: shown.height / natural.height, offsetX: 0, offsetY: 0 };
  const contain = Math.min(shown.width / natural.width, shown.height / natural.height);
  const cover = Math.max(shown.width / natural.width, shown.height / natural.height);
  const scale = fit === 'contain' ? contain : fit === 'cover' ? cover : fit === 'none' ? 1 : Math.min(1, contain);
  return { scaleX: scale, scaleY: scale, offsetX: (shown.width - natural.width * scale) / 2, offsetY: (shown.height - natural.height * scale) / 2 };
}

/** A box in image pixels to the displayed box (clipped to what is shown). */
export function scaleBox(box: Box, p: Placement, shown: { width: number; height: number }): Box {
  const x = box.x * p.scaleX + p.offsetX,
    y = box.y * p.scaleY + p.offsetY;
  const right = Math.min(shown.width, x + box.width * p.scaleX),
    bottom = Math.min(shown.height, y + box.height * p.scaleY);
  const cx = Math.max(0, x),
    cy = Math.max(0, y);
  return { x: cx, y: cy, width: Math.max(0, right - cx), height: Math.max(0, bottom - cy) };
}
