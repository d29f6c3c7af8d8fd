/**
 * Fetches one RedNote image as the extension (host access to the image hosts: no CORS) and decodes
 * it to RGBA pixels, with limits: every failure is a short, clear ImageTextError.
 * JPEG, PNG, WebP, AVIF, GIF (its first frame) — whatever createImageBitmap decodes.
 */
import { ImageTextError } from '../image-text/errors';
import type { Pixels } from '../image-text/recognize';

export const IMAGE_LIMITS = { maxBytes: 50 * 1024 * 1024, maxSide: 20_000, timeoutMs: 20_000 } as const;

export async function fetchImage(url: string, signal?: AbortSignal): Promise<Pixels> {
  const timeout = AbortSignal.timeout(IMAGE_LIMITS.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    // No cookies; the site's own referrer policy does not apply here. (Whether the CDN wants a
    // RedNote Referer is not known; a fetch from an extension cannot set one.)
    response = await fetch(url, { signal: combined, credentials: 'omit', cache: 'force-cache' });
  } catch (error) {
    if (timeout.aborted) throw new ImageTextError('timeout', 'The image took too long to load.');
    if (signal?.aborted) throw new ImageTextError('cancelled', 'Cancelled.');
    throw new ImageTextError('network', 'The image could not be loaded.', error);
  }
  if (response.status === 404 || response.status === 410) throw new ImageTextError('not-found', 'The image is gone (404).');
  if (!response.ok) throw new ImageTextError('network', `The image could not be loaded (${response.status}).`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/^image\//i.test(type) && !/octet-stream/i.test(type)) throw new ImageTextError('not-image', 'This is not an image.');
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > IMAGE_LIMITS.maxBytes) throw new ImageTextError('too-large', 'The image is too large to read (over 50 MB).');
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    if (timeout.aborted) throw new ImageTextError('timeout', 'The image took too long to load.');
    throw new ImageTextError('network', 'The image could not be loaded.');
  }
  if (blob.size > IMAGE_LIMITS.maxBytes) throw new ImageTextError('too-large', 'The image is too large to read (over 50 MB).');
  if (blob.size === 0) throw new ImageTextError('empty', 'The image is empty.');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new ImageTextError('not-image', 'This image could not be decoded.');
  }
  try {
    if (bitmap.width === 0 || bitmap.height === 0) throw new ImageTextError('empty', 'The image decodes to nothing.');
    if (Math.max(bitmap.width, bitmap.height) > IMAGE_LIMITS.maxSide) throw new ImageTextError('too-large', 'The image is too large to read (over 20,000 px).');
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new ImageTextError('failed', 'The image could not be read.');
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    return { width: bitmap.width, height: bitmap.height, data };
  } finally {
    bitmap.close();
  }
}

/** The pixels scaled to another size (the detector's input), through a canvas. */
export function resizePixels(src: Pixels, width: number, height: number): Uint8ClampedArray {
  const from = new OffscreenCanvas(src.width, src.height);
  from.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(src.data), src.width, src.height), 0, 0);
  const to = new OffscreenCanvas(width, height);
  const context = to.getContext('2d', { willReadFrequently: true })!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(from, 0, 0, width, height);
  return context.getImageData(0, 0, width, height).data;
}
