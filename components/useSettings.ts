/**
 * The settings as an extension page sees them: loaded once, kept fresh when another context
 * changes them (the popup and the options page can be open together), and updated through one
 * queue so that two quick changes never overwrite each other. A change shows at once; if saving
 * fails, the page shows the error and the last saved value comes back.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '@/utils/browser';
import { languageFromLocale, type LanguageCode } from '@/utils/languages';
import { applyPatch, type Settings, type SettingsPatch } from '@/utils/schemas/settings';
import { takeSettingsNotice } from '@/utils/storage/notice';
import { loadSettings, saveSettings, updateSettings, watchSettings } from '@/utils/storage/settings-store';

export interface SettingsState {
  settings: Settings | null;
  /** Fields that were stored invalid and were reset to their defaults (told once: see storage/notice.ts). */
  resetFields: string[];
  /** The stored settings came from a newer version of Red Thread. */
  fromFuture: boolean;
  dismissNotice(): void;
  /** The last load or save error, in words. */
  error: string | null;
  update(patch: SettingsPatch): Promise<boolean>;
  /** Replaces every setting at once (import). */
  replace(settings: Settings): Promise<boolean>;
}

/** `takeNotice`: this page shows the one-time "settings were reset" notice (the popup and options do). */
export function useSettings({ takeNotice = false } = {}): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [resetFields, setResetFields] = useState<string[]>([]);
  const [fromFuture, setFromFuture] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef<Settings | null>(null);
  latest.current = settings;

  useEffect(() => {
    let live = true;
    Promise.all([loadSettings(), takeNotice ? takeSettingsNotice().catch(() => null) : null]).then(
      ([result, notice]) => {
        if (!live) return;
        setSettings(result.settings);
        setResetFields([...new Set([...(notice?.fields ?? []), ...result.resetFields])]);
        setFromFuture(!!notice?.fromFuture || result.fromFuture);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    const stop = watchSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, [takeNotice]);

  const dismissNotice = useCallback(() => {
    setResetFields([]);
    setFromFuture(false);
  }, []);

  const enqueue = useCallback((work: () => Promise<Settings>, optimistic: Settings | null): Promise<boolean> => {
    if (optimistic) setSettings(optimistic);
    const run = queue.current.then(work).then(
      (saved) => {
        setSettings(saved);
        setError(null);
        return true;
      },
      async (e: unknown) => {
        setError(messageOf(e));
        // Show what is really stored, not what we hoped to store.
        const stored = await loadSettings().catch(() => null);
        if (stored) setSettings(stored.settings);
        return false;
      },
    );
    queue.current = run;
    return run;
  }, []);

  const update = useCallback((patch: SettingsPatch) => enqueue(() => updateSettings(patch), latest.current && applyPatch(latest.current, patch)), [enqueue]);
  const replace = useCallback(
    (next: Settings) =>
      enqueue(async () => {
        await saveSettings(next);
        return next;
      }, next),
    [enqueue],
  );

  return { settings, resetFields, fromFuture, dismissNotice, error, update, replace };
}

/** The language translations go to: the chosen one, or the browser's own. */
export function resolvedTarget(settings: Settings | null): LanguageCode {
  return settings?.targetLanguage ?? languageFromLocale(browser.i18n.getUILanguage());
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
