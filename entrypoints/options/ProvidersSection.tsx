/**
 * Providers: the default and the fallback order, each provider's setup (keys in the extension's
 * own IndexedDB only, through secrets.ts), its health, and a Test button that makes one real request and shows
 * the translation or the exact error. Chrome's on-device translator has its own card: what Chrome
 * reports for the reader's language pair, and the language pack download (from a click).
 */
import { useEffect, useState } from 'preact/hooks';
import { askBackgroundAsPage } from '@/utils/messaging';
import { onDeviceView, providerView, ProviderStatusBadge, type KeysPresent } from '@/components/ProviderStatus';
import { useOnDevice, type OnDeviceView } from '@/components/useOnDevice';
import { useKeysPresent, type SavedKeys } from '@/components/useKeysPresent';
import { useProviderStatus, type ProvidersStatus } from '@/components/useProviderStatus';
import { messageOf, resolvedTarget } from '@/components/useSettings';
import { browser } from '@/utils/browser';
import { t, type MessageKey } from '@/utils/i18n/t';
import { settingsFields, type ProviderId, type Settings, type SettingsPatch } from '@/utils/schemas/settings';
import { maskSecret, saveSecret, type SecretName } from '@/utils/storage/secrets';
import { providerName } from '@/utils/translation/provider-names';
import { hasAccess, isBuiltInHost, originPattern, requestAccess } from './permissions';

/** The providers the background runs, in the order they are offered. */
export const BACKGROUND_PROVIDERS = ['microsoft', 'google', 'deepl', 'libre', 'openai'] as const satisfies readonly ProviderId[];

const DESCRIPTIONS: Record<(typeof BACKGROUND_PROVIDERS)[number], MessageKey> = {
  microsoft: 'providerDescMicrosoft',
  google: 'providerDescGoogle',
  deepl: 'providerDescDeepl',
  libre: 'providerDescLibre',
  openai: 'providerDescOpenai',
};

interface Props {
  settings: Settings;
  update(patch: SettingsPatch): Promise<boolean>;
}

type Note = { kind: 'ok' | 'error' | 'info'; text: string } | null;

