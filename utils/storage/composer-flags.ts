/**
 * The composer's one stored flag: the first-comment hint was shown (once per browser, ever).
 * Read back through zod like every stored value; anything else counts as "not shown".
 */
import * as z from 'zod/mini';
import { browser } from '../browser';

export const FIRST_COMMENT_KEY = 'composer.firstCommentHintShown';

const shownSchema = z.literal(true);

/** Whether the hint was shown already; throws when storage is unavailable. */
export async function firstCommentHintShown(): Promise<boolean> {
  const stored = await browser.storage.local.get(FIRST_COMMENT_KEY);
  return shownSchema.safeParse(stored[FIRST_COMMENT_KEY]).success;
}

export async function markFirstCommentHintShown(): Promise<void> {
  await browser.storage.local.set({ [FIRST_COMMENT_KEY]: true });
}
