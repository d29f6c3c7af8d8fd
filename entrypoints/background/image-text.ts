/**
 * Image text in the background: answers a page's `image.read` from the result cache (by the
 * image's stable file id) or by having the image read where recognition runs — Chrome's offscreen
 * document (a service worker can't run it), Firefox's event page itself (the engine is loaded as
 * its own chunk on first use). Only URLs on RedNote's image hosts are read: a page can't make the
 * extension fetch anything else. The recognised blocks then go through the page's translation
 * port like any other text.
 */
import { imageFileId, isImageHostUrl } from '@/utils/image-text/file-id';
import { OCR_TARGET, type ImageReply } from '@/utils/image-text/messages';
import { askOffscreen } from '@/utils/messaging';
import { ImageResultCache } from '@/utils/image-reader/result-cache';

const OFFSCREEN_URL = 'offscreen.html';

type Reader = { read(url: string): Promise<ImageReply>; loaded(): Promise<boolean> };

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/** Chrome: the offscreen document, created when first needed (it closes itself when idle). */
function offscreenReader(api: OffscreenApi): Reader {
  let creating: Promise<void> | null = null;
  let everLoaded = false;
  const ensure = async () => {
    // While it is being created, hasDocument() may already say yes before its listener is there:
    // everyone waits for the creation to finish.
    if (creating) return creating;
    if (api.hasDocument && (await api.hasDocument())) return;
    creating ??= api
      .createDocument({ url: OFFSCREEN_URL, reasons: ['WORKERS'], justification: 'Reads the text in RedNote images on this computer (WebAssembly text recognition).' })
      .catch((error: unknown) => {
        if (!/single offscreen|only a single/i.test(String(error))) throw error;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
  return {
    async read(url) {
      await ensure();
      const ask = () => askOffscreen({ target: OCR_TARGET, type: 'ocr.read', url });
      let answer = await ask();
      // The document may have closed itself (idle) just now: open it again, once.
      if (!answer.ok && answer.code === 'unreachable') {
        await ensure();
        answer = await ask();
      }
      if (!answer.ok)
        return {
          ok: false,
          code: answer.code === 'bad-reply' || answer.code === 'unreachable' ? 'failed' : answer.code,
          message: answer.code === 'bad-reply' || answer.code === 'unreachable' ? 'The text reader gave no usable answer.' : answer.message,
        };
      everLoaded = true;
      return answer.value;
    },
    async loaded() {
      return everLoaded && api.hasDocument ? api.hasDocument() : false;
    },
  };
}

/** Firefox: the engine in this event page. */
function inPageReader(): Reader {
  const module = () => import('@/utils/image-reader/read');
  return {
    read: async (url) => (await module()).readImage(url),
    loaded: async () => (await module()).engine.loaded,
  };
}

export function createImageText() {
  const cache = new ImageResultCache();
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  const reader: Reader = import.meta.env.BROWSER !== 'firefox' && offscreen ? offscreenReader(offscreen) : inPageReader();
  const inFlight = new Map<string, Promise<ImageReply>>();

  async function read(url: string): Promise<ImageReply> {
    if (!isImageHostUrl(url)) return { ok: false, code: 'not-allowed', message: 'Only RedNote’s own images are read.' };
    const fileId = imageFileId(url) ?? url;
    const cached = await cache.get(fileId);
    if (cached) return { ...cached, cached: true, ms: 0 };
    let job = inFlight.get(fileId);
    if (!job) {
      job = reader.read(url).then(async (reply) => {
        if (reply.ok) await cache.put(fileId, reply);
        return reply;
      });
      job = job.catch(() => ({ ok: false as const, code: 'failed', message: 'The text in this image could not be read.' })).finally(() => inFlight.delete(fileId));
      inFlight.set(fileId, job);
    }
    return job;
  }

  return {
    /** One image by URL, for a RedNote page: from the cache, or read now. */
    read,
    /** Whether the text reader is loaded (the page says "loading the text reader" the first time). */
    loaded: () => reader.loaded().catch(() => false),
    clear: () => cache.clear(),
  };
}
