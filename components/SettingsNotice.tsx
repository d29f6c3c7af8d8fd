/** The one-time notice that some stored settings could not be read and were reset (or came from a newer version). */
import { t } from '@/utils/i18n/t';

export function SettingsNotice({ fields, fromFuture, onDismiss }: { fields: string[]; fromFuture: boolean; onDismiss(): void }) {
  if (fields.length === 0 && !fromFuture) return null;
  return (
    <div class="rt-notice rt-notice--row" role="status" data-testid="settings-notice">
      <p>
        {fromFuture ? t('settingsFromFuture') : t('settingsWereReset')}
        {fields.length > 0 && fields[0] !== '*' && <span class="muted"> ({fields.join(', ')})</span>}
      </p>
      <button type="button" class="button button--quiet button--small" onClick={onDismiss}>
        {t('noticeDismiss')}
      </button>
    </div>
  );
}
