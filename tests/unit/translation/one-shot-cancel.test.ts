/**
 * A one-off translation (an image's text block) ended by its signal: the image's note closed.
 * Still queued in this frame: never sent. Already sent: the background is told to cancel it.
 * Either way it resolves at once, as cancelled, and a late answer changes nothing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakePort } from './fake-port';
import { TranslatorClient } from '@/utils/page/translator-client';

describe('one-off translations with a signal', () => {
  let port: ReturnType<typeof fakePort>;
  beforeEach(() => {
    fakeBrowser.reset();
    port = fakePort();
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => port.port as never);
  });
  afterEach(() => vi.restoreAllMocks());

  test('aborted before its frame is sent: nothing goes out, and it resolves as cancelled', async () => {
    const client = new TranslatorClient(() => undefined);
    const abort = new AbortController();
    const kept = client.translateOnce('上海最值得去的五家小众咖啡馆', 'en');
    const dropped = client.translateOnce('夏天必买清单', 'en', false, undefined, abort.signal);
    abort.abort();
    expect(await dropped).toMatchObject({ ok: false, code: 'cancelled' });
    await vi.waitFor(() => expect(port.sent.length).toBeGreaterThan(0));
    const texts = port.sent.flatMap((m) => m.segments?.map((s) => s.text) ?? []);
    expect(texts).toEqual(['上海最值得去的五家小众咖啡馆']);
    expect(port.sent.some((m) => m.type === 'cancel')).toBe(false);
    expect(client.waiting).toBe(1);
    void kept;
  });

  test('aborted after it was sent: the background is told to cancel that id', async () => {
    const client = new TranslatorClient(() => undefined);
    const abort = new AbortController();
    const result = client.translateOnce('夏天必买清单', 'en', false, undefined, abort.signal);
    await vi.waitFor(() => expect(port.sent).toHaveLength(1));
    const id = port.sent[0]!.segments![0]!.id;
    abort.abort();
    expect(await result).toMatchObject({ ok: false, code: 'cancelled' });
    await vi.waitFor(() => expect(port.sent.at(-1)).toEqual({ type: 'cancel', ids: [id] }));
    expect(client.waiting).toBe(0);
  });
});
