/**
 * The recognition engine: PP-OCRv4 mobile detection and recognition models on onnxruntime-web
 * (plain WebAssembly, one thread), all files shipped inside the extension under /ocr/. Runs in an
 * extension document (Chrome's offscreen document, Firefox's event page), never in a web page.
 * The models load on first use and are released after a quiet while.
 */
import * as ort from 'onnxruntime-web/wasm';
import { browser } from '../browser';
import { boxesFromProbabilities, detectSize, detectTensor, scaleRect } from '../image-text/detect';
import { groupBlocks, type Block, type Line } from '../image-text/blocks';
import { ImageTextError } from '../image-text/errors';
import { REC_HEIGHT, cropLine, ctcDecode, parseDictionary, recWidth, type Pixels } from '../image-text/recognize';
import { resizePixels } from './fetch-image';

export const OCR_FILES = {
  detector: 'ocr/ch_PP-OCRv4_det_infer.onnx',
  recognizer: 'ocr/ch_PP-OCRv4_rec_infer.onnx',
  dictionary: 'ocr/ppocr_keys_v1.txt',
} as const;

/** Released after this long without work: about 150 MB of memory comes back. */
const IDLE_RELEASE_MS = 3 * 60_000;
/** Lines recognised with less confidence than this are dropped (PaddleOCR's default). */
const MIN_LINE_SCORE = 0.5;
/** Lines per recognition run. */
const REC_BATCH = 6;

interface Models {
  detector: ort.InferenceSession;
  recognizer: ort.InferenceSession;
  dictionary: string[];
}

export interface RecognitionTimings {
  loadMs: number;
  detectMs: number;
  recognizeMs: number;
}

export class OcrEngine {
  private models: Promise<Models> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** One image at a time: WebAssembly runs one thing at once anyway, and memory stays bounded. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Called once the models were released after a quiet while (Chrome's offscreen document then closes itself). */
  onReleased: (() => void) | null = null;

  get loaded(): boolean {
    return this.models !== null;
  }

  private load(): Promise<Models> {
    this.models ??= (async () => {
      const url = (path: string) => browser.runtime.getURL(`/${path}` as '/');
      ort.env.wasm.numThreads = 1;
      ort.env.wasm.proxy = false;
      // The WebAssembly file is found next to onnxruntime's chunk (Vite emits it as an asset).
      const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
      const bytes = async (path: string) => {
        const response = await fetch(url(path));
        if (!response.ok) throw new ImageTextError('models', 'The text reader’s files are missing from the extension.');
        return new Uint8Array(await response.arrayBuffer());
      };
      // The files are read while the first session compiles.
      const recognizerBytes = bytes(OCR_FILES.recognizer);
      const dictionaryText = fetch(url(OCR_FILES.dictionary)).then((r) => r.text());
      recognizerBytes.catch(() => undefined);
      dictionaryText.catch(() => undefined);
      const detector = await ort.InferenceSession.create(await bytes(OCR_FILES.detector), options);
      const recognizer = await ort.InferenceSession.create(await recognizerBytes, options);
      const dictionary = parseDictionary(await dictionaryText);
      return { detector, recognizer, dictionary };
    })().catch((error: unknown) => {
      this.models = null;
      throw error instanceof ImageTextError ? error : new ImageTextError('models', 'The text reader could not start.', error);
    });
    return this.models;
  }

  /** Recognises the text of one image: lines grouped into reading-order blocks. */
  read(pixels: Pixels, timings?: RecognitionTimings): Promise<Block[]> {
    const run = this.queue.then(() => this.readNow(pixels, timings));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readNow(pixels: Pixels, timings?: RecognitionTimings): Promise<Block[]> {
    clearTimeout(this.idleTimer);
    try {
      let t = performance.now();
      const models = await this.load();
      if (timings) timings.loadMs = performance.now() - t;
      t = performance.now();
      const size = detectSize(pixels.width, pixels.height);
      const small = resizePixels(pixels, size.width, size.height);
      const input = new ort.Tensor('float32', detectTensor(small, size.width, size.height), [1, 3, size.height, size.width]);
      const detected = await models.detector.run({ [models.detector.inputNames[0]!]: input });
      const map = detected[models.detector.outputNames[0]!]!;
      const [mapH, mapW] = map.dims.slice(-2) as [number, number];
      const boxes = boxesFromProbabilities(map.data as Float32Array, mapW, mapH).map((b) => scaleRect(b.rect, pixels.width / mapW, pixels.height / mapH));
      input.dispose();
      map.dispose();
      if (timings) timings.detectMs = performance.now() - t;
      t = performance.now();
      const lines = await this.recognize(models, pixels, boxes);
      if (timings) timings.recognizeMs = performance.now() - t;
      return groupBlocks(lines);
    } finally {
      this.idleTimer = setTimeout(() => void this.release().then(() => this.onReleased?.()), IDLE_RELEASE_MS);
    }
  }

  private async recognize(models: Models, pixels: Pixels, rects: ReturnType<typeof scaleRect>[]): Promise<Line[]> {
    // Lines of similar width share a run, so little of each run is padding.
    const order = rects.map((rect, i) => ({ rect, i, w: recWidth(rect) })).sort((a, b) => a.w - b.w);
    const lines: Line[] = [];
    for (let start = 0; start < order.length; start += REC_BATCH) {
      const group = order.slice(start, start + REC_BATCH);
      const width = Math.ceil(Math.max(...group.map((g) => g.w)) / 8) * 8;
      const data = new Float32Array(group.length * 3 * REC_HEIGHT * width);
      group.forEach((g, n) => cropLine(pixels, g.rect, data, n, width));
      const input = new ort.Tensor('float32', data, [group.length, 3, REC_HEIGHT, width]);
      const output = await models.recognizer.run({ [models.recognizer.inputNames[0]!]: input });
      const probs = output[models.recognizer.outputNames[0]!]!;
      const [, steps, classes] = probs.dims as [number, number, number];
      group.forEach((g, n) => {
        const { text, score } = ctcDecode(probs.data as Float32Array, steps, classes, models.dictionary, n * steps * classes);
        if (text && score >= MIN_LINE_SCORE) lines.push({ text, rect: g.rect, score });
      });
      input.dispose();
      probs.dispose();
    }
    return lines;
  }

  async release(): Promise<void> {
    const models = this.models;
    this.models = null;
    if (!models) return;
    try {
      const m = await models;
      await Promise.all([m.detector.release(), m.recognizer.release()]);
    } catch {
      // never loaded: nothing to free
    }
  }
}
