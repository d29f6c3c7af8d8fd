/**
 * The translation port: each content script keeps one open while it has work. Units arrive in
 * batches (one message per flush) and answers go back as soon as they are ready, gathered per
 * moment. When the port closes (the page left, or the worker stopped), its queued work is dropped;
 * a page that still waits re-asks on a new port.
 */
import { browser, type Runtime } from '@/utils/browser';
import { MAX_MESSAGE_CHARS, TRANSLATE_PORT, portRequestSchema, type PortReply } from '@/utils/schemas/messages';
import type { UnitResult } from '@/utils/translation/service';
import type { BackgroundTranslation } from './translation';

let nextOwner = 0;

export function listenForTranslationPorts(translation: BackgroundTranslation): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== TRANSLATE_PORT) return;
    if (port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    const owner = `port-${++nextOwner}`;
    const post = (reply: PortReply) => {
      try {
        port.postMessage(reply);
      } catch {
        // The page is gone; onDisconnect cleans up.
      }
    };
    const deliver = (results: UnitResult[]) => post({ type: 'results', results });

    port.onMessage.addListener(async (message: unknown) => {
      await translation.ready;
      if (tooLarge(message)) {
        post({ type: 'refused', code: 'too-large', message: 'The message is too large.' });
        return;
      }
      const parsed = portRequestSchema.safeParse(message);
      if (!parsed.success) {
        post({ type: 'refused', code: 'bad-request', message: 'The message is not valid.' });
        return;
      }
      const request = parsed.data;
      if (request.type === 'translate') translation.service.request(owner, deliver, request.units, request.to);
      else translation.service.cancel(owner, request.ids);
    });
    port.onDisconnect.addListener(() => translation.service.release(owner));
  });
}

function tooLarge(message: unknown): boolean {
  try {
    return (JSON.stringify(message)?.length ?? 0) > MAX_MESSAGE_CHARS;
  } catch {
    return true;
  }
}
