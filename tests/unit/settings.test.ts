import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, applyPatch, readSettings, settingsFields, settingsPatchSchema } from '@/utils/schemas/settings';

describe('reading stored settings forgives field by field', () => {
  test('nothing stored: the defaults, nothing reset', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, resetFields: [], fromFuture: false });
    expect(readSettings(null).settings).toEqual(DEFAULT_SETTINGS);
    // A copy, not the defaults object itself.
    expect(readSettings(undefined).settings).not.toBe(DEFAULT_SETTINGS);
  });

  test.each([
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['true', true],
  ])('not an object (%s): defaults, all reported', (_n, stored) => {
    expect(readSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, resetFields: ['*'], fromFuture: false });
  });

  test('a valid stored value comes back as it is', () => {
    const stored = { ...DEFAULT_SETTINGS, targetLanguage: 'ko', displayMode: 'replace', sites: { 'www.rednote.com': 'never' } };
    expect(readSettings(stored)).toEqual({ settings: stored, resetFields: [], fromFuture: false });
  });

  // One corrupt field at a time: that field is defaulted and reported, every other field kept.
  const good = { ...DEFAULT_SETTINGS, targetLanguage: 'ja', displayMode: 'replace', provider: 'google', fallbacks: ['microsoft'] } as const;
  const corruptions: Array<[string, unknown]> = [
    ['targetLanguage', 'klingon'],
    ['displayMode', 'sideways'],
    ['provider', 'babelfish'],
    ['deepl', 'pro'],
    ['libre', null],
    ['openai', 7],
    ['sites', ['www.rednote.com']],
    ['translate', 'all'],
    ['guidance', false],
    ['dismissedTips', 'tip-1'],
  ];
  test.each(corruptions)('a corrupt %s is defaulted; the rest is kept', (field, bad) => {
    const { settings, resetFields } = readSettings({ ...good, [field]: bad });
    expect(resetFields).toEqual([field]);
    expect((settings as Record<string, unknown>)[field]).toEqual((DEFAULT_SETTINGS as Record<string, unknown>)[field]);
    for (const other of Object.keys(settingsFields())) {
      if (other === field || other === 'version' || (field === 'provider' && other === 'fallbacks')) continue;
      expect((settings as Record<string, unknown>)[other], other).toEqual((good as Record<string, unknown>)[other]);
    }
  });

  test('inside an object, a bad entry is reset and its good neighbours kept', () => {
    const { settings, resetFields } = readSettings({ ...good, guidance: { tips: 'yes', glossary: false, labels: true }, translate: { ...DEFAULT_SETTINGS.translate, comment: false, bio: 3 } });
    expect(settings.guidance).toEqual({ tips: true, glossary: false, labels: true });
    expect(settings.translate).toEqual({ ...DEFAULT_SETTINGS.translate, comment: false });
    expect(resetFields.sort()).toEqual(['guidance.tips', 'translate.bio']);
  });

  test('in a list, the bad items are dropped and the good ones kept', () => {
    const { settings, resetFields } = readSettings({ ...good, fallbacks: ['google', 'babelfish', 'deepl'], dismissedTips: ['a', 5, 'b'] });
    // google is the provider, so not its own fallback.
    expect(settings.fallbacks).toEqual(['deepl']);
    expect(settings.dismissedTips).toEqual(['a', 'b']);
    expect(resetFields.sort()).toEqual(['dismissedTips', 'fallbacks']);
  });

  test('a partial object: what is there is kept, the rest defaulted, nothing reported', () => {
    const { settings, resetFields } = readSettings({ version: 1, targetLanguage: 'vi', guidance: { glossary: false } });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, targetLanguage: 'vi', guidance: { ...DEFAULT_SETTINGS.guidance, glossary: false } });
    expect(resetFields).toEqual([]);
  });

  test('version 0 ({target, enabled}) is migrated: the language kept, the old flag dropped', () => {
    const { settings, resetFields, fromFuture } = readSettings({ target: 'ja', enabled: true });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, targetLanguage: 'ja' });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect('target' in settings || 'enabled' in settings).toBe(false);
    expect(resetFields).toEqual([]);
    expect(fromFuture).toBe(false);
    // A v0 value with a bad language: migrated, then that field reset.
    expect(readSettings({ target: 'xx', enabled: false })).toMatchObject({ settings: DEFAULT_SETTINGS, resetFields: ['targetLanguage'] });
  });

  test('a newer version: known valid fields kept, unknown ones ignored, flagged as from the future', () => {
    const { settings, resetFields, fromFuture } = readSettings({
      version: SETTINGS_VERSION + 3,
      displayMode: 'replace',
      hologram: true,
      guidance: { tips: false, glossary: true, labels: true, aura: 1 },
    });
    expect(fromFuture).toBe(true);
    expect(settings.displayMode).toBe('replace');
    expect(settings.guidance).toEqual({ tips: false, glossary: true, labels: true });
    expect('hologram' in settings).toBe(false);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(resetFields).toEqual([]);
  });

  test('the result always passes the schema', () => {
    for (const stored of [undefined, 'x', { target: 'ko' }, { version: 9, provider: 1, sites: { a: 'maybe' } }, { ...good, openai: { baseUrl: 'ftp://x', model: '' } }]) {
      const { settings } = readSettings(stored);
      for (const [name, schema] of Object.entries(settingsFields())) expect(schema.safeParse((settings as Record<string, unknown>)[name]).success, name).toBe(true);
    }
  });
});

describe('patches from the extension pages', () => {
  test('are strict: unknown keys and the version are refused', () => {
    expect(settingsPatchSchema().safeParse({ displayMode: 'replace' }).success).toBe(true);
    expect(settingsPatchSchema().safeParse({ displayMode: 'replace', deeplKey: 'x' }).success).toBe(false);
    expect(settingsPatchSchema().safeParse({ version: 2 }).success).toBe(false);
  });

  test('apply over the current settings, and a provider is dropped from its own fallbacks', () => {
    const next = applyPatch(DEFAULT_SETTINGS, { provider: 'google' });
    expect(next.provider).toBe('google');
    expect(next.fallbacks).toEqual([]);
    expect(next.version).toBe(SETTINGS_VERSION);
  });
});
