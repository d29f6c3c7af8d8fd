/**
 * The composer panel's words, in the reader's language: its labels, an error's summary, and the
 * hints for a draft (first comment, sensitive topics, personal details) from the guidance tips.
 */
import type { ComposerError, ComposerHint, ComposerLabels } from '@/components/ComposerPanel';
import { FIRST_COMMENT_GREETINGS, draftTriggers, type DraftFindings, type SensitiveTopic } from '@/utils/guidance/composer-hints';
import type { TipTrigger } from '@/utils/guidance/schema';
import { t, type MessageKey } from '@/utils/i18n/t';
import { baseLanguage, nativeName, type LanguageCode } from '@/utils/languages';
import { providerName } from '@/utils/translation/provider-names';

/** How the panel names a language: 中文 for Chinese, otherwise the language's own name. */
export function shortName(code: LanguageCode): string {
  return code === 'zh-CN' ? '中文' : nativeName(code);
}

/** An error's summary by what the reader can do about it; the provider's own message is the detail. */
export function describeError(code: string, message: string): ComposerError {
  const key: MessageKey =
    code === 'network' || code === 'timeout'
      ? 'composerErrorNetwork'
      : code === 'rate-limited' || code === 'quota'
        ? 'composerErrorQuota'
        : code === 'not-configured' || code === 'bad-key' || code === 'no-provider' || code === 'unavailable'
          ? 'composerErrorProvider'
          : 'composerErrorOther';
  return { summary: t(key), detail: message };
}

const TOPIC_KEYS: Record<SensitiveTopic, MessageKey> = {
  politics: 'composerTopicPolitics',
  religion: 'composerTopicReligion',
  drugs: 'composerTopicDrugs',
  gambling: 'composerTopicGambling',
  sexual: 'composerTopicSexual',
};

export interface HintState {
  user: LanguageCode;
  firstComment: boolean;
  findings: DraftFindings;
  dismissed: ReadonlySet<string>;
  tipFor(trigger: TipTrigger, audience: 'newcomer' | 'chinese-reader'): { title: string; text: string } | undefined;
}

/** The hints to show under the panel (only when tips are on: the caller checks). */
export function composerHints({ user, firstComment, findings, dismissed, tipFor }: HintState): ComposerHint[] {
  const zh = baseLanguage(user) === 'zh';
  const audience = zh ? 'chinese-reader' : 'newcomer';
  const hints: ComposerHint[] = [];
  const add = (trigger: TipTrigger, extra: Partial<ComposerHint> = {}) => {
    const tip = tipFor(trigger, audience);
    if (!tip || dismissed.has(trigger)) return;
    hints.push({ id: trigger, title: tip.title, text: tip.text, lang: zh ? 'zh-CN' : 'en', ...extra });
  };
  if (firstComment) {
    add('before-first-comment', {
      greetings: FIRST_COMMENT_GREETINGS.map((g) => ({ text: g.zh, hint: t('composerGreetingTitle', [g.zh, g.pinyin, g.en]) })),
    });
  }
  for (const trigger of draftTriggers(findings)) {
    if (trigger === 'personal-details') {
      add(trigger, { lead: findings.details.map((d) => t(d === 'phone' ? 'composerFoundPhone' : 'composerFoundEmail')).join(' ') });
    } else if (trigger === 'sensitive-topic') {
      add(trigger, { lead: t('composerFoundTopic', [findings.topics.map((topic) => t(TOPIC_KEYS[topic])).join(', ')]) });
    }
  }
  return hints;
}

/** The panel's labels for a translation into `target` for a reader of `user` (by `provider`, once known). */
export function composerLabels(target: LanguageCode, user: LanguageCode, provider: string): ComposerLabels {
  const name = shortName(target);
  return {
    region: t('composerRegion'),
    translationOf: provider ? `${t('composerTranslationOf', [name])} · ${providerName(provider)}` : t('composerTranslationOf', [name]),
    backIn: t('composerBackIn', [nativeName(user)]),
    translating: t('composerTranslating'),
    backTranslating: t('composerBackTranslating'),
    backFailed: t('composerBackFailed'),
    insert: t('composerInsert'),
    insertTitle: t('composerInsertTitle'),
    insertBoth: t('composerInsertBoth'),
    insertBothTitle: t('composerInsertBothTitle'),
    close: t('composerClose'),
    retry: t('composerRetry'),
    stale: t('composerStale'),
    translateAgain: t('composerTranslateAgain'),
    draftKept: t('composerDraftKept'),
    hints: t('composerHints'),
    dismissHint: t('composerDismissHint'),
    greetings: t('composerGreetings'),
  };
}
