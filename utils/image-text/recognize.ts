/**
 * Text recognition around PP-OCR's CRNN/SVTR model: each line is cut out of the image along its
 * own angle (a tilted line is read straight), scaled to the model's height, and the model's
 * per-step character probabilities are decoded with CTC. Pure.
 */
import type { RotatedRect } from './geometry';

/** The recognition model's input height (PP-OCRv3/v4). */
export const REC_HEIGHT = 48;
/** Lines longer than this (in model pixels) are squeezed: about 60 characters. */
export const REC_MAX_WIDTH = 1600;

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray | Uint8Array;
}

/** The width a line gets at the model's height (its aspect kept, at least one square). */
export function recWidth(rect: RotatedRect): number {
  const ratio = rect.width / Math.max(1, rect.height);
  return Math.min(REC_MAX_WIDTH, Math.max(REC_HEIGHT, Math.ceil(REC_HEIGHT * ratio)));
}

/**
 * Writes one line into a batch tensor (N×3×48×W, channels B, G, R normalised to -1..1, right part
 * left at 0 as padding), sampling the source bilinearly along the rectangle's axes.
 */
export function cropLine(src: Pixels, rect: RotatedRect, out: Float32Array, index: number, batchWidth: number): void {
  const w = Math.min(recWidth(rect), batchWidth);
  const h = REC_HEIGHT;
  const plane = h * batchWidth;
  const base = index * 3 * plane;
  const ux = Math.cos(rect.angle),
    uy = Math.sin(rect.angle);
  const vx = -uy,
    vy = ux;
  const stepU = rect.width / w,
    stepV = rect.height / h;
  const ox = rect.cx - (ux * rect.width) / 2 - (vx * rect.height) / 2;
  const oy = rect.cy - (uy * rect.width) / 2 - (vy * rect.height) / 2;
  const { width: sw, height: sh, data } = src;
  for (let y = 0; y < h; y++) {
    const v = (y + 0.5) * stepV;
    for (let x = 0; x < w; x++) {
      const u = (x + 0.5) * stepU;
      const fx = Math.min(sw - 1, Math.max(0, ox + ux * u + vx * v - 0.5));
      const fy = Math.min(sh - 1, Math.max(0, oy + uy * u + vy * v - 0.5));
      const x0 = Math.floor(fx),
        y0 = Math.floor(fy);
      const x1 = Math.min(sw - 1, x0 + 1),
        y1 = Math.min(sh - 1, y0 + 1);
      const ax = fx - x0,
        ay = fy - y0;
      const i00 = (y0 * sw + x0) * 4,
        i10 = (y0 * sw + x1) * 4,
        i01 = (y1 * sw + x0) * 4,
        i11 = (y1 * sw + x1) * 4;
      for (let c = 0; c < 3; c++) {
        const top = data[i00 + c]! * (1 - ax) + data[i10 + c]! * ax;
        const bottom = data[i01 + c]! * (1 - ax) + data[i11 + c]! * ax;
        const value = (top * (1 - ay) + bottom * ay) / 255;
        // channel 0 is blue: RGBA's c=2
        out[base + (2 - c) * plane + y * batchWidth + x] = (value - 0.5) / 0.5;
      }
    }
  }
}

/**
 * CTC greedy decoding of one line: the most likely class per step, repeats collapsed, blanks
 * (class 0) dropped. Class i is the dictionary's entry i-1; the class after the dictionary is a space.
 * The score is the mean probability of the characters kept (0 when none).
 */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, dictionary: readonly string[], offset = 0): { text: string; score: number } {
  const chars: DecodedChar[] = [];
  let total = 0,
    previous = -1;
  for (let t = 0; t < steps; t++) {
    const row = offset + t * classes;
    let best = 0,
      bestP = -Infinity;
    for (let c = 0; c < classes; c++) {
      const p = probs[row + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      chars.push({ char: best - 1 < dictionary.length ? dictionary[best - 1]! : ' ', step: t });
      total += bestP;
    }
    previous = best;
  }
  return { text: restoreSpaces(chars).trim(), score: chars.length ? total / chars.length : 0 };
}

export interface DecodedChar {
  char: string;
  /** The model step (about 8 input pixels each) where it was read. */
  step: number;
}

const WORDISH = /[A-Za-z'’]/;

/**
 * The Chinese model seldom reads the space between Latin words ("Everyonewassokind"). Between two
 * Latin characters, a distance in steps well above the line's usual distance between letters is a
 * word gap: a space goes there.
 */
export function restoreSpaces(chars: readonly DecodedChar[]): string {
  const distances: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    if (WORDISH.test(chars[i - 1]!.char) && WORDISH.test(chars[i]!.char)) distances.push(chars[i]!.step - chars[i - 1]!.step);
  }
  if (distances.length < 3) return chars.map((c) => c.char).join('');
  const sorted = [...distances].sort((a, b) => a - b);
  const usual = sorted[Math.floor(sorted.length / 2)]!;
  let text = chars[0]?.char ?? '';
  for (let i = 1; i < chars.length; i++) {
    const a = chars[i - 1]!,
      b = chars[i]!;
    const gap = b.step - a.step;
    if (WORDISH.test(a.char) && WORDISH.test(b.char) && gap >= usual + 1 && gap >= usual * 1.4) text += ' ';
    text += b.char;
  }
  return text;
}

/** The dictionary file (one character a line) to its entries; a trailing newline adds none. */
export function parseDictionary(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
