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

export type Reader = { read(url: string): Promise<ImageReply>; loaded(): Promise<boolean> };

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

/**
 * Reads handed to the reader at once. One: the reader works one image at a time anyway, and what
 * waits here can still be dropped (fetching the next image while one is recognised would save
 * about 0.1 s a slide, but the reader's own queue can't be emptied when a note closes).
 */
const AT_ONCE = 1;
/** The file ids handed to the reader lately: for tests and debugging (`redThread.imageReads()`). */
const STARTED_KEPT = 50;

interface Job {
  fileId: string;
  url: string;
  /** The tabs that asked (one entry per ask): a job nobody waits for any more is dropped before it starts. */
  askers: number[];
  started: boolean;
  reply: Promise<ImageReply>;
  settle(reply: ImageReply): void;
}

const CANCELLED: ImageReply = { ok: false, code: 'cancelled', message: 'Nobody waits for this image any more.' };

/**
 * The background's side of image text. Reads wait in a queue here, not in the recognising
 * document: a note closed while its slides wait (look-ahead, a slow first load) drops them with
 * `cancel`, and none of that work is done.
 */
export function createImageText(reader: Reader = defaultReader(), cache: Pick<ImageResultCache, 'get' | 'put' | 'clear'> = new ImageResultCache()) {
  /** By file id: one read per image, whoever asks. */
  const jobs = new Map<string, Job>();
  const waiting: Job[] = [];
  let running = 0;
  const started: string[] = [];

  const pump = () => {
    while (running < AT_ONCE && waiting.length > 0) {
      const job = waiting.shift()!;
      job.started = true;
      running += 1;
      started.push(job.fileId);
      if (started.length > STARTED_KEPT) started.shift();
      void reader
        .read(job.url)
        .then(async (reply) => {
          // A result that can't be kept is still shown.
          if (reply.ok) await cache.put(job.fileId, reply).catch(() => undefined);
          return reply;
        })
        .catch((): ImageReply => ({ ok: false, code: 'failed', message: 'The text in this image could not be read.' }))
        .then((reply) => {
          running -= 1;
          jobs.delete(job.fileId);
          job.settle(reply);
          pump();
        });
    }
  };

  async function read(url: string, asker = -1): Promise<ImageReply> {
    if (!isImageHostUrl(url)) return { ok: false, code: 'not-allowed', message: 'Only RedNote’s own images are read.' };
    const fileId = imageFileId(url) ?? url;
    const cached = await cache.get(fileId);
    if (cached) return { ...cached, cached: true, ms: 0 };
    let job = jobs.get(fileId);
    if (job) {
      job.askers.push(asker);
      return job.reply;
    }
    let settle!: (reply: ImageReply) => void;
    const reply = new Promise<ImageReply>((resolve) => (settle = resolve));
    job = { fileId, url, askers: [asker], started: false, reply, settle };
    jobs.set(fileId, job);
    waiting.push(job);
    pump();
    return reply;
  }

  /** Drops `asker`'s reads of these images that have not started; returns how many reads were dropped. */
  function cancel(urls: readonly string[], asker = -1): number {
    let dropped = 0;
    for (const url of urls) {
      const job = jobs.get(imageFileId(url) ?? url);
      if (!job || job.started) continue; // a running read finishes (and is cached for next time)
      const at = job.askers.indexOf(asker);
      if (at < 0) continue;
      job.askers.splice(at, 1);
      if (job.askers.length > 0) continue;
      waiting.splice(waiting.indexOf(job), 1);
      jobs.delete(job.fileId);
      job.settle(CANCELLED);
      dropped += 1;
    }
    return dropped;
  }

  return {
    /** One image by URL, for a RedNote page (`asker`: its tab): from the cache, or read now. */
    read,
    cancel,
    /** The queue now, and which images were handed to the reader lately. */
    reads: () => ({ waiting: waiting.length, running, started: [...started] }),
    /** Whether the text reader is loaded (the page says "loading the text reader" the first time). */
    loaded: () => reader.loaded().catch(() => false),
    clear: () => cache.clear(),
  };
}

function defaultReader(): Reader {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  return import.meta.env.BROWSER !== 'firefox' && offscreen ? offscreenReader(offscreen) : inPageReader();
}
