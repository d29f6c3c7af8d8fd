/**
 * The content script's lifetime. It ends when the extension is updated, reloaded or removed:
 * then this copy goes quiet and every part removes what it added, each listening to one signal.
 *
 * WXT's `ctx.signal` also ends on "a newer copy started", an event on the page's document that
 * the page itself could forge to switch Red Thread off. So the lifetime follows `ctx.signal` only
 * when the extension context is really gone; `gone()` checks it again when a part notices
 * trouble (the port dropped, the page changed).
 */
import { browser } from '@/utils/browser';

export interface PageLifetime {
  signal: AbortSignal;
  /** True (and the lifetime ended) once this copy's extension context is gone. */
  gone(): boolean;
}

export function pageLifetime(ctxSignal: AbortSignal): PageLifetime {
  const life = new AbortController();
  const gone = () => {
    if (!contextGone()) return false;
    life.abort();
    return true;
  };
  ctxSignal.addEventListener('abort', gone, { once: true });
  return { signal: life.signal, gone };
}

/** True once this copy's extension context is gone (the extension was updated, reloaded or removed). */
export function contextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
