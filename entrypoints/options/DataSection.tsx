/** Data: the translation cache (size, clear) and settings as a file (export, import). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { askBackgroundAsPage } from '@/utils/messaging';
import { messageOf } from '@/components/useSettings';
import { t } from '@/utils/i18n/t';
import type { Settings } from '@/utils/schemas/settings';
import type { CacheState } from '@/utils/translation/cache-health';
import { MAX_SETTINGS_FILE_BYTES, exportFileName, exportSettings, importSettings, type SettingsFileError } from '@/utils/settings-file';

type Note = { kind: 'ok' | 'error'; text: string } | null;

function Notice({ note, testId }: { note: Note; testId: string }) {
  if (!note) return null;
  return (
    <p class={`rt-notice rt-notice--${note.kind}`} role={note.kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {note.text}
    </p>
  );
}

export function CacheControls() {
  const [stats, setStats] = useState<{ entries: number; state: CacheState } | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    const answer = await askBackgroundAsPage({ type: 'cache.stats' });
    if (answer.ok) setStats({ entries: answer.value.entries, state: answer.value.state });
    else setNote({ kind: 'error', text: t('cacheError', answer.message) });
  };
  useEffect(() => {
    void refresh();
    // A cache that fills up (or comes back) while the page is open shows up here too.
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, []);
  const clear = async () => {
    setBusy(true);
    const answer = await askBackgroundAsPage({ type: 'cache.clear' });
    setBusy(false);
    setNote(answer.ok ? { kind: 'ok', text: t('cacheCleared') } : { kind: 'error', text: t('cacheError', answer.message) });
    await refresh();
  };
  return (
    <div class="options__row">
      <div>
        <p class="options__row-title">{t('cacheTitle')}</p>
        <p class="rt-hint" data-testid="cache-stats" data-state={stats?.state} aria-live="polite">
          {!stats
            ? t('popupLoading')
            : stats.state === 'unavailable'
              ? t('cacheUnavailable')
              : stats.state === 'full'
                ? t('cacheFull', String(stats.entries))
                : t('cacheEntries', String(stats.entries))}
        </p>
        <Notice note={note} testId="cache-note" />
      </div>
      <button type="button" class="button button--quiet" data-testid="clear-cache" disabled={busy || stats?.state === 'unavailable'} onClick={() => void clear()}>
        {t('cacheClear')}
      </button>
    </div>
  );
}

const FILE_ERRORS: Record<SettingsFileError['code'], (detail: string) => string> = {
  'too-large': (d) => t('importTooLarge', [d, String(MAX_SETTINGS_FILE_BYTES / 1024)]),
  'not-json': (d) => t('importNotJson', d),
  'not-settings': () => t('importNotSettings'),
  'newer-version': () => t('importNewerVersion'),
  'unknown-key': (d) => t('importUnknownKey', d),
  invalid: (d) => t('importInvalid', d),
};

export function SettingsFile({ settings, replace }: { settings: Settings; replace(next: Settings): Promise<boolean> }) {
  const [note, setNote] = useState<Note>(null);
  const input = useRef<HTMLInputElement>(null);

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setNote({ kind: 'ok', text: t('exportDone', a.download) });
  };

  const load = async (file: File) => {
    // Refuse a huge file before reading it at all.
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      setNote({ kind: 'error', text: `${t('importRefused')} ${FILE_ERRORS['too-large'](`${Math.ceil(file.size / 1024)} KB`)}` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setNote({ kind: 'error', text: `${t('importRefused')} ${messageOf(error)}` });
      return;
    }
    const result = importSettings(text, settings);
    if (!result.ok) {
      setNote({ kind: 'error', text: `${t('importRefused')} ${FILE_ERRORS[result.code](result.detail)}` });
      return;
    }
    const saved = await replace(result.settings);
    setNote(saved ? { kind: 'ok', text: t('importDone', file.name) } : { kind: 'error', text: t('settingsNotSaved') });
  };

  return (
    <div class="options__row">
      <div>
        <p class="options__row-title">{t('fileTitle')}</p>
        <p class="rt-hint">{t('fileHint')}</p>
        <Notice note={note} testId="file-note" />
      </div>
      <div class="options__buttons">
        <button type="button" class="button button--quiet" data-testid="export-settings" onClick={download}>
          {t('exportButton')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => input.current?.click()}>
          {t('importButton')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          class="rt-visually-hidden"
          tabIndex={-1}
          aria-label={t('importButton')}
          data-testid="import-settings"
          onChange={(e) => {
            const el = e.currentTarget;
            const file = el.files?.[0];
            if (file) void load(file).finally(() => (el.value = ''));
          }}
        />
      </div>
    </div>
  );
}
