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
import { LANGUAGE_CODES } from '../languages';
import { providerIdSchema } from './settings';

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

// ---- The translation port (content script <-> background) ------------------------------

export const TRANSLATE_PORT = 'red-thread/translate';
/** A unit's text is at most this long: the content script splits longer bodies at sentence boundaries first. */
export const MAX_UNIT_CHARS = 5000;
export const MAX_UNITS_PER_MESSAGE = 1000;

const unitIdSchema = z.string().min(1).max(80);

export const portRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('translate'),
    to: z.enum(LANGUAGE_CODES),
    units: z.array(z.object({ id: unitIdSchema, text: z.string().min(1).max(MAX_UNIT_CHARS) })).min(1).max(MAX_UNITS_PER_MESSAGE),
  }),
  z.object({ type: z.literal('cancel'), ids: z.array(unitIdSchema).max(MAX_UNITS_PER_MESSAGE) }),
]);
export type PortRequest = z.infer<typeof portRequestSchema>;

export const unitResultSchema = z.discriminatedUnion('ok', [
  z.object({
    id: unitIdSchema,
    ok: z.literal(true),
    text: z.string(),
    provider: providerIdSchema,
    detected: z.string().max(20).optional(),
    cached: z.boolean(),
  }),
  z.object({ id: unitIdSchema, ok: z.literal(false), code: z.string(), message: z.string(), retryable: z.boolean() }),
]);

export const portReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('results'), results: z.array(unitResultSchema) }),
  z.object({ type: z.literal('refused'), code: z.string(), message: z.string() }),
]);
export type PortReply = z.infer<typeof portReplySchema>;

export function errorReply(code: string, message: string): ErrorReply {
  return { ok: false, code, message };
}
