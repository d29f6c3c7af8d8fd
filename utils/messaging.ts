/**
 * The one message layer. Every one-shot message between Red Thread's contexts goes through here;
 * nothing else calls `runtime.sendMessage` or `tabs.sendMessage`.
 *
 * Three channels, each a table in utils/schemas/messages.ts (request type -> zod reply schema):
 * - content script -> background (`askBackground` with a content request),
 * - extension pages (popup, options, welcome) -> background (`askBackground` with a page request),
 * - popup or background -> a tab's content script (`askTab`),
 * - background -> Chrome's offscreen document, where image text is recognised (`askOffscreen`).
 * Senders get the reply type from the table (`z.infer`), validated; every failure (no answer, an
 * error reply, a reply of the wrong shape) comes back as `{ ok: false, code, message }`.
 * Handlers are typed from the same tables (`Handlers`) and never throw across a message.
 *
 * Listening behaves the same in Chrome, Firefox and WXT's fakeBrowser: the listener calls
 * sendResponse and returns true (a Promise-returning listener is ignored by fakeBrowser).
 */
import type * as z from 'zod/mini';
import type { OcrRequest } from './image-text/messages';
import { browser, type Runtime } from './browser';
import { contentReplies, errorReplySchema, offscreenReplies, pageReplies, tabReplies, type ContentRequest, type ErrorReply, type PageRequest, type TabRequest } from './schemas/messages';

/** A channel's table: request type -> the maker of its reply schema (made on first use, see utils/once.ts). */
type Table = Record<string, () => z.ZodMiniType>;
type Request = { type: string };
/** The reply to a request of type `K` on the channel whose table is `T`. */
export type ReplyOf<T extends Table, K extends keyof T> = z.infer<ReturnType<T[K]>>;

/** What a sender gets: the validated reply, or why there is none. */
export type Answer<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** A handler per request type of one channel, each answering with that type's reply (or an error reply). */
export type Handlers<R extends Request, T extends Table> = {
  [K in R['type']]: (request: Extract<R, { type: K }>, sender: Runtime.MessageSender) => Promise<ReplyOf<T, K> | ErrorReply>;
};

export type ContentHandlers = Handlers<ContentRequest, typeof contentReplies>;
export type PageHandlers = Handlers<PageRequest, typeof pageReplies>;
export type TabHandlers = Handlers<TabRequest, typeof tabReplies>;

/** Calls the handler for the request's type: one place where the table meets the union. */
export function dispatch<R extends Request, T extends Table>(handlers: Handlers<R, T>, request: R, sender: Runtime.MessageSender): Promise<unknown> {
  const handler = handlers[request.type as R['type']] as (request: R, sender: Runtime.MessageSender) => Promise<unknown>;
  return handler(request, sender);
}

export function errorReply(code: string, message: string): ErrorReply {
  return { ok: false, code, message };
}

function read<T>(reply: unknown, schema: z.ZodMiniType<T>): Answer<T> {
  const good = schema.safeParse(reply);
  if (good.success) return { ok: true, value: good.data };
  const error = errorReplySchema().safeParse(reply);
  if (error.success) return { ok: false, code: error.data.code, message: error.data.message };
  return { ok: false, code: 'bad-reply', message: 'The answer was not in the expected shape.' };
}

async function ask<T extends Table, K extends keyof T & string>(table: T, type: K, send: () => Promise<unknown>): Promise<Answer<ReplyOf<T, K>>> {
  try {
    return read(await send(), (table[type] as () => z.ZodMiniType<ReplyOf<T, K>>)());
  } catch (error) {
    return { ok: false, code: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Asks the background, from a content script. */
export function askBackground<R extends ContentRequest>(request: R): Promise<Answer<ReplyOf<typeof contentReplies, R['type']>>> {
  return ask(contentReplies, request.type as R['type'], () => browser.runtime.sendMessage(request));
}

/** Asks the background, from the extension's own pages (the background checks the sender). */
export function askBackgroundAsPage<R extends PageRequest>(request: R): Promise<Answer<ReplyOf<typeof pageReplies, R['type']>>> {
  return ask(pageReplies, request.type as R['type'], () => browser.runtime.sendMessage(request));
}

/** Asks a tab's content script; `unreachable` means no content script answered (not a RedNote page). */
export function askTab<R extends TabRequest>(tabId: number, request: R): Promise<Answer<ReplyOf<typeof tabReplies, R['type']>>> {
  return ask(tabReplies, request.type as R['type'], () => browser.tabs.sendMessage(tabId, request));
}

/** Asks Chrome's offscreen document to read an image (the background only; the request carries OCR_TARGET). */
export function askOffscreen(request: OcrRequest): Promise<Answer<ReplyOf<typeof offscreenReplies, 'ocr.read'>>> {
  return ask(offscreenReplies, request.type, () => browser.runtime.sendMessage(request));
}

/**
 * Listens for one-shot messages. A handler returns undefined for messages that are not its
 * business, so another listener in the same context may answer them.
 */
export type MessageHandler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

export function listenForMessages(handler: MessageHandler, signal?: AbortSignal): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    const reply = handler(message, sender);
    if (reply === undefined) return false as unknown as true;
    // A handler that throws is a bug; its message is not passed on (it could hold anything,
    // a key among it): the background's handler catches and redacts its own errors.
    void reply.then(sendResponse, () => sendResponse(errorReply('internal', 'Unexpected error.')));
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  const stop = () => browser.runtime.onMessage.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
