/**
 * The stand-ins' "translation": deterministic and recognisable, so a test can tell which
 * text was translated into which language by which provider, and a person looking at a
 * screenshot can see at once that a stand-in answered.
 */

/** Han, kana, hangul or Latin: enough to label a source language the way providers do. */
export function detectScript(text: string): 'zh' | 'ja' | 'ko' | 'en' {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  return 'en';
}

/** A few phrases get a real-looking translation; everything else is tagged with the target language. */
const PHRASES: Record<string, string> = {
  家人们谁懂啊: 'Fam, who gets it',
  这也太好吃了吧: 'this is way too delicious',
  欢迎欢迎: 'welcome, welcome',
  你好: 'hello',
  谢谢: 'thank you',
  hello: '你好',
  'thank you': '谢谢',
};

export function fakeTranslate(text: string, to: string): string {
  const known = PHRASES[text.trim()] ?? PHRASES[text.trim().toLowerCase()];
  if (known) return known;
  return `[${to}] ${text}`;
}

/** HTML-aware endpoints receive escaped text; the stand-ins record what was meant. */
export function unescapeMarkup(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
