/**
 * Every message that crosses a context boundary, as zod schemas.
 *
 * Two channels, as in uBlock Origin and Dark Reader:
 * - `ContentRequest`: what a content script may ask (read-only status, translations).
 * - `PageRequest`: what only the extension's own pages (popup, options, welcome) may ask:
 *   changing settings, reading or writing keys, clearing the cache.
 * The background checks the sender before it even parses a privileged message.
 * Replies are always `{ ok: true, … }` or `{ ok: false, code, message }`: nothing throws across a message.
 *
 * What arrives in the content script (tab requests, port replies, its replies) is made by `once`:
 * built on first use rather than while the page loads (each zod schema costs its construction,
 * and the first of each kind compiles zod's code for it; the content script's cold evaluation is
 * measured by the bench). The reply tables hold these makers, so a table costs nothing until asked.
 */
import * as z from 'zod/mini';
import { once } from '../once';
import { LANGUAGE_CODES } from '../languages';
import { DISPLAY_MODES, providerIdSchema } from './settings';
import { imageCancelRequest, imageReadRequest, imageResultSchema, imageStateRequest, imageStateReplySchema, imageTranslateRequest, type OcrRequest } from '../image-text/messages';
import { guidanceDictionarySchema, termChipSchema } from '../guidance/runtime';

/** The largest single message we accept; anything bigger is refused before parsing. */
export const MAX_MESSAGE_CHARS = 1_000_000;

export const pingRequest = once(() => z.object({ type: z.literal('ping') }));

/** Per-tab counts of units, as the content script keeps them. */
export const unitCountsSchema = once(() =>
  z.object({
    translated: z.int().check(z.minimum(0)),
    waiting: z.int().check(z.minimum(0)),
    failed: z.int().check(z.minimum(0)),
    cached: z.int().check(z.minimum(0)),
  }),
);
export type UnitCounts = z.infer<ReturnType<typeof unitCountsSchema>>;

/** What a content script may ask the background. */
export const contentRequestSchema = once(() =>
  z.discriminatedUnion('type', [
    pingRequest(),
    /** The tab's counts changed: the background shows a badge while work is pending or something failed. */
    z.object({ type: z.literal('counts'), counts: unitCountsSchema() }),
    /** The site's labels and the tips, in the reader's language (read-only). */
    z.object({ type: z.literal('guidance.get'), lang: z.enum(LANGUAGE_CODES) }),
    /**
     * The two settings a page's tip card may change, and nothing else: this tip is dismissed;
     * tips are turned off. Every other settings change comes from the extension's own pages.
     */
    z.object({ type: z.literal('tips.dismiss'), id: z.string().check(z.maxLength(100)) }),
    z.object({ type: z.literal('tips.off') }),
    /** Inject the on-demand features (composer, selection box) into the asking frame: Red Thread's own file, nothing else. */
    z.object({ type: z.literal('features.load') }),
    /** Image text: one image read by URL (RedNote's image hosts only), and whether the text reader is loaded. */
    imageReadRequest(),
    imageStateRequest(),
    imageCancelRequest(),
  ]),
);
export type ContentRequest = z.infer<ReturnType<typeof contentRequestSchema>>;

/** What only the extension's own pages (popup, options, welcome) may ask the background. */
export const pageRequestSchema = once(() =>
  z.discriminatedUnion('type', [
    pingRequest(),
    z.object({ type: z.literal('providers.status') }),
    /** One real request to a provider with the current settings and keys; the reply has the translation or the exact error. */
    z.object({ type: z.literal('providers.test'), provider: providerIdSchema() }),
    z.object({ type: z.literal('cache.stats') }),
    z.object({ type: z.literal('cache.clear') }),
  ]),
);
export type PageRequest = z.infer<ReturnType<typeof pageRequestSchema>>;

export const providerStatusSchema = once(() =>
  z.object({
    state: z.enum(['ok', 'resting', 'needs-setup']),
    until: z.optional(z.number()),
    lastError: z.optional(z.object({ code: z.string(), message: z.string() })),
  }),
);
export const cacheStateSchema = once(() => z.enum(['ok', 'full', 'unavailable']));
export const providersStatusReplySchema = once(() =>
  z.object({
    ok: z.literal(true),
    providers: z.record(z.string(), providerStatusSchema()),
    /** The persistent cache: working, full (nothing new is kept), or unavailable (IndexedDB off or broken). */
    cache: cacheStateSchema(),
  }),
);
export const providerTestReplySchema = once(() => z.object({ ok: z.literal(true), text: z.string(), ms: z.number() }));
export const cacheStatsReplySchema = once(() => z.object({ ok: z.literal(true), entries: z.number(), available: z.boolean(), state: cacheStateSchema() }));
export const okReplySchema = once(() => z.object({ ok: z.literal(true) }));
export const guidanceReplySchema = once(() => z.object({ ok: z.literal(true), dictionary: guidanceDictionarySchema() }));

/** The most of a selection the context menu translates (the page splits it into segments of MAX_SEGMENT_TEXT_CHARS). */
export const MAX_SELECTION_CHARS = 20_000;

