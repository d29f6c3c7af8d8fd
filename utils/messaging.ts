/**
 * Message listening that behaves the same in Chrome, Firefox and WXT's fakeBrowser:
 * the listener calls sendResponse and returns true (a Promise-returning listener is ignored
 * by fakeBrowser). A handler returns undefined for messages that are not its business, so
 * another listener in the same context may answer them.
 */
import { browser, type Runtime } from './browser';
import { redact } from './translation/redact';

export type MessageHandler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

export function listenForMessages(handler: MessageHandler): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    const reply = handler(message, sender);
    if (reply === undefined) return false as unknown as true;
    void reply.then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, code: 'internal', message: error instanceof Error ? redact(error.message) : 'Unexpected error.' }),
    );
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
