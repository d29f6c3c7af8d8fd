/**
 * The options page: reading (language, display, sites), providers, guidance, what to translate,
 * data (cache, settings file), privacy and keyboard shortcuts. Every change is saved at once.
 */
import { LanguageSelect } from '@/components/LanguageSelect';
import { Logo } from '@/components/Logo';
import { PrivacyStatement } from '@/components/PrivacyStatement';
import { Segmented } from '@/components/Segmented';
import { SettingsNotice } from '@/components/SettingsNotice';
import { Switch } from '@/components/Switch';
import { resolvedTarget, useSettings } from '@/components/useSettings';
import { t, type MessageKey } from '@/utils/i18n/t';
import { UNIT_KINDS, type DisplayMode, type Settings, type SettingsPatch, type UnitKind } from '@/utils/schemas/settings';
import { CacheControls, SettingsFile } from './DataSection';
import { ProvidersSection } from './ProvidersSection';
import { ShortcutsSection } from './ShortcutsSection';

const KIND_LABELS: Record<UnitKind, MessageKey> = {
  feedTitle: 'kindFeedTitle',
  noteTitle: 'kindNoteTitle',
  noteBody: 'kindNoteBody',
  comment: 'kindComment',
  bio: 'kindBio',
};

const SECTIONS = [
  ['reading', 'sectionReading'],
  ['providers', 'sectionProviders'],
  ['guidance', 'sectionGuidance'],
  ['translate', 'sectionTranslate'],
  ['data', 'sectionData'],
  ['privacy', 'sectionPrivacy'],
  ['shortcuts', 'sectionShortcuts'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey]>;

export function App() {
  const { settings, update, replace, error, resetFields, fromFuture, dismissNotice } = useSettings({ takeNotice: true });
  return (
    <div class="options">
      <header class="options__header">
        <Logo size={36} />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="muted">{t('optionsSubtitle')}</p>
        </div>
      </header>
      <nav class="options__nav" aria-label={t('optionsNav')}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options__main">
        {error && (
          <p class="rt-notice rt-notice--error" role="alert">
            {t('settingsSaveError', error)}
          </p>
        )}
        <SettingsNotice fields={resetFields} fromFuture={fromFuture} onDismiss={dismissNotice} />
        {!settings ? (
          <p class="muted" aria-busy="true">
            {t('popupLoading')}
          </p>
        ) : (
          <Sections settings={settings} update={update} replace={replace} />
        )}
      </main>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: preact.ComponentChildren }) {
  return (
    <section class="options__section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="muted options__intro">{intro}</p>}
      <div class="options__body">{children}</div>
    </section>
  );
}

function Sections({ settings, update, replace }: { settings: Settings; update(p: SettingsPatch): Promise<boolean>; replace(s: Settings): Promise<boolean> }) {
  const guidance = (patch: Partial<Settings['guidance']>) => void update({ guidance: { ...settings.guidance, ...patch } });
  const offSites = Object.entries(settings.sites).filter(([, rule]) => rule === 'never');
  return (
    <>
      <Section id="reading" title={t('sectionReading')}>
        <div class="options__narrow">
          <LanguageSelect
            id="target-language"
            label={t('popupTargetLanguage')}
            value={resolvedTarget(settings)}
            hint={settings.targetLanguage === null ? t('targetFollowsBrowser') : undefined}
            onChange={(code) => void update({ targetLanguage: code })}
          />
        </div>
        <div class="options__narrow">
          <Segmented<DisplayMode>
            name="display-mode"
            legend={t('popupDisplayMode')}
            value={settings.displayMode}
            hint={settings.displayMode === 'bilingual' ? t('displayBilingualHint') : t('displayReplaceHint')}
            options={[
              { value: 'bilingual', label: t('displayBilingual') },
              { value: 'replace', label: t('displayReplace') },
            ]}
            onChange={(displayMode) => void update({ displayMode })}
          />
        </div>
        <div>
          <p class="options__row-title">{t('sitesTitle')}</p>
          {offSites.length === 0 ? (
            <p class="rt-hint">{t('sitesNoneOff')}</p>
          ) : (
            <ul class="options__sites" data-testid="sites-off">
              {offSites.map(([host]) => (
                <li key={host}>
                  <span>{host}</span>
                  <button type="button" class="button button--quiet button--small" onClick={() => void update({ sites: { ...settings.sites, [host]: 'always' } })}>
                    {t('sitesTurnOn')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </Section>

      <Section id="providers" title={t('sectionProviders')} intro={t('providersIntro')}>
        <ProvidersSection settings={settings} update={update} />
      </Section>

      <Section id="guidance" title={t('sectionGuidance')} intro={t('guidanceIntro')}>
        <div class="options__switches">
          <Switch id="guidance-tips" label={t('guidanceTips')} description={t('guidanceTipsHint')} checked={settings.guidance.tips} onChange={(tips) => guidance({ tips })} />
          <Switch id="guidance-glossary" label={t('guidanceGlossary')} description={t('guidanceGlossaryHint')} checked={settings.guidance.glossary} onChange={(glossary) => guidance({ glossary })} />
          <Switch id="guidance-labels" label={t('guidanceLabels')} description={t('guidanceLabelsHint')} checked={settings.guidance.labels} onChange={(labels) => guidance({ labels })} />
        </div>
        <div class="options__row">
          <p class="rt-hint" data-testid="dismissed-count">
            {t('dismissedCount', String(settings.dismissedTips.length))}
          </p>
          <button type="button" class="button button--quiet" data-testid="show-dismissed" disabled={settings.dismissedTips.length === 0} onClick={() => void update({ dismissedTips: [] })}>
            {t('dismissedReset')}
          </button>
        </div>
      </Section>

      <Section id="translate" title={t('sectionTranslate')} intro={t('translateIntro')}>
        <div class="options__switches">
          {UNIT_KINDS.map((kind) => (
            <Switch
              key={kind}
              id={`kind-${kind}`}
              label={t(KIND_LABELS[kind])}
              checked={settings.translate[kind]}
              onChange={(on) => void update({ translate: { ...settings.translate, [kind]: on } })}
            />
          ))}
          <Switch
            id="image-text"
            label={t('imageTextSetting')}
            description={t('imageTextSettingHint')}
            checked={settings.imageText.enabled}
            onChange={(enabled) => void update({ imageText: { ...settings.imageText, enabled } })}
          />
          <Switch
            id="image-text-auto"
            label={t('imageTextAuto')}
            description={t('imageTextAutoHint')}
            checked={settings.imageText.auto}
            disabled={!settings.imageText.enabled}
            onChange={(auto) => void update({ imageText: { ...settings.imageText, auto } })}
          />
        </div>
      </Section>

      <Section id="data" title={t('sectionData')}>
        <CacheControls />
        <SettingsFile settings={settings} replace={replace} />
      </Section>

      <Section id="privacy" title={t('sectionPrivacy')}>
        <PrivacyStatement />
      </Section>

      <Section id="shortcuts" title={t('sectionShortcuts')}>
        <ShortcutsSection />
      </Section>
    </>
  );
}
