/**
 * The toolbar popup: the target language, this page and this site, how translations show,
 * what is happening on the tab (refreshed every second) and the provider's health.
 */
import { useState } from 'preact/hooks';
import { askTab } from '@/utils/messaging';
import { CacheNotice } from '@/components/CacheNotice';
import { LanguageSelect } from '@/components/LanguageSelect';
import { Logo } from '@/components/Logo';
import { onDeviceView, providerView, ProviderStatusBadge, type KeysPresent, type ProviderView } from '@/components/ProviderStatus';
import { Segmented } from '@/components/Segmented';
import { SettingsNotice } from '@/components/SettingsNotice';
import { Switch } from '@/components/Switch';
import { isOpenPopupCommand, useCommands } from '@/components/useCommands';
import { useKeysPresent } from '@/components/useKeysPresent';
import { useOnDevice } from '@/components/useOnDevice';
import { useProviderStatus, type ProvidersStatus } from '@/components/useProviderStatus';
import { resolvedTarget, useSettings } from '@/components/useSettings';
import { browser } from '@/utils/browser';
import { COMMAND_SWITCH_DISPLAY, COMMAND_TOGGLE_PAGE } from '@/utils/commands';
import { t } from '@/utils/i18n/t';
import type { DisplayMode, Settings } from '@/utils/schemas/settings';
import { maskSecret } from '@/utils/storage/secrets';
import { providerName } from '@/utils/translation/provider-names';
import { useTab, type TabState } from './useTab';

const REDNOTE_URL = 'https://www.xiaohongshu.com/explore';

export function App() {
  const { settings, update, error, resetFields, fromFuture, dismissNotice } = useSettings({ takeNotice: true });
  const { tab, refresh, setTab } = useTab();
  const [actionError, setActionError] = useState<string | null>(null);

  const setPageEnabled = async (tabId: number, enabled: boolean) => {
    if (tab.kind === 'site') setTab({ ...tab, status: { ...tab.status, enabled } });
    const answer = await askTab(tabId, { type: 'page.setEnabled', enabled });
    setActionError(answer.ok ? null : t('popupTabError', answer.message));
    refresh();
  };

  const retryFailed = async (tabId: number) => {
    const answer = await askTab(tabId, { type: 'retryFailed' });
    setActionError(answer.ok ? null : t('popupTabError', answer.message));
    refresh();
  };

  return (
    <main class="popup">
      <header class="popup__header">
        <Logo size={28} />
        <h1>{t('extShortName')}</h1>
        <OptionsLink class="popup__gear" label={t('popupOpenOptions')}>
          <GearIcon />
        </OptionsLink>
      </header>

      {(error || actionError) && (
        <p class="rt-notice rt-notice--error" role="alert">
          {actionError ?? t('settingsSaveError', error ?? '')}
        </p>
      )}
      <SettingsNotice fields={resetFields} fromFuture={fromFuture} onDismiss={dismissNotice} />

      {!settings ? (
        <p class="muted" aria-busy="true">
          {t('popupLoading')}
        </p>
      ) : (
        <>
          <LanguageSelect id="target-language" label={t('popupTargetLanguage')} value={resolvedTarget(settings)} onChange={(code) => void update({ targetLanguage: code })} />
          <TabSection
            tab={tab}
            settings={settings}
            onPageEnabled={(tabId, enabled) => void setPageEnabled(tabId, enabled)}
            onRetry={(tabId) => void retryFailed(tabId)}
            onSite={(host, rule, tabId) => {
              void update({ sites: { ...settings.sites, [host]: rule } });
              // The choice applies to the open page at once, whatever the page switch said before.
              void setPageEnabled(tabId, rule === 'always');
            }}
          />
          <section class="popup__group" aria-label={t('popupDisplayGroup')}>
            <Segmented<DisplayMode>
              name="display-mode"
              legend={t('popupDisplayMode')}
              value={settings.displayMode}
              options={[
                { value: 'bilingual', label: t('displayBilingual') },
                { value: 'replace', label: t('displayReplace') },
              ]}
              onChange={(displayMode) => void update({ displayMode })}
            />
            <Switch id="guidance-tips" label={t('guidanceTips')} checked={settings.guidance.tips} onChange={(tips) => void update({ guidance: { ...settings.guidance, tips } })} />
            <Switch id="image-text" label={t('imageTextSetting')} checked={settings.imageText.enabled} onChange={(enabled) => void update({ imageText: { ...settings.imageText, enabled } })} />
          </section>
          <ShortcutsLine />
          <ProviderFooter settings={settings} />
        </>
      )}
    </main>
  );
}

