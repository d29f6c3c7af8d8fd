/**
 * PNG optimisation for the pictures: palette quantisation (256 colours) with upng-js, pure
 * JavaScript (no native binary, nothing downloaded at run time). Screenshots of flat UI lose
 * nothing visible and shrink 3–5×.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import UPNG from 'upng-js';

export interface Written {
  path: string;
  width: number;
  height: number;
  bytes: number;
  rawBytes: number;
}

function asArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** Reads a PNG, quantises it to `colours` and writes it to `dest`. */
export function optimisePng(source: string, dest: string, colours = 256): Written {
  const raw = readFileSync(source);
  const image = UPNG.decode(asArrayBuffer(raw));
  const rgba = UPNG.toRGBA8(image);
  const encoded = Buffer.from(UPNG.encode(rgba, image.width, image.height, colours));
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, encoded);
  return { path: dest, width: image.width, height: image.height, bytes: encoded.length, rawBytes: raw.length };
}

/** Width and height of a PNG file (from its IHDR chunk). */
export function pngSize(path: string): { width: number; height: number } {
  const data = readFileSync(path);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Like optimisePng, keeping only `clip` (device pixels) of the picture. */
export function optimiseCrop(source: string, dest: string, clip: Clip, colours = 256): Written {
  const raw = readFileSync(source);
  const image = UPNG.decode(asArrayBuffer(raw));
  const rgba = new Uint8Array(UPNG.toRGBA8(image)[0]!);
  const x = Math.max(0, Math.round(clip.x));
  const y = Math.max(0, Math.round(clip.y));
  const width = Math.min(image.width - x, Math.round(clip.width));
  const height = Math.min(image.height - y, Math.round(clip.height));
  const out = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) out.set(rgba.subarray(((y + row) * image.width + x) * 4, ((y + row) * image.width + x + width) * 4), row * width * 4);
  const encoded = Buffer.from(UPNG.encode([out.buffer], width, height, colours));
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, encoded);
  return { path: dest, width, height, bytes: encoded.length, rawBytes: raw.length };
}
