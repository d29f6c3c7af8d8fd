/**
 * Red Thread's content script on RedNote (both hosts).
 *
 * Map of the parts:
 * - background link: ping at start, answer the popup's status requests.
 */
import { browser } from '@/utils/browser';
import { pingReplySchema, tabRequestSchema, type TabStatusReply } from '@/utils/schemas/messages';
import { SITE_MATCHES } from '@/utils/sites/hosts';
import { listenForMessages } from '@/utils/messaging';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let backgroundVersion: string | null = null;

    const stopListening = listenForMessages((message) => {
      const parsed = tabRequestSchema.safeParse(message);
      if (!parsed.success) return undefined;
      const reply: TabStatusReply = { ok: true, href: location.href, backgroundVersion };
      return Promise.resolve(reply);
    });
    ctx.onInvalidated(stopListening);

    try {
      const reply = pingReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'ping' }));
      if (reply.success) backgroundVersion = reply.data.version;
    } catch {
      // The background is unreachable (extension reloading): stay quiet on the page.
    }
  },
});