function TabSection(props: {
  tab: TabState;
  settings: Settings;
  onPageEnabled(tabId: number, enabled: boolean): void;
  onRetry(tabId: number): void;
  onSite(host: string, rule: 'always' | 'never', tabId: number): void;
}) {
  const { tab } = props;
  if (tab.kind === 'loading') {
    return (
      <p class="muted" aria-busy="true">
        {t('popupLoading')}
      </p>
    );
  }
  if (tab.kind === 'elsewhere' || tab.kind === 'reload') {
    return (
      <section class="popup__group popup__elsewhere" data-testid={tab.kind === 'elsewhere' ? 'not-rednote' : 'needs-reload'}>
        <p>{tab.kind === 'elsewhere' ? t('popupNotRedNote') : t('popupReloadNeeded')}</p>
        {tab.kind === 'elsewhere' ? (
          <a class="button" href={REDNOTE_URL} target="_blank" rel="noreferrer">
            {t('popupOpenRedNote')}
          </a>
        ) : (
          <button type="button" class="button" onClick={() => void browser.tabs.reload(tab.tabId)}>
            {t('popupReload')}
          </button>
        )}
      </section>
    );
  }
  const { status, host, tabId } = tab;
  const rule = props.settings.sites[host] ?? 'always';
  const { counts } = status;
  return (
    <>
      <section class="popup__group" aria-label={t('popupThisPageGroup')}>
        <Switch id="page-switch" testId="page-switch" label={t('popupThisPage')} checked={status.enabled} onChange={(on) => props.onPageEnabled(tabId, on)} />
        <Segmented<'always' | 'never'>
          name="site-rule"
          testId="site-rule"
          legend={t('popupThisSite', host)}
          value={rule}
          options={[
            { value: 'always', label: t('siteAlways') },
            { value: 'never', label: t('siteNever') },
          ]}
          onChange={(next) => props.onSite(host, next, tabId)}
        />
      </section>
      <section class="popup__group popup__activity" data-testid="tab-status" aria-live="polite" aria-label={t('popupActivity')}>
        <h2 class="popup__subhead">{t('popupActivity')}</h2>
        {!status.enabled && <p class="muted popup__off">{t('popupPageOff')}</p>}
        <dl class="popup__counts">
          <Count name="translated" label={t('countTranslated')} value={counts.translated} />
          <Count name="waiting" label={t('countWaiting')} value={counts.waiting} />
          <Count name="failed" label={t('countFailed')} value={counts.failed} />
          <Count name="cached" label={t('countCached')} value={counts.cached} />
        </dl>
        {counts.failed > 0 && (
          <button type="button" class="button button--quiet button--small" data-testid="retry-failed" onClick={() => props.onRetry(tabId)}>
            {t('popupRetryFailed')}
          </button>
        )}
      </section>
    </>
  );
}

