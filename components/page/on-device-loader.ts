/**
 * Chrome's on-device translator, loaded only for the readers who chose it: its code (the
 * translator, its queue and its health) lives in the on-demand script, so the content script that
 * every RedNote page evaluates does not carry it.
 *
 * Until the code is there, a segment for it waits for the load rather than going to the
 * background: the background cannot run `chrome` and would send the text to a fallback provider,
 * which the reader did not choose for a page this device can translate itself.
 */
import { findTranslator } from '@/utils/translation/on-device';
import type { LanguageCode } from '@/utils/languages';
import type { LocalResult, LocalRoute } from '@/utils/page/on-device-route';
import { loadOnDemand } from './on-demand';

export interface RefreshableRoute extends LocalRoute {
  /** Settings changed: ask Chrome afresh (a no-op until the route is loaded). */
  refresh(): void;
}

export function lazyOnDeviceRoute(chosen: () => boolean, signal: AbortSignal): RefreshableRoute {
  // Chrome exposes `Translator` on windows, the page's included; Firefox has none.
  const present = findTranslator(globalThis) !== null;
  let route: RefreshableRoute | null = null;
  let loading: Promise<RefreshableRoute | null> | null = null;
  const load = () =>
    (loading ??= loadOnDemand().then(
      ({ makeOnDeviceRoute }) => (route = makeOnDeviceRoute(chosen, signal)),
      // The on-demand script could not be loaded (extension reloading): the background takes the segment.
      () => {
        loading = null;
        return null;
      },
    ));
  return {
    wanted: () => present && chosen() && (route?.wanted() ?? true),
    async translate(text: string, to: LanguageCode, source: string | undefined, abort: AbortSignal): Promise<LocalResult | null> {
      const ready = route ?? (await load());
      if (!ready || abort.aborted || !ready.wanted()) return null;
      return ready.translate(text, to, source, abort);
    },
    refresh: () => route?.refresh(),
  };
}
