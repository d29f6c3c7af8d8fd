/**
 * DeepL API: POST api-free.deepl.com/v2/translate (keys ending ":fx") or api.deepl.com/v2/translate,
 * Authorization: DeepL-Auth-Key <key>, JSON {text: [...], target_lang, source_lang?}
 * -> {translations: [{detected_source_language, text}]}. 403 bad key, 456 quota exceeded, 400 over 50 texts.
 */
import { detectScript, fakeTranslate } from './fake-translate';
import { header, json, parseJson, type Standin } from './types';

/** Keys the stand-in accepts; a test adds the key it types into the options page. */
export const deeplKeys = new Set<string>(['test-key:fx', 'test-pro-key']);
/** Keys whose quota is used up (456). */
export const deeplExhaustedKeys = new Set<string>();

export const deepl: Standin = {
  id: 'deepl',
  handles: (r) => (r.host === 'api-free.deepl.com' || r.host === 'api.deepl.com') && r.path === '/v2/translate',
  decode(r) {
    const body = parseJson(r.body) as { text?: unknown; target_lang?: unknown; source_lang?: unknown } | undefined;
    if (!body || !Array.isArray(body.text) || !body.text.every((t) => typeof t === 'string') || typeof body.target_lang !== 'string') return null;
    return { texts: body.text, from: typeof body.source_lang === 'string' ? body.source_lang : null, to: body.target_lang };
  },
  answer(r) {
    const auth = header(r, 'authorization') ?? '';
    const key = auth.startsWith('DeepL-Auth-Key ') ? auth.slice('DeepL-Auth-Key '.length) : '';
    const freeKey = key.endsWith(':fx');
    if (!deeplKeys.has(key)) return json(403, { message: 'Authorization failure, check auth_key' });
    if (freeKey !== (r.host === 'api-free.deepl.com')) return json(403, { message: 'Wrong endpoint. Use https://api' + (freeKey ? '-free' : '') + '.deepl.com' });
    if (deeplExhaustedKeys.has(key)) return json(456, { message: 'Quota exceeded. The character limit has been reached.' });
    const decoded = this.decode(r);
    if (!decoded || !decoded.to) return json(400, { message: "Value for 'target_lang' not supported." });
    if (decoded.texts.length > 50) return json(413, { message: 'Request Entity Too Large' });
    const to = decoded.to;
    return json(200, {
      translations: decoded.texts.map((t) => ({ detected_source_language: detectScript(t).toUpperCase(), text: fakeTranslate(t, to) })),
    });
  },
};
