/**
 * Message listening that behaves the same in Chrome, Firefox and WXT's fakeBrowser:
 * the listener calls sendResponse and returns true (a Promise-returning listener is ignored
 * by fakeBrowser). A handler returns undefined for messages that are not its business, so
 * another listener in the same context may answer them.
 */
import { browser, type Runtime } from './browser';

export type MessageHandler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

export function listenForMessages(handler: MessageHandler): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    const reply = handler(message, sender);
    if (reply === undefined) return false as unknown as true;
    // A handler that throws is a bug; its message is not passed on (it could hold anything,
    // a key among it): the background's handler catches and redacts its own errors.
    void reply.then(sendResponse, () => sendResponse({ ok: false, code: 'internal', message: 'Unexpected error.' }));
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
