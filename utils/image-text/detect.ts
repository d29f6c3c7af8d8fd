/**
 * Text detection around PP-OCR's DB model: the input size and tensor, and the post-processing that
 * turns its probability map into rotated line boxes (threshold, connected components, minimum-area
 * rectangles, unclip). Pure: pixels in, numbers out.
 */
import { minAreaRect, normalizeRect, unclip, corners, rectFromCorners, type Point, type RotatedRect } from './geometry';

/** The longest side the detector sees (PaddleOCR's default; 1440 was measured slower and no better). */
export const DETECT_MAX_SIDE = 960;

/** The detector's input size: the image scaled down to fit DETECT_MAX_SIDE, each side a multiple of 32. */
export function detectSize(width: number, height: number, maxSide = DETECT_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const round32 = (n: number) => Math.max(32, Math.round((n * scale) / 32) * 32);
  return { width: round32(width), height: round32(height) };
}

const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

/**
 * RGBA pixels (already at the detector's size) to the model's input: 1×3×H×W, channels in
 * PaddleOCR's order (B, G, R, as OpenCV reads them), normalised with ImageNet's mean and deviation.
 */
export function detectTensor(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Float32Array {
  const plane = width * height;
  const out = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    const r = rgba[i * 4]! / 255,
      g = rgba[i * 4 + 1]! / 255,
      b = rgba[i * 4 + 2]! / 255;
    out[i] = (b - MEAN[0]!) / STD[0]!;
    out[plane + i] = (g - MEAN[1]!) / STD[1]!;
    out[2 * plane + i] = (r - MEAN[2]!) / STD[2]!;
  }
  return out;
}

export interface DetectOptions {
  /** A pixel is text above this probability. */
  threshold: number;
  /** A region is kept when its mean probability is above this. */
  boxThreshold: number;
  unclipRatio: number;
  /** Regions whose short side (after unclip) is under this many map pixels are noise. */
  minSize: number;
  maxBoxes: number;
}

export const DETECT_DEFAULTS: DetectOptions = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, minSize: 3, maxBoxes: 300 };

export interface DetectedBox {
  rect: RotatedRect;
  score: number;
}

/**
 * The probability map (H×W, values 0..1) to line boxes in map coordinates. 8-connected components
 * of the thresholded map; each one's hull is taken from its rows' end pixels (the hull of a
 * region is the hull of its row extremes), so a large region costs its height, not its area.
 */
export function boxesFromProbabilities(prob: Float32Array, width: number, height: number, options: DetectOptions = DETECT_DEFAULTS): DetectedBox[] {
  const label = new Int32Array(width * height);
  const boxes: DetectedBox[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < prob.length; start++) {
    if (label[start] !== 0 || prob[start]! <= options.threshold) continue;
    next += 1;
    label[start] = next;
    stack.push(start);
    let sum = 0,
      count = 0;
    const rowMin = new Map<number, number>(),
      rowMax = new Map<number, number>();
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % width,
        y = (i - x) / width;
      sum += prob[i]!;
      count += 1;
      if (!(rowMin.get(y)! <= x)) rowMin.set(y, x);
      if (!(rowMax.get(y)! >= x)) rowMax.set(y, x);
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width || (dx === 0 && dy === 0)) continue;
          const j = ny * width + nx;
          if (label[j] === 0 && prob[j]! > options.threshold) {
            label[j] = next;
            stack.push(j);
          }
        }
      }
    }
    if (count < 4) continue;
    const score = sum / count;
    if (score < options.boxThreshold) continue;
    const points: Point[] = [];
    for (const [y, x0] of rowMin) {
      const x1 = rowMax.get(y)!;
      points.push({ x: x0, y }, { x: x0, y: y + 1 }, { x: x1 + 1, y }, { x: x1 + 1, y: y + 1 });
    }
    const core = minAreaRect(points);
    if (Math.min(core.width, core.height) < options.minSize) continue;
    const rect = unclip(core, options.unclipRatio);
    if (rect.height < options.minSize + 2) continue;
    boxes.push({ rect, score });
    if (boxes.length >= options.maxBoxes) break;
  }
  return boxes;
}

/** A box from the detector's map to the image's own pixels (the two may differ in aspect). */
export function scaleRect(rect: RotatedRect, sx: number, sy: number): RotatedRect {
  const q = corners(rect).map((p) => ({ x: p.x * sx, y: p.y * sy })) as [Point, Point, Point, Point];
  return normalizeRect(rectFromCorners(q));
}
