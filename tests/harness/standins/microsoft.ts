/**
 * Edge's free translator: POST edge.microsoft.com/translate/translatetext?from=&to=
 * with a bare JSON array of strings; one result object per input, in order.
 * Like the real endpoint it runs an HTML aligner: text between tags is translated,
 * tags and entities pass through.
 */
import { detectScript, fakeTranslate, unescapeMarkup } from './fake-translate';
import { json, parseJson, type Standin } from './types';

const MS_CODES: Record<string, string> = { zh: 'zh-Hans', ja: 'ja', ko: 'ko', en: 'en' };
export const MICROSOFT_MAX_ITEMS = 1000;
export const MICROSOFT_MAX_CHARS = 50_000;

function translateMarkup(markup: string, to: string): string {
  // Translate the text runs between tags; keep tags (and the entities inside runs) as they are.
  return markup.replace(/(^|>)([^<]+)(?=<|$)/g, (_m, open: string, run: string) => open + fakeTranslate(run, to));
}

export const microsoft: Standin = {
  id: 'microsoft',
  handles: (r) => r.host === 'edge.microsoft.com' && r.path === '/translate/translatetext',
  decode(r) {
    const body = parseJson(r.body);
    if (!Array.isArray(body) || !body.every((t) => typeof t === 'string')) return null;
    return { texts: body.map(unescapeMarkup), from: r.query.get('from') || null, to: r.query.get('to') };
  },
  answer(r) {
    if (r.method !== 'POST') return json(405, { error: { code: 405000, message: 'The request method is not supported for the requested resource.' } });
    const to = r.query.get('to');
    if (!to) return json(400, { error: { code: 400036, message: 'The target language is not valid.' } });
    const decoded = this.decode(r);
    if (!decoded) return json(400, { error: { code: 400074, message: 'The body of the request is not valid JSON.' } });
    // The aligner works on the escaped wire text: entities pass through, as they do for real.
    const wire = parseJson(r.body) as string[];
    if (decoded.texts.length > MICROSOFT_MAX_ITEMS) return json(400, { error: { code: 400077, message: 'The maximum request size has been exceeded.' } });
    if (decoded.texts.join('').length > MICROSOFT_MAX_CHARS) return json(400, { error: { code: 400050, message: 'The input text is too long.' } });
    return json(
      200,
      wire.map((text) => ({
        detectedLanguage: { language: MS_CODES[detectScript(text)], score: 1.0 },
        translations: [{ text: translateMarkup(text, to), to }],
      })),
    );
  },
};
