/**
 * One image, from its URL to reading-order blocks: fetch and decode (with limits), recognise.
 * What both recognising documents run (Chrome's offscreen document, Firefox's event page).
 */
import type { Block } from '../image-text/blocks';
import { asImageTextError } from '../image-text/errors';
import type { ImageBlock, ImageReply } from '../image-text/messages';
import { OcrEngine } from './engine';
import { fetchImage } from './fetch-image';

export const engine = new OcrEngine();

export async function readImage(url: string): Promise<ImageReply> {
  const started = performance.now();
  try {
    const pixels = await fetchImage(url);
    const blocks = await engine.read(pixels);
    return { ok: true, width: pixels.width, height: pixels.height, blocks: blocks.slice(0, 200).map(toMessage), cached: false, ms: performance.now() - started };
  } catch (error) {
    const e = asImageTextError(error);
    return { ok: false, code: e.code, message: e.message };
  }
}

function toMessage(block: Block): ImageBlock {
  return {
    text: block.text.slice(0, 2000),
    lines: block.lines.slice(0, 100).map((l) => l.text.slice(0, 500)),
    box: block.box,
    angle: block.angle,
    lineHeight: block.lineHeight,
  };
}
