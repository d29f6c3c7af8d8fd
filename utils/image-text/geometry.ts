/**
 * Plane geometry for text boxes: points, convex hull, the minimum-area rotated rectangle, and the
 * rectangle grown outward ("unclip"). Pure; image coordinates, y pointing down.
 */
export interface Point {
  x: number;
  y: number;
}

/** A rotated rectangle: centre, size along its own axes, and the angle (radians) of its width axis. */
export interface RotatedRect {
  cx: number;
  cy: number;
  width: number;
  height: number;
  angle: number;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise in a y-up frame; duplicates removed. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length <= 2) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  upper.pop();
  lower.pop();
  return lower.concat(upper);
}

/**
 * The smallest rectangle around the points (rotating calipers over the hull's edges), with its
 * width along the longer side (the text's direction) and the angle in (-90°, 90°].
 */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points);
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  let best: RotatedRect | null = null;
  let bestArea = Number.POSITIVE_INFINITY;
  const edges = hull.length === 1 ? 1 : hull.length;
  for (let i = 0; i < edges; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    const angle = hull.length === 1 ? 0 : Math.atan2(b.y - a.y, b.x - a.x);
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    let minU = Infinity,
      maxU = -Infinity,
      minV = Infinity,
      maxV = -Infinity;
    for (const p of hull) {
      const u = p.x * ux + p.y * uy;
      const v = -p.x * uy + p.y * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea - 1e-9) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = { cx: cu * ux - cv * uy, cy: cu * uy + cv * ux, width: maxU - minU, height: maxV - minV, angle };
    }
  }
  return normalizeRect(best!);
}

/** The same rectangle with width >= height and the angle in (-90°, 90°]. */
export function normalizeRect(rect: RotatedRect): RotatedRect {
  let { width, height, angle } = rect;
  if (height > width) {
    [width, height] = [height, width];
    angle += Math.PI / 2;
  }
  while (angle > Math.PI / 2 + 1e-9) angle -= Math.PI;
  while (angle <= -Math.PI / 2 + 1e-9) angle += Math.PI;
  return { ...rect, width, height, angle };
}

/**
 * Grows a detected text core outward, as DB's "unclip": by the distance area × ratio / perimeter
 * on every side. The detector marks a shrunk core of each line; this gives the line back its margin.
 */
export function unclip(rect: RotatedRect, ratio: number): RotatedRect {
  const perimeter = 2 * (rect.width + rect.height);
  if (perimeter === 0) return rect;
  const distance = (rect.width * rect.height * ratio) / perimeter;
  return { ...rect, width: rect.width + 2 * distance, height: rect.height + 2 * distance };
}

/** Corners in reading order: top-left, top-right, bottom-right, bottom-left (along the width axis). */
export function corners(rect: RotatedRect): [Point, Point, Point, Point] {
  const ux = Math.cos(rect.angle),
    uy = Math.sin(rect.angle);
  const vx = -uy,
    vy = ux;
  const hw = rect.width / 2,
    hh = rect.height / 2;
  const at = (su: number, sv: number): Point => ({ x: rect.cx + ux * hw * su + vx * hh * sv, y: rect.cy + uy * hw * su + vy * hh * sv });
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}

/** A rectangle from four corners (tl, tr, br, bl), e.g. after scaling them to another frame. */
export function rectFromCorners(q: readonly [Point, Point, Point, Point]): RotatedRect {
  const [tl, tr, br, bl] = q;
  const width = (Math.hypot(tr.x - tl.x, tr.y - tl.y) + Math.hypot(br.x - bl.x, br.y - bl.y)) / 2;
  const height = (Math.hypot(bl.x - tl.x, bl.y - tl.y) + Math.hypot(br.x - tr.x, br.y - tr.y)) / 2;
  const angle = Math.atan2(tr.y - tl.y + br.y - bl.y, tr.x - tl.x + br.x - bl.x);
  return { cx: (tl.x + tr.x + br.x + bl.x) / 4, cy: (tl.y + tr.y + br.y + bl.y) / 4, width, height, angle };
}

/** The axis-aligned bounds of a rotated rectangle. */
export function bounds(rect: RotatedRect): { x: number; y: number; width: number; height: number } {
  const q = corners(rect);
  const xs = q.map((p) => p.x),
    ys = q.map((p) => p.y);
  const x = Math.min(...xs),
    y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
