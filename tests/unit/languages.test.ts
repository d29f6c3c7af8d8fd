import { describe, expect, test } from 'vitest';
import { LANGUAGE_CODES, TARGET_LANGUAGES, baseLanguage, isLanguageCode, languageFromLocale } from '@/utils/languages';

describe('target languages', () => {
  test('the sixteen the popup promises, each once', () => {
    expect(TARGET_LANGUAGES.map((l) => l.native)).toEqual([
      'English',
      '简体中文',
      '繁體中文',
      'Español',
      '日本語',
      '한국어',
      'Português',
      'Français',
      'Deutsch',
      'Русский',
      'Tiếng Việt',
      'Bahasa Indonesia',
      'ไทย',
      'العربية',
      'हिन्दी',
      'Italiano',
    ]);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
  });

  test.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh_HK', 'zh-TW'],
    ['pt-BR', 'pt'],
    ['es-419', 'es'],
    ['nl-NL', 'en'],
    [undefined, 'en'],
  ])('browser locale %s maps to %s', (locale, expected) => {
    expect(languageFromLocale(locale)).toBe(expected);
  });

  test('codes and base languages', () => {
    expect(isLanguageCode('ja')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(baseLanguage('zh-TW')).toBe('zh');
    expect(baseLanguage('EN_us')).toBe('en');
  });
});
