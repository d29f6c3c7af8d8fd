import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const read = (locale: string) => JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('the extension’s own languages', () => {
  const english = read('en');
  const locales = readdirSync(LOCALES);

  test('English and Simplified Chinese at least', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh_CN']));
  });

  test.each(locales)('%s has every key, each with a non-empty message', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(messages)) expect(value.message.trim(), key).not.toBe('');
  });

  test('Chinese strings are translated, not copies of the English', () => {
    const chinese = read('zh_CN');
    const copies = Object.keys(english).filter((k) => english[k]!.message.length > 12 && chinese[k]!.message === english[k]!.message);
    expect(copies).toEqual([]);
  });
});
