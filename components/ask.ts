/**
 * How the extension's pages talk to the background and to a tab's content script: every reply
 * is validated with its zod schema, and every failure (no answer, an error reply, a reply of the
 * wrong shape) comes back as `{ ok: false, code, message }`, so a page can always show what happened.
 */
import { browser } from '@/utils/browser';
import { errorReplySchema, type PageRequest, type TabRequest } from '@/utils/schemas/messages';

/** Any zod schema (classic or mini): all this module needs of it. */
export interface ReplySchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type Answer<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

function read<T>(reply: unknown, schema: ReplySchema<T>): Answer<T> {
  const good = schema.safeParse(reply);
  if (good.success) return { ok: true, value: good.data };
  const error = errorReplySchema.safeParse(reply);
  if (error.success) return { ok: false, code: error.data.code, message: error.data.message };
  return { ok: false, code: 'bad-reply', message: 'The answer was not in the expected shape.' };
}

function failure(error: unknown): Answer<never> {
  return { ok: false, code: 'unreachable', message: error instanceof Error ? error.message : String(error) };
}

/** Asks the background (only the extension's own pages may send these). */
export async function askBackground<T>(request: PageRequest, schema: ReplySchema<T>): Promise<Answer<T>> {
  try {
    return read(await browser.runtime.sendMessage(request), schema);
  } catch (error) {
    return failure(error);
  }
}

/** Asks a tab's content script; `unreachable` means no content script answered (not a RedNote page). */
export async function askTab<T>(tabId: number, request: TabRequest, schema: ReplySchema<T>): Promise<Answer<T>> {
  try {
    return read(await browser.tabs.sendMessage(tabId, request), schema);
  } catch (error) {
    return failure(error);
  }
}