function NoteLine({ note, testId }: { note: Note; testId?: string }) {
  if (!note) return null;
  return (
    <p class={`rt-notice ${note.kind === 'error' ? 'rt-notice--error' : note.kind === 'ok' ? 'rt-notice--ok' : ''}`} role={note.kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {note.text}
    </p>
  );
}

export function ProvidersSection({ settings, update }: Props) {
  const status = useProviderStatus(3000);
  const keys = useKeysPresent(maskSecret);
  const onDevice = useOnDevice(resolvedTarget(settings));
  const hasApi = onDevice.state.kind !== 'no-api';

  const chooseDefault = (id: ProviderId) => {
    // The previous default becomes the first fallback, so nothing that worked is lost.
    const previous = settings.provider;
    const fallbacks = [previous, ...settings.fallbacks].filter((p, i, all) => p !== id && p !== 'chrome' && all.indexOf(p) === i);
    void update({ provider: id, fallbacks });
  };

  return (
    <>
      <div class="rt-field">
        <label class="rt-field__label" for="default-provider">
          {t('optionsDefaultProvider')}
        </label>
        <select id="default-provider" class="rt-select options__narrow" value={settings.provider} onChange={(e) => chooseDefault(e.currentTarget.value as ProviderId)}>
          {BACKGROUND_PROVIDERS.map((id) => (
            <option key={id} value={id}>
              {providerName(id)}
            </option>
          ))}
          {/* Where Chrome has no on-device translator it cannot be chosen (Firefox, older Chrome). */}
          <option value="chrome" disabled={!hasApi}>
            {hasApi ? t('chromeChooseOption', providerName('chrome')) : `${providerName('chrome')} — ${t('providerStateUnavailable')}`}
          </option>
        </select>
        <p class="rt-hint">{t('optionsDefaultProviderHint')}</p>
      </div>
      <FallbackList settings={settings} update={update} status={status} keys={keys} />
      <div class="options__cards">
        {BACKGROUND_PROVIDERS.map((id) => (
          <ProviderCard key={id} id={id} settings={settings} update={update} status={status} keys={keys} />
        ))}
        <ChromeCard settings={settings} onDevice={onDevice} />
      </div>
    </>
  );
}

function FallbackList({ settings, update, status, keys }: Props & { status: ProvidersStatus; keys: KeysPresent }) {
  const chosen = settings.fallbacks.filter((id): id is (typeof BACKGROUND_PROVIDERS)[number] => (BACKGROUND_PROVIDERS as readonly string[]).includes(id));
  const rest = BACKGROUND_PROVIDERS.filter((id) => id !== settings.provider && !chosen.includes(id));
  const move = (index: number, by: -1 | 1) => {
    const next = [...chosen];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    void update({ fallbacks: next });
  };
  const toggle = (id: ProviderId, on: boolean) => void update({ fallbacks: on ? [...chosen, id] : chosen.filter((x) => x !== id) });
  return (
    <fieldset class="options__fallbacks" data-testid="fallbacks">
      <legend class="rt-field__label">{t('optionsFallbacks')}</legend>
      <p class="rt-hint">{t('optionsFallbacksHint', providerName(settings.provider))}</p>
      <ol class="options__fallback-list">
        {[...chosen, ...rest].map((id, i) => {
          const on = i < chosen.length;
          const name = providerName(id);
          return (
            <li key={id} class="options__fallback" data-provider={id}>
              <label class="options__check">
                <input type="checkbox" checked={on} onChange={(e) => toggle(id, e.currentTarget.checked)} />
                <span>{on ? `${i + 1}. ${name}` : name}</span>
              </label>
              <ProviderStatusBadge view={providerView(id, status.providers?.[id], settings, keys)} />
              {on && (
                <span class="options__order">
                  <button type="button" class="button button--quiet button--small" disabled={i === 0} aria-label={t('optionsMoveUp', name)} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" class="button button--quiet button--small" disabled={i === chosen.length - 1} aria-label={t('optionsMoveDown', name)} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

type TestState = { kind: 'running' } | { kind: 'ok'; text: string; ms: number } | { kind: 'error'; code: string; message: string } | null;

function ProviderCard({ id, settings, update, status, keys }: Props & { id: (typeof BACKGROUND_PROVIDERS)[number]; status: ProvidersStatus; keys: SavedKeys }) {
  const [test, setTest] = useState<TestState>(null);
  const view = providerView(id, status.providers?.[id], settings, keys);
  const runTest = async () => {
    setTest({ kind: 'running' });
    const answer = await askBackgroundAsPage({ type: 'providers.test', provider: id });
    setTest(answer.ok ? { kind: 'ok', text: answer.value.text, ms: answer.value.ms } : { kind: 'error', code: answer.code, message: answer.message });
    status.refresh();
  };
  return (
    <article class="options__card" id={`provider-${id}`} data-provider={id} aria-labelledby={`provider-${id}-name`}>
      <header class="options__card-head">
        <h3 id={`provider-${id}-name`}>{providerName(id)}</h3>
        {settings.provider === id && <span class="options__tag">{t('optionsDefaultTag')}</span>}
        <ProviderStatusBadge view={view} testId={`status-${id}`} />
      </header>
      <p class="rt-hint">{t(DESCRIPTIONS[id])}</p>
      {view.detail && <p class="rt-hint">{t('providerLastError', view.detail)}</p>}
      {id === 'deepl' && <DeeplSetup settings={settings} update={update} keys={keys} />}
      {id === 'libre' && <ServerSetup kind="libre" settings={settings} update={update} keys={keys} />}
      {id === 'openai' && <ServerSetup kind="openai" settings={settings} update={update} keys={keys} />}
      <div class="options__test">
        <button type="button" class="button button--quiet" data-testid={`test-${id}`} disabled={test?.kind === 'running'} onClick={() => void runTest()}>
          {test?.kind === 'running' ? t('optionsTesting') : t('optionsTest')}
        </button>
        <output class="options__test-result" data-testid={`test-result-${id}`} data-state={test?.kind ?? ''} aria-live="polite">
          {test?.kind === 'ok' && (
            <>
              <span class="options__test-ok">{t('optionsTestOk', String(test.ms))}</span> <q>{test.text}</q>
            </>
          )}
          {test?.kind === 'error' && (
            <span class="options__test-error">
              {t('optionsTestFailed')} <code>{test.code}</code> {test.message}
            </span>
          )}
        </output>
      </div>
    </article>
  );
}

/** A key field: never filled with the saved key; the saved one shows masked. */
function KeyField(props: { id: string; label: string; saved: string | undefined; value: string; onInput(v: string): void; hint?: string }) {
  return (
    <div class="rt-field">
      <label class="rt-field__label" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class="rt-input"
        type="password"
        autocomplete="off"
        spellcheck={false}
        value={props.value}
        placeholder={props.saved ? t('keySavedPlaceholder', props.saved) : t('keyPlaceholder')}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-describedby={`${props.id}-hint`}
      />
      <p class="rt-hint" id={`${props.id}-hint`}>
        {props.saved ? t('keySaved', props.saved) : t('keyNotSaved')} {props.hint}
      </p>
    </div>
  );
}

function DeeplSetup({ update, keys }: Omit<Props, 'settings'> & { settings: Settings; keys: SavedKeys }) {
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<Note>(null);
  const save = async (value: string) => {
    try {
      await saveSecret('deepl', value);
      if (value.trim()) await update({ deepl: { plan: value.trim().endsWith(':fx') ? 'free' : 'pro' } });
      setDraft('');
      setNote({ kind: 'ok', text: value.trim() ? t('keySavedNote') : t('keyRemovedNote') });
    } catch (error) {
      setNote({ kind: 'error', text: t('keySaveFailed', messageOf(error)) });
    }
  };
  return (
    <form
      class="options__setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim()) void save(draft);
      }}
    >
      <KeyField id="deepl-key" label={t('deeplKeyLabel')} saved={keys.masked.deepl} value={draft} onInput={setDraft} hint={t('deeplKeyHint')} />
      <div class="options__buttons">
        <button type="submit" class="button" data-testid="save-deepl" disabled={!draft.trim()}>
          {t('keySave')}
        </button>
        {keys.deepl && (
          <button type="button" class="button button--quiet" onClick={() => void save('')}>
            {t('keyRemove')}
          </button>
        )}
      </div>
      <NoteLine note={note} testId="deepl-note" />
    </form>
  );
}

/** LibreTranslate (server address + optional key) or an OpenAI-compatible server (address + model + key). */
function ServerSetup({ kind, settings, update, keys }: Props & { kind: 'libre' | 'openai'; keys: SavedKeys }) {
  const savedUrl = kind === 'libre' ? settings.libre.url : settings.openai.baseUrl;
  const [url, setUrl] = useState(savedUrl);
  const [model, setModel] = useState(settings.openai.model);
  const [key, setKey] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [access, setAccess] = useState<boolean | null>(null);

  // Follow changes made elsewhere (another tab, an import) when the field is not being edited.
  useEffect(() => setUrl(savedUrl), [savedUrl]);
  useEffect(() => setModel(settings.openai.model), [settings.openai.model]);
  useEffect(() => {
    let live = true;
    if (savedUrl) void hasAccess(savedUrl).then((ok) => live && setAccess(ok));
    else setAccess(null);
    return () => {
      live = false;
    };
  }, [savedUrl]);

  const urlSchema = kind === 'libre' ? settingsFields().libre.shape.url : settingsFields().openai.shape.baseUrl;
  const trimmed = url.trim();
  const urlValid = urlSchema.safeParse(trimmed).success;
  const modelValid = kind === 'libre' || settingsFields().openai.shape.model.safeParse(model.trim()).success;

  const persist = async () => {
    const patch: SettingsPatch = kind === 'libre' ? { libre: { url: trimmed } } : { openai: { baseUrl: trimmed, model: model.trim() } };
    if (!(await update(patch))) throw new Error(t('settingsNotSaved'));
    if (key.trim()) await saveSecret(kind, key);
    setKey('');
    setAccess(trimmed ? await hasAccess(trimmed) : null);
    setNote({ kind: 'ok', text: t('serverSaved') });
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (!urlValid) return setNote({ kind: 'error', text: t('serverBadUrl') });
    if (!modelValid) return setNote({ kind: 'error', text: t('openaiBadModel') });
    const host = originPattern(trimmed)?.replace(/\/\*$/, '') ?? trimmed;
    // Straight from the click: the browser only asks the user during their action.
    const asked = trimmed ? requestAccess(trimmed) : Promise.resolve(true);
    void asked
      .then(async (granted) => {
        if (!granted) {
          setNote({ kind: 'error', text: t('permissionRefused', host) });
          return;
        }
        await persist();
      })
      .catch((error: unknown) => setNote({ kind: 'error', text: t('permissionError', [host, messageOf(error)]) }));
  };

  const removeKey = () =>
    void saveSecret(kind as SecretName, '').then(
      () => setNote({ kind: 'ok', text: t('keyRemovedNote') }),
      (error: unknown) => setNote({ kind: 'error', text: t('keySaveFailed', messageOf(error)) }),
    );

  const custom = kind === 'openai' && trimmed !== '' && !isBuiltInHost(trimmed);
  return (
    <form class="options__setup" onSubmit={onSubmit} noValidate>
      <div class="rt-field">
        <label class="rt-field__label" for={`${kind}-url`}>
          {kind === 'libre' ? t('libreUrlLabel') : t('openaiUrlLabel')}
        </label>
        <input
          id={`${kind}-url`}
          class="rt-input"
          type="url"
          inputMode="url"
          spellcheck={false}
          placeholder={kind === 'libre' ? 'https://libretranslate.example.org' : 'https://api.openai.com/v1'}
          value={url}
          aria-invalid={trimmed !== '' && !urlValid}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        {kind === 'libre' && <p class="rt-hint">{t('libreUrlHint')}</p>}
      </div>
      {kind === 'openai' && (
        <div class="rt-field">
          <label class="rt-field__label" for="openai-model">
            {t('openaiModelLabel')}
          </label>
          <input id="openai-model" class="rt-input" type="text" spellcheck={false} value={model} onInput={(e) => setModel(e.currentTarget.value)} />
        </div>
      )}
      <KeyField
        id={`${kind}-key`}
        label={kind === 'libre' ? t('libreKeyLabel') : t('openaiKeyLabel')}
        saved={keys.masked[kind]}
        value={key}
        onInput={setKey}
        hint={kind === 'libre' ? t('libreKeyHint') : t('openaiKeyHint')}
      />
      {kind === 'openai' && (
        <p class="rt-hint options__ollama">
          {t('openaiOllamaNote')} <code>OLLAMA_ORIGINS={location.origin} ollama serve</code>
        </p>
      )}
      {(kind === 'libre' || custom) && savedUrl && access === false && (
        <p class="rt-notice rt-notice--error" role="status">
          {t('permissionMissing', originPattern(savedUrl)?.replace(/\/\*$/, '') ?? savedUrl)}
        </p>
      )}
      <div class="options__buttons">
        <button type="submit" class="button" data-testid={`save-${kind}`}>
          {t('serverSave')}
        </button>
        {keys[kind] && (
          <button type="button" class="button button--quiet" onClick={removeKey}>
            {t('keyRemove')}
          </button>
        )}
      </div>
      <NoteLine note={note} testId={`${kind}-note`} />
    </form>
  );
}

const SAMPLE = '你好，欢迎来到小红书！';

/** Chrome's on-device translator: the state Chrome reports here, a download with progress, a local test. */
function ChromeCard({ settings, onDevice }: { settings: Settings; onDevice: OnDeviceView }) {
  const [test, setTest] = useState<TestState>(null);
  const { state, progress, pair } = onDevice;
  const view = onDeviceView(state);
  const names = new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'language' });
  const name = (tag: string) => names.of(tag) ?? tag;
  const runTest = async () => {
    setTest({ kind: 'running' });
    const started = Date.now();
    try {
      // The sample is Chinese: a Chinese reader's pair starts from English, so test with English then.
      const text = await onDevice.test(pair.sourceLanguage === 'zh' ? SAMPLE : 'Hello, welcome to RedNote!');
      setTest({ kind: 'ok', text, ms: Date.now() - started });
    } catch (error) {
      const e = error as { code?: string; message?: string };
      setTest({ kind: 'error', code: e.code ?? 'error', message: e.message ?? String(error) });
    }
  };
  return (
    <article class="options__card" id="provider-chrome" data-provider="chrome" aria-labelledby="provider-chrome-name">
      <header class="options__card-head">
        <h3 id="provider-chrome-name">{providerName('chrome')}</h3>
        {settings.provider === 'chrome' && <span class="options__tag">{t('optionsDefaultTag')}</span>}
        <ProviderStatusBadge view={view} testId="status-chrome" />
      </header>
      <p class="rt-hint">{t('providerDescChrome')}</p>
      {state.kind === 'no-api' ? (
        <p class="rt-hint" data-testid="chrome-note">
          {t('chromeNoApiHint')}
        </p>
      ) : (
        <p class="rt-hint" data-testid="chrome-pair">
          {t('chromePairHint', [name(pair.sourceLanguage), name(pair.targetLanguage)])}
        </p>
      )}
      {(state.kind === 'downloadable' || state.kind === 'error') && (
        <div class="options__buttons">
          {/* The click itself starts the download: Chrome allows it only during the user's action. */}
          <button type="button" class="button" data-testid="chrome-download" onClick={onDevice.download}>
            {t('chromeDownload')}
          </button>
        </div>
      )}
      {state.kind === 'downloading' && (
        <div class="options__progress" data-testid="chrome-progress">
          <progress max={1} value={progress ?? undefined} aria-labelledby="chrome-progress-label" />
          <span id="chrome-progress-label" aria-live="polite">
            {progress === null ? t('chromeStateDownloading') : t('chromeDownloadProgress', String(Math.round(progress * 100)))}
          </span>
          {onDevice.ownDownload && (
            <button type="button" class="button button--quiet button--small" data-testid="chrome-cancel" onClick={onDevice.cancel}>
              {t('chromeDownloadCancel')}
            </button>
          )}
        </div>
      )}
      {state.kind === 'error' && <NoteLine note={{ kind: 'error', text: t('chromeDownloadFailed', state.message) }} testId="chrome-error" />}
      {state.kind === 'available' && (
        <div class="options__test">
          <button type="button" class="button button--quiet" data-testid="test-chrome" disabled={test?.kind === 'running'} onClick={() => void runTest()}>
            {test?.kind === 'running' ? t('optionsTesting') : t('optionsTest')}
          </button>
          <output class="options__test-result" data-testid="test-result-chrome" data-state={test?.kind ?? ''} aria-live="polite">
            {test?.kind === 'ok' && (
              <>
                <span class="options__test-ok">{t('optionsTestOk', String(test.ms))}</span> <q>{test.text}</q>
              </>
            )}
            {test?.kind === 'error' && (
              <span class="options__test-error">
                {t('optionsTestFailed')} <code>{test.code}</code> {test.message}
              </span>
            )}
          </output>
        </div>
      )}
    </article>
  );
}
