/**
 * Google's two free endpoints:
 * - translateHtml (batched): POST translate-pa.googleapis.com/v1/translateHtml,
 *   body [[[texts], "auto", "en"], "wt_lib"], header X-Goog-API-Key -> [[translations], [detected]]
 * - translate_a/single (one text, GET): -> [[[trans, orig, …]], null, "zh-CN"] or, with dj=1, {sentences, src}
 */
import { detectScript, fakeTranslate, unescapeMarkup } from './fake-translate';
import { header, json, parseJson, type Standin } from './types';

const G_CODES: Record<string, string> = { zh: 'zh-CN', ja: 'ja', ko: 'ko', en: 'en' };

export const googleHtml: Standin = {
  id: 'google',
  handles: (r) => r.host === 'translate-pa.googleapis.com' && r.path === '/v1/translateHtml',
  decode(r) {
    const body = parseJson(r.body);
    if (!Array.isArray(body) || !Array.isArray(body[0])) return null;
    const [texts, from, to] = body[0] as unknown[];
    if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string') || typeof to !== 'string') return null;
    return { texts: texts.map(unescapeMarkup), from: typeof from === 'string' ? from : null, to };
  },
  answer(r) {
    if (r.method !== 'POST') return json(405, [405, 'Method not allowed']);
    if (!header(r, 'x-goog-api-key')) return json(403, { error: { code: 403, message: 'The request is missing a valid API key.', status: 'PERMISSION_DENIED' } });
    const decoded = this.decode(r);
    if (!decoded || !decoded.to) return json(400, { error: { code: 400, message: 'Invalid JSON payload received.', status: 'INVALID_ARGUMENT' } });
    const to = decoded.to;
    const wire = (parseJson(r.body) as unknown[][])[0]![0] as string[];
    return json(200, [wire.map((t) => fakeTranslate(t, to)), wire.map((t) => G_CODES[detectScript(t)])]);
  },
};

export const googleSingle: Standin = {
  id: 'google-single',
  handles: (r) => r.host === 'translate.googleapis.com' && r.path === '/translate_a/single',
  decode(r) {
    const q = r.query.get('q');
    const to = r.query.get('tl');
    return q === null || !to ? null : { texts: [q], from: r.query.get('sl'), to };
  },
  answer(r) {
    const decoded = this.decode(r);
    if (!decoded || !decoded.to) return json(400, null);
    const text = decoded.texts[0] ?? '';
    const trans = fakeTranslate(text, decoded.to);
    const src = G_CODES[detectScript(text)];
    if (r.query.get('dj') === '1') return json(200, { sentences: [{ trans, orig: text }], src });
    return json(200, [[[trans, text, null, null, 10]], null, src]);
  },
};
