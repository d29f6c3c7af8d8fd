import { expect, test } from 'vitest';
import { useBrowserEnv } from '../harness/env';
const env = useBrowserEnv();
test('look', async () => {
  const page = await env.openSite('https://www.xiaohongshu.com/explore');
  await new Promise((r) => setTimeout(r, 2500));
  const n = await page.evaluate(() => document.querySelectorAll('red-thread-overlay').length);
  console.log('overlays', n, env.server.providerRequests().length, env.server.textsSent().slice(0, 10));
  await page.screenshot('look-feed');
  await page.evaluate(() => (window as any).__rtFixture.openNote('6784c1d2000000001a03b7e4'));
  await new Promise((r) => setTimeout(r, 2500));
  await page.screenshot('look-note');
  console.log('texts', env.server.textsSent().length, env.server.providerRequests().length);
  expect(n).toBeGreaterThan(0);
});
