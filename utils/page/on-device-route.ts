/**
 * Where a segment is translated when the reader chose Chrome's on-device translator: here, in the
 * page's window (where Chrome exposes `Translator`), when the language pair is downloaded; in the
 * background otherwise, whose service goes down the fallback order (it cannot run `chrome` itself).
 *
 * The on-device provider has its own health here, like the background's providers: after repeated
 * failures it rests and units go to the fallbacks until the rest ends.
 *
 * Not cached in the background's store: the model is on this device (a repeat costs no request and
 * sends nothing anywhere), and the page's own memo already answers repeats on the page.
 */
import type { LanguageCode } from '@/utils/languages';
import { guessByScript } from '@/utils/text/language';
import type { Clock } from '@/utils/translation/clock';
import { asTranslationError } from '@/utils/translation/errors';
import { ProviderHealth } from '@/utils/translation/health';
import { realClock } from '@/utils/translation/clock';
import { OnDeviceTranslator, findTranslator, languagePair } from '@/utils/translation/on-device';

export interface LocalResult {
  text: string;
  provider: 'chrome';
  /** The source language the pair was made for (the overlay names it). */
  detected: string;
}

/** What the translator client needs: try here first, or send to the background. */
export interface LocalRoute {
  /** Cheap and synchronous: is it worth trying here at all? */
  wanted(): boolean;
  /** The translation made here, or null to send the segment to the background. Never rejects. */
  translate(text: string, to: LanguageCode, source: string | undefined, signal: AbortSignal): Promise<LocalResult | null>;
}

export class OnDeviceRoute implements LocalRoute {
  readonly health: ProviderHealth;

  constructor(
    private readonly device: OnDeviceTranslator,
    /** True while the reader's chosen provider is `chrome`. */
    private readonly chosen: () => boolean,
    clock: Clock,
    signal?: AbortSignal,
  ) {
    this.health = new ProviderHealth(clock);
    signal?.addEventListener('abort', () => this.device.destroy(), { once: true });
  }

  wanted(): boolean {
    return this.chosen() && this.device.supported && this.health.isUsable('chrome');
  }

  async translate(text: string, to: LanguageCode, source: string | undefined, signal: AbortSignal): Promise<LocalResult | null> {
    // Chrome needs the source spelled out: what the script says when it settles it (Han, kana,
    // hangul …), else the language the page decided (the browser's detector, or the composer's hint).
    const pair = languagePair(scriptLanguage(text) ?? source, to);
    if (!pair) return null;
    try {
      if ((await this.device.availability(pair)) !== 'available') return null;
      const translated = await this.device.translate(text, pair, signal);
      this.health.recordSuccess('chrome');
      return { text: translated, provider: 'chrome', detected: pair.sourceLanguage };
    } catch (thrown) {
      // Health ignores cancels and pair-specific refusals; failures of the model count toward a rest.
      this.health.recordFailure('chrome', asTranslationError(thrown));
      return null;
    }
  }

  /** Settings changed (or a download may have finished): ask Chrome afresh, forgive setup problems. */
  refresh(): void {
    this.health.resetSetup();
    this.device.forgetAvailability();
  }
}

/**
 * The route as the content script uses it, made in the on-demand script (components/page/on-device-loader.ts):
 * Chrome's Translator of this window, the real clock, ended with the page's lifetime.
 */
export function makeOnDeviceRoute(chosen: () => boolean, signal: AbortSignal): OnDeviceRoute {
  return new OnDeviceRoute(new OnDeviceTranslator({ factory: findTranslator(globalThis), clock: realClock }), chosen, realClock, signal);
}

function scriptLanguage(text: string): string | undefined {
  const guess = guessByScript(text);
  return guess.kind === 'known' ? guess.language : undefined;
}
