/**
 * Every message that crosses a context boundary, as zod schemas.
 *
 * Two channels, as in uBlock Origin and Dark Reader:
 * - `ContentRequest`: what a content script may ask (read-only status, translations).
 * - `PageRequest`: what only the extension's own pages (popup, options, welcome) may ask:
 *   changing settings, reading or writing keys, clearing the cache.
 * The background checks the sender before it even parses a privileged message.
 * Replies are always `{ ok: true, … }` or `{ ok: false, code, message }`: nothing throws across a message.
 */
import { z } from 'zod';

/** The largest single message we accept; anything bigger is refused before parsing. */
export const MAX_MESSAGE_CHARS = 1_000_000;

export const pingRequest = z.object({ type: z.literal('ping') });

export const contentRequestSchema = z.discriminatedUnion('type', [pingRequest]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

export const pageRequestSchema = z.discriminatedUnion('type', [pingRequest]);
export type PageRequest = z.infer<typeof pageRequestSchema>;

/** Messages the extension (popup, background) sends to a tab's content script. */
export const tabRequestSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('status') })]);
export type TabRequest = z.infer<typeof tabRequestSchema>;

export const errorReplySchema = z.object({
  ok: z.literal(false),
  code: z.string(),
  message: z.string(),
});
export type ErrorReply = z.infer<typeof errorReplySchema>;

export const pingReplySchema = z.object({ ok: z.literal(true), version: z.string() });
export type PingReply = z.infer<typeof pingReplySchema>;

export const tabStatusReplySchema = z.object({
  ok: z.literal(true),
  href: z.string(),
  backgroundVersion: z.string().nullable(),
});
export type TabStatusReply = z.infer<typeof tabStatusReplySchema>;

export function errorReply(code: string, message: string): ErrorReply {
  return { ok: false, code, message };
}
