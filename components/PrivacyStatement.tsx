/** The plain privacy statement, the same on the options and welcome pages. */
import { t } from '@/utils/i18n/t';

export function PrivacyStatement() {
  return (
    <ul class="rt-privacy">
      <li>{t('privacyTextGoes')}</li>
      <li>{t('privacyKeys')}</li>
      <li>{t('privacyNoTelemetry')}</li>
      <li>{t('privacyGuidance')}</li>
    </ul>
  );
}