/** Messages the extension (popup, background) sends to a tab's content script. */
export const tabRequestSchema = once(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('status') }),
    /**
     * The popup's "This page" switch (and its keyboard shortcut): hide or show every overlay, and
     * send nothing while off. `announce`: the shortcut changed it, so the page says so briefly.
     */
    z.object({ type: z.literal('page.setEnabled'), enabled: z.boolean(), announce: z.optional(z.boolean()) }),
    z.object({ type: z.literal('retryFailed') }),
    /** The display-mode shortcut changed the setting: the page says so briefly (the setting itself travels through storage). */
    z.object({ type: z.literal('display.announce'), mode: z.enum(DISPLAY_MODES) }),
    /** "Translate selection with Red Thread" was chosen on this page: translate it and show it next to the selection. */
    z.object({ type: z.literal('selection.translate'), text: z.string().check(z.minLength(1), z.maxLength(MAX_SELECTION_CHARS)) }),
    /** "Translate text in this image" was chosen on an image of this page: read that image and lay its translation over it. */
    imageTranslateRequest(),
  ]),
);
export type TabRequest = z.infer<ReturnType<typeof tabRequestSchema>>;

export const errorReplySchema = once(() =>
  z.object({
    ok: z.literal(false),
    code: z.string(),
    message: z.string(),
  }),
);
export type ErrorReply = z.infer<ReturnType<typeof errorReplySchema>>;

export const pingReplySchema = once(() => z.object({ ok: z.literal(true), version: z.string() }));
export type PingReply = z.infer<ReturnType<typeof pingReplySchema>>;

export const tabStatusReplySchema = once(() =>
  z.object({
    ok: z.literal(true),
    href: z.string(),
    backgroundVersion: z.nullable(z.string()),
    /** Overlays shown on this page (the popup's "This page" switch). */
    enabled: z.boolean(),
    counts: unitCountsSchema(),
  }),
);
export type TabStatusReply = z.infer<ReturnType<typeof tabStatusReplySchema>>;

// ---- The translation port (content script <-> background) ------------------------------

export const TRANSLATE_PORT = 'red-thread/translate';
/**
 * On the port, "segment" is a piece of text with an id (a page unit's text, or a piece of a long one);
 * "unit" is the element on the page it came from. A segment is at most this long: the content
 * script splits longer bodies at sentence boundaries first.
 */
export const MAX_SEGMENT_TEXT_CHARS = 5000;
export const MAX_SEGMENTS_PER_MESSAGE = 1000;

const segmentIdSchema = once(() => z.string().check(z.minLength(1), z.maxLength(80)));

export const portRequestSchema = once(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('translate'),
      to: z.enum(LANGUAGE_CODES),
      segments: z.array(z.object({ id: segmentIdSchema(), text: z.string().check(z.minLength(1), z.maxLength(MAX_SEGMENT_TEXT_CHARS)) })).check(z.minLength(1), z.maxLength(MAX_SEGMENTS_PER_MESSAGE)),
      /** The reader asked again (a Retry click): providers resting after errors are tried anyway. */
      retry: z.optional(z.boolean()),
    }),
    z.object({ type: z.literal('cancel'), ids: z.array(segmentIdSchema()).check(z.maxLength(MAX_SEGMENTS_PER_MESSAGE)) }),
  ]),
);
export type PortRequest = z.infer<ReturnType<typeof portRequestSchema>>;

/** The answer for one segment (a piece of a unit's text, at most MAX_SEGMENT_TEXT_CHARS) on the port. */
export const segmentResultSchema = once(() =>
  z.discriminatedUnion('ok', [
    z.object({
      id: segmentIdSchema(),
      ok: z.literal(true),
      text: z.string(),
      provider: providerIdSchema(),
      detected: z.optional(z.string().check(z.maxLength(20))),
      cached: z.boolean(),
      /** Slang found in the source text, explained for the reader (no provider request). */
      terms: z.optional(z.array(termChipSchema()).check(z.maxLength(20))),
    }),
    z.object({ id: segmentIdSchema(), ok: z.literal(false), code: z.string(), message: z.string(), retryable: z.boolean() }),
  ]),
);

export const portReplySchema = once(() =>
  z.discriminatedUnion('type', [z.object({ type: z.literal('results'), results: z.array(segmentResultSchema()) }), z.object({ type: z.literal('refused'), code: z.string(), message: z.string() })]),
);
export type PortReply = z.infer<ReturnType<typeof portReplySchema>>;
/** Written once: the background's service makes it, the port carries it, the page shows it. */
export type SegmentResult = z.infer<ReturnType<typeof segmentResultSchema>>;

// ---- One table per channel: each request type and the schema of its reply -------------------
// Senders and handlers are typed from these (utils/messaging.ts): a new message is one line in
// its request schema above and one line here.

/** Content script -> background. */
export const contentReplies = {
  ping: pingReplySchema,
  counts: okReplySchema,
  'guidance.get': guidanceReplySchema,
  'tips.dismiss': okReplySchema,
  'tips.off': okReplySchema,
  'features.load': okReplySchema,
  'image.read': imageResultSchema,
  'image.state': imageStateReplySchema,
  'image.cancel': okReplySchema,
} satisfies Record<ContentRequest['type'], unknown>;

/** The extension's own pages -> background. */
export const pageReplies = {
  ping: pingReplySchema,
  'providers.status': providersStatusReplySchema,
  'providers.test': providerTestReplySchema,
  'cache.stats': cacheStatsReplySchema,
  'cache.clear': okReplySchema,
} satisfies Record<PageRequest['type'], unknown>;

/** Popup and background -> a tab's content script. */
export const tabReplies = {
  status: tabStatusReplySchema,
  'page.setEnabled': okReplySchema,
  retryFailed: okReplySchema,
  'display.announce': okReplySchema,
  'selection.translate': okReplySchema,
  'image.translate': okReplySchema,
} satisfies Record<TabRequest['type'], unknown>;

/** Background -> Chrome's offscreen document, where image text is recognised (addressed to it by OCR_TARGET). */
export const offscreenReplies = {
  'ocr.read': imageResultSchema,
} satisfies Record<OcrRequest['type'], unknown>;
