/** The overlay's words, in the browser's language (the extension's own _locales). */
import type { TranslationBlockLabels } from '@/components/translation-block';
import { browser } from '@/utils/browser';
import { baseLanguage } from '@/utils/languages';
import { t, type MessageKey } from '@/utils/i18n/t';
import { providerName } from '@/utils/translation/provider-names';

let names: Intl.DisplayNames | null | undefined;

/**
 * "Chinese" for "zh-Hans", in the reader's interface language. The languages RedNote's posts
 * come in are named by the extension's own catalogue (languageName_*); only a rarer one asks
 * the browser, because Intl.DisplayNames loads its locale data in each page that creates one
 * (measured: about 28 ms of a RedNote page's load on the bench machine).
 */
export function languageName(code: string): string {
  if (!code) return '';
  const known = browser.i18n.getMessage(`languageName_${baseLanguage(code)}` as MessageKey);
  if (known) return known;
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'language' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
const cache = new Map<string, TranslationBlockLabels>();

export function blockLabels(detected: string, provider: string): TranslationBlockLabels {
  const key = `${detected}|${provider}`;
  let labels = cache.get(key);
  if (!labels) {
    const name = providerName(provider);
    labels = {
      translating: t('overlayTranslating'),
      failed: t('overlayFailed'),
      retry: t('overlayRetry'),
      showOriginal: t('overlayShowOriginal'),
      hideOriginal: t('overlayHideOriginal'),
      hideTranslation: t('overlayHideTranslation'),
      showTranslation: t('overlayShowTranslation'),
      provenance: detected ? t('overlayProvenance', [languageName(detected), name]) : t('overlayProvenanceUnknown', [name]),
      region: t('overlayRegion'),
      slang: t('overlaySlang'),
    };
    cache.set(key, labels);
  }
  return labels;
}
