import { expect, test } from 'vitest';
import { useBrowserEnv } from '../harness/env';
const env = useBrowserEnv({ locale: 'zh-CN' });
test('probe', async () => {
  const page = await env.browser.openExtensionPage('popup.html');
  const r = await page.evaluate(() => {
    const api = ((globalThis as any).browser ?? (globalThis as any).chrome);
    return [api.i18n.getUILanguage(), api.i18n.getMessage('popupOpenRedNote'), navigator.language];
  });
  console.log(r);
  expect(r[1]).not.toBe('Open RedNote');
});
