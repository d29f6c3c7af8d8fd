/**
 * The message schemas, channel by channel: every request a context may send is accepted in its
 * real shape and nothing more (the content script's channel holds no privileged request), every
 * cap holds at its edge, and each request type's reply schema accepts the reply its handler gives.
 */
import { describe, expect, test } from 'vitest';
import {
  MAX_SEGMENT_TEXT_CHARS,
  MAX_SEGMENTS_PER_MESSAGE,
  MAX_SELECTION_CHARS,
  contentReplies,
  contentRequestSchema,
  errorReplySchema,
  pageReplies,
  pageRequestSchema,
  portReplySchema,
  portRequestSchema,
  segmentResultSchema,
  tabReplies,
  tabRequestSchema,
  tabStatusReplySchema,
  unitCountsSchema,
} from '@/utils/schemas/messages';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('what a content script may ask', () => {
  test.each([
    { type: 'ping' },
    { type: 'counts', counts: { translated: 3, waiting: 0, failed: 1, cached: 2 } },
    { type: 'guidance.get', lang: 'en' },
    { type: 'tips.dismiss', id: 'ip-location' },
    { type: 'tips.off' },
    { type: 'features.load' },
    { type: 'image.read', url: 'https://sns-webpic-qc.xhscdn.com/abc' },
    { type: 'image.state' },
  ])('accepted: $type', (request) => {
    expect(contentRequestSchema().parse(request)).toEqual(request);
  });

  test.each([{ type: 'providers.status' }, { type: 'providers.test', provider: 'deepl' }, { type: 'cache.stats' }, { type: 'cache.clear' }, { type: 'nope' }, {}])(
    'refused on the content channel: %o',
    (request) => {
      expect(ok(contentRequestSchema(), request)).toBe(false);
    },
  );

  test('counts are whole numbers, never negative', () => {
    const counts = { translated: 0, waiting: 0, failed: 0, cached: 0 };
    expect(ok(unitCountsSchema(), counts)).toBe(true);
    for (const field of Object.keys(counts)) {
      expect(ok(unitCountsSchema(), { ...counts, [field]: -1 }), field).toBe(false);
      expect(ok(unitCountsSchema(), { ...counts, [field]: 1.5 }), field).toBe(false);
    }
  });

  test('a dismissed tip id is at most 100 characters; guidance only for a language we know', () => {
    expect(ok(contentRequestSchema(), { type: 'tips.dismiss', id: 'x'.repeat(100) })).toBe(true);
    expect(ok(contentRequestSchema(), { type: 'tips.dismiss', id: 'x'.repeat(101) })).toBe(false);
    expect(ok(contentRequestSchema(), { type: 'guidance.get', lang: 'klingon' })).toBe(false);
  });
});

describe('what only the extension’s pages may ask', () => {
  test.each([{ type: 'ping' }, { type: 'providers.status' }, { type: 'providers.test', provider: 'deepl' }, { type: 'cache.stats' }, { type: 'cache.clear' }])('accepted: $type', (request) => {
    expect(pageRequestSchema().parse(request)).toEqual(request);
  });

  test('a provider test names a provider we have', () => {
    expect(ok(pageRequestSchema(), { type: 'providers.test', provider: 'babelfish' })).toBe(false);
    expect(ok(pageRequestSchema(), { type: 'tips.off' })).toBe(false);
  });
});

describe('what the popup and background send a tab', () => {
  test.each([
    { type: 'status' },
    { type: 'page.setEnabled', enabled: false },
    { type: 'page.setEnabled', enabled: true, announce: true },
    { type: 'retryFailed' },
    { type: 'display.announce', mode: 'replace' },
    { type: 'selection.translate', text: '你好' },
  ])('accepted: $type', (request) => {
    expect(tabRequestSchema().parse(request)).toEqual(request);
  });

  test('a selection is 1 to 20,000 characters; a display mode is one we have', () => {
    expect(ok(tabRequestSchema(), { type: 'selection.translate', text: '' })).toBe(false);
    expect(ok(tabRequestSchema(), { type: 'selection.translate', text: 'x'.repeat(MAX_SELECTION_CHARS) })).toBe(true);
    expect(ok(tabRequestSchema(), { type: 'selection.translate', text: 'x'.repeat(MAX_SELECTION_CHARS + 1) })).toBe(false);
    expect(ok(tabRequestSchema(), { type: 'display.announce', mode: 'sideways' })).toBe(false);
  });
});

