/**
 * Chrome's offscreen document: where the text in RedNote images is recognised (the background
 * service worker can't run WebAssembly models for long, nor use a canvas). It answers only
 * messages addressed to it (OCR_TARGET); every other runtime message is left to its listener.
 */
import { listenForMessages } from '@/utils/messaging';
import { ocrRequestSchema } from '@/utils/image-text/messages';
import { engine, readImage } from '@/utils/image-reader/read';

// WebAssembly memory never shrinks: after a quiet while the document closes itself, which gives
// all of it back. The background opens it again for the next image.
engine.onReleased = () => window.close();

listenForMessages((message) => {
  const parsed = ocrRequestSchema().safeParse(message);
  if (!parsed.success) return undefined;
  return readImage(parsed.data.url);
});
