/**
 * The background's message router: decides who may ask what, validates, and answers.
 * Content scripts may only ping and report their counts; settings-adjacent work (provider tests,
 * cache) is for the extension's own pages. Never throws: every failure becomes an error reply.
 */
import { browser, type Runtime } from '@/utils/browser';
import { dispatch, errorReply, type ContentHandlers, type PageHandlers } from '@/utils/messaging';
import { MAX_MESSAGE_CHARS, contentRequestSchema, pageRequestSchema, type UnitCounts } from '@/utils/schemas/messages';
import type { ImageReply } from '@/utils/image-text/messages';
import type { GuidanceDictionary } from '@/utils/guidance/runtime';
import type { LanguageCode } from '@/utils/languages';
import type { ProviderId } from '@/utils/schemas/settings';
import { asTranslationError } from '@/utils/translation/errors';
import { redact } from '@/utils/translation/redact';
import type { CacheState } from '@/utils/translation/cache-health';
import type { ProviderStatus } from '@/utils/translation/health';

export interface MessageDeps {
  providerStatus(): { providers: Record<string, ProviderStatus>; cache: CacheState };
  /** Translates one sample text with a provider; throws a TranslationError. */
  testProvider(provider: ProviderId): Promise<string>;
  /** Entries in the persistent cache (null when it can't be read) and whether it works. */
  cacheStats(): Promise<{ entries: number | null; state: CacheState }>;
  clearCache(): Promise<void>;
  showCounts(tabId: number, counts: UnitCounts): Promise<void>;
  guidance(lang: LanguageCode): Promise<GuidanceDictionary>;
  dismissTip(id: string): Promise<void>;
  tipsOff(): Promise<void>;
  /** Injects the on-demand features' script into one frame of a tab. */
  loadFeatures(tabId: number, frameId: number): Promise<void>;
  /** Image text: one image read by URL (from the cache, or recognised now), or why not. */
  readImage(url: string, tabId: number): Promise<ImageReply>;
  /** Image text: the tab's reads of these images that have not started are dropped (the note closed). */
  cancelImages(urls: readonly string[], tabId: number): void;
  /** Whether the text reader is loaded now. */
  imageReaderLoaded(): Promise<boolean>;
}

/** True for the extension's own pages (popup, options, welcome); false for content scripts and anything else. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

export function createMessageHandler(deps: MessageDeps) {
  const version = async () => ({ ok: true as const, version: browser.runtime.getManifest().version });
  const content: ContentHandlers = {
    ping: version,
    async counts(request, sender) {
      if (sender.tab?.id !== undefined) await deps.showCounts(sender.tab.id, request.counts);
      return { ok: true };
    },
    'guidance.get': async (request) => ({ ok: true, dictionary: await deps.guidance(request.lang) }),
    async 'tips.dismiss'(request) {
      await deps.dismissTip(request.id);
      return { ok: true };
    },
    async 'tips.off'() {
      await deps.tipsOff();
      return { ok: true };
    },
    async 'features.load'(_request, sender) {
      if (sender.tab?.id === undefined) return errorReply('bad-request', 'Only a page can load page features.');
      await deps.loadFeatures(sender.tab.id, sender.frameId ?? 0);
      return { ok: true };
    },
    async 'image.read'(request, sender) {
      if (sender.tab?.id === undefined) return errorReply('forbidden', 'Only RedNote pages ask for this.');
      return deps.readImage(request.url, sender.tab.id);
    },
    async 'image.cancel'(request, sender) {
      if (sender.tab?.id === undefined) return errorReply('forbidden', 'Only RedNote pages ask for this.');
      deps.cancelImages(request.urls, sender.tab.id);
      return { ok: true };
    },
    'image.state': async () => ({ ok: true, loaded: await deps.imageReaderLoaded() }),
  };

  const page: PageHandlers = {
    ping: version,
    'providers.status': async () => ({ ok: true, ...deps.providerStatus() }),
    async 'providers.test'(request) {
      const started = Date.now();
      try {
        const text = await deps.testProvider(request.provider);
        return { ok: true, text, ms: Date.now() - started };
      } catch (error) {
        const e = asTranslationError(error);
        return errorReply(e.code, redact(e.message));
      }
    },
    async 'cache.stats'() {
      const { entries, state } = await deps.cacheStats();
      return { ok: true, entries: entries ?? 0, available: entries !== null, state };
    },
    async 'cache.clear'() {
      await deps.clearCache();
      return { ok: true };
    },
  };

  return async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
    try {
      if (sender.id !== browser.runtime.id) return errorReply('forbidden', 'Messages from other extensions are not accepted.');
      if (approximateSize(message) > MAX_MESSAGE_CHARS) return errorReply('too-large', 'The message is too large.');
      if (isExtensionPage(sender)) {
        const parsed = pageRequestSchema().safeParse(message);
        if (!parsed.success) return errorReply('bad-request', describeIssue(parsed.error));
        return await dispatch(page, parsed.data, sender);
      }
      const parsed = contentRequestSchema().safeParse(message);
      if (!parsed.success) {
        // A privileged request from a content script is refused by name, not just as malformed.
        const privileged = pageRequestSchema().safeParse(message).success;
        return privileged ? errorReply('forbidden', 'Only the extension’s own pages may ask for this.') : errorReply('bad-request', describeIssue(parsed.error));
      }
      return await dispatch(content, parsed.data, sender);
    } catch (error) {
      return errorReply('internal', error instanceof Error ? redact(error.message) : 'Unexpected error.');
    }
  };
}

function approximateSize(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function describeIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const first = error.issues[0];
  if (!first) return 'The message is not valid.';
  const where = first.path.length ? ` at ${first.path.map(String).join('.')}` : '';
  return `The message is not valid${where}: ${first.message}`;
}
