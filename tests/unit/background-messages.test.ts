import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/entrypoints/background/messages';
import type { Runtime } from '@/utils/browser';

const fromContentScript = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: 'https://www.xiaohongshu.com/explore', tab: { id: 7 } as never });
const fromPopup = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

describe('background message router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Red Thread', version: '1.2.3' });
  });

  test('answers a ping from a content script with the manifest version', async () => {
    const reply = await handleMessage({ type: 'ping' }, fromContentScript());
    expect(reply).toEqual({ ok: true, version: '1.2.3' });
  });

  test('refuses unknown types and wrong shapes with an error reply, never a throw', async () => {
    expect(await handleMessage({ type: 'nope' }, fromContentScript())).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await handleMessage('ping', fromContentScript())).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await handleMessage(null, fromPopup())).toMatchObject({ ok: false, code: 'bad-request' });
  });

  test('refuses oversized messages before parsing them', async () => {
    const reply = await handleMessage({ type: 'ping', padding: 'x'.repeat(1_000_001) }, fromContentScript());
    expect(reply).toMatchObject({ ok: false, code: 'too-large' });
  });

  test('refuses messages from other extensions', async () => {
    const reply = await handleMessage({ type: 'ping' }, { id: 'someone-else', url: 'https://www.xiaohongshu.com/' });
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