/** The two shortcuts as the browser has them now (the user may have changed them), and where to change them. */
function ShortcutsLine() {
  // In the manifest's order (the browser lists them in any order).
  const order: string[] = [COMMAND_TOGGLE_PAGE, COMMAND_SWITCH_DISPLAY];
  const commands = useCommands()
    ?.filter((c) => !isOpenPopupCommand(c.name))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  if (!commands || commands.length === 0) return null;
  return (
    <section class="popup__shortcuts" data-testid="popup-shortcuts" aria-labelledby="popup-shortcuts-title">
      <div class="popup__provider-row">
        <h2 class="muted popup__shortcuts-title" id="popup-shortcuts-title">
          {t('popupShortcuts')}
        </h2>
        <OptionsLink class="popup__options-link" hash="#shortcuts">
          {t('popupShortcutsChange')}
        </OptionsLink>
      </div>
      <ul>
        {commands.map((c) => (
          <li key={c.name} data-command={c.name}>
            {c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('shortcutsNotSet')}</span>} <span>{c.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Count({ name, label, value }: { name: string; label: string; value: number }) {
  return (
    <div class={`popup__count popup__count--${name}${value > 0 ? ' popup__count--some' : ''}`} data-count={name}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ProviderFooter({ settings }: { settings: Settings }) {
  const status = useProviderStatus(1000);
  const keys = useKeysPresent(maskSecret);
  return settings.provider === 'chrome' ? (
    <OnDeviceFooter settings={settings} status={status} keys={keys} />
  ) : (
    <FooterBody settings={settings} status={status} keys={keys} view={providerView(settings.provider, status.providers?.[settings.provider], settings, keys)} />
  );
}

/** Chrome's on-device translator runs in pages, not in the background: its state is what Chrome reports here. */
function OnDeviceFooter(props: { settings: Settings; status: ProvidersStatus; keys: KeysPresent }) {
  const onDevice = useOnDevice(resolvedTarget(props.settings));
  return <FooterBody {...props} view={onDeviceView(onDevice.state)} />;
}

function FooterBody({ settings, status, keys, view }: { settings: Settings; status: ProvidersStatus; keys: KeysPresent; view: ProviderView }) {
  const current = settings.provider;
  // When the chosen one can't work, say which fallback is doing the work.
  const standIn =
    view.state === 'resting' || view.state === 'needs-setup' || view.state === 'unavailable'
      ? settings.fallbacks.find((id) => id !== 'chrome' && ['ok', 'unknown'].includes(providerView(id, status.providers?.[id], settings, keys).state))
      : undefined;
  return (
    <footer class="popup__provider" data-testid="provider-status">
      <div class="popup__provider-row">
        <span class="muted popup__provider-label">{t('popupProvider')}</span>
        <OptionsLink class="popup__options-link" hash="#providers">
          {t('popupProviderSettings')}
        </OptionsLink>
      </div>
      <div class="popup__provider-row">
        <span class="popup__provider-name">{providerName(current)}</span>
        <ProviderStatusBadge view={view} />
      </div>
      {view.detail && <p class="rt-hint">{view.detail}</p>}
      {standIn && <p class="rt-hint">{t('popupUsingFallback', providerName(standIn))}</p>}
      <CacheNotice
        state={status.cache}
        action={
          <OptionsLink class="popup__options-link" hash="#data">
            {t('cacheNoticeOpenData')}
          </OptionsLink>
        }
      />
    </footer>
  );
}

function OptionsLink(props: { class: string; label?: string; hash?: string; children: preact.ComponentChildren }) {
  const url = browser.runtime.getURL(`/options.html${props.hash ?? ''}`);
  return (
    <a
      class={props.class}
      href={url}
      target="_blank"
      rel="noreferrer"
      aria-label={props.label}
      title={props.label}
      onClick={(e) => {
        e.preventDefault();
        // openOptionsPage can't take a section; a section link opens the page at that section in a tab.
        const open = props.hash ? browser.tabs.create({ url }) : browser.runtime.openOptionsPage();
        void open.then(() => {
          // As a real popup it closes itself; opened as a page (tests, ?tabId=) it stays.
          if (!new URLSearchParams(location.search).has('tabId')) window.close();
        });
      }}
    >
      {props.children}
    </a>
  );
}

function GearIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M19.14 12.94c.04-.3.06-.61.06-.94 0-.32-.02-.64-.07-.94l2.03-1.58a.49.49 0 0 0 .12-.61l-1.92-3.32a.49.49 0 0 0-.59-.22l-2.39.96c-.5-.38-1.03-.7-1.62-.94l-.36-2.54a.48.48 0 0 0-.48-.41h-3.84a.47.47 0 0 0-.47.41l-.36 2.54c-.59.24-1.13.57-1.62.94l-2.39-.96a.48.48 0 0 0-.59.22L2.74 8.87a.47.47 0 0 0 .12.61l2.03 1.58c-.05.3-.09.63-.09.94s.02.64.07.94l-2.03 1.58a.49.49 0 0 0-.12.61l1.92 3.32c.12.22.37.29.59.22l2.39-.96c.5.38 1.03.7 1.62.94l.36 2.54c.05.24.24.41.48.41h3.84c.24 0 .44-.17.47-.41l.36-2.54c.59-.24 1.13-.56 1.62-.94l2.39.96c.22.08.47 0 .59-.22l1.92-3.32a.47.47 0 0 0-.12-.61zM12 15.6a3.6 3.6 0 1 1 0-7.2 3.6 3.6 0 0 1 0 7.2z"
      />
    </svg>
  );
}
