/** What every extension page does first: the document's language and a localized title. */
import { t, type MessageKey } from '@/utils/i18n/t';

export function setupPage(titleKey: MessageKey): void {
  // The language of the catalogue the browser chose (English or Chinese), so screen readers and fonts follow it.
  document.documentElement.lang = t('pageLang');
  document.title = t(titleKey);
}
