import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askBackground, askBackgroundAsPage, askTab, dispatch, type TabHandlers } from '@/utils/messaging';
import { listenForTabRequests } from '@/utils/page/tab-requests';
import type { TabRequest } from '@/utils/schemas/messages';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}
const shipped = ['entrypoints', 'components', 'utils'].flatMap((dir) => sourceFiles(join(ROOT, dir)));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the one message layer', () => {
  test('nothing but utils/messaging.ts sends a one-shot message', () => {
    const senders = shipped.filter((file) => /\b(runtime|tabs)\s*\.\s*sendMessage\s*\(/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(senders).toEqual(['utils/messaging.ts']);
  });

  test('imports point one way: utils/ never loads components/ or entrypoints/, an entrypoint no other entrypoint’s files', () => {
    const wrong: string[] = [];
    for (const file of shipped) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      // Type-only imports are erased at build time; what runs is what counts here.
      const imports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
      for (const spec of imports) {
        if (file.startsWith('utils/') && /^@\/(components|entrypoints)\//.test(spec)) wrong.push(`${file} -> ${spec}`);
        if (file.startsWith('components/') && spec.startsWith('@/entrypoints/')) wrong.push(`${file} -> ${spec}`);
        if (file.startsWith('entrypoints/') && (spec.startsWith('../') || spec.startsWith('@/entrypoints/'))) wrong.push(`${file} -> ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a reply is checked against its type’s schema: the value when it fits, the error reply’s code, or bad-reply', async () => {
    const replies: unknown[] = [{ ok: true, version: '1.2.3' }, { ok: false, code: 'forbidden', message: 'No.' }, { ok: true }];
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vi.spyOn types the mock by the API's last overload (a callback, returning void); the code calls the promise overload
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => replies.shift());
    expect(await askBackground({ type: 'ping' })).toEqual({ ok: true, value: { ok: true, version: '1.2.3' } });
    expect(await askBackgroundAsPage({ type: 'cache.clear' })).toEqual({ ok: false, code: 'forbidden', message: 'No.' });
    // `{ ok: true }` is a fine answer to many requests, not to providers.test, whose reply carries the text.
    expect(await askBackgroundAsPage({ type: 'providers.test', provider: 'google' })).toMatchObject({ ok: false, code: 'bad-reply' });
  });

  test('a tab without a content script is "unreachable", never a throw', async () => {
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- vi.spyOn types the mock by the API's last overload (a callback, returning void); the code calls the promise overload
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
      throw new Error('Receiving end does not exist.');
    });
    expect(await askTab(3, { type: 'status' })).toEqual({ ok: false, code: 'unreachable', message: 'Receiving end does not exist.' });
  });

  test('the content script answers only well-formed tab requests, each through the handler of its type', async () => {
    const handlers: TabHandlers = {
      status: async () => ({ ok: true, href: 'https://www.xiaohongshu.com/', backgroundVersion: null, enabled: true, counts: { translated: 1, waiting: 0, failed: 0, cached: 0 } }),
      'page.setEnabled': async (request) => (request.enabled ? { ok: true } : { ok: false, code: 'test', message: 'off' }),
      retryFailed: async () => ({ ok: true }),
      'display.announce': async () => ({ ok: true }),
      'selection.translate': async () => ({ ok: true }),
      'image.translate': async () => ({ ok: true }),
    };
    const request: TabRequest = { type: 'page.setEnabled', enabled: false };
    expect(await dispatch(handlers, request, {})).toEqual({ ok: false, code: 'test', message: 'off' });
    const life = new AbortController();
    listenForTabRequests(handlers, life.signal);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'status' })).toMatchObject({ ok: true, counts: { translated: 1 } });
    // Malformed: not answered here (another listener may own it).
    expect(await fakeBrowser.runtime.sendMessage({ type: 'page.setEnabled', enabled: 'yes' })).toBeUndefined();
    // The lifetime ended: the listener is gone.
    life.abort();
    await expect(fakeBrowser.runtime.sendMessage({ type: 'status' })).rejects.toThrow('No listeners');
  });
});
