/**
 * Chrome's offscreen document: where the text in RedNote images is recognised (the background
 * service worker can't run WebAssembly models for long, nor use a canvas). It answers only
 * messages addressed to it (OCR_TARGET); every other runtime message is left to its listener.
 */
import { listenForMessages } from '@/utils/messaging';
import { ocrRequestSchema } from '@/utils/image-text/messages';
import { readImage } from '@/utils/image-reader/read';

listenForMessages((message) => {
  const parsed = ocrRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  return readImage(parsed.data.url);
});
