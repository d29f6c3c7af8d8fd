import { describe, expect, test } from 'vitest';
import { bounds, corners, minAreaRect, unclip } from '@/utils/image-text/geometry';
import { boxesFromProbabilities, detectSize, scaleRect } from '@/utils/image-text/detect';

const deg = (d: number) => (d * Math.PI) / 180;

/** A probability map with filled rotated rectangles (1 inside, 0 outside). */
function mapWith(width: number, height: number, rects: Array<{ cx: number; cy: number; w: number; h: number; angle: number; p?: number }>): Float32Array {
  const map = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (const r of rects) {
        const dx = x + 0.5 - r.cx,
          dy = y + 0.5 - r.cy;
        const u = dx * Math.cos(r.angle) + dy * Math.sin(r.angle);
        const v = -dx * Math.sin(r.angle) + dy * Math.cos(r.angle);
        if (Math.abs(u) <= r.w / 2 && Math.abs(v) <= r.h / 2) map[y * width + x] = r.p ?? 0.95;
      }
    }
  }
  return map;
}

describe('geometry', () => {
  test('the minimum-area rectangle of a turned rectangle is that rectangle, width along the long side', () => {
    const rect = { cx: 50, cy: 40, width: 60, height: 10, angle: deg(-8) };
    const found = minAreaRect(corners(rect));
    expect(found.cx).toBeCloseTo(50, 5);
    expect(found.cy).toBeCloseTo(40, 5);
    expect(found.width).toBeCloseTo(60, 5);
    expect(found.height).toBeCloseTo(10, 5);
    expect(found.angle).toBeCloseTo(deg(-8), 5);
  });

  test('a tall rectangle is turned so its width is the long side', () => {
    const found = minAreaRect([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 50 },
      { x: 0, y: 50 },
    ]);
    expect(found.width).toBeCloseTo(50);
    expect(found.height).toBeCloseTo(10);
    expect(Math.abs(found.angle)).toBeCloseTo(Math.PI / 2);
  });

  test('unclip grows every side by area × ratio / perimeter', () => {
    const grown = unclip({ cx: 0, cy: 0, width: 40, height: 10, angle: 0 }, 1.5);
    const d = (40 * 10 * 1.5) / 100;
    expect(grown.width).toBeCloseTo(40 + 2 * d);
    expect(grown.height).toBeCloseTo(10 + 2 * d);
  });

  test('bounds of an axis-aligned rectangle', () => {
    expect(bounds({ cx: 10, cy: 20, width: 8, height: 4, angle: 0 })).toEqual({ x: 6, y: 18, width: 8, height: 4 });
  });
});

describe('detection post-processing', () => {
  test('input size: scaled to fit 960, multiples of 32', () => {
    expect(detectSize(1080, 1440)).toEqual({ width: 736, height: 960 });
    expect(detectSize(540, 720)).toEqual({ width: 544, height: 736 });
    expect(detectSize(10, 10)).toEqual({ width: 32, height: 32 });
  });

  test('two text lines and a tilted one become three boxes, each at its place and angle', () => {
    const w = 200,
      h = 160;
    const map = mapWith(w, h, [
      { cx: 100, cy: 30, w: 120, h: 12, angle: 0 },
      { cx: 60, cy: 60, w: 60, h: 8, angle: 0 },
      { cx: 100, cy: 120, w: 140, h: 12, angle: deg(-8) },
    ]);
    const boxes = boxesFromProbabilities(map, w, h).sort((a, b) => a.rect.cy - b.rect.cy);
    expect(boxes).toHaveLength(3);
    const [a, b, c] = boxes.map((x) => x.rect);
    expect(a!.cx).toBeCloseTo(100, 0);
    expect(a!.cy).toBeCloseTo(30, 0);
    // The core is grown back by unclip: wider and taller than the marked region.
    expect(a!.width).toBeGreaterThan(120);
    expect(a!.height).toBeGreaterThan(12);
    expect(b!.cx).toBeCloseTo(60, 0);
    expect(c!.angle).toBeCloseTo(deg(-8), 1);
    expect(boxes.every((x) => x.score > 0.9)).toBe(true);
  });

  test('faint regions (mean probability under the box threshold) and specks are dropped', () => {
    const map = mapWith(100, 100, [
      { cx: 50, cy: 20, w: 60, h: 10, angle: 0, p: 0.45 },
      { cx: 50, cy: 60, w: 2, h: 1, angle: 0 },
    ]);
    expect(boxesFromProbabilities(map, 100, 100)).toEqual([]);
  });

  test('boxes scale from the map to the image, also when the aspect differs', () => {
    const r = scaleRect({ cx: 10, cy: 10, width: 10, height: 4, angle: 0 }, 2, 3);
    expect(r.cx).toBeCloseTo(20);
    expect(r.cy).toBeCloseTo(30);
    expect(r.width).toBeCloseTo(20);
    expect(r.height).toBeCloseTo(12);
  });
});
