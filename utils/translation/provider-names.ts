import type { ProviderId } from '../schemas/settings';

export const PROVIDER_NAMES: Record<ProviderId, string> = {
  microsoft: 'Microsoft Translator',
  google: 'Google Translate',
  deepl: 'DeepL',
  libre: 'LibreTranslate',
  openai: 'AI (OpenAI-compatible)',
  chrome: 'Chrome on-device',
};

export function providerName(id: string): string {
  return PROVIDER_NAMES[id as ProviderId] ?? id;
}
