/**
 * Recognised lines to reading-order blocks: the lines of one caption (same size, stacked close,
 * aligned) become one text to translate; a list item starts its own block. Pure.
 */
import { bounds, type RotatedRect } from './geometry';

export interface Line {
  text: string;
  rect: RotatedRect;
  score: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Block {
  /** The lines' texts joined (no space between CJK characters, a space between words). */
  text: string;
  lines: Line[];
  /** Axis-aligned bounds of all its lines, in image pixels. */
  box: Box;
  /** The angle of its first line (radians): the overlay is turned to match a tilted caption. */
  angle: number;
  /** The size of its text: the median line height. */
  lineHeight: number;
}

/** A line that opens a list item: "1.", "2)", "①", "•", "-", "·", a keycap emoji. */
const LIST_MARKER = /^\s*(?:\d{1,2}\s*[.、)）:：]|[①-⑳❶-❿•·\-–—*>]|\d\uFE0F?\u20E3|[（(]\d{1,2}[)）])/u;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1]!,
    first = b[0]!;
  if (CJK.test(last) || CJK.test(first)) return a + b;
  if (last === '-' && /[a-z]/i.test(a[a.length - 2] ?? '')) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

function lineBox(line: Line): Box {
  return bounds(line.rect);
}

/** Whether `next` continues the block whose last line is `prev`. */
function continues(prev: Line, next: Line): boolean {
  const a = lineBox(prev),
    b = lineBox(next);
  const ha = prev.rect.height,
    hb = next.rect.height;
  if (Math.abs(ha - hb) > 0.25 * Math.max(ha, hb)) return false;
  if (Math.abs(prev.rect.angle - next.rect.angle) > 0.1) return false;
  const gap = b.y - (a.y + a.height);
  if (gap > 0.6 * Math.max(ha, hb) || gap < -0.5 * Math.min(ha, hb)) return false;
  const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  if (overlap < 0.3 * Math.min(a.width, b.width)) return false;
  if (LIST_MARKER.test(next.text)) return false;
  return true;
}

export function groupBlocks(lines: readonly Line[]): Block[] {
  const ordered = readingOrder(
    lines,
    (l) => lineBox(l),
    (l) => l.rect.height,
  );
  const groups: Line[][] = [];
  for (const line of ordered) {
    // The newest block this line may continue (a caption in the left column, another on the right).
    const target = [...groups].reverse().find((g) => continues(g[g.length - 1]!, line));
    if (target) target.push(line);
    else groups.push([line]);
  }
  const blocks = groups.map(toBlock);
  return readingOrder(
    blocks,
    (b) => b.box,
    (b) => b.lineHeight,
  );
}

function toBlock(lines: Line[]): Block {
  const boxes = lines.map(lineBox);
  const x = Math.min(...boxes.map((b) => b.x)),
    y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width)),
    bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const heights = lines.map((l) => l.rect.height).sort((p, q) => p - q);
  return {
    text: lines.reduce((text, l) => joinLines(text, l.text), ''),
    lines,
    box: { x, y, width: right - x, height: bottom - y },
    angle: lines[0]!.rect.angle,
    lineHeight: heights[Math.floor(heights.length / 2)]!,
  };
}

/** Top to bottom; things on the same row (their tops within half a line) left to right. */
export function readingOrder<T>(items: readonly T[], boxOf: (t: T) => Box, sizeOf: (t: T) => number): T[] {
  const sorted = [...items].sort((p, q) => boxOf(p).y - boxOf(q).y);
  const rows: T[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const head = row?.[0];
    if (row && head !== undefined && boxOf(item).y - boxOf(head).y < 0.5 * Math.min(sizeOf(item), sizeOf(head))) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((p, q) => boxOf(p).x - boxOf(q).x));
}
