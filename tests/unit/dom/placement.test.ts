import { describe, expect, test } from 'vitest';
import { EDGE, GAP, offScreen, placeBeside } from '../../../utils/dom/placement';

const viewport = { width: 1280, height: 900 };
const size = { width: 360, height: 120 };

describe('placing the selection popover', () => {
  test('below the selection, aligned with its start, when there is room', () => {
    const anchor = { top: 200, left: 300, width: 400, height: 20 };
    expect(placeBeside(anchor, size, viewport)).toEqual({ top: 200 + 20 + GAP, left: 300, side: 'below' });
  });

  test('above the selection when it is near the bottom of the screen', () => {
    const anchor = { top: 820, left: 300, width: 400, height: 20 };
    expect(placeBeside(anchor, size, viewport)).toEqual({ top: 820 - GAP - 120, left: 300, side: 'above' });
  });

  test('pulled back inside the screen at the right edge and the left edge', () => {
    expect(placeBeside({ top: 100, left: 1200, width: 60, height: 20 }, size, viewport).left).toBe(1280 - EDGE - 360);
    expect(placeBeside({ top: 100, left: -50, width: 60, height: 20 }, size, viewport).left).toBe(EDGE);
  });

  test('a selection taller than the screen: below its top edge, still inside the screen', () => {
    const place = placeBeside({ top: -400, left: 100, width: 600, height: 2000 }, size, viewport);
    expect(place.top).toBeGreaterThanOrEqual(EDGE);
    expect(place.top + size.height).toBeLessThanOrEqual(viewport.height - EDGE);
  });

  test('a box bigger than a tiny screen starts at the top-left edge instead of off screen', () => {
    const place = placeBeside({ top: 10, left: 10, width: 10, height: 10 }, { width: 500, height: 500 }, { width: 320, height: 240 });
    expect(place).toMatchObject({ top: EDGE, left: EDGE });
  });

  test('off screen only when no part of the selection is visible', () => {
    expect(offScreen({ top: -30, left: 10, width: 100, height: 20 }, viewport)).toBe(true);
    expect(offScreen({ top: -10, left: 10, width: 100, height: 20 }, viewport)).toBe(false);
    expect(offScreen({ top: 901, left: 10, width: 100, height: 20 }, viewport)).toBe(true);
  });
});