describe('the translation port', () => {
  const translate = (segments: unknown, extra: object = {}) => ({ type: 'translate', to: 'en', segments, ...extra });

  test('a translate request: 1 to 1000 segments, ids of 1 to 80 characters, texts of 1 to 5000', () => {
    expect(portRequestSchema().parse(translate([{ id: 'u1', text: '你好' }], { retry: true }))).toEqual(translate([{ id: 'u1', text: '你好' }], { retry: true }));
    expect(ok(portRequestSchema(), translate([]))).toBe(false);
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `u${i}`, text: 'x' }));
    expect(ok(portRequestSchema(), translate(many(MAX_SEGMENTS_PER_MESSAGE)))).toBe(true);
    expect(ok(portRequestSchema(), translate(many(MAX_SEGMENTS_PER_MESSAGE + 1)))).toBe(false);
    expect(ok(portRequestSchema(), translate([{ id: '', text: 'x' }]))).toBe(false);
    expect(ok(portRequestSchema(), translate([{ id: 'i'.repeat(80), text: 'x' }]))).toBe(true);
    expect(ok(portRequestSchema(), translate([{ id: 'i'.repeat(81), text: 'x' }]))).toBe(false);
    expect(ok(portRequestSchema(), translate([{ id: 'u', text: '' }]))).toBe(false);
    expect(ok(portRequestSchema(), translate([{ id: 'u', text: 'x'.repeat(MAX_SEGMENT_TEXT_CHARS) }]))).toBe(true);
    expect(ok(portRequestSchema(), translate([{ id: 'u', text: 'x'.repeat(MAX_SEGMENT_TEXT_CHARS + 1) }]))).toBe(false);
    expect(ok(portRequestSchema(), { ...translate([{ id: 'u', text: 'x' }]), to: 'xx' })).toBe(false);
  });

  test('a cancel names at most 1000 ids', () => {
    expect(portRequestSchema().parse({ type: 'cancel', ids: ['u1'] })).toEqual({ type: 'cancel', ids: ['u1'] });
    expect(ok(portRequestSchema(), { type: 'cancel', ids: Array.from({ length: MAX_SEGMENTS_PER_MESSAGE + 1 }, (_, i) => `u${i}`) })).toBe(false);
  });

  test('a result is a translation (with its provider) or an error (with whether Retry can help)', () => {
    const done = { id: 'u1', ok: true, text: 'hello', provider: 'microsoft', cached: false, detected: 'zh-Hans' };
    const failed = { id: 'u2', ok: false, code: 'server', message: 'Down.', retryable: true };
    expect(segmentResultSchema().parse(done)).toEqual(done);
    expect(segmentResultSchema().parse(failed)).toEqual(failed);
    expect(ok(segmentResultSchema(), { ...done, provider: 'babelfish' })).toBe(false);
    expect(ok(segmentResultSchema(), { ...done, detected: 'x'.repeat(21) })).toBe(false);
    const chip = { id: 'jiarenmen', term: '家人们', meaning: 'fam', usage: 'greeting' };
    expect(ok(segmentResultSchema(), { ...done, terms: Array(20).fill(chip) })).toBe(true);
    expect(ok(segmentResultSchema(), { ...done, terms: Array(21).fill(chip) })).toBe(false);
    const { retryable: _r, ...noRetry } = failed;
    expect(ok(segmentResultSchema(), noRetry)).toBe(false);
    expect(portReplySchema().parse({ type: 'results', results: [done, failed] })).toEqual({ type: 'results', results: [done, failed] });
    expect(portReplySchema().parse({ type: 'refused', code: 'too-large', message: 'x' })).toEqual({ type: 'refused', code: 'too-large', message: 'x' });
  });
});

describe('each request type’s reply', () => {
  const replies: Record<string, unknown> = {
    ping: { ok: true, version: '1.2.3' },
    counts: { ok: true },
    'guidance.get': { ok: true, dictionary: { labels: [{ label: '关注', meaning: 'Follow' }], tips: [] } },
    'tips.dismiss': { ok: true },
    'tips.off': { ok: true },
    'features.load': { ok: true },
    'image.read': { ok: true, width: 10, height: 20, blocks: [], cached: false, ms: 5 },
    'image.state': { ok: true, loaded: false },
    'image.cancel': { ok: true },
    'providers.status': { ok: true, providers: { microsoft: { state: 'resting', until: 5, lastError: { code: 'server', message: 'x' } } }, cache: 'full' },
    'providers.test': { ok: true, text: 'hello', ms: 120 },
    'cache.stats': { ok: true, entries: 42, available: true, state: 'ok' },
    'cache.clear': { ok: true },
    status: { ok: true, href: 'https://www.xiaohongshu.com/explore', backgroundVersion: null, enabled: true, counts: { translated: 1, waiting: 0, failed: 0, cached: 0 } },
    'page.setEnabled': { ok: true },
    retryFailed: { ok: true },
    'display.announce': { ok: true },
    'selection.translate': { ok: true },
    'image.translate': { ok: true },
  };

  test.each([...Object.entries(contentReplies), ...Object.entries(pageReplies), ...Object.entries(tabReplies)])('%s: its handler’s reply fits, an error reply does not', (type, schema) => {
    const s = (schema as () => { safeParse(v: unknown): { success: boolean; data?: unknown } })();
    expect(s.safeParse(replies[type]).data, type).toEqual(replies[type]);
    expect(ok(s, { ok: false, code: 'x', message: 'y' })).toBe(false);
  });

  test('the status reply and the error reply keep their fields', () => {
    expect(ok(tabStatusReplySchema(), { ...(replies.status as object), enabled: 'yes' })).toBe(false);
    expect(errorReplySchema().parse({ ok: false, code: 'bad-request', message: 'No.' })).toEqual({ ok: false, code: 'bad-request', message: 'No.' });
    expect(ok(errorReplySchema(), { ok: true, code: 'x', message: 'y' })).toBe(false);
    expect(ok(pageReplies['providers.status'](), { ...(replies['providers.status'] as object), cache: 'gone' })).toBe(false);
    expect(ok(pageReplies['providers.status'](), { ok: true, providers: { m: { state: 'asleep' } }, cache: 'ok' })).toBe(false);
  });
});
