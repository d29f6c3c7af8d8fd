import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/schemas/settings';
import { MAX_SETTINGS_FILE_BYTES, SETTINGS_FILE_FORMAT, exportFileName, exportSettings, importSettings } from '@/utils/settings-file';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  targetLanguage: 'ja',
  displayMode: 'replace',
  provider: 'deepl',
  fallbacks: ['microsoft', 'google'],
  libre: { url: 'https://libre.example.net' },
  sites: { 'www.rednote.com': 'never' },
  translate: { ...DEFAULT_SETTINGS.translate, bio: false },
  guidance: { tips: false, glossary: true, labels: true },
  dismissedTips: ['tip-follow'],
};

const file = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) => JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings, ...extra });

describe('settings file: export', () => {
  test('writes the format, the time and every setting, and nothing else', () => {
    const text = exportSettings(custom, new Date('2026-11-21T10:00:00Z'));
    expect(JSON.parse(text)).toEqual({ format: SETTINGS_FILE_FORMAT, exportedAt: '2026-11-21T10:00:00.000Z', settings: custom });
    expect(exportFileName(new Date('2026-11-21T10:00:00Z'))).toBe('red-thread-settings-2026-11-21.json');
  });

  test('never carries a key: secrets are not settings', () => {
    const withStray = { ...custom, deeplKey: 'secret:fx' } as unknown as Settings;
    // Even if something stray were in the object, the export is what import accepts back only when clean.
    const text = exportSettings(withStray);
    expect(importSettings(text, DEFAULT_SETTINGS)).toMatchObject({ ok: false, code: 'unknown-key' });
    expect(exportSettings(custom)).not.toMatch(/key|secret/i);
  });
});

describe('settings file: import', () => {
  test('round-trips an export exactly', () => {
    expect(importSettings(exportSettings(custom), DEFAULT_SETTINGS)).toEqual({ ok: true, settings: custom });
  });

  test('a partial file changes only its fields, over the current settings', () => {
    const result = importSettings(file({ targetLanguage: 'es' }), custom);
    expect(result).toEqual({ ok: true, settings: { ...custom, targetLanguage: 'es' } });
  });

  test('a provider is never its own fallback', () => {
    const result = importSettings(file({ provider: 'google', fallbacks: ['google', 'microsoft', 'microsoft'] }), DEFAULT_SETTINGS);
    expect(result.ok && result.settings.fallbacks).toEqual(['microsoft']);
  });

  test.each([
    ['not JSON', '{"format": "red-thread-settings", "settings": {', 'not-json'],
    ['empty', '', 'not-json'],
    ['an array', '[]', 'not-settings'],
    ['another app’s file', JSON.stringify({ theme: 'dark' }), 'not-settings'],
    ['no settings', JSON.stringify({ format: SETTINGS_FILE_FORMAT }), 'invalid'],
    ['a top-level unknown key', file({}, { extra: 1 }), 'unknown-key'],
    ['a key inside settings', file({ deeplKey: 'x:fx' }), 'unknown-key'],
    ['secrets inside settings', file({ secrets: { deepl: 'x:fx' } }), 'unknown-key'],
    ['an unknown key one level down', file({ guidance: { tips: true, glossary: true, labels: true, extra: 1 } }), 'unknown-key'],
    ['a wrong value', file({ displayMode: 'sideways' }), 'invalid'],
    ['a wrong type', file({ translate: { ...DEFAULT_SETTINGS.translate, bio: 'yes' } }), 'invalid'],
    ['an unknown language', file({ targetLanguage: 'xx' }), 'invalid'],
    ['a non-http server', file({ libre: { url: 'javascript:alert(1)' } }), 'invalid'],
    ['a partial object', file({ guidance: { tips: false } }), 'invalid'],
    ['a newer version', file({ version: 99 }), 'newer-version'],
  ])('refuses %s', (_name, text, code) => {
    const result = importSettings(text, custom);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ code });
  });

  test('names the unknown keys and the bad field', () => {
    expect(importSettings(file({ deeplKey: 'x', guidance: DEFAULT_SETTINGS.guidance }), custom)).toEqual({ ok: false, code: 'unknown-key', detail: 'settings.deeplKey' });
    const bad = importSettings(file({ displayMode: 'sideways' }), custom);
    expect(bad.ok === false && bad.detail).toMatch(/^settings\.displayMode: /);
  });

  test('refuses a file over 100 KB before parsing it', () => {
    const big = file({ targetLanguage: 'es' }, { padding: 'x'.repeat(MAX_SETTINGS_FILE_BYTES) });
    expect(importSettings(big, custom)).toMatchObject({ ok: false, code: 'too-large' });
    // Counted in bytes: 40 000 Chinese characters are 120 000 bytes.
    expect(importSettings('中'.repeat(40_000), custom)).toMatchObject({ ok: false, code: 'too-large' });
    expect(MAX_SETTINGS_FILE_BYTES).toBe(100 * 1024);
  });
});
