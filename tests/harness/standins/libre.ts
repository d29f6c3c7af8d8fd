/**
 * LibreTranslate: POST <base>/translate, JSON {q: string | string[], source, target, format, api_key?}
 * -> {translatedText: string | string[], detectedLanguage: {...} | [{...}]}.
 */
import { detectScript, fakeTranslate } from './fake-translate';
import { json, parseJson, type Standin } from './types';

/** When set, the server wants this api_key (like an instance started with --api-keys). */
export const libreConfig: { requiredKey: string | null } = { requiredKey: null };

export const libre: Standin = {
  id: 'libre',
  handles: (r) => r.host === 'libre.example.net' && r.path === '/translate',
  decode(r) {
    const body = parseJson(r.body) as { q?: unknown; source?: unknown; target?: unknown } | undefined;
    if (!body || typeof body.target !== 'string') return null;
    const texts = typeof body.q === 'string' ? [body.q] : Array.isArray(body.q) && body.q.every((t) => typeof t === 'string') ? body.q : null;
    if (!texts) return null;
    return { texts, from: typeof body.source === 'string' ? body.source : null, to: body.target };
  },
  answer(r) {
    const body = parseJson(r.body) as { q?: unknown; api_key?: unknown } | undefined;
    if (libreConfig.requiredKey && body?.api_key !== libreConfig.requiredKey) {
      return json(403, { error: 'Invalid API key' });
    }
    const decoded = this.decode(r);
    if (!decoded || !decoded.to) return json(400, { error: 'Invalid request: missing q or target parameter' });
    const to = decoded.to;
    const detected = (t: string) => ({ confidence: 90, language: detectScript(t) });
    if (typeof body?.q === 'string') {
      return json(200, { translatedText: fakeTranslate(body.q, to), detectedLanguage: detected(body.q) });
    }
    return json(200, { translatedText: decoded.texts.map((t) => fakeTranslate(t, to)), detectedLanguage: decoded.texts.map(detected) });
  },
};
