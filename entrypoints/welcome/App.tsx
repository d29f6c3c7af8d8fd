/** The first-install page: what Red Thread does, how to switch it, what it sends where, and a way in. */
import { LanguageSelect } from '@/components/LanguageSelect';
import { Logo } from '@/components/Logo';
import { PrivacyStatement } from '@/components/PrivacyStatement';
import { resolvedTarget, useSettings } from '@/components/useSettings';
import { browser } from '@/utils/browser';
import { t } from '@/utils/i18n/t';

const REDNOTE_URL = 'https://www.xiaohongshu.com/explore';

export function App() {
  const { settings, update, error } = useSettings();
  return (
    <main class="welcome">
      <header class="welcome__hero">
        <Logo size={64} />
        <h1>{t('welcomeTitle')}</h1>
        <p class="welcome__lead">{t('welcomeLead')}</p>
      </header>

      <section class="welcome__card welcome__language" aria-labelledby="lang-title">
        <h2 id="lang-title">{t('welcomeLanguageTitle')}</h2>
        {settings ? (
          <LanguageSelect
            id="target-language"
            label={t('popupTargetLanguage')}
            value={resolvedTarget(settings)}
            hint={t('welcomeLanguageHint')}
            onChange={(code) => void update({ targetLanguage: code })}
          />
        ) : (
          <p class="muted">{t('popupLoading')}</p>
        )}
        {error && (
          <p class="rt-notice rt-notice--error" role="alert">
            {t('settingsSaveError', error)}
          </p>
        )}
      </section>

      <section aria-labelledby="what-title">
        <h2 id="what-title" class="welcome__heading">
          {t('welcomeWhatTitle')}
        </h2>
        <ul class="welcome__features">
          <li class="welcome__card">
            <span class="welcome__icon" aria-hidden="true">
              文A
            </span>
            <h3>{t('welcomeFeatureTranslate')}</h3>
            <p>{t('welcomeFeatureTranslateText')}</p>
          </li>
          <li class="welcome__card">
            <span class="welcome__icon" aria-hidden="true">
              💬
            </span>
            <h3>{t('welcomeFeatureSlang')}</h3>
            <p>{t('welcomeFeatureSlangText')}</p>
          </li>
          <li class="welcome__card">
            <span class="welcome__icon" aria-hidden="true">
              🤝
            </span>
            <h3>{t('welcomeFeatureTips')}</h3>
            <p>{t('welcomeFeatureTipsText')}</p>
          </li>
        </ul>
      </section>

      <section class="welcome__card" aria-labelledby="how-title">
        <h2 id="how-title">{t('welcomeHowTitle')}</h2>
        <ol class="welcome__steps">
          <li>{t('welcomeHowToolbar')}</li>
          <li>{t('welcomeHowPage')}</li>
          <li>{t('welcomeHowSite')}</li>
        </ol>
      </section>

      <section class="welcome__card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('sectionPrivacy')}</h2>
        <PrivacyStatement />
      </section>

      <div class="welcome__actions">
        <a class="button welcome__go" href={REDNOTE_URL} data-testid="open-rednote">
          {t('popupOpenRedNote')}
        </a>
        <a
          class="button button--quiet"
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('welcomeOpenOptions')}
        </a>
      </div>
    </main>
  );
}
