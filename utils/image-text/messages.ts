/**
 * Every message of image text, as zod schemas; the channels' tables in utils/schemas/messages.ts use them.
 * - content script -> background: `image.read` (one image by URL: RedNote's image hosts only),
 *   `image.state` (whether the text reader is loaded: the page says "loading" the first time),
 *   `image.cancel` (the note closed: drop its images' reads not yet started).
 * - background -> a tab's content script: `image.translate` (the context menu's "Translate text in
 *   this image": the image's URL; the page finds it and reads it as on request).
 * - background -> the recognising document (Chrome's offscreen document): `ocr.read`, marked
 *   with OCR_TARGET so no other listener answers it.
 * Replies: `{ ok: true, … }` or `{ ok: false, code, message }`.
 */
import * as z from 'zod/mini';
import { once } from '../once';

export const OCR_TARGET = 'red-thread-ocr';
const MAX_URL = 2000;
const MAX_BLOCKS = 200;

export const imageReadRequest = once(() => z.object({ type: z.literal('image.read'), url: z.string().check(z.minLength(8), z.maxLength(MAX_URL)) }));
export const imageStateRequest = once(() => z.object({ type: z.literal('image.state') }));
/** The note closed: its images' reads that have not started are dropped (a page holds at most a few dozen). */
export const imageCancelRequest = once(() => z.object({ type: z.literal('image.cancel'), urls: z.array(z.string().check(z.maxLength(MAX_URL))).check(z.maxLength(50)) }));
export const imageRequestSchema = once(() => z.discriminatedUnion('type', [imageReadRequest(), imageStateRequest(), imageCancelRequest()]));
export type ImageRequest = z.infer<ReturnType<typeof imageRequestSchema>>;

// Made on first use: the content script checks it (see the note on the replies below).
export const imageTranslateRequest = once(() => z.object({ type: z.literal('image.translate'), url: z.string().check(z.minLength(8), z.maxLength(MAX_URL)) }));

export const ocrRequestSchema = once(() => z.object({ target: z.literal(OCR_TARGET), type: z.literal('ocr.read'), url: z.string().check(z.maxLength(MAX_URL)) }));
export type OcrRequest = z.infer<ReturnType<typeof ocrRequestSchema>>;

// The replies the content script checks are made by `once`: built on first use, not while every RedNote page
// evaluates the content script (see utils/schemas/messages.ts).
export const imageBlockSchema = once(() =>
  z.object({
    text: z.string().check(z.maxLength(2000)),
    lines: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(100)),
    /** In the image's own pixels. */
    box: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
    angle: z.number(),
    lineHeight: z.number(),
  }),
);
export type ImageBlock = z.infer<ReturnType<typeof imageBlockSchema>>;

export const imageResultSchema = once(() =>
  z.object({
    ok: z.literal(true),
    width: z.int().check(z.minimum(1)),
    height: z.int().check(z.minimum(1)),
    blocks: z.array(imageBlockSchema()).check(z.maxLength(MAX_BLOCKS)),
    /** Answered from the cache (no recognition ran). */
    cached: z.boolean(),
    ms: z.number(),
  }),
);
export type ImageResult = z.infer<ReturnType<typeof imageResultSchema>>;

/** A read that failed: the short reason the image shows (the message layer checks error replies). */
export interface ImageError {
  ok: false;
  code: string;
  message: string;
}
export type ImageReply = ImageResult | ImageError;

export const imageStateReplySchema = once(() => z.object({ ok: z.literal(true), loaded: z.boolean() }));
