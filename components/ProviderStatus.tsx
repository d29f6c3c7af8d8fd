/**
 * A provider's health as a reader understands it: working, resting after errors (until when),
 * or needing a key or an address. Combines the background's view (`providers.status`) with what
 * the page knows of the setup (a key saved, a server address set), since a provider that was never
 * asked has no errors yet but may still be unusable.
 */
import { browser } from '@/utils/browser';
import { t } from '@/utils/i18n/t';
import type * as z from 'zod/mini';
import type { providerStatusSchema } from '@/utils/schemas/messages';
import type { ProviderId, Settings } from '@/utils/schemas/settings';
import type { OnDeviceState } from './useOnDevice';

export type BackgroundProviderStatus = z.infer<ReturnType<typeof providerStatusSchema>>;

/** Which keys are saved (never the keys themselves). */
export interface KeysPresent {
  deepl: boolean;
  libre: boolean;
  openai: boolean;
}

export type ProviderState = 'ok' | 'resting' | 'needs-setup' | 'unavailable' | 'unknown';

export interface ProviderView {
  state: ProviderState;
  label: string;
  /** The reason, when there is one worth showing (the provider's exact error). */
  detail?: string | undefined;
}

/** True when the provider has what it needs to run (a key, an address). */
export function isConfigured(id: ProviderId, settings: Settings, keys: KeysPresent): boolean {
  switch (id) {
    case 'deepl':
      return keys.deepl;
    case 'libre':
      return settings.libre.url !== '';
    case 'openai':
      return !/^https:\/\/api\.openai\.com\//.test(settings.openai.baseUrl + '/') || keys.openai;
    case 'chrome':
      return false;
    default:
      return true;
  }
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString(browser.i18n.getUILanguage(), { hour: '2-digit', minute: '2-digit' });
}

export function providerView(id: ProviderId, status: BackgroundProviderStatus | undefined, settings: Settings, keys: KeysPresent): ProviderView {
  if (id === 'chrome') return { state: 'unavailable', label: t('providerStateUnavailable') };
  const detail = status?.lastError?.message;
  const needs = id === 'libre' ? t('providerStateNeedsServer') : t('providerStateNeedsKey');
  if (!isConfigured(id, settings, keys)) return { state: 'needs-setup', label: needs };
  if (!status) return { state: 'unknown', label: t('providerStateUnknown') };
  if (status.state === 'needs-setup') return { state: 'needs-setup', label: id === 'microsoft' || id === 'google' ? t('providerStateFailing') : needs, detail };
  if (status.state === 'resting') {
    return { state: 'resting', label: status.until ? t('providerStateRestingUntil', formatTime(status.until)) : t('providerStateResting'), detail };
  }
  return { state: 'ok', label: t('providerStateOk') };
}

/** Chrome's on-device translator, from what Chrome reports in this page (the background cannot run it). */
export function onDeviceView(state: OnDeviceState): ProviderView {
  switch (state.kind) {
    case 'available':
      return { state: 'ok', label: t('chromeStateReady') };
    case 'downloadable':
      return { state: 'needs-setup', label: t('chromeStateDownloadable') };
    case 'downloading':
      return { state: 'resting', label: t('chromeStateDownloading') };
    case 'unavailable':
      return { state: 'unavailable', label: t('chromeStatePairUnavailable') };
    case 'no-api':
      return { state: 'unavailable', label: t('chromeStateNoApi') };
    case 'checking':
      return { state: 'unknown', label: t('chromeStateChecking') };
    case 'error':
      return { state: 'needs-setup', label: t('chromeStateDownloadable'), detail: state.message };
  }
}

export function ProviderStatusBadge({ view, testId }: { view: ProviderView; testId?: string }) {
  return (
    <span class={`rt-status rt-status--${view.state}`} data-state={view.state} data-testid={testId}>
      <span class="rt-status__dot" aria-hidden="true" />
      {view.label}
    </span>
  );
}
