/**
 * Chrome's on-device translator as the extension's own pages see it (popup, options): the
 * availability Chrome reports for the reader's main language pair, and a download started from
 * a click, with its progress. These pages are windows, so `Translator` exists here in Chrome.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { baseLanguage, type LanguageCode } from '@/utils/languages';
import { realClock } from '@/utils/translation/clock';
import { asTranslationError } from '@/utils/translation/errors';
import { OnDeviceTranslator, findTranslator, languagePair, type LanguagePair, type OnDeviceAvailability } from '@/utils/translation/on-device';

/** RedNote is written in Chinese: its pack is Chinese -> reader; a Chinese reader's is English -> Chinese. */
export function mainPair(to: LanguageCode): LanguagePair {
  return languagePair(baseLanguage(to) === 'zh' ? 'en' : 'zh', to)!;
}

export type OnDeviceState = { kind: 'no-api' } | { kind: 'checking' } | { kind: OnDeviceAvailability } | { kind: 'error'; message: string };

export interface OnDeviceView {
  pair: LanguagePair;
  state: OnDeviceState;
  /** 0..1 while a download started here runs; null otherwise. */
  progress: number | null;
  /** Call straight from a click handler (Chrome needs the user's gesture). */
  download(): void;
  /** Stops a download started here (offline, or the user changed their mind). */
  cancel(): void;
  /** True while a download started from this page runs (it can be cancelled). */
  ownDownload: boolean;
  /** Translates a sample on this device (only when available). */
  test(text: string): Promise<string>;
}

/** One translator per page: the session a download makes is reused by a later test. */
let shared: OnDeviceTranslator | null = null;
function device(): OnDeviceTranslator {
  shared ??= new OnDeviceTranslator({ factory: findTranslator(globalThis), clock: realClock, availabilityTtlMs: 0 });
  return shared;
}

export function useOnDevice(to: LanguageCode, everyMs = 3000): OnDeviceView {
  const pair = useMemo(() => mainPair(to), [to]);
  const [state, setState] = useState<OnDeviceState>(() => (device().supported ? { kind: 'checking' } : { kind: 'no-api' }));
  const [progress, setProgress] = useState<number | null>(null);
  const downloading = useRef<AbortController | null>(null);
  const [ownDownload, setOwnDownload] = useState(false);

  const refresh = useCallback(() => {
    if (!device().supported || downloading.current) return;
    void device()
      .availability(pair)
      .then((kind) => {
        if (!downloading.current) setState((s) => (s.kind === 'error' && kind !== 'available' ? s : { kind }));
      });
  }, [pair]);

  useEffect(() => {
    if (!device().supported) return;
    setState({ kind: 'checking' });
    refresh();
    // A download started elsewhere (another tab, the browser) shows up here too.
    const timer = setInterval(refresh, everyMs);
    return () => clearInterval(timer);
  }, [refresh, everyMs]);

  const download = () => {
    if (downloading.current || !device().supported) return;
    const controller = new AbortController();
    downloading.current = controller;
    setOwnDownload(true);
    setProgress(0);
    setState({ kind: 'downloading' });
    // No await before this call: the click's activation must still be valid when create() runs.
    device()
      .download(pair, (loaded) => setProgress(loaded), controller.signal)
      .then(
        () => setState({ kind: 'available' }),
        (error: unknown) => {
          const e = asTranslationError(error);
          // Cancelled by the user: back to what Chrome reports now (asked again below).
          setState(e.code === 'cancelled' ? { kind: 'checking' } : { kind: 'error', message: e.message });
        },
      )
      .finally(() => {
        downloading.current = null;
        setOwnDownload(false);
        setProgress(null);
        refresh();
      });
  };

  const cancel = () => downloading.current?.abort();

  const test = (text: string) => device().translate(text, pair);

  return { pair, state, progress, download, cancel, ownDownload, test };
}
