/** The plain privacy statement, the same on the options and welcome pages, with a link to the full policy page. */
import { t } from '@/utils/i18n/t';

export function PrivacyStatement() {
  return (
    <>
      <ul class="rt-privacy">
        <li>{t('privacyTextGoes')}</li>
        <li>{t('privacyKeys')}</li>
        <li>{t('privacyNoTelemetry')}</li>
        <li>{t('privacyGuidance')}</li>
      </ul>
      <p class="rt-privacy__policy">
        <a href="/privacy.html" data-testid="privacy-policy-link">
          {t('privacyPolicyLink')}
        </a>
      </p>
    </>
  );
}
