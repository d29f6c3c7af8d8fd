/**
 * The languages a reader can choose as their target. Codes are BCP 47 tags as the
 * extension uses them internally; each provider maps them to its own spelling.
 * Pure data: no browser API here.
 */
export const TARGET_LANGUAGES = [
  { code: 'en', native: 'English', english: 'English' },
  { code: 'zh-CN', native: '简体中文', english: 'Chinese (Simplified)' },
  { code: 'zh-TW', native: '繁體中文', english: 'Chinese (Traditional)' },
  { code: 'es', native: 'Español', english: 'Spanish' },
  { code: 'ja', native: '日本語', english: 'Japanese' },
  { code: 'ko', native: '한국어', english: 'Korean' },
  { code: 'pt', native: 'Português', english: 'Portuguese' },
  { code: 'fr', native: 'Français', english: 'French' },
  { code: 'de', native: 'Deutsch', english: 'German' },
  { code: 'ru', native: 'Русский', english: 'Russian' },
  { code: 'vi', native: 'Tiếng Việt', english: 'Vietnamese' },
  { code: 'id', native: 'Bahasa Indonesia', english: 'Indonesian' },
  { code: 'th', native: 'ไทย', english: 'Thai' },
  { code: 'ar', native: 'العربية', english: 'Arabic' },
  { code: 'hi', native: 'हिन्दी', english: 'Hindi' },
  { code: 'it', native: 'Italiano', english: 'Italian' },
] as const;

export type LanguageCode = (typeof TARGET_LANGUAGES)[number]['code'];

export const LANGUAGE_CODES = TARGET_LANGUAGES.map((l) => l.code) as unknown as readonly [LanguageCode, ...LanguageCode[]];

const byCode = new Map<string, (typeof TARGET_LANGUAGES)[number]>(TARGET_LANGUAGES.map((l) => [l.code, l]));

export function isLanguageCode(value: string): value is LanguageCode {
  return byCode.has(value);
}

export function nativeName(code: LanguageCode): string {
  return byCode.get(code)?.native ?? code;
}

/** Both Chinese scripts count as "Chinese" when deciding whether text is already in the target language. */
export function baseLanguage(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0] ?? code;
}

/**
 * Map a browser UI locale (navigator.language, i18n.getUILanguage: "en-US", "zh-Hant-TW", "pt-BR")
 * to the closest target language; English when nothing fits.
 */
export function languageFromLocale(locale: string | undefined): LanguageCode {
  if (!locale) return 'en';
  const lower = locale.toLowerCase().replace(/_/g, '-');
  if (lower.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-TW' : 'zh-CN';
  }
  const base = baseLanguage(lower);
  const match = TARGET_LANGUAGES.find((l) => l.code === base);
  return match ? match.code : 'en';
}
